// Durations ("three years", "the past six years", "nearly a decade", "30-day"), counted
// offsets ("two weeks ago", "a year earlier", "6 years ago"), sets ("annually", "every
// Monday", "$5 a year") and the vague references PRESENT_REF / PAST_REF / FUTURE_REF.
#include "temporal/scanner.h"

namespace prextract::internal {
namespace {

bool IsMultiplier(std::string_view w) {
  return w == "times" || w == "once" || w == "twice" || w == "thrice" || w == "million" || w == "billion" ||
         w == "thousand" || w == "hundred" || w == "percent" || w == "%" || w == "dollars" || w == "euros";
}

}  // namespace

bool IsDirection(std::string_view w) {
  return w == "past" || w == "last" || w == "next" || w == "coming" || w == "first" || w == "previous" ||
         w == "following" || w == "final" || w == "remaining" || w == "initial" || w == "preceding";
}

bool IsDurationFiller(std::string_view w) {
  for (const std::string_view filler : kDurationFillers) {
    if (w == filler) return true;
  }
  return false;
}

std::optional<int> Scanner::CountAt(std::size_t i, std::size_t* end, bool* vague) const {
  if (i >= t_.size()) return std::nullopt;
  *vague = false;
  const Token& t = t_[i];
  std::size_t j = i + 1;
  int n = 0;
  if (t.kind == TokenKind::kNumber) {
    if (t.ordinal || t.plural || t.digits > 4) return std::nullopt;
    if (Tight(j) && (Is(j, ".") || Is(j, ",")) && j + 1 < t_.size() && t_[j + 1].kind == TokenKind::kNumber) {
      return std::nullopt;
    }
    n = static_cast<int>(t.number);
  } else if (const VocabMatch v = Lex(i, Category::kVague); v.length) {
    *vague = true;
    *end = i + v.length;
    return -1;
  } else if (const VocabMatch w = Lex(i, Category::kNum); w.length) {
    n = std::stoi(std::string(w.value));
    j = i + w.length;
    if (n >= 20 && n % 10 == 0 && n < 100) {  // "twenty-four", "twenty four"
      const std::size_t k = Is(j, "-") ? j + 1 : j;
      if (const VocabMatch u = Lex(k, Category::kNum); u.length == 1 && std::stoi(std::string(u.value)) < 10 && !Is(k, "a")) {
        n += std::stoi(std::string(u.value));
        j = k + 1;
      }
    }
  } else {
    return std::nullopt;
  }
  // "two to three weeks", "1-5 years": keep the first count, span both.
  if ((Is(j, "-") || Is(j, "to") || Is(j, "or")) && j + 1 < t_.size() &&
      (t_[j + 1].kind == TokenKind::kNumber || Lex(j + 1, Category::kNum).length == 1) && !Is(j + 1, "a")) {
    j += 2;
  }
  *end = j;
  return n;
}

std::optional<Found> Scanner::Duration(std::size_t i) {
  const VocabMatch mod = Lex(i, Category::kMod);
  if (mod.length && !(Is(i, "over") && Is(i + 1, "the"))) {
    if (auto f = DurationFrom(i, i + mod.length)) return f;
  }
  // TimeML reads "recent years" as a vague duration.
  if ((Is(i, "recent") || Is(i, "coming")) && ctx_->style == DateStyle::kTimeml && i + 1 < t_.size() && Lex(i + 1, Category::kUnit).length &&
      t_[i + 1].lower.back() == 's') {
    Found f;
    f.first = i;
    f.last = i + 2;
    f.type = DateType::kDuration;
    f.value = DurationValue(-1, Lex(i + 1, Category::kUnit).value);
    return f;
  }
  // "for years", "for decades"
  if (const VocabMatch vague = Lex(i, Category::kVaguedur); vague.length) {
    Found f;
    f.first = i;
    f.last = i + vague.length;
    f.type = DateType::kDuration;
    f.value = DurationValue(-1, vague.value);
    return f;
  }
  return DurationFrom(i, i);
}

std::optional<Found> Scanner::DurationFrom(std::size_t i, std::size_t j) {
  const bool the = Is(j, "the");
  if (the) ++j;
  const bool direction = j < t_.size() && IsDirection(t_[j].lower);
  const bool backward = direction && (Is(j, "past") || Is(j, "last") || Is(j, "previous"));
  if (direction) ++j;
  std::size_t k = j;
  bool vague = false;
  std::optional<int> count = CountAt(j, &k, &vague);
  if (!count) {
    if (!(the && backward)) return std::nullopt;
    count = 1;  // "the past year"
  }
  const bool article = Is(j, "a") || Is(j, "an");
  while (k < t_.size() && IsDurationFiller(t_[k].lower)) ++k;
  if (Is(k, "-")) ++k;
  const VocabMatch unit = Lex(k, Category::kUnit);
  if (!unit.length || unit.value == "WE") return std::nullopt;
  const std::string_view u = unit.value;
  const std::size_t after = k + unit.length;
  if (u == "Q" && (article || Is(after, "of"))) return std::nullopt;   // "a quarter of the staff"
  if (u == "S" && (article || Lex(j, Category::kOrd).length)) return std::nullopt;
  if (Is(after, "old") || (Is(after, "-") && Is(after + 1, "old"))) return std::nullopt;   // ages
  if (direction && !the && !count) return std::nullopt;
  Found f;
  f.first = i;
  f.last = after;
  f.type = DateType::kDuration;
  f.value = DurationValue(vague ? -1 : *count, u);
  if (!the && !direction) {
    if (auto date = Ago(f, after, vague ? -1 : *count, u)) return date;
  }
  if (vague && !the && !direction && t_[k].lower.back() != 's') return std::nullopt;
  return f;
}

std::optional<Found> Scanner::Ago(const Found& duration, std::size_t k, int count, std::string_view unit) {
  const bool ago = Is(k, "ago");
  const bool earlier = Is(k, "earlier");
  const bool later = Is(k, "later") && ctx_->style == DateStyle::kContract;
  const bool from_now = Is(k, "from") && Is(k + 1, "now");
  if (!ago && !earlier && !later && !from_now) return std::nullopt;
  Found d = duration;
  d.type = DateType::kDate;
  d.last = k + (from_now ? 2 : 1);
  const int sign = ago || earlier ? -1 : 1;
  if (count < 0) {
    d.value = sign < 0 ? "PAST_REF" : "FUTURE_REF";
    return d;
  }
  const std::optional<Ymd> base = Base(earlier || later);
  if (!base) {
    d.value = unit == "Y" || unit == "DE" ? "XXXX" : "XXXX-XX-XX";
    return d;
  }
  if (unit == "Y" || unit == "DE") {
    d.year = base->year + sign * count * (unit == "DE" ? 10 : 1);
    d.grain = Grain::kYear;
    d.value = YearValue(d.year);
    if (unit == "Y" && ctx_->last_grain == Grain::kQuarter && ctx_->last_quarter) {
      d.value += "-Q" + std::to_string(ctx_->last_quarter);
    }
  } else if (unit == "M") {
    const Ymd m = AddMonths(*base, sign * count);
    d.year = m.year;
    d.grain = Grain::kMonth;
    d.value = MonthValue(m.year, m.month);
  } else if (unit == "W" || unit == "D") {
    d.day = AddDays(*base, static_cast<long>(sign) * count * (unit == "W" ? 7 : 1));
    d.year = d.day->year;
    d.grain = Grain::kDay;
    d.value = DayValue(*d.day);
  } else {
    return std::nullopt;
  }
  return d;
}

std::optional<Found> Scanner::SetExpr(std::size_t i) {
  // Most starts are no set: the result is built only once one is found.
  const auto set_of = [i](std::size_t last, std::string value) {
    Found f;
    f.first = i;
    f.last = last;
    f.type = DateType::kSet;
    f.value = std::move(value);
    return f;
  };
  if ((Is(i, "every") || Is(i, "each")) && i + 1 < t_.size() && t_[i + 1].capital) {
    const int weekday = vocab_.Weekday(t_[i + 1].lower);
    const int month = vocab_.IsFullName(t_[i + 1].lower) ? vocab_.Month(t_[i + 1].lower) : 0;
    if (weekday || month) {
      return set_of(i + 2, weekday ? "XXXX-WXX-" + std::to_string(weekday) : "XXXX-" + TwoDigits(month));
    }
  }
  VocabMatch set = Lex(i, Category::kSet);
  if (ctx_->style == DateStyle::kContract) {
    if (const VocabMatch loose = Lex(i, Category::kSetc); loose.length > set.length) set = loose;
  }
  if (!set.length) return std::nullopt;
  if (Is(i, "a") || Is(i, "an")) {
    if (i == 0 || !(t_[i - 1].kind == TokenKind::kNumber || IsMultiplier(t_[i - 1].lower))) return std::nullopt;
  }
  return set_of(i + set.length, std::string(set.value));
}

// "the Korea-LAC Future Cooperation Forum", "Germany's "Future Strategy"", "Historically
// Black Colleges": a capitalised reference word inside a run of capitals, or after a word
// mid-sentence, belongs to a name.
bool Scanner::InTitleCaseName(std::size_t first, std::size_t last) const {
  if (!t_[last - 1].capital) return false;
  const bool after_word = first > 0 && IsWord(first - 1) && !t_[first].newline_before;
  return after_word || (IsWord(last) && t_[last].capital);
}

std::optional<Found> Scanner::RefExpr(std::size_t i) {
  VocabMatch ref = Lex(i, Category::kRef);
  if (ctx_->style == DateStyle::kContract) {
    if (const VocabMatch loose = Lex(i, Category::kRefc); loose.length > ref.length) ref = loose;
  }
  if (!ref.length || InTitleCaseName(i, i + ref.length)) return std::nullopt;
  Found f;
  f.first = i;
  f.last = i + ref.length;
  f.value = ref.value;
  // "in the past three months" is a duration, not PAST_REF.
  for (std::size_t j = i + 1; j < f.last; ++j) {
    if (auto d = Duration(j); d && d->last >= f.last && (d->last > f.last || ctx_->style == DateStyle::kTimeml)) {
      return std::nullopt;
    }
  }
  return f;
}

std::string DurationValue(int count, std::string_view unit) {
  // Built with append: GCC 12 warns (-Wrestrict, a false positive) on literal assignments here.
  std::string out(1, 'P');
  if (unit == "H" || unit == "MIN" || unit == "S") out.push_back('T');
  const bool scaled = count >= 0 && (unit == "DE" || unit == "CE" || unit == "WE");
  const int scale = !scaled ? 1 : (unit == "DE" ? 10 : (unit == "CE" ? 100 : 2));
  if (count < 0) {
    out.push_back('X');
  } else {
    out.append(std::to_string(count * scale));
  }
  if (unit == "MIN") {
    out.push_back('M');
  } else if (scaled) {
    out.push_back(unit == "WE" ? 'D' : 'Y');
  } else {
    out.append(unit);
  }
  return out;
}

}  // namespace prextract::internal
