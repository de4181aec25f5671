// Tokens for the temporal scanner: words, numbers and single punctuation marks with
// their byte offsets, so that matches map straight back onto the text.
#ifndef PREXTRACT_TEMPORAL_TOKENS_H_
#define PREXTRACT_TEMPORAL_TOKENS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace prextract::internal {

enum class TokenKind { kWord, kNumber, kPunct };

struct Token {
  std::size_t begin = 0;   // byte offsets into the text
  std::size_t end = 0;
  TokenKind kind = TokenKind::kPunct;
  std::string_view lower;  // ASCII lower case; curly quotes and dashes folded to ' and - (views Tokenize's copy)
  long number = -1;        // kNumber: value of the digits (capped), else -1
  int digits = 0;          // kNumber: how many digits
  bool ordinal = false;    // kNumber with st/nd/rd/th attached ("23rd")
  bool plural = false;     // kNumber with s attached ("1990s")
  bool capital = false;    // kWord starting with an upper-case letter
  bool space_before = false;
  bool newline_before = false;
};

/// Splits text[begin, end) into tokens. Their lower-case forms own no strings: they view
/// `*lowered`, which receives the lower-cased range (reuse it across calls to spare the
/// allocation). REQUIRES: valid UTF-8, begin <= end <= text.size(); `*lowered` stays
/// unchanged while the tokens are used.
std::vector<Token> Tokenize(std::string_view text, std::size_t begin, std::size_t end, std::string* lowered);

/// Tokenize for a caller that holds `lower_text`, all of `text` lower-cased (AsciiLower),
/// which the tokens view: no copy per call. The tokens replace what `*tokens` held, so that
/// paragraph after paragraph reuses one buffer. REQUIRES: lower_text.size() == text.size().
void TokenizeLowered(std::string_view text, std::string_view lower_text, std::size_t begin, std::size_t end,
                     std::vector<Token>* tokens);

/// The lower-case forms of `phrase`'s tokens joined by single spaces ("mid-2008" -> "mid - 2008").
std::string TokenKey(std::string_view phrase);

}  // namespace prextract::internal

#endif  // PREXTRACT_TEMPORAL_TOKENS_H_
