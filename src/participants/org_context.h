// Context around a capitalised run that tells the organisation scanner where a name ends or
// that a run without a head word still names an organisation.
#ifndef PREXTRACT_PARTICIPANTS_ORG_CONTEXT_H_
#define PREXTRACT_PARTICIPANTS_ORG_CONTEXT_H_

#include <cstddef>
#include <vector>

#include "participants/tokens.h"

namespace prextract::internal::parts {

/// A noun describing a business stands right before [from, to) ("telecommunications provider
/// Claro") or heads the appositive after it ("CANCOM, the leading digital-business provider").
bool DescribedAsOrg(const TokenVector& t, std::size_t from, std::size_t to);

/// Where the list [from, to) of described names splits at "and" or a comma ("partners Smart &
/// Sassy and Curvy Couture"), or `to` when it holds one name.
std::size_t ListSplit(const TokenVector& t, std::size_t from, std::size_t to);

/// "X Division and U.S. Attorney for ...": the run ends before "and" or a comma that a
/// person's title follows. Returns the new end.
std::size_t CutAtPersonTitle(const TokenVector& t, std::size_t from, std::size_t to);

/// "EU Delegation to South Korea": a run ending in a head word continues over "to" and a
/// country. Returns the new end.
std::size_t ExtendToCountry(const TokenVector& t, std::size_t to);

}  // namespace prextract::internal::parts

#endif  // PREXTRACT_PARTICIPANTS_ORG_CONTEXT_H_
