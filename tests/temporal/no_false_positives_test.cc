// Numbers and words that look temporal but are not.
#include <gtest/gtest.h>

#include "temporal_test_util.h"

namespace prextract::internal {
namespace {

TEST(TemporalNegative, NoFalsePositives) {
  const DateCase cases[] = {
      {"The company raised $2023 million.", "2023-05-25", ""},
      {"Exports rose 2023%.", "2023-05-25", ""},
      {"It hired 1500 workers.", "2023-05-25", ""},
      {"Call +1 212 555 2023 for details.", "2023-05-25", ""},
      {"Call 212-555-2023 for details.", "2023-05-25", ""},
      {"Write to Suite 2000, Dallas, TX 75201.", "2023-05-25", ""},
      {"Upgrade to version 2.10.2023 now.", "2023-05-25", "now=PRESENT_REF"},
      {"See Section 2023 of the act.", "2023-05-25", ""},
      {"Visitors may apply online.", "2023-05-25", ""},
      {"May the best team win.", "2023-05-25", ""},
      {"Protesters march on the capital.", "2023-05-25", ""},
      {"April Smith leads the team.", "2023-05-25", ""},
      {"Prime Minister Theresa May spoke.", "2023-05-25", ""},
      {"A quarter of the staff left.", "2023-05-25", ""},
      {"The score was 10:2 at the break.", "2023-05-25", ""},
      {"The 21-year-old was charged.", "2023-05-25", ""},
      {"He is 40 years old.", "2023-05-25", ""},
      {"It costs 1,999 dollars.", "2023-05-25", ""},
      {"Room 1999 is on the left.", "2023-05-25", ""},
      {"They sold 3,500 units at 1.5 each.", "2023-05-25", ""},
      {"Summer camp opens to students.", "2023-05-25", ""},
      {"Call 02-2100-2023.", "2023-05-25", ""},
      {"The ratio fell to 2:1.", "2023-05-25", ""},
      {"Wait a second, he said.", "2023-05-25", ""},
      {"See the BG-8K-1616MA matrix.", "2023-05-25", ""},
      {"It launched at TOKEN2049 and supports ERC2535 upgrades.", "2023-05-25", ""},
      {"The talks were held in2018 in Seoul.", "2023-05-25", "2018=2018"},
      // A capitalised reference word inside a name.
      {"He spoke at the Korea-LAC Future Cooperation Forum.", "2023-05-25", ""},
      {"Germany presented its \"Future Strategy\" today.", "2023-05-25", "today=2023-05-25"},
      {"Historically Black Colleges got funds.", "2023-05-25", ""},
      {"Rates were historically low.", "2023-05-25", "historically=PAST_REF"},
  };
  for (const DateCase& c : cases) EXPECT_EQ(RunDates(c.input, c.reference), c.expected) << c.input;
}

}  // namespace
}  // namespace prextract::internal
