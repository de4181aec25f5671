#include "sentences/sentences.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace prextract::internal {
namespace {

struct Case {
  std::string text;
  std::vector<std::string> sentences;
};

const Case kCases[] = {
    {"One. Two.", {"One.", "Two."}},
    {"Sen. Max Baucus spoke. He left.", {"Sen. Max Baucus spoke.", "He left."}},
    {"Acting Assistant Attorney General Jeffrey H. Wood said so.",
     {"Acting Assistant Attorney General Jeffrey H. Wood said so."}},
    {"It came to the U.S. Senate today. Then it left.",
     {"It came to the U.S. Senate today.", "Then it left."}},
    {"Acme Inc. announced results. Shares rose.", {"Acme Inc. announced results.", "Shares rose."}},
    {"1. The session will be held in Seoul. It is the first.",
     {"1. The session will be held in Seoul.", "It is the first."}},
    {"The bill expired in 2003. He said no.", {"The bill expired in 2003.", "He said no."}},
    {"\"This is great,\" said Baucus. \"We won.\" He smiled.",
     {"\"This is great,\" said Baucus.", "\"We won.\"", "He smiled."}},
    {"Growth was 3.5 percent. Good!", {"Growth was 3.5 percent.", "Good!"}},
    {"See www.example.com for more. Thanks.", {"See www.example.com for more.", "Thanks."}},
    {"It was in No. 5 of the list. Done?", {"It was in No. 5 of the list.", "Done?"}},
    {"lower case after. a stop does not split", {"lower case after. a stop does not split"}},
    {"Items:\n- first item\n- second item", {"Items:", "- first item", "- second item"}},
    {"He met the minister on Feb. 3 in Seoul.", {"He met the minister on Feb. 3 in Seoul."}},
    // A period glued to the next sentence by lost scraping; not in a name, an address or
    // after an initial or a short word.
    {"It came from the war.To help troops, it acted.",
     {"It came from the war.", "To help troops, it acted."}},
    {"Visit www.Acme.com or news.Acme.com or mail jane.Doe@acme.com now.",
     {"Visit www.Acme.com or news.Acme.com or mail jane.Doe@acme.com now."}},
    {"The U.S.Army and ASP.NET and Node.JS and e.On stay.",
     {"The U.S.Army and ASP.NET and Node.JS and e.On stay."}},
    {"The MOU was signed.\xE2\x80\x9D Then more.", {"The MOU was signed.\xE2\x80\x9D", "Then more."}},
    // Stops and newlines at every offset of the blocks the splitter skips (sixteen bytes
    // with SSE2, eight without).
    {"Long plain words go on. Stop! Go? Yes. Ab. Abc. Abcd. Abcdefgh. Abcdefghi. End",
     {"Long plain words go on.", "Stop!", "Go?", "Yes.", "Ab.", "Abc.", "Abcd.", "Abcdefgh.",
      "Abcdefghi.", "End"}},
    {"Abcdefghijklmno. Abcdefghijklmnop. Abcdefghijklmnopq. Abcdefghijklmnopqrstuvwxyzabcd. End",
     {"Abcdefghijklmno.", "Abcdefghijklmnop.", "Abcdefghijklmnopq.", "Abcdefghijklmnopqrstuvwxyzabcd.", "End"}},
    {"First line of the text\n\nSecond line of the text", {"First line of the text", "Second line of the text"}},
};

class SplitBlockTest : public testing::TestWithParam<Case> {};

TEST_P(SplitBlockTest, Splits) {
  const Case& c = GetParam();
  std::vector<std::string> got;
  for (Span s : SplitBlock(c.text, Span{0, c.text.size()})) {
    got.push_back(c.text.substr(s.start, s.end - s.start));
  }
  EXPECT_EQ(got, c.sentences);
}

INSTANTIATE_TEST_SUITE_P(Cases, SplitBlockTest, testing::ValuesIn(kCases));

TEST(SplitSentencesTest, NotesHaveNoParagraph) {
  const std::string text = "Body one. Body two.\n* A note.\nLast body.";
  Layout layout;
  layout.paragraphs = {Paragraph{Span{0, 19}}, Paragraph{Span{30, 40}}};
  layout.segments = {Segment{SegmentKind::kBody, Span{0, 19}}, Segment{SegmentKind::kNote, Span{20, 29}},
                     Segment{SegmentKind::kBody, Span{30, 40}}};
  const auto got = SplitSentences(text, layout);
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(got[0].paragraph, 0);
  EXPECT_EQ(got[2].paragraph, std::nullopt);
  EXPECT_EQ(text.substr(got[2].span.start, got[2].span.end - got[2].span.start), "* A note.");
  EXPECT_EQ(got[3].paragraph, 1);
}

}  // namespace
}  // namespace prextract::internal
