// What the scanners of one block report before alias merging: one candidate per mention.
#ifndef PREXTRACT_PARTICIPANTS_CANDIDATES_H_
#define PREXTRACT_PARTICIPANTS_CANDIDATES_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "participants/tokens.h"
#include "prextract/release.h"

namespace prextract::internal::parts {

struct Candidate {
  ParticipantKind kind = ParticipantKind::kPerson;
  std::string name;          // as written, spaces folded
  std::string title;         // persons
  std::string acronym;       // organisations
  std::string code;          // countries: alpha-2; persons/organisations: their country
  std::string affiliation;   // persons: organisation name the text attaches them to
  std::string alias;         // a partial form as written ("vice minister Joo"), else empty
  std::vector<std::string> name_words;   // persons: the words of the name
  Span span;                 // the mention
  Span affiliation_span;     // persons: where `affiliation` is written
  // Organisations: the tokens of its block that `name` joins (JoinTokens), when it does;
  // empty otherwise. The blocks outlive the merge, which reads the name's words off these
  // rather than tokenising the name again.
  std::span<const Token> name_tokens;
  bool strong = true;        // persons: named in full; organisations: clear evidence
};

/// A block's tokens (Token::used: which of them a scanner has already claimed).
struct BlockTokens {
  TokenVector tokens;

  /// Indices of the capitalised words (Token::word and Token::cap), in order: the scans that
  /// start only at such a word (countries, organisation forms, surnames) visit these rather
  /// than every token. Filled by MarkNameWords.
  std::span<const std::uint32_t> capitals() const { return {indices.get(), capital_count}; }
  /// Indices of the words where a title, a name or a list of names may open (as the marks of
  /// the word and of the next tell), in order: ScanPeople tries those only. Filled by
  /// MarkNameWords.
  std::span<const std::uint32_t> person_openers() const {
    return {indices.get() + openers_start, opener_count};
  }

  /// Indices of the tokens whose own key the organisation anaphora lexicon may hold (their
  /// first phrase mask has its bit), in order: "the ministry" is looked for at these only.
  /// Filled by MarkNameWords.
  std::span<const std::uint32_t> anaphora_words() const {
    return {indices.get() + anaphora_start, anaphora_count};
  }

  // The lists in one array, sized for every token, unset past their counts: one allocation
  // per block at most (none when a block that reuses an earlier one's array finds it large
  // enough), without the zeroing a vector does.
  std::unique_ptr<std::uint32_t[]> indices;
  std::size_t capital_count = 0, openers_start = 0, opener_count = 0;
  std::size_t anaphora_start = 0, anaphora_count = 0;
  std::size_t index_capacity = 0;   // entries `indices` has room for
};

/// People of one block: titles before or after names, honorifics, quote speakers, name shapes.
void ScanPeople(std::string_view text, BlockTokens* block, std::vector<Candidate>* out);

/// Second pass over all blocks once every block is scanned: a full name without other
/// evidence ("Jalil Ibn Ameer Aziz, 21,") whose last word is the surname of a partial form
/// elsewhere ("Mr. Aziz") is that person's full name.
void ScanNamesOfShortForms(std::string_view text, std::vector<BlockTokens>* blocks,
                           std::vector<Candidate>* out);

/// Organisations of one block: head words, legal suffixes, acronym definitions, known bodies.
void ScanOrganizations(std::string_view text, BlockTokens* block, std::vector<Candidate>* out);

/// Countries of one block: names, short forms and demonyms (also inside hyphenated words).
void ScanCountries(std::string_view text, const BlockTokens& block, std::vector<Candidate>* out);

/// "Saxby Chambliss of Georgia": where the release names another US state, or the state's own
/// postal code ("Atlanta, GA", "R-Ga."), a country named like a US state is that state, and
/// its country candidates go. `lowered`: AsciiLower(text).
void DropUsStateNamesakes(std::string_view text, std::string_view lowered, std::vector<Candidate>* candidates);

}  // namespace prextract::internal::parts

#endif  // PREXTRACT_PARTICIPANTS_CANDIDATES_H_
