// Byte offset -> code-point offset over one UTF-8 text, without a table per byte.
#ifndef PREXTRACT_EMIT_CODEPOINTS_H_
#define PREXTRACT_EMIT_CODEPOINTS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace prextract::internal {

class CodePointIndex {
 public:
  /// REQUIRES: `text` outlives this index.
  explicit CodePointIndex(std::string_view text);

  /// Code points before byte `offset` (clamped to the text's size). Inline: a block of
  /// single-byte characters (most blocks of English prose) answers without a scan.
  std::size_t ToCodePoint(std::size_t offset) const {
    if (offset >= text_.size()) return checkpoints_.back();
    const std::size_t block = offset / kStride;
    const std::uint64_t count = checkpoints_[block];
    if (checkpoints_[block + 1] - count == kStride) return count + offset % kStride;
    return ScanBlock(offset);
  }

 private:
  /// ToCodePoint of an offset in the text whose block holds a multi-byte character or ends
  /// the text.
  std::size_t ScanBlock(std::size_t offset) const;

  static constexpr std::size_t kStride = 64;
  std::string_view text_;
  // Code points before byte k * kStride, for every block start, then the text's total:
  // block k holds only single-byte characters when its two checkpoints differ by its size.
  std::vector<std::uint64_t> checkpoints_;
};

}  // namespace prextract::internal

#endif  // PREXTRACT_EMIT_CODEPOINTS_H_
