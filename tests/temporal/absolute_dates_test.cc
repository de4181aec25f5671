// Calendar dates, numeric dates, months, years, decades, fiscal years, quarters, halves,
// seasons, clock times and ranges, each with its reference date.
#include <gtest/gtest.h>

#include "temporal_test_util.h"

namespace prextract::internal {
namespace {

void Check(const DateCase* begin, const DateCase* end, DateStyle style = DateStyle::kContract) {
  for (const DateCase* c = begin; c != end; ++c) {
    EXPECT_EQ(RunDates(c->input, c->reference, style), c->expected) << c->input << " @ " << c->reference;
  }
}

TEST(TemporalAbsolute, FullDates) {
  const DateCase cases[] = {
      {"The meeting was held on May 25, 2023 in Seoul.", "2023-06-01", "May 25, 2023=2023-05-25"},
      {"It opened on 25 May 2023.", "2023-06-01", "25 May 2023=2023-05-25"},
      {"Filed 2023-05-25 with the court.", "2023-06-01", "2023-05-25=2023-05-25"},
      {"Signed on Wednesday, April 4, 2018.", "2018-04-04", "Wednesday, April 4, 2018=2018-04-04"},
      {"Friday 23rd October 2009 was busy.", "2009-10-23", "Friday 23rd October 2009=2009-10-23"},
      {"On Sept. 6, 2017 the talks began.", "2017-09-06", "Sept. 6, 2017=2017-09-06"},
      {"On Dec. 31, 1990 it closed.", "1991-01-02", "Dec. 31, 1990=1990-12-31"},
      {"It was founded on the 4th of July, 1976.", "2020-01-01", "the 4th of July, 1976=1976-07-04"},
      {"Apr 24, 2024 was the day.", "2024-04-20", "Apr 24, 2024=2024-04-24"},
      {"The law took effect June 03, 2025.", "2025-06-03", "June 03, 2025=2025-06-03"},
      {"He was born on March 9th, 1950.", "2020-01-01", "March 9th, 1950=1950-03-09"},
      {"The deadline is August 16  2007.", "2007-08-01", "August 16  2007=2007-08-16"},
      {"By 2024/05/16 the report was due.", "2024-05-01", "2024/05/16=2024-05-16"},
      {"The MOU of 2023.05.25 expired.", "2023-06-01", "2023.05.25=2023-05-25"},
      {"THE MEETING ON MAY 25, 2023 ENDED.", "2023-06-01", "MAY 25, 2023=2023-05-25"},
      {"On January 30, 2017, he pleaded guilty.", "2017-12-20", "January 30, 2017=2017-01-30"},
      {"It was 29 February 2024.", "2024-03-01", "29 February 2024=2024-02-29"},
  };
  Check(std::begin(cases), std::end(cases));
}

TEST(TemporalAbsolute, NumericDatesFollowTheRegion) {
  EXPECT_EQ(RunDates("Posted 05/06/2023 online.", "2023-06-01"), "05/06/2023=2023-05-06");
  EXPECT_EQ(RunDates("Posted 05/06/2023 online.", "2023-06-01", DateStyle::kContract, "US"), "05/06/2023=2023-05-06");
  EXPECT_EQ(RunDates("Posted 05/06/2023 online.", "2023-06-01", DateStyle::kContract, "GB"), "05/06/2023=2023-06-05");
  EXPECT_EQ(RunDates("Posted 25/05/2023 online.", "2023-06-01", DateStyle::kContract, "US"), "25/05/2023=2023-05-25");
  EXPECT_EQ(RunDates("Posted 05/25/2023 online.", "2023-06-01", DateStyle::kContract, "DE"), "05/25/2023=2023-05-25");
  EXPECT_EQ(RunDates("Am 25.05.2023 begann es.", "2023-06-01", DateStyle::kContract, "US"), "25.05.2023=2023-05-25");
  EXPECT_EQ(RunDates("Posted 05/16/24 online.", "2024-06-01"), "05/16/24=2024-05-16");
  EXPECT_EQ(RunDates("Dated 31-12-2023.", "2024-01-02", DateStyle::kContract, "FR"), "31-12-2023=2023-12-31");
}

TEST(TemporalAbsolute, DatesWithoutYear) {
  const DateCase cases[] = {
      {"On May 25, vice minister Joo met him.", "2023-05-25", "May 25=2023-05-25"},
      {"He arrived on Tuesday, July 5.", "2022-06-30", "Tuesday, July 5=2022-07-05"},
      {"The visit from Sept 6 to 7 went well.", "2017-09-06", "from Sept 6 to 7=2017-09-06/2017-09-07"},
      {"The ministers met on June 12.", "2018-06-29", "June 12=2018-06-12"},
      {"It ends on the 5th of June.", "2021-05-01", "the 5th of June=2021-06-05"},
      {"On 3 March the board met.", "2021-05-01", "3 March=2021-03-03"},
      {"The rally on March 6th drew crowds.", "2013-03-06", "March 6th=2013-03-06"},
      {"Sales rose in May.", "2019-06-10", "May=2019-05"},
      {"Since September the office has grown.", "2011-12-08", "September=2011-09"},
      {"In February this year the plan was set.", "2023-05-25", "February this year=2023-02"},
      {"In June last year the plan was set.", "2023-05-25", "June last year=2022-06"},
      {"The vote is scheduled for mid-November.", "2023-05-25", "mid-November=2023-11"},
      {"Talks resumed in late November.", "2023-12-05", "late November=2023-11"},
      {"On May 25 the ministry announced it.", "", "May 25=XXXX-05-25"},
  };
  Check(std::begin(cases), std::end(cases));
}

TEST(TemporalAbsolute, MonthsAndYears) {
  const DateCase cases[] = {
      {"Sales in December 2016 doubled.", "2018-03-29", "December 2016=2016-12"},
      {"He served in June of 1989.", "2000-01-01", "June of 1989=1989-06"},
      {"The treaty dates from 1986.", "2023-05-25", "1986=1986"},
      {"In 2016, exports grew.", "2019-06-10", "2016=2016"},
      {"Since 1982, it has grown.", "2025-04-17", "1982=1982"},
      {"Growth in the 1990s was steady.", "2020-01-01", "the 1990s=199"},
      {"Growth in the 2000s was steady.", "2020-01-01", "the 2000s=200"},
      {"Music of the '80s returned.", "2020-01-01", "the '80s=198"},
      {"It defined the 20th century.", "2020-01-01", "the 20th century=19"},
      {"Plans for early 2008 were set.", "2009-10-23", "early 2008=2008"},
      {"Results by the end of 2024 are due.", "2024-04-24", "by the end of 2024=2024"},
      {"The year 2025 was good.", "2026-03-31", "The year 2025=2025"},
      {"Output peaked in the mid-1990s.", "2020-01-01", "the mid-1990s=199"},
      // Punctuation stripped into spaces: a capital after a wider gap starts a new sentence,
      // not a name that the month would open ("April Smith").
      {"It fell from 4 8 percent in July     Allard said", "2006-09-01", "July=2006-07"},
      {"In December  Congress passed a bill", "2006-12-20", "December=2006-12"},
  };
  Check(std::begin(cases), std::end(cases));
}

TEST(TemporalAbsolute, FiscalQuartersHalvesSeasons) {
  const DateCase cases[] = {
      {"Funding for fiscal year 2006 rose.", "2005-04-07", "fiscal year 2006=FY2006"},
      {"The FY2025 budget passed.", "2024-10-01", "FY2025=FY2025"},
      {"The FY 2008 budget passed.", "2007-02-15", "FY 2008=FY2008"},
      {"Revenue in fiscal 2025 rose.", "2025-06-01", "fiscal 2025=FY2025"},
      {"Results for the 2025 fiscal year are out.", "2026-03-31", "2025 fiscal year=FY2025"},
      {"Results for the current fiscal year 2026 are due.", "2026-03-31", "the current fiscal year 2026=FY2026"},
      {"Results for the third quarter of 2023 rose.", "2023-11-01", "the third quarter of 2023=2023-Q3"},
      {"Third-quarter profit fell.", "1989-10-26", "Third-quarter=1989-Q3"},
      {"Sales in Q3 2023 rose.", "2023-11-01", "Q3 2023=2023-Q3"},
      {"Sales in the fourth quarter rose.", "1989-10-26", "the fourth quarter=1989-Q4"},
      {"It is due in the second half of this year.", "2023-05-25", "the second half of this year=2023-H2"},
      {"It is due in the first half of 2024.", "2023-05-25", "the first half of 2024=2024-H1"},
      {"Targets for H1 2024 were met.", "2024-08-01", "H1 2024=2024-H1"},
      {"The launch is planned for summer 2023.", "2023-01-10", "summer 2023=2023-SU"},
      {"It happened in the spring of 2019.", "2023-01-10", "the spring of 2019=2019-SP"},
      {"Sales in the first nine months of 2025 rose.", "2025-10-29",
       "the first nine months of 2025=2025-01/2025-09"},
  };
  Check(std::begin(cases), std::end(cases));
}

TEST(TemporalAbsolute, ClockTimes) {
  const DateCase cases[] = {
      {"The webinar is Wednesday Apr 24, 2024 @ 12:00 PM Pacific.", "2024-04-20",
       "Wednesday Apr 24, 2024 @ 12:00 PM Pacific=2024-04-24T12:00"},
      {"Apply by December 31, 2024, 11:59 p.m. PST.", "2024-11-11", "December 31, 2024, 11:59 p.m. PST=2024-12-31T23:59"},
      {"Posted March 6, 2024 10:28 by staff.", "2024-03-06", "March 6, 2024 10:28=2024-03-06T10:28"},
      {"It starts at 9 a.m. Tuesday.", "2000-01-06", "9 a.m. Tuesday=2000-01-04T09:00"},
      {"Doors open at 8:54am sharp.", "2009-10-23", "8:54am=2009-10-23T08:54"},
      {"The vote is at noon today.", "2023-05-25", "noon today=2023-05-25T12:00"},
      {"We met Monday morning, July 4.", "2022-06-30", "Monday morning, July 4=2022-07-04TMO"},
      {"The call is at 3 p.m. EST.", "2023-05-25", "3 p.m. EST=2023-05-25T15:00"},
  };
  Check(std::begin(cases), std::end(cases));
}

TEST(TemporalAbsolute, Ranges) {
  const DateCase cases[] = {
      {"The forum runs from 3 to 5 June.", "2021-05-01", "from 3 to 5 June=2021-06-03/2021-06-05"},
      {"The plan covers 2021-2025.", "2021-01-01", "2021-2025=2021/2025"},
      {"Prices rose between 2005 and 2007.", "2018-03-29", "between 2005 and 2007=2005/2007"},
      {"Prices rose from 2013 to 2016.", "2018-04-04", "from 2013 to 2016=2013/2016"},
      {"Rain fell between May and July.", "2023-08-01", "between May and July=2023-05/2023-07"},
      {"He stole from July 2014 to December 2015.", "2017-12-20",
       "from July 2014 to December 2015=2014-07/2015-12"},
      {"The tour is February 9 to 14.", "2016-02-09", "February 9 to 14=2016-02-09/2016-02-14"},
      {"The tour is from July 3 to 6.", "2022-06-30", "from July 3 to 6=2022-07-03/2022-07-06"},
      {"The budget for 2000-2001 grew.", "2000-11-27", "2000-2001=2000/2001"},
      {"The records for 1933-1944 survive.", "2005-07-05", "1933-1944=1933/1944"},
      {"Budget 2024-25 was tabled.", "2024-05-01", "2024-25=2024/2025"},
      {"Held June 5-7, 2017 in Paris.", "2017-05-01", "June 5-7, 2017=2017-06-05/2017-06-07"},
  };
  Check(std::begin(cases), std::end(cases));
}

TEST(TemporalAbsolute, TimemlSplitsRanges) {
  EXPECT_EQ(RunDates("The forum runs from 3 to 5 June 2021.", "2021-05-01", DateStyle::kTimeml),
            "3=2021-06-03; 5 June 2021=2021-06-05");
  EXPECT_EQ(RunDates("Prices rose between 2005 and 2007.", "2018-03-29", DateStyle::kTimeml),
            "2005=2005; 2007=2007");
  EXPECT_EQ(RunDates("Revenue in fiscal 1989 rose.", "1989-10-26", DateStyle::kTimeml), "fiscal 1989=1989");
  EXPECT_EQ(RunDates("Sales in the first nine months rose.", "1989-10-26", DateStyle::kTimeml),
            "the first nine months=P9M");
}

}  // namespace
}  // namespace prextract::internal
