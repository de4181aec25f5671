// Remnants of text decoded twice. Scraped releases whose UTF-8 was read as Latin-1 and then
// stripped of control characters keep only "â" of a typographic apostrophe ("wonât",
// "Hersheyâs Kiss", "Senator Max Baucusâ tireless work"); tokenizers read it as "'".
#ifndef PREXTRACT_TEXT_MOJIBAKE_H_
#define PREXTRACT_TEXT_MOJIBAKE_H_

#include <cstddef>
#include <string_view>

namespace prextract::internal {

namespace mojibake_detail {

inline bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A contraction's or possessive's ending at `at`, closed by a non-letter ("s", "t", "ll").
inline bool ContractionEndAt(std::string_view text, std::size_t at, std::size_t end) {
  // Static: a list built in the loop was set up on the stack by the tokenisers' inlined
  // callers for every token, before their test for "â" turned almost all of them away.
  static constexpr std::string_view kEndings[] = {"s", "t", "d", "m", "ll", "re", "ve"};
  for (const std::string_view ending : kEndings) {
    const std::size_t close = at + ending.size();
    if (close <= end && text.substr(at, ending.size()) == ending &&
        (close == end || !IsAsciiLetter(text[close]))) {
      return true;
    }
  }
  return false;
}

}  // namespace mojibake_detail

/// Whether the bytes at `i` are an "â" left of an apostrophe: after a lower-case ASCII letter
/// and before a contraction's ending or the word's end ("château" keeps its letter).
inline bool IsMojibakeApostrophe(std::string_view text, std::size_t i, std::size_t end) {
  if (i == 0 || i + 2 > end || text.substr(i, 2) != "\xC3\xA2") return false;
  if (text[i - 1] < 'a' || text[i - 1] > 'z') return false;
  const std::size_t after = i + 2;
  return after == end || !mojibake_detail::IsAsciiLetter(text[after]) ||
         mojibake_detail::ContractionEndAt(text, after, end);
}

}  // namespace prextract::internal

#endif  // PREXTRACT_TEXT_MOJIBAKE_H_
