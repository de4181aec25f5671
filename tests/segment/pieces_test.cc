// Rules "sentence-gap break", "wide-gap break", "double-space mode" (src/segment/pieces.h).
#include "segment/pieces.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace prextract::internal {
namespace {

std::vector<std::string> Cut(const std::string& line) {
  std::vector<std::string> out;
  std::size_t from = 0;
  for (const std::size_t at : GapBreaks(line)) {
    out.push_back(line.substr(from, at - from));
    from = at;
  }
  out.push_back(line.substr(from));
  for (std::string& s : out) {
    while (!s.empty() && s.back() == ' ') s.pop_back();
  }
  return out;
}

struct GapCase {
  std::string line;
  std::vector<std::string> pieces;
};

TEST(PiecesTest, GapBreaks) {
  const std::string long_tail(820, 'x');
  const std::vector<GapCase> cases = {
      {"One sentence. Another one.", {"One sentence. Another one."}},
      // Typewriter spacing in a paragraph-length line is no break ...
      {"He said so.  It has never been done.", {"He said so.  It has never been done."}},
      // ... but a run of items is.
      {"$50 million for a road.  $30 million for a bypass.", {"$50 million for a road.", "$30 million for a bypass."}},
      {"First paragraph ends.   Second one starts.", {"First paragraph ends.", "Second one starts."}},
      {"Stripped punctuation here   Next paragraph", {"Stripped punctuation here", "Next paragraph"}},
      {"a wrapped line is   now going on", {"a wrapped line is   now going on"}},
      {"Key findings include:   Exceptional results", {"Key findings include:   Exceptional results"}},
      {"Key Services Include:   Factory Maintenance", {"Key Services Include:", "Factory Maintenance"}},
      {"Last item of the list \xE2\x80\xA2   Next item", {"Last item of the list", "\xE2\x80\xA2   Next item"}},
      {"\xE2\x80\xA2     Item alone", {"\xE2\x80\xA2     Item alone"}},
      {"---  Footer text", {"---", "Footer text"}},
      // An initial whose period was stripped leaves two spaces inside a name.
      // A date's comma stripped between its day and year.
      {"Press Office  October 3rd  2005  Body text starts here. " + long_tail,
       {"Press Office", "October 3rd  2005", "Body text starts here. " + long_tail}},
      // A dollar sign stripped before a headline verb's object ("Announces $590,000 for").
      {"Graham Announces  590 000 for the Field  Body text starts here. " + long_tail,
       {"Graham Announces  590 000 for the Field", "Body text starts here. " + long_tail}},
      {"U S  Senator Mary L  Landrieu  Body text starts here. " + long_tail,
       {"U S  Senator Mary L  Landrieu", "Body text starts here. " + long_tail}},
      {"Heading Words  Body text starts here. " + long_tail, {"Heading Words", "Body text starts here. " + long_tail}},
  };
  for (const GapCase& c : cases) EXPECT_EQ(Cut(c.line), c.pieces) << c.line;
}

// Gaps are sought sixteen or eight bytes at a time: a wide gap, and lone spaces, break
// alike wherever they fall against those blocks.
TEST(PiecesTest, GapsAtEveryOffsetOfTheScanBlocks) {
  for (std::size_t pad = 0; pad < 40; ++pad) {
    const std::string head = "Start" + std::string(pad, 'a') + " ends here.";
    EXPECT_EQ(Cut(head + "   Next one starts."), (std::vector<std::string>{head, "Next one starts."})) << pad;
    // (Cut trims spaces only: the tab stays with the piece before it.)
    EXPECT_EQ(Cut(head + "\tNext one starts."), (std::vector<std::string>{head + "\t", "Next one starts."})) << pad;
    const std::string lone = head + " a b c d e f g h i j k l m n o p q r s t u v w x y z";
    EXPECT_EQ(Cut(lone), (std::vector<std::string>{lone})) << pad;
    // A space ending a block is a lone one only if the byte after it is plain ASCII: here a
    // no-break space follows, and the three make a wide gap (Cut keeps the no-break space).
    EXPECT_EQ(Cut(head + " \xC2\xA0 Next one starts."),
              (std::vector<std::string>{head + " \xC2\xA0", "Next one starts."}))
        << pad;
  }
}

TEST(PiecesTest, DoubleSpacesBeforeLowerCaseMeanStrippedPunctuation) {
  std::string line = "Washington  DC  Citing the need  which  resurfaced  this week   Next paragraph here";
  line += std::string(820, 'y');
  const std::vector<std::string> got = Cut(line);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "Washington  DC  Citing the need  which  resurfaced  this week");
}

// The double-space count reads a gap from each space that follows no space byte: past a
// no-break space ("\xC2\xA0") that is inside a wider gap too.
TEST(PiecesTest, DoubleSpacesAfterANoBreakSpaceCount) {
  std::string line = "Alpha \xC2\xA0  beta gamma \xC2\xA0  delta Heading Words  Body text starts here ";
  line += std::string(820, 'x');
  EXPECT_EQ(Cut(line).size(), 1u);   // two double spaces before lower case: no double-space mode
  std::string plain = "Alpha \xC2\xA0 beta gamma \xC2\xA0 delta Heading Words  Body text starts here ";
  plain += std::string(820, 'x');
  EXPECT_EQ(Cut(plain).size(), 2u);
}

TEST(PiecesTest, SplitPiecesKeepsLineFacts) {
  const std::string text = "Title line\r\n\r\n\r\nFirst.   Second.\nthird\n";
  const std::vector<Piece> p = SplitPieces(text);
  ASSERT_EQ(p.size(), 4u);
  EXPECT_EQ(text.substr(p[0].span.start, p[0].span.end - p[0].span.start), "Title line");
  EXPECT_TRUE(p[0].line_start && p[0].line_end);
  EXPECT_EQ(p[1].blanks_before, 2);
  EXPECT_TRUE(p[1].line_start);
  EXPECT_FALSE(p[1].line_end);
  EXPECT_EQ(text.substr(p[2].span.start, p[2].span.end - p[2].span.start), "Second.");
  EXPECT_FALSE(p[2].line_start);
  EXPECT_EQ(p[3].blanks_before, 0);
}

TEST(PiecesTest, ListMarkerTokens) {
  const std::vector<std::pair<std::string, bool>> cases = {
      {"\xE2\x80\xA2", true}, {"-", true}, {"\xE2\x96\xA1", true}, {"o", true},
      {"\xC3\xA2\xC2\x97\xC2\x8F", true},   // mojibake of a black circle
      {"word", false}, {"A", false}, {"12", false}, {"*", true}, {"+", true}, {"o.", false}, {"--", false},
      {"", false}, {"-\xE2\x80\xA2", false}};
  for (const auto& [token, want] : cases) EXPECT_EQ(IsListMarkerToken(token), want) << token;
}

}  // namespace
}  // namespace prextract::internal
