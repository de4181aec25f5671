#include "temporal/calendar.h"

#include <array>

namespace prextract::internal {

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && (year == kUnknownYear || IsLeapYear(year))) return 29;
  return kDays[month - 1];
}

bool IsValidDate(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
}

long DaysFromCivil(const Ymd& d) {
  const long y = d.month <= 2 ? d.year - 1 : d.year;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long mp = (d.month + 9) % 12;
  const long doy = (153 * mp + 2) / 5 + d.day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Ymd CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return Ymd{static_cast<int>(year), month, day};
}

Ymd AddDays(const Ymd& d, long days) { return CivilFromDays(DaysFromCivil(d) + days); }

Ymd AddMonths(const Ymd& d, int months) {
  const int index = d.year * 12 + (d.month - 1) + months;
  Ymd out{index / 12, index % 12 + 1, d.day};
  const int last = DaysInMonth(out.year, out.month);
  if (out.day > last) out.day = last;
  return out;
}

int Weekday(const Ymd& d) {
  const long days = DaysFromCivil(d);  // 1970-01-01 was a Thursday (4)
  const long w = (days % 7 + 7 + 3) % 7;
  return static_cast<int>(w) + 1;
}

IsoWeek WeekOf(const Ymd& d) {
  // The ISO year is the year of the Thursday of the date's week.
  const Ymd thursday = AddDays(d, 4 - Weekday(d));
  const long first = DaysFromCivil(Ymd{thursday.year, 1, 1});
  const int week = static_cast<int>((DaysFromCivil(thursday) - first) / 7 + 1);
  return IsoWeek{thursday.year, week};
}

Ymd MondayOfWeek(const IsoWeek& w) {
  const Ymd jan4{w.year, 1, 4};
  const Ymd monday1 = AddDays(jan4, 1 - Weekday(jan4));
  return AddDays(monday1, 7L * (w.week - 1));
}

std::optional<Ymd> ParseIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8};
  const int lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (int i = 0; i < lengths[p]; ++i) {
      const char c = s[starts[p] + i];
      if (c < '0' || c > '9') return std::nullopt;
      parts[p] = parts[p] * 10 + (c - '0');
    }
  }
  if (!IsValidDate(parts[0], parts[1], parts[2])) return std::nullopt;
  return Ymd{parts[0], parts[1], parts[2]};
}

std::string TwoDigits(int n) {
  std::string s = std::to_string(n);
  return s.size() < 2 ? "0" + s : s;
}

std::string ClockValue(int hour, int minute) {
  std::string out = "T";
  out += TwoDigits(hour);
  out += ':';
  out += TwoDigits(minute);
  return out;
}

std::string YearValue(int year) {
  if (year == kUnknownYear) return "XXXX";
  std::string s = std::to_string(year);
  while (s.size() < 4) s.insert(s.begin(), '0');
  return s;
}

std::string MonthValue(int year, int month) { return YearValue(year) + "-" + TwoDigits(month); }

std::string DayValue(const Ymd& d) { return MonthValue(d.year, d.month) + "-" + TwoDigits(d.day); }

std::string WeekValue(const IsoWeek& w) { return YearValue(w.year) + "-W" + TwoDigits(w.week); }

}  // namespace prextract::internal
