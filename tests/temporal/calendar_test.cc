#include "temporal/calendar.h"

#include <gtest/gtest.h>

namespace prextract::internal {
namespace {

struct WeekdayCase {
  const char* date;
  int weekday;
  const char* week;
};

TEST(TemporalCalendar, WeekdaysAndIsoWeeks) {
  const WeekdayCase cases[] = {
      {"2023-05-25", 4, "2023-W21"}, {"2018-04-04", 3, "2018-W14"}, {"2017-12-05", 2, "2017-W49"},
      {"2006-03-22", 3, "2006-W12"}, {"2007-08-16", 4, "2007-W33"}, {"2017-07-04", 2, "2017-W27"},
      {"2021-01-01", 5, "2020-W53"}, {"2024-12-30", 1, "2025-W01"}, {"2000-02-29", 2, "2000-W09"},
      {"1989-10-26", 4, "1989-W43"}, {"2026-01-02", 5, "2026-W01"}, {"2016-01-03", 7, "2015-W53"},
  };
  for (const WeekdayCase& c : cases) {
    const Ymd d = *ParseIsoDate(c.date);
    EXPECT_EQ(Weekday(d), c.weekday) << c.date;
    EXPECT_EQ(WeekValue(WeekOf(d)), c.week) << c.date;
    EXPECT_EQ(WeekOf(MondayOfWeek(WeekOf(d))).week, WeekOf(d).week) << c.date;
  }
}

struct ArithmeticCase {
  const char* date;
  long days;
  int months;
  const char* expected;
};

TEST(TemporalCalendar, AddDaysAndMonths) {
  const ArithmeticCase cases[] = {
      {"2023-05-25", 1, 0, "2023-05-26"},  {"2023-12-31", 1, 0, "2024-01-01"},
      {"2024-03-01", -1, 0, "2024-02-29"}, {"2023-03-01", -1, 0, "2023-02-28"},
      {"2023-01-31", 0, 1, "2023-02-28"},  {"2024-01-31", 0, 1, "2024-02-29"},
      {"2023-05-25", 0, -12, "2022-05-25"}, {"2023-01-15", 0, -1, "2022-12-15"},
      {"1970-01-01", 19502, 0, "2023-05-25"}, {"2000-02-28", 2, 0, "2000-03-01"},
  };
  for (const ArithmeticCase& c : cases) {
    const Ymd d = AddMonths(AddDays(*ParseIsoDate(c.date), c.days), c.months);
    EXPECT_EQ(DayValue(d), c.expected) << c.date;
  }
}

TEST(TemporalCalendar, ParsesOnlyValidIsoDates) {
  const std::pair<const char*, bool> cases[] = {
      {"2023-05-25", true}, {"2024-02-29", true}, {"2023-02-29", false}, {"2023-13-01", false},
      {"2023-5-25", false}, {"20230525", false},  {"", false},           {"1900-02-29", false},
  };
  for (const auto& [text, ok] : cases) EXPECT_EQ(ParseIsoDate(text).has_value(), ok) << text;
}

TEST(TemporalCalendar, ValueStrings) {
  EXPECT_EQ(YearValue(kUnknownYear), "XXXX");
  EXPECT_EQ(YearValue(986), "0986");
  EXPECT_EQ(MonthValue(2023, 5), "2023-05");
  EXPECT_EQ(MonthValue(kUnknownYear, 12), "XXXX-12");
  EXPECT_EQ(DayValue(Ymd{kUnknownYear, 5, 25}), "XXXX-05-25");
}

}  // namespace
}  // namespace prextract::internal
