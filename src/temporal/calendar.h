// Calendar arithmetic for the temporal stage: proleptic Gregorian dates, ISO weeks,
// and the TimeML value strings built from them.
#ifndef PREXTRACT_TEMPORAL_CALENDAR_H_
#define PREXTRACT_TEMPORAL_CALENDAR_H_

#include <optional>
#include <string>
#include <string_view>

namespace prextract::internal {

/// A calendar date; `year` may be kUnknownYear when the text gives none and no reference is known.
struct Ymd {
  int year = 0;
  int month = 1;
  int day = 1;
  friend bool operator==(const Ymd&, const Ymd&) = default;
};

inline constexpr int kUnknownYear = -1;

bool IsLeapYear(int year);
int DaysInMonth(int year, int month);
bool IsValidDate(int year, int month, int day);

/// Days since 1970-01-01 and back (Howard Hinnant's civil algorithms).
long DaysFromCivil(const Ymd& d);
Ymd CivilFromDays(long days);

Ymd AddDays(const Ymd& d, long days);
/// Adds months, clamping the day to the target month's length.
Ymd AddMonths(const Ymd& d, int months);
/// ISO weekday: 1 = Monday .. 7 = Sunday.
int Weekday(const Ymd& d);

struct IsoWeek {
  int year = 0;
  int week = 1;
};
IsoWeek WeekOf(const Ymd& d);
/// The Monday of the given ISO week.
Ymd MondayOfWeek(const IsoWeek& w);

/// "YYYY-MM-DD" -> date; nullopt when malformed or invalid.
std::optional<Ymd> ParseIsoDate(std::string_view s);

/// Value strings: "2023", "XXXX" for an unknown year; "2023-05"; "2023-05-25"; "2023-W21".
std::string YearValue(int year);
std::string MonthValue(int year, int month);
std::string DayValue(const Ymd& d);
std::string WeekValue(const IsoWeek& w);
std::string TwoDigits(int n);
/// "T14:05".
std::string ClockValue(int hour, int minute);

}  // namespace prextract::internal

#endif  // PREXTRACT_TEMPORAL_CALENDAR_H_
