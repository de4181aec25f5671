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

}  // namespace

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  static_assert(kStride % 8 == 0, "checkpoints fall on whole words");
  checkpoints_.reserve(text.size() / kStride + 1);
  std::uint64_t count = 0;
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    if (i % kStride == 0) checkpoints_.push_back(count);
    count += LeadBytesIn(text.data() + i);
  }
  for (; i < text.size(); ++i) {
    if (i % kStride == 0) checkpoints_.push_back(count);
    count += IsLeadByte(text[i]);
  }
}

std::size_t CodePointIndex::ToCodePoint(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const std::size_t block = offset / kStride;
  if (block >= checkpoints_.size()) {
    return checkpoints_.empty() ? 0 : ToCodePoint(offset - 1) + IsLeadByte(text_[offset - 1]);
  }
  std::size_t count = checkpoints_[block];
  std::size_t i = block * kStride;
  for (; i + 8 <= offset; i += 8) count += LeadBytesIn(text_.data() + i);   // up to 7 words
  for (; i < offset; ++i) count += IsLeadByte(text_[i]);
  return count;
}

}  // namespace prextract::internal
