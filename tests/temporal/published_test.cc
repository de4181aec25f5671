// FindPublished: the first full date of the date lines.
#include <gtest/gtest.h>

#include <string>

#include "temporal/temporal.h"

namespace prextract::internal {
namespace {

struct PublishedCase {
  const char* line;
  const char* value;   // "" when no full date
  const char* text;
};

TEST(TemporalPublished, DatelineForms) {
  const PublishedCase cases[] = {
      {"FOR IMMEDIATE RELEASE\nWednesday, April 4, 2018", "2018-04-04", "Wednesday, April 4, 2018"},
      {"SINGAPORE, March 10, 2024 /24-7PressRelease/ -- Creta Class", "2024-03-10", "March 10, 2024"},
      {"Saint Petersburg, FL, July 25, 2024 (GLOBE NEWSWIRE) --", "2024-07-25", "July 25, 2024"},
      {"ST. LOUIS, MO / PR Karma / March 6, 2024 10:28", "2024-03-06", "March 6, 2024"},
      {"Dallas, TX \u2013 [November 7, 2024] \u2013", "2024-11-07", "November 7, 2024"},
      {"Friday 23rd October 2009, 8:54am", "2009-10-23", "Friday 23rd October 2009"},
      {"5 July 2005 C181/05", "2005-07-05", "5 July 2005"},
      {"05/16/2024 | Press release", "2024-05-16", "05/16/2024"},
      {"2017-07-28", "2017-07-28", "2017-07-28"},
      {"Date 2023-05-25 Views 1200", "2023-05-25", "2023-05-25"},
      {"WASHINGTON, Dec. 5, 2017 -- The Department", "2017-12-05", "Dec. 5, 2017"},
      {"June 29 | Press Release", "", ""},
      {"Posted in May 2024", "", ""},
      // The Unix epoch is a content system's empty date field, not a date.
      {"on Jan 01, 1970 00:00", "", ""},
      {"1970-01-01 | June 3, 2021", "2021-06-03", "June 3, 2021"},
      // A date line whose slashes a scraper dropped: month first, unless the first is no month.
      {"09 13 2007", "2007-09-13", "09 13 2007"},
      {"8 2 2007", "2007-08-02", "8 2 2007"},
      {"25 12 2007", "2007-12-25", "25 12 2007"},
      {"13 13 2007", "", ""},
      {"202 228 3685", "", ""},
      {"09 13 2007 5", "", ""},
  };
  for (const PublishedCase& c : cases) {
    const std::string text = c.line;
    const std::optional<DateRef> ref = FindPublished(text, {Span{0, text.size()}});
    if (*c.value == '\0') {
      EXPECT_FALSE(ref.has_value()) << c.line;
      continue;
    }
    ASSERT_TRUE(ref.has_value()) << c.line;
    EXPECT_EQ(ref->value, c.value) << c.line;
    EXPECT_EQ(ref->text, c.text) << c.line;
  }
}

TEST(TemporalPublished, FirstLineWithAFullDateWins) {
  const std::string text = "Home | News\nMay 3 update\nSEOUL, May 25, 2023 - The ministry";
  const std::vector<Span> lines = {Span{0, 11}, Span{12, 24}, Span{25, text.size()}};
  const std::optional<DateRef> ref = FindPublished(text, lines);
  ASSERT_TRUE(ref.has_value());
  EXPECT_EQ(ref->value, "2023-05-25");
  EXPECT_EQ(text.substr(ref->span->start, ref->span->end - ref->span->start), "May 25, 2023");
}

}  // namespace
}  // namespace prextract::internal
