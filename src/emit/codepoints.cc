#include "emit/codepoints.h"

#include <algorithm>

namespace prextract::internal {
namespace {

bool IsLeadByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

}  // namespace

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  checkpoints_.reserve(text.size() / kStride + 1);
  std::uint64_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
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
  for (std::size_t i = block * kStride; i < offset; ++i) count += IsLeadByte(text_[i]);
  return count;
}

}  // namespace prextract::internal
