// Tokens for the temporal scanner: words, numbers and single punctuation marks with
// their byte offsets, so that matches map straight back onto the text.
#ifndef PREXTRACT_TEMPORAL_TOKENS_H_
#define PREXTRACT_TEMPORAL_TOKENS_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "temporal/word_keys.h"
#include "text/unfilled_allocator.h"

namespace prextract::internal {

enum class TokenKind { kWord, kNumber, kPunct };

/// Token::word_id of a token whose word was not looked up: the reader asks the vocabulary.
inline constexpr std::uint32_t kWordIdUnknown = 0x7FFFFFFF;

struct Token {
  std::size_t begin = 0;   // byte offsets into the text
  std::size_t end = 0;
  TokenKind kind = TokenKind::kPunct;
  // A word or an ASCII mark read with a WordKeyTable: its id there (a word of more than eight
  // letters: that of its first eight, LongWordKey), kNoWordId when it is none; else (numbers,
  // other marks, no table) kWordIdUnknown.
  std::uint32_t word_id = kWordIdUnknown;
  std::string_view lower;  // ASCII lower case; curly quotes and dashes folded to ' and - (views Tokenize's copy)
  long number = -1;        // kNumber: value of the digits (capped), else -1
  int digits = 0;          // kNumber: how many digits
  bool ordinal = false;    // kNumber with st/nd/rd/th attached ("23rd")
  bool plural = false;     // kNumber with s attached ("1990s")
  bool capital = false;    // kWord starting with an upper-case letter
  bool space_before = false;
  bool newline_before = false;
};

/// The tokens of a text range, as Tokenize and TokenizeLowered give them, written in place
/// (UnfilledAllocator).
using TokenVector = std::vector<Token, UnfilledAllocator<Token>>;

/// Splits text[begin, end) into tokens. Their lower-case forms own no strings: they view
/// `*lowered`, which receives the lower-cased range (reuse it across calls to spare the
/// allocation). REQUIRES: valid UTF-8, begin <= end <= text.size(); `*lowered` stays
/// unchanged while the tokens are used.
TokenVector Tokenize(std::string_view text, std::size_t begin, std::size_t end, std::string* lowered);

/// Tokenize for a caller that holds `lower_text`, all of `text` lower-cased (AsciiLower),
/// which the tokens view: no copy per call. The tokens replace what `*tokens` held, so that
/// paragraph after paragraph reuses one buffer. With `word_ids`, each word and each ASCII mark
/// gets its id there (Token::word_id), that of its lower form.
/// REQUIRES: lower_text.size() == text.size().
void TokenizeLowered(std::string_view text, std::string_view lower_text, std::size_t begin, std::size_t end,
                     TokenVector* tokens, const WordKeyTable* word_ids = nullptr);

/// The lower-case forms of `phrase`'s tokens joined by single spaces ("mid-2008" -> "mid - 2008").
std::string TokenKey(std::string_view phrase);

}  // namespace prextract::internal

#endif  // PREXTRACT_TEMPORAL_TOKENS_H_
