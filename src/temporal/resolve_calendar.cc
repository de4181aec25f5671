// Turning CalendarParts into values: the year a yearless date falls in, the day a bare
// weekday names, and ranges of two calendar dates.
#include "temporal/scanner.h"

namespace prextract::internal {
namespace {

bool IsRangeJoiner(std::string_view w, bool between) {
  if (between) return w == "and";
  return w == "to" || w == "-" || w == "through" || w == "until" || w == "till" || w == "thru";
}

// The year of a month/day given without one: the reference year, unless a stated weekday
// fits the year before or after instead, or the date would lie more than half a year
// ahead in a sentence with no future marker ("late November" read in January).
int ChooseYear(const Ymd& ref, int month, int day, int weekday, bool future) {
  if (weekday && day) {
    for (const int y : {ref.year, ref.year - 1, ref.year + 1}) {
      if (IsValidDate(y, month, day) && Weekday(Ymd{y, month, day}) == weekday) return y;
    }
  }
  const int d = day ? day : 1;
  if (!future && IsValidDate(ref.year, month, d) && DaysFromCivil(Ymd{ref.year, month, d}) - DaysFromCivil(ref) > 183) {
    return ref.year - 1;
  }
  return ref.year;
}

}  // namespace

Found Scanner::ResolveCalendar(const CalendarParts& parts, std::size_t first) {
  Found f;
  f.first = first;
  f.last = parts.end;
  if (parts.month == 0) {  // a bare weekday
    const std::optional<Ymd> ref = RefDay();
    if (!ref) {
      f.value = "XXXX-WXX-" + std::to_string(parts.weekday);
      return f;
    }
    const int now = Weekday(*ref);
    const long shift = FutureContext(first) ? (parts.weekday - now + 7) % 7 : -((now - parts.weekday + 7) % 7);
    f.day = AddDays(*ref, shift);
  } else {
    int year = parts.year;
    if (year == kUnknownYear) {
      const std::optional<Ymd> ref = RefDay();
      if (ref) year = ChooseYear(*ref, parts.month, parts.day, parts.weekday, FutureContext(first));
    }
    f.year = year;
    if (parts.day == 0) {
      f.value = MonthValue(year, parts.month);
      f.grain = Grain::kMonth;
      return f;
    }
    f.day = Ymd{year, parts.month, parts.day};
  }
  f.year = f.day->year;
  f.grain = Grain::kDay;
  f.value = DayValue(*f.day);
  if (!parts.pod.empty()) {
    f.value += "T" + parts.pod;
    f.type = DateType::kTime;
  }
  if (f.year == kUnknownYear) f.day.reset();
  return f;
}

std::optional<Found> Scanner::DayRange(std::size_t i, const Found& start, const CalendarParts& parts) {
  const bool between = Is(i, "between");
  std::size_t j = parts.end;
  if (j >= t_.size() || !IsRangeJoiner(t_[j].lower, between) || parts.month == 0) return std::nullopt;
  std::optional<CalendarParts> end = ParseCalendar(j + 1);
  std::size_t e = 0;
  if (!end && parts.day) {
    if (const auto day = DayAt(j + 1, &e); day && *day > parts.day) {
      end = CalendarParts{parts.year, parts.month, *day, 0, "", e};
      std::size_t k = Is(e, ",") ? e + 1 : e;
      if (const auto year = YearAt(k, &e); year && parts.year == kUnknownYear) {
        end->year = *year;
        end->end = e;
      }
    }
  }
  if (!end || end->month == 0 || (end->day == 0) != (parts.day == 0)) return std::nullopt;
  CalendarParts from = parts;
  if (from.year == kUnknownYear) from.year = end->year;
  if (end->year == kUnknownYear) end->year = from.year;
  Found a = ResolveCalendar(from, start.first);
  a.last = start.last;
  Found b = ResolveCalendar(*end, j + 1);
  Found r = b;
  r.first = i;
  r.value = a.value + "/" + b.value;
  r.ends = {a, b};
  return r;
}

std::optional<Found> Scanner::CalendarDate(std::size_t i) {
  const std::size_t lead = (Is(i, "from") || Is(i, "between")) ? 1 : 0;
  const std::size_t j = i + lead;
  // Every calendar date opens with a number, a capitalised month or weekday, or "the" ("the
  // 5th of May"): most triggers ("a", "about", "over") are none, and need no parse.
  if (j >= t_.size() || (t_[j].kind != TokenKind::kNumber && !t_[j].capital && !Is(j, "the"))) return std::nullopt;
  // "3 to 5 June 2021", "3-5 June"
  std::size_t e = 0;
  if (const auto day = DayAt(j, &e); day && e < t_.size() && IsRangeJoiner(t_[e].lower, lead && Is(i, "between"))) {
    if (auto end = DayFirst(e + 1); end && end->day > *day) {
      CalendarParts from = *end;
      from.day = *day;
      from.end = e;
      const Found a = ResolveCalendar(from, j);
      return DayRange(i, a, from);
    }
  }
  std::optional<CalendarParts> parts = ParseCalendar(j);
  if (!parts) return std::nullopt;
  if (parts->month && parts->year == kUnknownYear && !lead) {  // "February this year"
    if (const auto year = YearPhrase(parts->end, &e); year && t_[parts->end].kind == TokenKind::kWord) {
      parts->year = *year;
      parts->end = e;
    }
  }
  Found f = ResolveCalendar(*parts, j);
  if (auto range = DayRange(i, f, *parts)) return range;
  if (lead) return std::nullopt;
  AttachTime(&f);
  return f;
}

}  // namespace prextract::internal
