// Byte scanners shared by the segmenter's rules (src/segment/text_scan.h).
#include "segment/text_scan.h"

#include <gtest/gtest.h>

#include <string>

namespace prextract::internal {
namespace {

constexpr std::size_t kNone = std::string_view::npos;

TEST(FindNoCaseTest, FindsEitherCaseOfTheFirstByte) {
  EXPECT_EQ(FindNoCase("Visit www.msit.go.kr", "WWW."), 6u);
  EXPECT_EQ(FindNoCase("The Ministry and the ministry", "MINISTRY"), 4u);
  EXPECT_EQ(FindNoCase("The Ministry and the ministry", "ministry", 5), 21u);
  EXPECT_EQ(FindNoCase("ends with HTTP", "http"), 10u);
}

TEST(FindNoCaseTest, FalseStartsAndMisses) {
  // Several candidates of the first byte in both cases before the real match.
  EXPECT_EQ(FindNoCase("hTtp hTTx Http://x", "http://"), 10u);
  EXPECT_EQ(FindNoCase("short", "longer than the text"), kNone);
  EXPECT_EQ(FindNoCase("abc", ""), kNone);
  EXPECT_EQ(FindNoCase("no match here", "xyz"), kNone);
  EXPECT_EQ(FindNoCase("abc", "c", 5), kNone);
  EXPECT_EQ(FindNoCase("photo.JPG", ".jpg"), 5u);   // a first byte that is no letter
}

TEST(WordCountTest, CountsAndStopsPastTheLimit) {
  EXPECT_EQ(WordCount(""), 0u);
  EXPECT_EQ(WordCount("  one\ttwo\u00A0three  "), 3u);
  EXPECT_EQ(WordCount("a b c d e f g h i j"), 10u);
  // A limit only needs to be passed: the answer is then limit + 1 or more, never exact.
  EXPECT_GT(WordCount("a b c d e f g h i j", 8), 8u);
  EXPECT_EQ(WordCount("a b c", 8), 3u);
}

}  // namespace
}  // namespace prextract::internal
