// Which bytes of lower-cased text are word bytes, sixty-four at a time: the records
// tokenizer reads every byte of every sentence, and a bit mask per block lets it find each
// word's start and end with a bit scan rather than a test and a branch per byte.
#ifndef PREXTRACT_TEXT_WORD_BYTES_H_
#define PREXTRACT_TEXT_WORD_BYTES_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
#include <emmintrin.h>
#endif

namespace prextract::internal {

/// Word bytes of lower-cased text: 'a'-'z', digits, '-', '\'' and '&'.
inline constexpr std::array<bool, 256> kLowerWordBytes = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) {
    t[c] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '\'' || c == '&';
  }
  return t;
}();

#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
/// kLowerWordBytes of sixteen bytes, one bit each. A range [lo, hi] is one add and one
/// signed compare: adding 0x7F - hi moves the range to the top of the signed bytes, where
/// nothing else lands (bytes past hi wrap to negative or, past 0xFF, to small values).
inline std::uint64_t LowerWordBytes16(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const auto in = [&v](int lo, int hi) {
    return _mm_cmpgt_epi8(_mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x7F - hi))),
                          _mm_set1_epi8(static_cast<char>(0x7F - hi + lo - 1)));
  };
  // '&' and '\'' differ only in the low bit.
  const __m128i marks = _mm_or_si128(_mm_cmpeq_epi8(_mm_or_si128(v, _mm_set1_epi8(1)), _mm_set1_epi8('\'')),
                                     _mm_cmpeq_epi8(v, _mm_set1_epi8('-')));
  const __m128i word = _mm_or_si128(_mm_or_si128(in('a', 'z'), in('0', '9')), marks);
  return static_cast<std::uint16_t>(_mm_movemask_epi8(word));
}
#endif

/// Bit k says whether lower[at + k] is a word byte, for the bytes of [at, end) from `at`,
/// at most 64; the bits past `end` are clear. A block that ends before the text does is read
/// whole and masked: the sentences of a release are cut from one text, and only its last
/// bytes take the byte-by-byte path. REQUIRES: at < end <= lower.size().
inline std::uint64_t LowerWordByteMask(std::string_view lower, std::size_t at, std::size_t end) {
  const std::size_t size = end - at;
#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
  const char* p = lower.data() + at;
  char padded[64];
  if (lower.size() - at < 64) {   // the text's last block (or a short text), padded with NULs
    std::memset(padded, 0, sizeof padded);
    std::memcpy(padded, p, lower.size() - at);
    p = padded;
  }
  const std::uint64_t mask = LowerWordBytes16(p) | LowerWordBytes16(p + 16) << 16 |
                             LowerWordBytes16(p + 32) << 32 | LowerWordBytes16(p + 48) << 48;
  return size >= 64 ? mask : mask & ((std::uint64_t{1} << size) - 1);
#else
  std::uint64_t mask = 0;
  for (std::size_t k = 0; k < size && k < 64; ++k) {
    mask |= std::uint64_t{kLowerWordBytes[static_cast<unsigned char>(lower[at + k])]} << k;
  }
  return mask;
#endif
}

}  // namespace prextract::internal

#endif  // PREXTRACT_TEXT_WORD_BYTES_H_
