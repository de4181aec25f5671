// Byte-level helpers the segmenter shares: white space (including the Unicode
// spaces scraped pages carry), words, case, sentence ends. Views point into the input.
#ifndef PREXTRACT_SEGMENT_TEXT_SCAN_H_
#define PREXTRACT_SEGMENT_TEXT_SCAN_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "prextract/release.h"

namespace prextract::internal {

/// SpaceAt for a non-ASCII byte at `i`.
std::size_t NonAsciiSpaceAt(std::string_view s, std::size_t i);

/// Byte length of the white-space character at `i` (ASCII blanks, NBSP, BOM,
/// zero-width and ideographic spaces), or 0 when there is none.
inline std::size_t SpaceAt(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  // Inline ASCII fast path: the scanners ask this of nearly every byte of the text.
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r') ? 1 : 0;
  return NonAsciiSpaceAt(s, i);
}

/// Byte length of the white space that ends at `end` (exclusive), or 0.
std::size_t SpaceBefore(std::string_view s, std::size_t end);

/// The end of the run of spaces (SpaceAt) at `i`: `i` itself when none starts there.
inline std::size_t SpacesEnd(std::string_view s, std::size_t i) {
  while (i < s.size() && SpaceAt(s, i)) i += SpaceAt(s, i);
  return i;
}

/// `span` without leading and trailing white space (empty when all blank).
Span TrimBlanks(std::string_view text, Span span);
std::string_view TrimView(std::string_view s);

inline std::string_view View(std::string_view text, Span span) {
  return text.substr(span.start, span.end - span.start);
}

/// The code point starting at `i` (U+FFFD on a bad byte) and its length in `len`.
char32_t DecodeAt(std::string_view s, std::size_t i, std::size_t* len);

/// The eight bytes of `s` from `i` as one little-endian word, for the scanners that test
/// eight bytes at a time (the caller checks that they are there).
inline std::uint64_t EightBytesAt(std::string_view s, std::size_t i) {
  static_assert(std::endian::native == std::endian::little);
  std::uint64_t x = 0;
  std::memcpy(&x, s.data() + i, 8);
  return x;
}

/// 0x80 in each byte of `x` from `lo` to `hi` (both ASCII), 0 in the others (bytes from
/// 0x80 included): the bit trick "hasbetween", exact per byte, as no carry or borrow
/// crosses from one byte into the next.
constexpr std::uint64_t BytesBetween(std::uint64_t x, unsigned lo, unsigned hi) {
  constexpr std::uint64_t kOnes = 0x0101010101010101u;
  const std::uint64_t low = x & (kOnes * 0x7F);
  return (kOnes * (127 + hi + 1) - low) & ~x & (low + kOnes * (127 + 1 - lo)) & (kOnes * 0x80);
}

inline bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAlpha(char c) { return IsUpper(c) || IsLower(c); }
inline bool IsAlnum(char c) { return IsAlpha(c) || IsDigit(c); }

/// True when `s` (trimmed) ends a sentence: . ! ? or … optionally followed by
/// closing quotes or brackets.
bool EndsSentence(std::string_view s);

/// The white-space separated words of `s`.
std::vector<std::string_view> Words(std::string_view s);

/// The first `limit` of Words(s): a caller that looks at a line's opening words needs no
/// list of a paragraph's hundreds.
std::vector<std::string_view> FirstWords(std::string_view s, std::size_t limit);

/// Calls `visit(word)` for each of Words(s) in order, without building the list, until
/// `visit` returns false.
template <typename Visit>
void ForEachWordWhile(std::string_view s, Visit visit) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (const std::size_t n = SpaceAt(s, i)) {
      i += n;
      continue;
    }
    const std::size_t start = i;
    // A printable ASCII byte (most bytes of a word) is no space: one range test, not SpaceAt.
    auto printable = [](char c) { return static_cast<unsigned char>(c - '!') < 0x7F - '!'; };
    while (i < s.size() && (printable(s[i]) || SpaceAt(s, i) == 0)) ++i;
    if (!visit(s.substr(start, i - start))) return;
  }
}

/// ForEachWordWhile for a caller that visits every word.
template <typename Visit>
void ForEachWord(std::string_view s, Visit visit) {
  ForEachWordWhile(s, [&visit](std::string_view w) {
    visit(w);
    return true;
  });
}

/// Words(s) read as far as a caller asks: a rule that looks at a paragraph's first few
/// words needs no list of all of them.
class WordsOnDemand {
 public:
  explicit WordsOnDemand(std::string_view s) : s_(s) {}

  /// Whether Words(s) has a word `k` (reading up to it).
  bool Has(std::size_t k) {
    while (words_.size() <= k && ReadOne()) {
    }
    return k < words_.size();
  }

  /// Words(s)[k]; Has(k) must have held.
  std::string_view operator[](std::size_t k) const { return words_[k]; }

 private:
  bool ReadOne();

  std::string_view s_;
  std::size_t next_ = 0;   // where the words not yet read start
  std::vector<std::string_view> words_;
};

/// Words(s).size(), without building the list; counting stops once it passes `limit`
/// (a caller asking "more than 8 words?" passes 8 and needs no more of a long line).
std::size_t WordCount(std::string_view s, std::size_t limit = static_cast<std::size_t>(-1));

/// Share of the letters of `s` that are Hangul, kana or CJK ideographs (0..1).
double NonLatinShare(std::string_view s);

/// std::count(s, c) >= n, by memchr from one `c` to the next: a line holds few of the
/// separators asked about, and the search stops at the n-th.
inline bool HoldsAtLeast(std::string_view s, char c, std::size_t n) {
  std::size_t seen = 0;
  for (std::size_t at = s.find(c); seen < n && at != std::string_view::npos; at = s.find(c, at + 1)) ++seen;
  return seen >= n;
}

/// ASCII case-insensitive comparisons.
bool StartsWithNoCase(std::string_view s, std::string_view prefix);
std::size_t FindNoCase(std::string_view s, std::string_view needle, std::size_t from = 0);

/// `s` with every run of white space replaced by one space, trimmed.
std::string CollapseSpaces(std::string_view s);

/// Length of the word starting at `s[0]` if `s` starts with `phrase` (case folded)
/// followed by a word boundary; 0 otherwise.
std::size_t PhrasePrefix(std::string_view s, std::string_view phrase);

}  // namespace prextract::internal

#endif  // PREXTRACT_SEGMENT_TEXT_SCAN_H_
