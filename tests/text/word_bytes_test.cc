// Word byte masks (src/text/word_bytes.h).
#include "text/word_bytes.h"

#include <gtest/gtest.h>

#include <string>

namespace prextract::internal {
namespace {

struct MaskCase {
  std::string lower;
  std::size_t at, end;
  std::uint64_t mask;
};

// Each kind of word byte, the neighbours of its range ('`', '{', '/', ':', ',', '.', '%',
// '('), UTF-8 bytes, and blocks read whole, cut by `end`, or cut by the text's end.
const MaskCase kMaskCases[] = {
    {"a", 0, 1, 0b1},
    {"az`{", 0, 4, 0b0011},
    {"09/:", 0, 4, 0b0011},
    {"-'&,.%(", 0, 7, 0b0000111},
    {"korea\xE2\x80\x99s", 0, 9, 0b100011111},
    {"two words", 0, 9, 0b111110111},
    {"two words", 4, 9, 0b11111},
    {"two words", 0, 5, 0b10111},
    {std::string(70, 'x'), 0, 70, ~std::uint64_t{0}},
    {std::string(70, 'x'), 0, 10, 0x3FF},
    {std::string(70, 'x'), 6, 70, ~std::uint64_t{0}},
    {std::string(70, 'x'), 10, 70, 0xFFFFFFFFFFFFFFFF >> 4},
    {std::string(64, ' ') + "ab", 0, 66, 0},
    {std::string(63, ' ') + "ab", 0, 65, std::uint64_t{1} << 63},
};

TEST(WordBytesTest, MasksMarkWordBytes) {
  for (const MaskCase& c : kMaskCases) {
    EXPECT_EQ(LowerWordByteMask(c.lower, c.at, c.end), c.mask) << c.lower << " from " << c.at;
  }
}

// Every byte value at every place of a whole block agrees with the table.
TEST(WordBytesTest, EveryByteAgreesWithTheTable) {
  for (int b = 0; b < 256; ++b) {
    for (std::size_t k = 0; k < 64; ++k) {
      std::string block(80, ' ');
      block[k] = static_cast<char>(b);
      const bool word = (LowerWordByteMask(block, 0, 64) >> k & 1) != 0;
      EXPECT_EQ(word, kLowerWordBytes[static_cast<unsigned char>(b)]) << b << " at " << k;
    }
  }
}

}  // namespace
}  // namespace prextract::internal
