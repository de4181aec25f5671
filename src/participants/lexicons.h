// The participants stage's vocabulary (data/lexicons/en/*.txt and iso-codes), turned once
// into hash tables keyed by lower-case words, or word sequences joined by one space.
#ifndef PREXTRACT_PARTICIPANTS_LEXICONS_H_
#define PREXTRACT_PARTICIPANTS_LEXICONS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <absl/container/flat_hash_map.h>

#include "lexicon/short_word_table.h"
#include "lexicon/string_table.h"
#include "participants/tokens.h"

namespace prextract::internal::parts {

/// Key equality of PhraseTable. Its keys are short words and phrases, and most probes that
/// reach a key find it: compared in line, a probe spares the call to memcmp and the saving
/// and restoring of registers around that call, which cost more than the comparison.
struct ShortKeyEqual {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const {
    if (a.size() != b.size()) return false;
    for (std::size_t k = 0; k < a.size(); ++k) {
      if (a[k] != b[k]) return false;
    }
    return true;
  }
};

/// phrase_table is probed for almost every token of the text (the table's one-byte tags from
/// the hash let a probe compare keys only when they likely match).
using PhraseTable = absl::flat_hash_map<std::string, std::uint32_t, StringHash, ShortKeyEqual>;

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
  StringSet municipal_heads;   // "city", "village": head a local government's name before "of"
  StringSet descriptor_participles;   // "based": "San Diego-based" describes the name after it
  StringSet state_names;   // phrase keys of ISO 3166-2 states: "missouri", "new south wales"
  std::vector<std::string> us_states;   // the US's among them: "missouri", "new york"
  // Countries named like a US state, by alpha-2 code, with the state's postal code: "GE" -> "GA".
  StringMap<std::string> us_state_namesakes;
  StringMap<std::string> countries;   // phrase -> alpha-2
  StringMap<std::string> demonyms;    // phrase -> alpha-2
  StringMap<std::string> country_names;   // alpha-2 -> display name
  StringMap<KnownOrg> known_orgs;     // phrase -> organisation
  std::size_t max_phrase_words = 1;
  // Every word prefix of every phrase above ("secretary", "secretary of", "secretary of
  // state"), mapped to the LexiconBits of the lexicons that hold it as a whole phrase (0: only
  // a prefix), plus kBeginsLongerKey when it is a prefix. A key is hashed once for all lexicons: LongestMatch extends its key only while
  // it still begins some phrase, so most tokens cost one lookup and no phrase costs more
  // lookups than it has words.
  PhraseTable phrase_table;
  // The keys of phrase_table of at most eight bytes, with their values: a short word found
  // by its packed bytes, without a string hash or a byte compare. A short key absent here is
  // absent there.
  ShortWordTable<std::uint32_t> short_phrase_keys;
  // Bit LongKeyBit(key) of every key of phrase_table longer than eight bytes: most long words
  // are no key, and are turned away here rather than hashed as strings.
  static constexpr int kFilterBits = 16;
  using KeyFilter = std::array<std::uint64_t, (std::size_t{1} << kFilterBits) / 64>;
  KeyFilter long_key_filter{};
  // Shapes of the one-word keys of phrase_table: bit min(size, 63) of [ShapeSlot(key)] is set
  // when some key of that size has the first byte and last letter of the slot. Most tokens
  // that begin no phrase (",", numbers, long words, most words of prose) are turned away by
  // it without hashing.
  static constexpr std::size_t kShapeSlots = 256 * 32;
  std::array<std::uint64_t, kShapeSlots> word_shapes{};
  // The same for the words after the first of the keys of two words or more.
  std::array<std::uint64_t, kShapeSlots> later_word_shapes{};
  // titles and address_titles by length ([n]: the phrases of n bytes), for HasOneTypoOf.
  std::vector<std::vector<const std::string*>> titles_by_size, address_titles_by_size;
};

/// One bit per lexicon of ParticipantLexicons, for ParticipantLexicons::phrase_table.
enum LexiconBit : std::uint32_t {
  kTitlesBit = 1u << 0, kModifiersBit = 1u << 1, kHonorificsBit = 1u << 2,
  kParticlesBit = 1u << 3, kSuffixesBit = 1u << 4, kGivenNamesBit = 1u << 5,
  kAsianSurnamesBit = 1u << 6, kOrgWordsBit = 1u << 7, kLegalSuffixesBit = 1u << 8,
  kDomainWordsBit = 1u << 9, kStopwordsBit = 1u << 10, kSpeechVerbsBit = 1u << 11,
  kOrgAnaphoraBit = 1u << 12, kNonOrgWordsBit = 1u << 13, kPlaceWordsBit = 1u << 14,
  kAddressTitlesBit = 1u << 15, kCompanyNounsBit = 1u << 16, kCountriesBit = 1u << 17,
  kDemonymsBit = 1u << 18, kKnownOrgsBit = 1u << 19,
  // A word of three letters or more of org_words (non_org_words) with an "s" added
  // ("Services", "Programs"): the scanners read a plural by its singular, and this bit
  // answers from the token's marks without a lookup of the singular.
  kPluralOrgWordsBit = 1u << 20, kPluralNonOrgWordsBit = 1u << 21,
};

/// Marks a key of ParticipantLexicons::phrase_table that some longer key extends by a word:
/// a phrase walk stops at a key without it. Never part of a lexicon mask handed out.
constexpr std::uint32_t kBeginsLongerKey = 1u << 31;

/// Built on first use; thread-safe, read-only afterwards.
const ParticipantLexicons& Lexicons();

/// The lookup key of a token: lower-case, without a trailing period. Inline: the scanners
/// ask it of every token several times.
inline std::string_view Key(const Token& t) {
  std::string_view k = Lower(t);
  if (k.size() > 1 && k.back() == '.') k.remove_suffix(1);
  return k;
}

/// Key of tokens [from, to) joined by single spaces ("'s" stays a word of its own).
std::string PhraseKey(const TokenVector& tokens, std::size_t from, std::size_t to);

/// PhraseKey of all the tokens of `s`; a plain phrase (ASCII letters and digits in words
/// parted by single spaces, as most names and acronyms are) is keyed without tokenising it.
std::string PhraseKeyOf(std::string_view s);

/// Fills Token::phrase_start and the token's masks for every token.
void MarkPhraseStarts(TokenVector* tokens);

/// MarkPhraseStarts for token `i` alone: for tokens asked about phrases at one place only,
/// several times (an organisation's name, at its first word).
void MarkPhraseStart(TokenVector* tokens, std::size_t i);

/// LexiconBits of the key of tokens [i, i + n) at index n - 1, for every n while the key
/// still begins a lexicon phrase: any lexicon phrase starting at i is one of them. Only the
/// lexicons of `bits` are sure to be told right: when no longer key from a marked token is
/// a phrase of theirs, the token's own mask alone, else the walk, in `scratch`.
std::span<const std::uint32_t> PhraseMasksAt(const TokenVector& tokens, std::size_t i,
                                             std::uint32_t bits, PhraseWalk* scratch);

/// WordBits of a token MarkPhraseStarts has not marked.
std::uint32_t UnmarkedWordBits(const Token& t);

/// LexiconBits of the lexicons holding Key(t) as a phrase, from the token's masks once
/// MarkPhraseStarts has run (inline: then it is a read of the token).
inline std::uint32_t WordBits(const Token& t) {
  // The masks are those of WordKey: "&" keys as "and", but no lexicon holds "&" itself.
  if (t.phrase_start == 0 || IsPunct(t, '&')) return 0;
  if (t.phrase_start == 1) return t.first_mask;
  return UnmarkedWordBits(t);
}

/// The union of the masks of a marked token's walk: a lexicon absent from it starts no phrase
/// there.
inline std::uint32_t AnyMask(const Token& t) { return t.first_mask | t.later_masks; }

/// Whether Key(t) is in the lexicon of `bit` (a LexiconBit).
inline bool HasWord(std::uint32_t bit, const Token& t) { return (WordBits(t) & bit) != 0; }

/// False when token `t` begins no phrase of the lexicons of `bits` (LexiconBits), as its marks
/// tell without a lookup once MarkPhraseStarts has run; true for a token not marked yet.
/// Inline: scanners ask it of most capitalised words before a lookup call.
inline bool MayBeginPhrase(const Token& t, std::uint32_t bits) {
  return t.phrase_start != 0 && (t.phrase_start != 1 || (AnyMask(t) & bits) != 0);
}

/// LongestPhrase past its inline test.
std::size_t LongestPhraseOfWalk(std::uint32_t bit, const TokenVector& tokens, std::size_t i);

/// Longest phrase of the lexicon of `bit` (a LexiconBit) starting at token `i`; returns its
/// token count (0: none).
inline std::size_t LongestPhrase(std::uint32_t bit, const TokenVector& tokens, std::size_t i) {
  // The title scan asks this of most words for two lexicons: a marked token that begins no
  // phrase of the lexicon answers without a call.
  const Token& t = tokens[i];
  if (t.phrase_start == 0 || (t.phrase_start == 1 && (AnyMask(t) & bit) == 0)) return 0;
  return LongestPhraseOfWalk(bit, tokens, i);
}

/// Longest phrase of `map` (one of Lexicons()) starting at token `i`; returns its token count
/// (0: none) and sets `value`.
std::size_t LongestMatch(const StringMap<std::string>& map,
                         const TokenVector& tokens, std::size_t i, std::string* value);

/// Whether some phrase of `by_size` (ParticipantLexicons::titles_by_size or the like) has
/// the size and first letter of `key` and is one edit away from it.
bool HasOneTypoOf(const std::vector<std::vector<const std::string*>>& by_size, std::string_view key);

/// Whether a and b (of one size) are one edit apart in the optimal-string-alignment distance
/// (a swap of neighbouring letters counts as one edit): one substitution or one swap.
bool OneEditApartSameSize(std::string_view a, std::string_view b);

}  // namespace prextract::internal::parts

#endif  // PREXTRACT_PARTICIPANTS_LEXICONS_H_
