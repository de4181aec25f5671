// Alias merging: candidates of the whole release -> one participant record each, with
// every mention. Persons, organisations and countries are merged separately.
#ifndef PREXTRACT_PARTICIPANTS_MERGE_H_
#define PREXTRACT_PARTICIPANTS_MERGE_H_

#include <string>
#include <string_view>
#include <vector>

#include "participants/candidates.h"
#include "prextract/release.h"

namespace prextract::internal::parts {

/// Lower-case letters and digits of `s` only: "Yoon Suk-Yeol" -> "yoonsukyeol".
std::string FoldName(std::string_view s);

/// FoldName(a) == FoldName(b), compared as they fold, without building either fold: the
/// merges ask it of many pairs of names, and most differ at once.
bool SameFolded(std::string_view a, std::string_view b);

/// True when two full names are one person written differently: the same words folded
/// (in any order), or the same family name and the same consonants in the given name
/// ("Yoon Seok-yul" / "Yoon Suk Yeol").
bool SamePerson(const std::vector<std::string>& a, const std::vector<std::string>& b);

/// Persons from person candidates; later surname mentions in `blocks` join them.
std::vector<Participant> MergePeople(const std::vector<Candidate>& candidates,
                                     std::vector<BlockTokens>* blocks);

/// Organisations from organisation candidates (plus `seeds`: forms known from elsewhere,
/// such as the publisher, kept only when the body mentions them).
std::vector<Participant> MergeOrganizations(std::string_view text,
                                            const std::vector<Candidate>& candidates,
                                            const std::vector<Candidate>& seeds,
                                            std::vector<BlockTokens>* blocks);

/// One country record per code, named after iso-codes.
std::vector<Participant> MergeCountries(const std::vector<Candidate>& candidates);

/// Sorts and de-duplicates mentions, then sorts records by first mention.
void OrderRecords(std::vector<Participant>* records);

}  // namespace prextract::internal::parts

#endif  // PREXTRACT_PARTICIPANTS_MERGE_H_
