#include "temporal/date_filter.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"
#include "temporal/scanner.h"
#include "temporal/tokens.h"
#include "temporal_test_util.h"

namespace prextract::internal {
namespace {

bool MayHold(std::string_view text) {
  const std::string lowered = AsciiLower(text);
  return DateFilter::Get().MayHoldDate(text, lowered, 0, text.size());
}

// What the scanner finds in `text` trying every rule at every trigger: the filter must never
// turn away a text where it finds something.
bool ScannerFinds(const std::string& text) { return !ScanText(text, true).empty(); }

TEST(DateFilter, TellsTextsWithoutDates) {
  struct Case {
    std::string_view text;
    bool may_hold;
  };
  const Case cases[] = {
      {"The company said it would act.", false},
      {"in 2023", true},
      {"It happened last year.", true},
      {"this morning", true},
      {"Theresa may go", false},   // a month name opens a date only capitalised
      {"in May", true},
      {"in the near future", true},
      {"so far", true},
      {"recently", true},
      {"at this time", true},
      {"at this\ntime", true},   // the phrase reads past any spacing: the filter takes it as an anchor
      {"for the first time", false},
      {"how far", false},
      {"the long term", true},
      {"long-term plans", true},
      {"historical and financial", false},   // "historically" and "financial year" need more
      {"the first half", true},
      {"a long and winding road of about twenty miles", false},
      {"caf\xc3\xa9 yesterday", true},
      {"", false},
  };
  for (const Case& c : cases) EXPECT_EQ(MayHold(c.text), c.may_hold) << c.text;
}

// Blocks of sixty-four bytes: an anchor or digit anywhere, across a block's end, in the last
// bytes of the text, or outside the range.
TEST(DateFilter, ReadsEveryByteOfTheRangeOnly) {
  const std::string plain(40, 'x');
  const std::string filler = plain + " " + plain + " " + plain + " ";
  for (std::size_t at = 0; at < 70; ++at) {
    const std::string prefix = filler.substr(0, at) + " ";
    EXPECT_TRUE(MayHold(prefix + "yesterday")) << at;
    EXPECT_TRUE(MayHold(prefix + "yesterday " + filler)) << at;
    EXPECT_TRUE(MayHold(prefix + "7 " + filler)) << at;
    EXPECT_FALSE(MayHold(prefix + "yester " + filler)) << at;
    EXPECT_FALSE(MayHold(prefix + "xyesterday " + filler)) << at;
  }
  const std::string text = "In 2023, " + filler + " last week";
  const std::string lowered = AsciiLower(text);
  const DateFilter& filter = DateFilter::Get();
  EXPECT_FALSE(filter.MayHoldDate(text, lowered, 9, text.size() - 5));   // no digit, no "week"
  EXPECT_TRUE(filter.MayHoldDate(text, lowered, 9, text.size()));
  EXPECT_TRUE(filter.MayHoldDate(text, lowered, 0, 9));
}

// Every phrase of the vocabulary, every month and weekday name in both cases, and every pair
// of those the filter turns away alone: where it turns a text away, the scanner must find nothing.
TEST(DateFilter, TurnsAwayNoTextTheScannerReads) {
  std::vector<std::string> phrases = {"the", "a", "this", "that", "from", "between", "'", "-", ",", "company",
                                      "Company", "every", "each", "earlier", "later", "same", "new", "calendar"};
  for (const std::string_view name : {"en/temporal_words", "en/months", "en/weekdays"}) {
    for (const LexiconEntry& e : Lexicon(name)) {
      for (std::size_t v = 1; v < e.variants.size(); ++v) {
        std::string phrase = e.variants[v];
        phrases.push_back(phrase);
        phrase[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(phrase[0])));
        phrases.push_back(phrase);
      }
    }
  }
  std::vector<std::string> turned_away;
  for (const std::string& phrase : phrases) {
    const std::string text = "It was " + phrase + " here.";
    if (MayHold(text)) continue;
    ASSERT_FALSE(ScannerFinds(text)) << text;
    turned_away.push_back(phrase);
  }
  ASSERT_GT(turned_away.size(), 100u);
  for (const std::string& first : turned_away) {
    for (const std::string& second : turned_away) {
      const std::string text = "It was " + first + " " + second + " here.";
      if (MayHold(text)) continue;   // "so" and "far" anchor together: "so far"
      ASSERT_FALSE(ScannerFinds(text)) << text;
    }
  }
}

}  // namespace
}  // namespace prextract::internal
