// The participants stage's vocabulary (data/lexicons/en/*.txt and iso-codes), turned once
// into hash tables keyed by lower-case words, or word sequences joined by one space.
#ifndef PREXTRACT_PARTICIPANTS_LEXICONS_H_
#define PREXTRACT_PARTICIPANTS_LEXICONS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lexicon/string_table.h"
#include "participants/tokens.h"

namespace prextract::internal::parts {

struct KnownOrg {
  std::string name;
  std::string acronym;
};

struct ParticipantLexicons {
  StringSet titles;      // phrases: "secretary of state"
  StringSet modifiers;   // "acting", "vice"
  StringSet honorifics, particles, suffixes, given_names, asian_surnames;
  StringSet org_words, legal_suffixes, domain_words, stopwords;
  StringSet speech_verbs, org_anaphora, non_org_words, place_words;
  StringSet address_titles;
  StringSet company_nouns;   // "provider", "subsidiary": describe an organisation next to it
  StringMap<std::string> countries;   // phrase -> alpha-2
  StringMap<std::string> demonyms;    // phrase -> alpha-2
  StringMap<std::string> country_names;   // alpha-2 -> display name
  StringMap<KnownOrg> known_orgs;     // phrase -> organisation
  std::size_t max_phrase_words = 1;
  // Every word prefix of every phrase above ("secretary", "secretary of", "secretary of
  // state"): LongestMatch extends its key only while it still begins some phrase, so most
  // tokens cost one lookup and no phrase costs more lookups than it has words.
  StringSet phrase_prefixes;
};

/// Built on first use; thread-safe, read-only afterwards.
const ParticipantLexicons& Lexicons();

/// The lookup key of a token: lower-case, without a trailing period.
std::string_view Key(const Token& t);

/// Key of tokens [from, to) joined by single spaces ("'s" stays a word of its own).
std::string PhraseKey(const std::vector<Token>& tokens, std::size_t from, std::size_t to);

/// Fills Token::phrase_start for every token.
void MarkPhraseStarts(std::vector<Token>* tokens);

/// Keys of tokens [i, i + n) for every n while they still begin a lexicon phrase (index n;
/// [0] is empty): any lexicon phrase starting at i is one of them. Views into the token's
/// own keys or into `scratch`.
std::vector<std::string_view> PhraseKeysAt(const std::vector<Token>& tokens, std::size_t i,
                                           std::string* scratch);

/// Longest phrase of `map`/`set` starting at token `i`; returns its token count (0: none).
std::size_t LongestMatch(const StringSet& set,
                         const std::vector<Token>& tokens, std::size_t i);
std::size_t LongestMatch(const StringMap<std::string>& map,
                         const std::vector<Token>& tokens, std::size_t i, std::string* value);

/// Optimal-string-alignment distance (a transposition counts as one edit), capped at 3.
int EditDistance(std::string_view a, std::string_view b);

}  // namespace prextract::internal::parts

#endif  // PREXTRACT_PARTICIPANTS_LEXICONS_H_
