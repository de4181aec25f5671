// Clock times ("10:28", "8:54am", "11:59 p.m. PST", "noon") and parts of day, alone or
// attached to a date ("March 6, 2024 10:28", "9 a.m. Tuesday", "Friday morning").
#include "temporal/scanner.h"

namespace prextract::internal {

std::optional<Scanner::Clock> Scanner::ClockAt(std::size_t i) const {
  if (i >= t_.size()) return std::nullopt;
  Clock c;
  if (const VocabMatch named = Lex(i, Category::kClock); named.length) {
    c.hour = std::stoi(std::string(named.value)) % 24;
    c.end = i + named.length;
    return c;
  }
  const Token& h = t_[i];
  if (h.kind != TokenKind::kNumber || h.digits > 2 || h.number > 24 || h.ordinal || h.plural) return std::nullopt;
  if (i > 0 && Tight(i) && (t_[i - 1].kind == TokenKind::kNumber || Is(i - 1, ":") || Is(i - 1, "."))) {
    return std::nullopt;
  }
  c.hour = static_cast<int>(h.number);
  std::size_t j = i + 1;
  bool colon = false;
  if (Is(j, ":") && Tight(j) && j + 1 < t_.size() && t_[j + 1].kind == TokenKind::kNumber &&
      t_[j + 1].digits == 2 && Tight(j + 1) && t_[j + 1].number < 60) {
    c.minute = static_cast<int>(t_[j + 1].number);
    colon = true;
    j += 2;
  }
  int meridiem = 0;  // 1 am, 2 pm
  if (Is(j, "am") || Is(j, "pm")) {
    meridiem = Is(j, "am") ? 1 : 2;
    ++j;
  } else if ((Is(j, "a") || Is(j, "p")) && Is(j + 1, ".") && Is(j + 2, "m") && Tight(j + 1) && Tight(j + 2)) {
    meridiem = Is(j, "a") ? 1 : 2;
    j += 3;
    if (Is(j, ".") && Tight(j)) ++j;
  } else if (Is(j, "o") && Is(j + 1, "'") && Is(j + 2, "clock")) {
    j += 3;
    colon = true;
  }
  if (!colon && !meridiem) return std::nullopt;
  if (meridiem && c.hour > 12) return std::nullopt;
  if (!meridiem && (c.hour > 23 || (i + 1 < t_.size() && Is(j, ":")))) return std::nullopt;
  if (meridiem == 2 && c.hour < 12) c.hour += 12;
  if (meridiem == 1 && c.hour == 12) c.hour = 0;
  if (const VocabMatch zone = Lex(j, Category::kZone); zone.length && t_[j].kind == TokenKind::kWord) {
    j += zone.length;
  } else if (Is(j, "(") && Lex(j + 1, Category::kZone).length && Is(j + 1 + Lex(j + 1, Category::kZone).length, ")")) {
    j += Lex(j + 1, Category::kZone).length + 2;
  }
  c.end = j;
  return c;
}

void Scanner::AttachTime(Found* f) {
  if (!f->day && f->grain != Grain::kDay) return;
  std::size_t j = f->last;
  if (const VocabMatch pod = Lex(j, Category::kPod); pod.length) {
    f->value.push_back('T');   // appended apart: GCC 12 warns (-Wrestrict, bug 105329) on "T" + string
    f->value += pod.value;
    f->type = DateType::kTime;
    f->last = j + pod.length;
    return;
  }
  if (Is(j, ",") || Is(j, "@") || Is(j, "at")) ++j;
  if (Is(j, "at")) ++j;
  const std::optional<Clock> c = ClockAt(j);
  if (!c) return;
  f->value += ClockValue(c->hour, c->minute);
  f->type = DateType::kTime;
  f->last = c->end;
}

std::optional<Found> Scanner::TimeExpr(std::size_t i) {
  const std::optional<Clock> c = ClockAt(i);
  if (!c) return std::nullopt;
  Found f;
  f.first = i;
  f.last = c->end;
  f.type = DateType::kTime;
  // "9 a.m. Tuesday", "noon on May 5", "10 a.m. today"
  std::size_t j = c->end;
  if (Is(j, "on") || Is(j, ",")) ++j;
  std::optional<Found> day;
  if (auto parts = ParseCalendar(j); parts && (parts->day || parts->weekday)) {
    day = ResolveCalendar(*parts, j);
  } else {
    day = Deictic(j);
    if (day && !day->day) day.reset();
  }
  const std::string clock = ClockValue(c->hour, c->minute);
  if (day) {
    f.last = day->last;
    f.day = day->day;
    f.value = day->value.substr(0, 10) + clock;
  } else {
    const std::optional<Ymd> ref = RefDay();
    f.day = ref;
    f.value = (ref ? DayValue(*ref) : std::string("XXXX-XX-XX")) + clock;
    f.day.reset();  // a bare clock time does not move the anchor
  }
  f.grain = Grain::kDay;
  if (f.day) f.year = f.day->year;
  return f;
}

}  // namespace prextract::internal
