// Word tokens of one block of text for the participants stage: byte spans plus the
// letter-case facts the name and organisation scanners need.
#ifndef PREXTRACT_PARTICIPANTS_TOKENS_H_
#define PREXTRACT_PARTICIPANTS_TOKENS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "prextract/release.h"

namespace prextract::internal::parts {

struct Token {
  Span span;
  std::string_view text;    // view into the release text
  std::string lower;        // ASCII lower-case of `text`
  bool word = false;        // letters/digits; otherwise one punctuation character
  bool cap = false;         // starts with an upper-case letter
  bool upper = false;       // two or more letters, all upper-case ("BMBF", "U.S.")
  bool initial = false;     // one letter and a period ("H.")
  bool space_before = false;
  // Two or more spaces on one line before the token: text whose punctuation was stripped
  // ("Condoleeza Rice  Schumer said") keeps a wide gap where a comma or period stood.
  bool wide_gap_before = false;
  bool sentence_start = false;   // first word of the block or after . ! ? : or a quote
  char32_t punct = 0;       // the code point of a punctuation token
  // Whether a lexicon phrase can start here: -1 not known yet, 0 no, 1 yes. Set for the
  // blocks of a release (MarkPhraseStarts) so that phrase lookups skip most tokens at once.
  signed char phrase_start = -1;
  signed char name_word = -1;   // IsNameWord, once known (MarkNameWords): -1 not yet
  // Lexicon-phrase keys from here, once computed (MarkPhraseStarts): the longest key that
  // still begins a phrase, and where its n-word prefix ends (walk_ends[n]); empty: not yet.
  std::string walk_key;
  std::vector<std::size_t> walk_ends;
};

/// Splits text[block] into tokens. A period stays on a word when the word is an initial,
/// has inner periods ("U.S.") or is in `abbreviations` (lower-case, without period);
/// "'s" is split off as its own token. REQUIRES: valid UTF-8.
std::vector<Token> TokenizeBlock(std::string_view text, Span block);

/// True when `t` is the punctuation code point `c`.
inline bool IsPunct(const Token& t, char32_t c) { return !t.word && t.punct == c; }

/// Text of tokens [from, to) as written, with runs of white space folded to one space.
std::string JoinTokens(std::string_view text, const std::vector<Token>& tokens, std::size_t from,
                       std::size_t to);

}  // namespace prextract::internal::parts

#endif  // PREXTRACT_PARTICIPANTS_TOKENS_H_
