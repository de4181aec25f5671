#include "emit/codepoints.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
#include <emmintrin.h>
#endif

namespace prextract::internal {
namespace {

bool IsLeadByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// Lead bytes among the eight at `p`: all but the continuation bytes (10xxxxxx), which
// are the bytes whose top bit is set and whose next bit is not.
std::uint64_t LeadBytesIn(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  const std::uint64_t continuation = w & ~(w << 1) & 0x8080808080808080ULL;
  return continuation == 0 ? 8 : 8 - static_cast<std::uint64_t>(std::popcount(continuation));
}

#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
// Continuation bytes among the 64 bytes at `p`: as signed bytes they are those below -64.
// Each compare gives -1 per such byte, summed lane by lane (at most 4 a lane) and the lanes
// then added by one sum of absolute differences: half the instructions of the
// word-at-a-time count, and the index reads every byte of every release.
std::uint64_t ContinuationBytes64(const char* p) {
  const __m128i below = _mm_set1_epi8(-64);
  __m128i lanes = _mm_setzero_si128();
  for (int k = 0; k < 64; k += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k));
    lanes = _mm_sub_epi8(lanes, _mm_cmplt_epi8(v, below));
  }
  const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
  return static_cast<std::uint64_t>(_mm_cvtsi128_si64(sums)) +
         static_cast<std::uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)));
}
#else
// Continuation bytes among the `size` bytes at `p` (whole words, fewer than 256 bytes).
// Their flags are summed lane by lane and the lanes added up once at the end (a total
// below 256 fits the top byte), rather than a popcount per word.
std::uint64_t ContinuationBytes(const char* p, std::size_t size) {
  std::uint64_t lanes = 0;
  for (std::size_t k = 0; k < size; k += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + k, sizeof w);
    lanes += (w & ~(w << 1) & 0x8080808080808080ULL) >> 7;
  }
  return (lanes * 0x0101010101010101ULL) >> 56;
}
#endif

}  // namespace

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  static_assert(kStride % 8 == 0 && kStride < 256, "whole words; a block's count fits a byte");
  checkpoints_.reserve(text.size() / kStride + 2);
  std::uint64_t count = 0;
  std::size_t i = 0;
  for (; i + kStride <= text.size(); i += kStride) {
    checkpoints_.push_back(count);
#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
    static_assert(kStride == 64, "ContinuationBytes64 counts 64 bytes");
    count += kStride - ContinuationBytes64(text.data() + i);
#else
    count += kStride - ContinuationBytes(text.data() + i, kStride);
#endif
  }
  if (i < text.size()) checkpoints_.push_back(count);
  for (; i < text.size(); ++i) count += IsLeadByte(text[i]);
  checkpoints_.push_back(count);   // the whole text: closes the last block
}

std::size_t CodePointIndex::ScanBlock(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const std::size_t block = offset / kStride;
  const std::size_t block_start = block * kStride;
  std::size_t count = checkpoints_[block];
  if (block + 1 < checkpoints_.size()) {
    // A block of single-byte characters (most blocks of English prose) needs no scan.
    const std::size_t block_bytes = std::min(block_start + kStride, text_.size()) - block_start;
    if (checkpoints_[block + 1] - count == block_bytes) return count + (offset - block_start);
  }
  std::size_t i = block_start;
  for (; i + 8 <= offset; i += 8) count += LeadBytesIn(text_.data() + i);   // up to 7 words
  for (; i < offset; ++i) count += IsLeadByte(text_[i]);
  return count;
}

}  // namespace prextract::internal
