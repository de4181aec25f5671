// Byte offsets to code-point offsets (src/emit/codepoints.h).
#include "emit/codepoints.h"

#include <gtest/gtest.h>

#include <string>

namespace prextract::internal {
namespace {

std::size_t NaiveCount(std::string_view text, std::size_t offset) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 ? 1 : 0;
  }
  return n;
}

TEST(CodePointIndexTest, AgreesWithCountingEveryByte) {
  // ASCII runs, two-, three- and four-byte characters across word and checkpoint edges.
  std::string text;
  for (int k = 0; k < 40; ++k) {
    text += "Seoul \xEC\x84\x9C\xEC\x9A\xB8 caf\xC3\xA9 \xF0\x9F\x98\x80 ";
    text += std::string(static_cast<std::size_t>(k % 9), 'x');
  }
  const CodePointIndex index(text);
  for (std::size_t offset = 0; offset <= text.size() + 2; ++offset) {
    ASSERT_EQ(index.ToCodePoint(offset), NaiveCount(text, offset)) << offset;
  }
}

TEST(CodePointIndexTest, AgreesOnMostlyAsciiTexts) {
  // Whole ASCII blocks take a shortcut; a few multi-byte characters and text sizes on
  // and off the block size check the blocks around them.
  for (std::size_t size : {63u, 64u, 65u, 128u, 200u, 257u}) {
    std::string text(size, 'a');
    if (size > 100) text.replace(70, 3, "\xE2\x80\x9C");
    if (size > 250) text.replace(size - 2, 2, "\xC3\xA9");
    const CodePointIndex index(text);
    for (std::size_t offset = 0; offset <= text.size() + 1; ++offset) {
      ASSERT_EQ(index.ToCodePoint(offset), NaiveCount(text, offset)) << size << " " << offset;
    }
  }
}

TEST(CodePointIndexTest, ShortAndEmptyTexts) {
  EXPECT_EQ(CodePointIndex("").ToCodePoint(0), 0u);
  const std::string s = "\xC3\xA9t\xC3\xA9";
  EXPECT_EQ(CodePointIndex(s).ToCodePoint(s.size()), 3u);
  EXPECT_EQ(CodePointIndex(s).ToCodePoint(2), 1u);
}

}  // namespace
}  // namespace prextract::internal
