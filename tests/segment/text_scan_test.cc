// Byte scanners shared by the segmenter's rules (src/segment/text_scan.h).
#include "segment/text_scan.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

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

// The last byte settles most texts (a stop, a letter, a digit); white space, closing quotes
// and brackets after the stop are looked past.
TEST(EndsSentenceTest, AStopPastSpacesQuotesAndBrackets) {
  const std::vector<std::pair<std::string, bool>> cases = {
      {"It passed.", true},       {"Really?", true},          {"Go!", true},
      {"It passed", false},       {"Costs 5", false},         {"It passed.  ", true},
      {"he said.\"", true},       {"he said.\u201D", true},   {"(see below.)", true},
      {"Wait\u2026", true},       {"the \"quote\"", false},   {"", false},
      {"   ", false},             {"a list:", false},         {"it\u2019s.\u2019", true}};
  for (const auto& [text, want] : cases) EXPECT_EQ(EndsSentence(text), want) << text;
}

TEST(TrimBlanksTest, AsciiAndWideSpacesOnEitherSide) {
  struct Case {
    std::string text;
    Span span, want;
  };
  const std::string long_run = "word" + std::string(70, ' ');
  const std::vector<Case> cases = {
      {"  abc  ", {0, 7}, {2, 5}},
      {long_run, {0, long_run.size()}, {0, 4}},
      {"abc \u00A0 \u3000\t", {0, 11}, {0, 3}},                // ASCII and wide spaces mixed
      {"abc\u200B", {0, 6}, {0, 3}},                            // a zero-width space ends it
      {"x\u00A0\u00A0", {0, 5}, {0, 1}},
      {"abc\u00E9 ", {0, 6}, {0, 5}},                           // a letter's last byte is no space
      {"a b   c", {0, 5}, {0, 3}},                              // the span, not the text, is trimmed
      {"   ", {0, 3}, {3, 3}},
      {"ab  cd", {2, 4}, {4, 4}},
      {"\u00A0 a", {1, 4}, {1, 4}},                             // a continuation byte is no space
  };
  for (const Case& c : cases) {
    const Span got = TrimBlanks(c.text, c.span);
    EXPECT_EQ(got.start, c.want.start) << c.text;
    EXPECT_EQ(got.end, c.want.end) << c.text;
  }
}

TEST(WordCountTest, CountsAndStopsPastTheLimit) {
  EXPECT_EQ(WordCount(""), 0u);
  EXPECT_EQ(WordCount("  one\ttwo\u00A0three  "), 3u);
  EXPECT_EQ(WordCount("a b c d e f g h i j"), 10u);
  // A limit only needs to be passed: the answer is then limit + 1 or more, never exact.
  EXPECT_GT(WordCount("a b c d e f g h i j", 8), 8u);
  EXPECT_EQ(WordCount("a b c", 8), 3u);
}

// WordCount reads sixteen or eight ASCII bytes at a time: words and gaps across those blocks, and
// Unicode spaces and letters inside them, count as the byte-by-byte definition does.
TEST(WordCountTest, LongLinesWithUnicodeSpacesAndLetters) {
  const struct {
    std::string line;
    std::size_t words;
  } cases[] = {
      {"abcdefgh ijklmnop qrstuvwx", 3},
      {"abcdefg hijklmn\topqrstu\nvwxyz", 4},
      {"one two\u00A0three\u2003four\u3000five\u200Bsix seven", 7},
      {"caf\u00E9 na\u00EFve \u201Cquoted\u201D words here", 5},
      {"        leading and trailing gaps        ", 4},
      {"\u00A0\u00A0\u00A0\u00A0word\u00A0\u00A0\u00A0\u00A0", 1},
      {"abcdefghijklmnop qrstuvwxyzabcdef ghij", 3},
      {"a\vb\fc\rd e f g h i j k l m n o p q", 17},
      {"sixteen bytes ab\u00A0cd and more words", 7},
      {"                x                ", 1},
      {"a                b", 2},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(WordCount(c.line), c.words) << c.line;
    EXPECT_EQ(WordCount(c.line, 2), std::min<std::size_t>(c.words, 3)) << c.line;
  }
}

TEST(ForEachWordWhileTest, StopsWhenTheVisitorSaysSo) {
  std::vector<std::string_view> seen;
  ForEachWordWhile("  alpha beta\u00A0gamma delta", [&seen](std::string_view w) {
    seen.push_back(w);
    return w != "gamma";
  });
  EXPECT_EQ(seen, (std::vector<std::string_view>{"alpha", "beta", "gamma"}));
}

TEST(FirstWordsTest, TheOpeningWordsOfWords) {
  const struct {
    std::string line;
    std::size_t limit;
    std::vector<std::string_view> words;
  } cases[] = {
      {"", 3, {}},
      {"one two", 0, {}},
      {"one two", 5, {"one", "two"}},
      {"  one\ttwo\u00A0three four  ", 3, {"one", "two", "three"}},
      {"a b c d e f g h i j k l m n", 13, {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m"}},
  };
  for (const auto& c : cases) EXPECT_EQ(FirstWords(c.line, c.limit), c.words) << c.line;
}

TEST(HoldsAtLeastTest, CountsUpToTheAskedNumber) {
  const struct {
    std::string_view line;
    char c;
    std::size_t n;
    bool holds;
  } cases[] = {
      {"", '|', 1, false},
      {"", '|', 0, true},
      {"Home | News", '|', 1, true},
      {"Home | News", '|', 2, false},
      {"Home | News | Contact", '|', 2, true},
      {"[Top][ | About us][ | Search]", '[', 3, true},
      {"[Top][ | About us]", '[', 3, false},
      {"|||", '|', 3, true},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(HoldsAtLeast(c.line, c.c, c.n), c.holds) << c.line << " " << c.n;
    EXPECT_EQ(HoldsAtLeast(c.line, c.c, c.n), static_cast<std::size_t>(std::count(c.line.begin(), c.line.end(), c.c)) >= c.n);
  }
}

TEST(BytesBetweenTest, FlagsExactlyTheBytesInTheRange) {
  const struct {
    std::string eight;
    unsigned lo, hi;
    std::uint64_t flags;
  } cases[] = {
      {"ab1(9:/0", '0', '9', 0x8000008000800000u},
      {"        ", ' ', ' ', 0x8080808080808080u},
      {"\t\r\n\x0B\x0C\x08\x0E ", '\t', '\r', 0x0000008080808080u},
      {"\xC2\xA0\xE2\x80\x83xyz", 0, ' ', 0},
  };
  for (const auto& c : cases) EXPECT_EQ(BytesBetween(EightBytesAt(c.eight, 0), c.lo, c.hi), c.flags) << c.eight;
}

TEST(WordsOnDemandTest, ReadsTheWordsOfWords) {
  const std::vector<std::string> texts = {
      "", "   ", "one", "  Acme Corp.,  a leader\tin widgets  ", "a\xC2\xA0" "b\xE3\x80\x80" "c \xE2\x80\x9C" "q\xE2\x80\x9D",
      "Today, Taizhou Kaimi Biotech Co., Ltd. said", "x\xC2"};
  for (const std::string& text : texts) {
    const std::vector<std::string_view> all = Words(text);
    WordsOnDemand words(text);
    for (std::size_t k = 0; k < all.size(); ++k) {
      ASSERT_TRUE(words.Has(k)) << text << " " << k;
      EXPECT_EQ(words[k], all[k]) << text << " " << k;
    }
    EXPECT_FALSE(words.Has(all.size())) << text;
    EXPECT_FALSE(words.Has(all.size() + 3)) << text;
  }
}

TEST(WordsOnDemandTest, AWordAskedFirstReadsThoseBefore) {
  WordsOnDemand words("alpha beta gamma");
  ASSERT_TRUE(words.Has(2));
  EXPECT_EQ(words[0], "alpha");
  EXPECT_EQ(words[2], "gamma");
}

// TrimBlanks a space at a time, as it was before runs were skipped eight at a time.
Span TrimOneByOne(std::string_view text, Span span) {
  std::size_t a = span.start, b = span.end;
  while (a < b && SpaceAt(text, a) != 0 && a + SpaceAt(text, a) <= b) a += SpaceAt(text, a);
  while (b > a && SpaceBefore(text.substr(0, b), b) != 0 && b - SpaceBefore(text.substr(0, b), b) >= a) {
    b -= SpaceBefore(text.substr(0, b), b);
  }
  return Span{a, b};
}

TEST(TrimBlanksTest, LongRunsTrimAsOneSpaceAtATime) {
  const std::vector<std::string> texts = {
      std::string(40, ' '), std::string(17, ' ') + "word" + std::string(23, ' '),
      " \xC2\xA0" + std::string(12, ' ') + "x \t" + std::string(9, ' '),
      std::string(9, ' ') + "\xE3\x80\x80" + std::string(9, ' ') + "y" + std::string(8, ' ') + "\xC2\xA0"};
  for (const std::string& text : texts) {
    for (std::size_t start = 0; start <= text.size(); ++start) {
      for (std::size_t end = start; end <= text.size(); ++end) {
        const Span got = TrimBlanks(text, Span{start, end});
        const Span want = TrimOneByOne(text, Span{start, end});
        ASSERT_EQ(got.start, want.start) << start << " " << end;
        ASSERT_EQ(got.end, want.end) << start << " " << end;
      }
    }
  }
}

}  // namespace
}  // namespace prextract::internal
