// Calendar dates: "May 25, 2023", "25 May 2023", "Wednesday, April 4", "2023-05-25",
// "05/25/2023" (read by region), bare months and weekdays, and day ranges ("June 5 to 7").

#include "temporal/scanner.h"

namespace prextract::internal {

std::optional<int> Scanner::DayAt(std::size_t i, std::size_t* end) const {
  if (i >= t_.size() || t_[i].kind != TokenKind::kNumber || t_[i].plural) return std::nullopt;
  if (t_[i].digits > 2 || t_[i].number < 1 || t_[i].number > 31) return std::nullopt;
  // "5.5", "10:30", "5%" are not days.
  const bool number_after = i + 2 < t_.size() && t_[i + 2].kind == TokenKind::kNumber && Tight(i + 2);
  if (Tight(i + 1) && (Is(i + 1, "%") || ((Is(i + 1, ":") || Is(i + 1, ".")) && number_after))) {
    return std::nullopt;
  }
  // "In June 1 5 million": a count follows, so the number is not a day.
  if (i + 1 < t_.size() && t_[i + 1].kind == TokenKind::kNumber && t_[i + 1].digits != 4) return std::nullopt;
  *end = i + 1;
  return static_cast<int>(t_[i].number);
}

std::optional<int> Scanner::YearAt(std::size_t i, std::size_t* end) const {
  if (i >= t_.size()) return std::nullopt;
  if (Is(i, "'") && i + 1 < t_.size() && Tight(i + 1) && t_[i + 1].kind == TokenKind::kNumber &&
      t_[i + 1].digits == 2 && !t_[i + 1].plural && !t_[i + 1].ordinal) {
    const int n = static_cast<int>(t_[i + 1].number);
    *end = i + 2;
    return n <= 40 ? 2000 + n : 1900 + n;
  }
  const Token& t = t_[i];
  if (t.kind != TokenKind::kNumber || t.digits != 4 || t.plural || t.ordinal) return std::nullopt;
  if (t.number < 1000 || t.number > 2999) return std::nullopt;
  if (Tight(i + 1) && i + 2 < t_.size() && (Is(i + 1, ",") || Is(i + 1, ".")) &&
      t_[i + 2].kind == TokenKind::kNumber && Tight(i + 2)) {
    return std::nullopt;  // 2,500 or 2023.5
  }
  if (Is(i + 1, "%") || Is(i + 1, "percent")) return std::nullopt;
  *end = i + 1;
  return static_cast<int>(t.number);
}

bool Scanner::MonthWordOk(std::size_t i) const {
  const Token& w = t_[i];
  if (!w.capital) return false;
  const bool number_next = (i + 1 < t_.size() && t_[i + 1].kind == TokenKind::kNumber) ||
                           (Is(i + 1, ".") && i + 2 < t_.size() && t_[i + 2].kind == TokenKind::kNumber);
  if (!vocab_.IsFullName(w.lower)) return number_next || (Is(i + 1, ".") && w.lower != "mar");
  if (number_next) return true;
  const bool prev_prep = i > 0 && (Lex(i - 1, Category::kPrep).length > 0 || Lex(i - 1, Category::kPart).length > 0);
  // "Theresa May", "April Smith": a name, not a month.
  if (i > 0 && t_[i - 1].capital && !prev_prep && !Is(i - 1, ".") && !t_[i].newline_before) return false;
  // A wider gap than one space stands where stripped punctuation was ("in July     Allard
  // said"): no name goes on across it.
  if (i + 1 < t_.size() && t_[i + 1].capital && t_[i + 1].begin == w.end + 1 && t_[i + 1].space_before &&
      !vocab_.Month(t_[i + 1].lower) && !vocab_.Weekday(t_[i + 1].lower)) {
    return false;
  }
  if (w.lower == "may" || w.lower == "march") return prev_prep;
  return true;
}

std::optional<CalendarParts> Scanner::MonthFirst(std::size_t i) const {
  // Capital first: MonthWordOk demands it, and it spares most tokens a hash lookup.
  if (i >= t_.size() || !t_[i].capital || !vocab_.Month(t_[i].lower) || !MonthWordOk(i)) return std::nullopt;
  CalendarParts p;
  p.month = vocab_.Month(t_[i].lower);
  std::size_t j = i + 1;
  if (Is(j, ".") && Tight(j) && !vocab_.IsFullName(t_[i].lower)) ++j;
  std::size_t e = 0;
  if (const auto day = DayAt(j, &e)) {
    p.day = *day;
    j = e;
    std::size_t k = Is(j, ",") ? j + 1 : j;
    if (const auto year = YearAt(k, &e)) {
      p.year = *year;
      j = e;
    }
  } else {
    std::size_t k = (Is(j, ",") || Is(j, "of")) ? j + 1 : j;
    if (const auto year = YearAt(k, &e)) {
      p.year = *year;
      j = e;
    }
  }
  if (p.day && !IsValidDate(p.year, p.month, p.day)) return std::nullopt;
  p.end = j;
  return p;
}

std::optional<CalendarParts> Scanner::DayFirst(std::size_t i) const {
  std::size_t j = Is(i, "the") ? i + 1 : i;
  std::size_t e = 0;
  const auto day = DayAt(j, &e);
  if (!day || (j > i && !t_[j].ordinal)) return std::nullopt;
  j = Is(e, "of") ? e + 1 : e;
  if (j >= t_.size() || !t_[j].capital || !vocab_.Month(t_[j].lower)) return std::nullopt;
  if (!vocab_.IsFullName(t_[j].lower) && !Is(j + 1, ".") && !(j + 1 < t_.size() && t_[j + 1].kind == TokenKind::kNumber)) {
    return std::nullopt;
  }
  CalendarParts p;
  p.day = *day;
  p.month = vocab_.Month(t_[j].lower);
  j = j + 1;
  if (Is(j, ".") && Tight(j) && !vocab_.IsFullName(t_[j - 1].lower)) ++j;
  std::size_t k = Is(j, ",") ? j + 1 : j;
  if (const auto year = YearAt(k, &e)) {
    p.year = *year;
    j = e;
  }
  if (!IsValidDate(p.year, p.month, p.day)) return std::nullopt;
  p.end = j;
  return p;
}

std::optional<CalendarParts> Scanner::NumericDate(std::size_t i) const {
  if (i + 4 >= t_.size()) return std::nullopt;
  const std::string_view sep = t_[i + 1].lower;
  if (sep != "-" && sep != "/" && sep != ".") return std::nullopt;
  for (std::size_t k = i + 1; k <= i + 4; ++k) {
    if (!Tight(k)) return std::nullopt;
  }
  if (t_[i].kind != TokenKind::kNumber || t_[i + 2].kind != TokenKind::kNumber ||
      t_[i + 4].kind != TokenKind::kNumber || t_[i + 3].lower != sep) {
    return std::nullopt;
  }
  // Part of a longer number chain (phone numbers, versions, IP addresses)?
  if (i > 0 && Lex(i - 1, Category::kNotyear).length) return std::nullopt;
  if (i > 0 && Tight(i) && (t_[i - 1].kind == TokenKind::kNumber || t_[i - 1].lower == sep)) return std::nullopt;
  if (Tight(i + 5) && (t_[i + 5].kind == TokenKind::kNumber ||
                       (t_[i + 5].lower == sep && i + 6 < t_.size() && t_[i + 6].kind == TokenKind::kNumber))) {
    return std::nullopt;
  }
  const Token& a = t_[i];
  const Token& b = t_[i + 2];
  const Token& c = t_[i + 4];
  CalendarParts p;
  p.end = i + 5;
  if (a.digits == 4 && b.digits <= 2 && c.digits <= 2) {
    p.year = static_cast<int>(a.number);
    p.month = static_cast<int>(b.number);
    p.day = static_cast<int>(c.number);
  } else if (a.digits <= 2 && b.digits <= 2 && (c.digits == 4 || (c.digits == 2 && sep == "/"))) {
    p.year = c.digits == 4 ? static_cast<int>(c.number) : 2000 + static_cast<int>(c.number);
    bool month_first = sep == "." ? false : ctx_->month_first;
    if (a.number > 12) month_first = false;
    if (b.number > 12) month_first = true;
    p.month = static_cast<int>(month_first ? a.number : b.number);
    p.day = static_cast<int>(month_first ? b.number : a.number);
  } else {
    return std::nullopt;
  }
  if (p.year < 1000 || !IsValidDate(p.year, p.month, p.day)) return std::nullopt;
  return p;
}

std::optional<CalendarParts> Scanner::ParseCalendar(std::size_t i) const {
  if (i >= t_.size()) return std::nullopt;
  const int weekday = t_[i].capital ? vocab_.Weekday(t_[i].lower) : 0;
  if (weekday) {
    std::size_t j = i + 1;
    const VocabMatch pod = Lex(j, Category::kPod);
    j += pod.length;
    if (Is(j, ".") || Is(j, ",")) ++j;
    std::optional<CalendarParts> p = MonthFirst(j);
    if (!p) p = DayFirst(j);
    if (p && p->day) {
      p->weekday = weekday;
      p->pod = pod.value;
      return p;
    }
    if (!vocab_.IsFullName(t_[i].lower)) return std::nullopt;
    CalendarParts bare;
    bare.weekday = weekday;
    bare.end = i + 1;
    return bare;
  }
  if (auto p = NumericDate(i)) return p;
  if (auto p = MonthFirst(i)) return p;
  return DayFirst(i);
}

bool Scanner::FutureContext(std::size_t i) const {
  const std::size_t from = i >= 12 ? i - 12 : 0;
  for (std::size_t k = i; k-- > from;) {
    if (Is(k, ".") || Is(k, ";")) break;
    if (Lex(k, Category::kTense).length) return true;
  }
  for (std::size_t k = i + 1; k < t_.size() && k < i + 5; ++k) {
    if (Is(k, ".")) break;
    if (Lex(k, Category::kTense).length) return true;
  }
  return false;
}

}  // namespace prextract::internal
