// Relative and anaphoric expressions, durations, sets and PRESENT_REF / PAST_REF /
// FUTURE_REF, each resolved against its reference date.
#include <gtest/gtest.h>

#include "temporal_test_util.h"

namespace prextract::internal {
namespace {

void Check(const DateCase* begin, const DateCase* end, DateStyle style = DateStyle::kContract) {
  for (const DateCase* c = begin; c != end; ++c) {
    EXPECT_EQ(RunDates(c->input, c->reference, style), c->expected) << c->input << " @ " << c->reference;
  }
}

TEST(TemporalRelative, Deictic) {
  const DateCase cases[] = {
      {"The ministry said today that it agreed.", "2023-05-25", "today=2023-05-25"},
      // "today's" before a noun of no occasion is the present in general; before one, the day.
      {"Today's first-time homebuyers are older.", "2026-01-21", "Today=PRESENT_REF"},
      {"It works in today\xE2\x80\x99s digital clutter.", "2024-11-08", "today=PRESENT_REF"},
      {"Baucus said at today's hearing.", "2007-03-14", "today=2007-03-14"},
      {"After today\xE2\x80\x99s credentials presentation ceremony, he left.", "2022-06-30",
       "today=2022-06-30"},
      {"Under todays settlement, Acme pays.", "2018-03-29", "todays=2018-03-29"},
      {"He spoke at today's Senate Judiciary Committee hearing.", "2006-03-22", "today=2006-03-22"},
      // A sentence opening on "Today" whose first verb is a present "is" / "are": the present.
      {"Today, leveraging AWS, Zoom is able to scale.", "2020-11-30", "Today=PRESENT_REF"},
      {"It grew. Today, there are more clubs.", "2025-06-03", "Today=PRESENT_REF"},
      {"Today the company announced that it is hiring.", "2020-11-30", "Today=2020-11-30"},
      {"Today, Acme will say that prices are low.", "2020-11-30", "Today=2020-11-30"},
      {"Today, we are proud to announce a merger.", "2020-11-30", "Today=2020-11-30"},
      {"Today's hearing is the first step.", "2007-03-14", "Today=2007-03-14"},
      {"Acme said today that prices are low.", "2020-11-30", "today=2020-11-30"},
      {"He left yesterday.", "2023-05-25", "yesterday=2023-05-24"},
      {"She arrives tomorrow.", "2023-12-31", "tomorrow=2024-01-01"},
      {"This year marks the anniversary.", "2023-05-25", "This year=2023"},
      {"Sales grew last year.", "2024-04-04", "last year=2023"},
      {"A summit follows next year.", "2011-12-08", "next year=2012"},
      {"Prices rose last month.", "2023-01-15", "last month=2022-12"},
      {"Prices rose this month.", "2023-05-25", "this month=2023-05"},
      {"Leaders met this week.", "2017-12-05", "this week=2017-W49"},
      {"Leaders met last week.", "2006-03-22", "last week=2006-W11"},
      {"Leaders meet next week.", "2006-03-22", "next week=2006-W13"},
      {"They will meet next Tuesday.", "2023-05-25", "next Tuesday=2023-05-30"},
      {"They met last Friday.", "2023-05-25", "last Friday=2023-05-19"},
      {"The bill passed Wednesday.", "2007-08-16", "Wednesday=2007-08-15"},
      {"The committee will vote on Monday.", "2023-05-25", "Monday=2023-05-29"},
      {"Talks continue later this week.", "2006-03-22", "later this week=2006-W12"},
      {"It launched earlier this year.", "2020-11-30", "earlier this year=2020"},
      {"It launched earlier this month.", "2020-11-30", "earlier this month=2020-11"},
      {"Ratings fell last fall.", "1998-10-01", "last fall=1997-FA"},
      {"Ratings rose this summer.", "1989-10-26", "this summer=1989-SU"},
      {"We met this morning.", "1989-10-26", "this morning=1989-10-26TMO"},
      {"Guards fired last night.", "2000-01-20", "last night=2000-01-19TNI"},
      {"She spoke yesterday morning.", "2000-01-20", "yesterday morning=2000-01-19TMO"},
      {"Orders rose in the third quarter.", "1989-10-26", "the third quarter=1989-Q3"},
      {"Growth slowed this quarter.", "2023-05-25", "this quarter=2023-Q2"},
      {"The plan starts in the new year.", "2026-01-02", "the new year=2026"},
      {"The budget for this fiscal year rose.", "2023-05-25", "this fiscal year=FY2023"},
      {"It was signed this calendar year.", "2017-06-20", "this calendar year=2017"},
  };
  Check(std::begin(cases), std::end(cases));
}

TEST(TemporalRelative, Anaphoric) {
  const DateCase cases[] = {
      {"On August 29 he met her. Earlier in the day he spoke.", "2017-09-01",
       "August 29=2017-08-29; Earlier in the day=2017-08-29"},
      {"On July 4 he met her. The week before, he visited.", "2017-07-05",
       "July 4=2017-07-04; The week before=2017-W26"},
      {"On May 20 the forum opened. On the same day, talks began.", "2024-05-16",
       "May 20=2024-05-20; the same day=2024-05-20"},
      {"On May 25 the talks ended. The same morning he left.", "2023-05-25",
       "May 25=2023-05-25; The same morning=2023-05-25TMO"},
      {"Profit rose in 2025, up from the previous year.", "2026-03-31", "2025=2025; the previous year=2024"},
      {"It opened on March 3. The following day it closed.", "2023-05-25",
       "March 3=2023-03-03; The following day=2023-03-04"},
      {"Third-quarter profit rose from a year earlier.", "1989-10-26", "Third-quarter=1989-Q3; a year earlier=1988-Q3"},
      {"Profit rose from the year-earlier quarter.", "1989-10-26", "the year-earlier quarter=1988"},
  };
  Check(std::begin(cases), std::end(cases));
}

TEST(TemporalRelative, CountedOffsets) {
  const DateCase cases[] = {
      {"He founded it 6 years ago.", "2025-06-03", "6 years ago=2019"},
      {"He left two weeks ago.", "2023-05-25", "two weeks ago=2023-05-11"},
      {"She joined three months ago.", "2023-05-25", "three months ago=2023-02"},
      {"It began a few years ago.", "2026-01-21", "a few years ago=PAST_REF"},
      {"It ends two days from now.", "2023-05-25", "two days from now=2023-05-27"},
      {"The ship docked March 3 and left two days later.", "2023-05-25",
       "March 3=2023-03-03; two days later=2023-03-05"},
  };
  Check(std::begin(cases), std::end(cases));
}

TEST(TemporalRelative, Durations) {
  const DateCase cases[] = {
      {"He was sentenced to 160 months in prison.", "2017-12-20", "160 months=P160M"},
      {"A 30-day comment period opens.", "2018-04-04", "30-day=P30D"},
      {"A three-year program begins.", "2018-03-29", "three-year=P3Y"},
      {"She has three decades of experience.", "2024-03-25", "three decades=P30Y"},
      {"Over the past six years he led it.", "2024-03-25", "the past six years=P6Y"},
      {"He worked there for nearly 20 years.", "2024-03-25", "nearly 20 years=P20Y"},
      {"Savings over the next ten years are large.", "2007-02-15", "the next ten years=P10Y"},
      {"The firm has grown for more than 43 years.", "2025-04-17", "more than 43 years=P43Y"},
      {"It took nearly a decade.", "2024-03-06", "nearly a decade=P10Y"},
      {"The ad ran for 30 seconds.", "2000-11-27", "30 seconds=PT30S"},
      {"The flight lasts two hours.", "2000-11-27", "two hours=PT2H"},
      {"It grew in the past year.", "2020-11-30", "the past year=P1Y"},
      {"It grew this past year.", "2020-11-30", "this past year=P1Y"},
      {"A twelve-year plan began.", "2013-03-06", "twelve-year=P12Y"},
      {"He gets three additional years.", "2026-03-31", "three additional years=P3Y"},
      {"The effort took twenty-four hours.", "2000-01-01", "twenty-four hours=PT24H"},
      {"They waited several years.", "2000-01-01", "several years=PXY"},
      {"Costs rose over the next few years.", "2005-08-10", "the next few years=PXY"},
      {"This has been a problem for years.", "2026-01-21", "for years=PXY"},
      {"It lasted nearly two decades.", "2026-01-21", "nearly two decades=P20Y"},
  };
  Check(std::begin(cases), std::end(cases));
}

TEST(TemporalRelative, SetsAndReferences) {
  const DateCase cases[] = {
      {"The report is published annually.", "2000-11-27", "annually=P1Y"},
      {"Inspections happen every Monday.", "2023-05-25", "every Monday=XXXX-WXX-1"},
      {"The fee is $5 a year.", "2023-05-25", "a year=P1Y"},
      {"It is updated daily.", "2024-04-24", "daily=P1D"},
      {"They meet each year.", "2013-03-06", "each year=P1Y"},
      {"He said the plan is now ready.", "2023-05-25", "now=PRESENT_REF"},
      {"It currently employs 40 people.", "2023-05-25", "currently=PRESENT_REF"},
      {"Prices recently fell.", "2023-05-25", "recently=PAST_REF"},
      // A possessive whose apostrophe was stripped; plural units otherwise stay plural.
      {"This weeks recall of toys was large.", "2007-08-16", "This weeks=2007-W33"},
      {"In the coming weeks we will act.", "2007-08-16", ""},
      {"We will cooperate in the near future.", "2013-03-06", "the near future=FUTURE_REF"},
      {"In the future, talks will resume.", "2013-03-06", "In the future=FUTURE_REF"},
      {"It will grow in the foreseeable future.", "2024-03-06", "the foreseeable future=FUTURE_REF"},
      {"He previously served as chair.", "2024-03-25", "previously=PAST_REF"},
  };
  Check(std::begin(cases), std::end(cases));
}

// A September 11 without a year that the words around name as the attacks is 2001's, in a
// release of a later year or of none known; other September 11ths resolve as any day does.
TEST(TemporalRelative, SeptemberElevenAttacks) {
  const DateCase cases[] = {
      {"Since September 11th we have worked to protect the ports.", "2007-03-01",
       "September 11th=2001-09-11"},
      {"It marks the third anniversary of the September 11 attacks.", "", "September 11=2001-09-11"},
      {"The hearing is set for September 11 in Washington.", "2007-03-01", "September 11=2006-09-11"},
      {"After September 11 the airline lost passengers.", "1999-03-01", "September 11=1998-09-11"},
  };
  Check(std::begin(cases), std::end(cases));
}

TEST(TemporalRelative, UnknownReferenceStaysUnderspecified) {
  std::vector<Warning> warnings;
  EXPECT_EQ(RunDates("On May 25 they met. Today they signed. Last year they talked.", "", DateStyle::kContract, "",
                     &warnings),
            "May 25=XXXX-05-25; Today=XXXX-XX-XX; Last year=XXXX");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].code, "date.no_reference");
  warnings.clear();
  EXPECT_EQ(RunDates("It was signed on May 25, 2023.", "", DateStyle::kContract, "", &warnings),
            "May 25, 2023=2023-05-25");
  EXPECT_TRUE(warnings.empty());
}

TEST(TemporalRelative, TimemlConventions) {
  const DateCase cases[] = {
      {"Profit rose in recent years.", "1989-10-26", "recent years=PXY"},
      {"Three days later the ship sank.", "1989-10-26", "Three days=P3D"},
      {"The firm was previously private.", "1989-10-26", ""},
      {"The report is published quarterly.", "1989-10-26", ""},
  };
  Check(std::begin(cases), std::end(cases), DateStyle::kTimeml);
}

}  // namespace
}  // namespace prextract::internal

namespace prextract::internal {
namespace {

// FindDates keeps its scanner and buffers from one document to the next on a thread: no
// anchor may pass between documents, and a document too large to share them reads the same.
TEST(TemporalRelative, DocumentsShareNoAnchor) {
  const std::string alone = RunDates("On the same day, talks began. The week before, he left.", "2024-05-16");
  EXPECT_EQ(RunDates("On May 20 the forum opened.", "2024-05-16"), "May 20=2024-05-20");
  EXPECT_EQ(RunDates("On the same day, talks began. The week before, he left.", "2024-05-16"), alone);
  std::string huge;
  while (huge.size() < (std::size_t{1} << 19)) huge += "On May 20 the forum opened. On the same day, talks began. ";
  const std::string dates = RunDates(huge, "2024-05-16");
  EXPECT_EQ(dates.substr(0, 46), "May 20=2024-05-20; the same day=2024-05-20; Ma");
  EXPECT_EQ(RunDates("On the same day, talks began. The week before, he left.", "2024-05-16"), alone);
}

}  // namespace
}  // namespace prextract::internal
