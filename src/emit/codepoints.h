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

  /// Code points before byte `offset` (clamped to the text's size).
  std::size_t ToCodePoint(std::size_t offset) const;

 private:
  static constexpr std::size_t kStride = 64;
  std::string_view text_;
  // Code points before byte k * kStride, for every block start, then the text's total:
  // block k holds only single-byte characters when its two checkpoints differ by its size.
  std::vector<std::uint64_t> checkpoints_;
};

}  // namespace prextract::internal

#endif  // PREXTRACT_EMIT_CODEPOINTS_H_
