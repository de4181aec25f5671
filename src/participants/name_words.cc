// Person names word by word: which capitalised words may belong to a name, where a name
// ends (initials, particles, a nickname, a suffix), and the marks that spare the scanners
// asking the lexicons again.
#include <string>

#include "lexicon/lexicon.h"
#include "participants/lexicons.h"
#include "participants/name_parts.h"

namespace prextract::internal::parts {
namespace {

bool OpensNickname(const Token& t) {
  return IsPunct(t, '"') || IsPunct(t, U'\u201C') || IsPunct(t, '(');
}

// The mark that closes a nickname opened by `open`.
bool ClosesNickname(const Token& open, const Token& t) {
  if (IsPunct(open, '(')) return IsPunct(t, ')');
  return IsPunct(t, '"') || IsPunct(t, U'\u201D');
}

}  // namespace

// "Chris Bowen MP", "Jane Smith QC": honours, offices and degrees written after a name.
bool IsPostNominal(const Token& t) {
  static const auto& post_nominals = LexiconIndex("en/post_nominals");
  return t.word && (t.cap || t.upper) && post_nominals.contains(Key(t));
}

// 'Paul "Bear" Bryant', "John D. (Jay) Rockefeller": a nickname in quotes or brackets at
// token `j`, between a name's words; its opening mark's index is j. In brackets only a given
// name: "Ted Stevens (Alaska) Daniel Inouye" lost the commas of a list.
bool NicknameAt(const TokenVector& t, std::size_t j) {
  if (j + 3 >= t.size() || !OpensNickname(t[j]) || !ClosesNickname(t[j], t[j + 2])) return false;
  const Token& nick = t[j + 1];
  if (!nick.word || !nick.cap || nick.upper || !t[j + 3].word || !t[j + 3].cap) return false;
  return IsPunct(t[j], '(') ? HasWord(kGivenNamesBit, nick) : IsNameWord(nick);
}

// The opening mark of a nickname within the name's tokens [from, to), or kNoNickname.
std::size_t NicknameIn(const TokenVector& t, std::size_t from, std::size_t to) {
  for (std::size_t k = from + 1; k + 3 < to; ++k) {
    if (NicknameAt(t, k)) return k;
  }
  return kNoNickname;
}

bool NameWordUncached(const Token& t) {
  if (!t.word || !t.cap) return false;
  if (t.initial) return true;
  if (t.upper) return false;
  const std::uint32_t bits = WordBits(t);
  if (bits & (kGivenNamesBit | kAsianSurnamesBit)) return true;
  constexpr std::uint32_t kNotNames = kStopwordsBit | kNonOrgWordsBit | kPlaceWordsBit | kTitlesBit |
      kModifiersBit | kOrgWordsBit | kLegalSuffixesBit | kDomainWordsBit | kHonorificsBit |
      kCountriesBit | kDemonymsBit | kSpeechVerbsBit;
  // "Departments", "Offices": plural head words are never names.
  return (bits & (kNotNames | kPluralOrgWordsBit)) == 0;
}

namespace {

// A wide gap where punctuation was stripped ends a name of two words or more, except after
// a one-letter word: "Charles E  Schumer" lost the period of an initial, not a comma.
bool StrippedComma(const TokenVector& tokens, std::size_t j) {
  return tokens[j].wide_gap_before && tokens[j - 1].text.size() > 1;
}

}  // namespace

namespace {

bool StartsWithDigit(const Token& t) {
  return !t.text.empty() && t.text[0] >= '0' && t.text[0] <= '9';
}

// The first spelling after the month number is the full name; the rest ("Jan", "Sept")
// are abbreviations, which are not surnames.
bool IsFullMonthName(const std::string& number, const std::string& key) {
  for (const LexiconEntry& e : Lexicon("en/months")) {
    if (e.canonical == number) return e.variants.size() > 1 && e.variants[1] == key;
  }
  return false;
}

// "Prime Minister Theresa May during ...", "Jessica March said": a full month name right
// after a known given name is a surname unless a day or year follows ("Theresa May 5" may
// still be a date). Month words are stopwords otherwise, so they never open a name.
bool MonthSurname(const TokenVector& tokens, std::size_t j, std::size_t first) {
  static const auto& months = LexiconIndex("en/months");
  const Token& t = tokens[j];
  if (j != first + 1 || !t.word || !t.cap || t.upper) return false;
  if (!HasWord(kGivenNamesBit, tokens[first])) return false;
  const std::string key(Key(t));
  const auto it = months.find(key);
  if (it == months.end() || !IsFullMonthName(it->second, key)) return false;
  return j + 1 >= tokens.size() || !StartsWithDigit(tokens[j + 1]);
}

// "Martin Luther King Jr.": a title word between a name and a name suffix is a surname.
// "Dr. Greg J. Holland", "Officer Michael R. King": after a given name and an initial, a
// capitalised country, demonym, place or title word is the surname.
bool SurnameAfterInitial(const TokenVector& tokens, std::size_t j, int words) {
  const Token& t = tokens[j];
  constexpr std::uint32_t kSurnameLike = kCountriesBit | kDemonymsBit | kPlaceWordsBit | kTitlesBit;
  return words >= 2 && tokens[j - 1].initial && t.word && t.cap && !t.upper && !t.initial &&
         (WordBits(t) & kSurnameLike) != 0;
}

bool TitleSurname(const TokenVector& tokens, std::size_t j) {
  const Token& t = tokens[j];
  return t.word && t.cap && !t.upper && HasWord(kTitlesBit, t) && j + 1 < tokens.size() &&
         tokens[j + 1].cap && HasWord(kSuffixesBit, tokens[j + 1]);
}

// Room in the block's index array for its three lists, each as long as the block: one
// allocation for the block, and no capacity test per word. A block taken over from an
// earlier one keeps its array when that is large enough.
void SizeIndexLists(BlockTokens* block, std::size_t size) {
  if (3 * size > block->index_capacity) {
    block->indices = std::make_unique_for_overwrite<std::uint32_t[]>(3 * size);
    block->index_capacity = 3 * size;
  }
  block->openers_start = size;
  block->anaphora_start = 2 * size;
}

}  // namespace

void MarkNameWords(BlockTokens* block) {
  // The lists are counted as they fill; kept in locals, as the stores into the tokens may
  // alias them.
  const std::size_t size = block->tokens.size();
  SizeIndexLists(block, size);
  Token* const t = block->tokens.data();
  std::uint32_t* const capitals = block->indices.get();
  std::uint32_t* const openers = capitals + size;
  std::uint32_t* const anaphora = capitals + 2 * size;
  std::size_t capital_count = 0, opener_count = 0, anaphora_count = 0;
  constexpr std::uint32_t kTitleStarts = kTitlesBit | kModifiersBit | kHonorificsBit;
  // A title, a name or a list of names may open at a word that is a name word, begins a
  // title, modifier or honorific, or comes before a name word (whose typo may be a title).
  // The token before is settled once the name mark of its neighbour is known: whether it
  // opens one without a name word after it, and whether it is a word.
  bool before_opens = false, before_word = false;
  for (std::size_t i = 0; i < size; ++i) {
    Token& x = t[i];
    const bool capital = x.word & x.cap;
    // Marked, a token that begins no phrase has no mask: its masks tell MayBeginPhrase.
    const std::uint32_t masks = AnyMask(x);
    // Most tokens are no capitalised word and begin no title or anaphor: no name word,
    // listed nowhere, they settle the token before at once, and are settled themselves.
    if (!capital && (masks & (kTitleStarts | kOrgAnaphoraBit)) == 0) {
      x.name_word = 0;
      if (before_opens) openers[opener_count++] = static_cast<std::uint32_t>(i - 1);
      before_opens = false;
      before_word = x.word;
      continue;
    }
    // The token's own key is an anaphor when its first mask holds the lexicon's bit.
    if ((x.first_mask & kOrgAnaphoraBit) != 0) {
      anaphora[anaphora_count++] = static_cast<std::uint32_t>(i);
    }
    if (capital) capitals[capital_count++] = static_cast<std::uint32_t>(i);
    const bool name = capital && NameWordUncached(x);
    x.name_word = name ? 1 : 0;
    if (before_opens || (name && before_word)) {
      openers[opener_count++] = static_cast<std::uint32_t>(i - 1);
    }
    before_opens = x.word && (name || (masks & kTitleStarts) != 0);
    before_word = x.word;
  }
  if (before_opens) openers[opener_count++] = static_cast<std::uint32_t>(size - 1);
  block->capital_count = capital_count;
  block->opener_count = opener_count;
  block->anaphora_count = anaphora_count;
}

namespace {

// A country name of two words or more ("United States") starts at token j.
bool LongCountryAt(const TokenVector& tokens, std::size_t j) {
  // A marked token no longer key from which is a country starts none: the name scan asks
  // this of every word, and most leave without a key being built.
  const Token& t = tokens[j];
  if (t.phrase_start == 0) return false;
  if (t.phrase_start == 1 && (t.later_masks & kCountriesBit) == 0) return false;
  std::string code;
  return LongestMatch(Lexicons().countries, tokens, j, &code) > 1;
}

// Every word of [from, to) is a single letter: initials with no name to go with them.
bool OnlyLetters(const TokenVector& tokens, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    if (tokens[k].word && Key(tokens[k]).size() > 1) return false;
  }
  return to > from;
}

}  // namespace

std::size_t ParseName(const TokenVector& tokens, std::size_t i, int* words) {
  std::size_t j = i;
  *words = 0;
  while (j < tokens.size() && *words < 5) {
    const Token& t = tokens[j];
    if (j > i && t.sentence_start && !tokens[j - 1].initial) break;
    if (*words >= 2 && StrippedComma(tokens, j)) break;
    // "ABOUT Kay A. Oliver Kay A. Oliver is ...": a heading glued to a sentence repeats the name.
    if (*words >= 2 && Key(t) == Key(tokens[i])) break;
    if (LongCountryAt(tokens, j)) break;
    if (IsNameWord(t)) {
      ++j;
      ++*words;
    } else if (*words >= 1 && NicknameAt(tokens, j) && IsNameWord(tokens[j + 3])) {
      j += 4;   // over the nickname and the surname, which opens no sentence after its quote
      ++*words;
    } else if ((*words >= 1 && TitleSurname(tokens, j)) || SurnameAfterInitial(tokens, j, *words)) {
      ++j;
      ++*words;
      break;
    } else if (*words == 1 && MonthSurname(tokens, j, i)) {
      ++j;
      ++*words;
      break;
    } else if (*words > 0 && !t.cap && HasWord(kParticlesBit, t) && j + 1 < tokens.size() &&
               IsNameWord(tokens[j + 1])) {
      ++j;
    } else {
      break;
    }
  }
  if (OnlyLetters(tokens, i, j)) {   // "U S  Secretary ...": "U.S." with its periods stripped
    *words = 0;
    return i;
  }
  if (*words >= 2 && j < tokens.size() && tokens[j].cap && HasWord(kSuffixesBit, tokens[j])) ++j;
  // "Jane Smith KC OBE": the mention runs on over the post-nominals (Emit leaves them out).
  while (*words >= 2 && j < tokens.size() && IsPostNominal(tokens[j])) ++j;
  return j;
}

}  // namespace prextract::internal::parts
