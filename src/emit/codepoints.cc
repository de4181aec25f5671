#include "emit/codepoints.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

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

}  // namespace

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  static_assert(kStride % 8 == 0 && kStride < 256, "whole words; a block's count fits a byte");
  checkpoints_.reserve(text.size() / kStride + 2);
  std::uint64_t count = 0;
  std::size_t i = 0;
  for (; i + kStride <= text.size(); i += kStride) {
    checkpoints_.push_back(count);
    count += kStride - ContinuationBytes(text.data() + i, kStride);
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
