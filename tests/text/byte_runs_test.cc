// Byte runs (src/text/byte_runs.h).
#include "text/byte_runs.h"

#include <gtest/gtest.h>

#include <string>

namespace prextract::internal {
namespace {

struct LetterRunCase {
  std::string text;
  std::size_t begin, end;   // the range read
  std::size_t after;        // where the run of letters ends
};

// Runs shorter and longer than eight bytes, ended by each neighbour of the letter ranges
// ('@', '[', '`', '{'), by UTF-8 bytes and by the range's end.
const LetterRunCase kLetterRunCases[] = {
    {"", 0, 0, 0},
    {"word", 0, 4, 4},
    {"word ", 0, 5, 4},
    {"Internationalisation resumed", 0, 28, 20},
    {"Internationalisation resumed", 0, 12, 12},
    {"Internationalisation resumed", 3, 28, 20},
    {"abcdefgh", 0, 8, 8},
    {"abcdefgh@", 0, 9, 8},
    {"abcdefghZ[", 0, 10, 9},
    {"aZ`bcdefghij", 0, 12, 2},
    {"zzzzzzz{zzzz", 0, 12, 7},
    {"caf\xc3\xa9s and more", 0, 15, 3},
    {"ABCDEFGHIJKLMNOPQRSTUVWXYZ0", 0, 27, 26},
    {"1990s", 0, 5, 0},
    {"mid-2008 and after", 0, 18, 3},
};

class LetterRunTest : public testing::TestWithParam<LetterRunCase> {};

TEST_P(LetterRunTest, EndsWhereTheByteTestEnds) {
  const LetterRunCase& c = GetParam();
  const auto is_letter = [](char ch) { return static_cast<unsigned char>((ch | 0x20) - 'a') < 26; };
  EXPECT_EQ(SkipAsciiLetters(c.text, c.begin, c.end), c.after) << c.text;
  EXPECT_EQ(SkipWhile(c.text, c.begin, c.end, is_letter), c.after) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Cases, LetterRunTest, testing::ValuesIn(kLetterRunCases));

TEST(LetterRunTest, AgreesWithTheByteTestForEveryByte) {
  const auto is_letter = [](char ch) { return static_cast<unsigned char>((ch | 0x20) - 'a') < 26; };
  for (int b = 0; b < 256; ++b) {
    for (std::size_t at = 0; at < 12; ++at) {
      std::string text(12, 'q');
      text[at] = static_cast<char>(b);
      EXPECT_EQ(SkipAsciiLetters(text, 0, text.size()), SkipWhile(text, 0, text.size(), is_letter)) << b << " " << at;
    }
  }
}

}  // namespace
}  // namespace prextract::internal
