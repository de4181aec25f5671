// Runs of bytes that a test accepts, read eight at a time: the word scanners of the stages.
#ifndef PREXTRACT_TEXT_BYTE_RUNS_H_
#define PREXTRACT_TEXT_BYTE_RUNS_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace prextract::internal {

/// Index after the run of bytes from text[i] (before `end`) that `keep` accepts. Most of
/// prose is such runs (letters, word bytes): eight bytes at a time while eight remain, so
/// that their bytes need no test of the end, and most words end within the first eight.
template <typename Keep>
std::size_t SkipWhile(std::string_view text, std::size_t i, std::size_t end, Keep keep) {
  const char* p = text.data() + i;
  const char* const stop = text.data() + end;
  while (stop - p >= 8) {
    for (int k = 0; k < 8; ++k) {
      if (!keep(p[k])) return static_cast<std::size_t>(p + k - text.data());
    }
    p += 8;
  }
  while (p != stop && keep(*p)) ++p;
  return static_cast<std::size_t>(p - text.data());
}

/// Index after the run of ASCII letters from text[i] (before `end`): SkipWhile with a letter
/// test, but eight bytes tested at once with word arithmetic, so that a word costs no branch
/// per letter (words are most tokens, and their lengths defeat the branch predictor).
inline std::size_t SkipAsciiLetters(std::string_view text, std::size_t i, std::size_t end) {
  const auto is_letter = [](char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; };
  const char* p = text.data() + i;
  const char* const stop = text.data() + end;
  if constexpr (std::endian::native == std::endian::little) {   // the first byte is the lowest
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHigh = kOnes * 0x80;
    while (stop - p >= 8) {
      std::uint64_t x;
      std::memcpy(&x, p, sizeof x);
      // Each byte folded to lower case below 0x80, then offset so that its high bit says
      // ">= 'a'" or "> 'z'": the sums stay below 0x100, so no carry crosses a byte. Bytes of
      // 0x80 and more (UTF-8) are no letters.
      const std::uint64_t folded = (x | kOnes * 0x20) & ~kHigh;
      const std::uint64_t from_a = folded + kOnes * (0x80 - 'a');
      const std::uint64_t past_z = folded + kOnes * (0x80 - 'z' - 1);
      const std::uint64_t letters = from_a & ~past_z & ~x & kHigh;
      if (letters != kHigh) {
        const auto first_other = static_cast<std::size_t>(std::countr_zero(~letters & kHigh)) / 8;
        return static_cast<std::size_t>(p - text.data()) + first_other;
      }
      p += 8;
    }
  }
  while (p != stop && is_letter(*p)) ++p;
  return static_cast<std::size_t>(p - text.data());
}

}  // namespace prextract::internal

#endif  // PREXTRACT_TEXT_BYTE_RUNS_H_
