// Relative expressions: "today", "yesterday morning", "this year", "last month", "next
// Tuesday", "last fall", "the same day", "the week before", "later this year", "the
// year-earlier quarter". Deictic ones resolve against the reference date, anaphoric
// ones ("the same ...", "the following ...", "that ...") against the last date mentioned.
#include "temporal/scanner.h"

#include "lexicon/lexicon.h"

namespace prextract::internal {
namespace {

bool Singular(const Token& t) { return t.lower.empty() || t.lower.back() != 's' || t.lower == "hours"; }

// A noun of an occasion among the (at most three) words from token `from` of `t`.
bool NamesOccasion(const TokenVector& t, std::size_t from) {
  constexpr std::size_t kReach = 3;   // "today's credentials presentation ceremony"
  static const auto& nouns = LexiconIndex("en/occasion_nouns");
  for (std::size_t k = from; k < t.size() && k < from + kReach && t[k].kind == TokenKind::kWord; ++k) {
    if (nouns.count(t[k].lower) > 0) return true;
  }
  return false;
}

// Whether token `i` opens a sentence: the first of the text or of a line, or after a stop
// or a closing quote.
bool OpensSentence(const TokenVector& t, std::size_t i) {
  if (i == 0 || t[i].newline_before) return true;
  const std::string_view prev = t[i - 1].lower;
  return prev == "." || prev == "!" || prev == "?" || prev == "\"" || prev == "'";
}

// A word that reads as a past form ("announced", "joined").
bool PastForm(const Token& t) { return t.kind == TokenKind::kWord && t.lower.size() >= 4 && t.lower.ends_with("ed"); }

}  // namespace

// "Today, leveraging AWS, Zoom is able to scale", "Today, there are more ...": a sentence
// that opens on "Today" and whose first verb is a present "is" / "are" speaks of the present
// in general. A past form or a future word first ("Today the company announced", "Today,
// Acme will ...") makes it the release's day, and so does a feeling after the verb ("Today,
// we are proud to announce ...").
bool Scanner::IsPresentTodayClause(std::size_t i) const {
  constexpr std::size_t kReach = 15;
  static const auto& feelings = LexiconIndex("en/agreement_sentiments");
  static const auto& auxiliaries = LexiconIndex("en/auxiliaries");
  // "Today's hearing is ...", "Today s report is ..." (apostrophe stripped): a possessive, not a clause.
  if (t_[i].lower != "today" || !t_[i].capital || Is(i + 1, "'") || Is(i + 1, "s")) return false;
  if (!OpensSentence(t_, i)) return false;
  for (std::size_t k = i + 1; k < t_.size() && k <= i + kReach; ++k) {
    if (Is(k, ".") || Is(k, ";") || PastForm(t_[k]) || Lex(k, Category::kTense).length) return false;
    const auto auxiliary = auxiliaries.find(t_[k].lower);
    if (auxiliary == auxiliaries.end()) continue;
    return auxiliary->second == "present" && !(k + 1 < t_.size() && feelings.count(t_[k + 1].lower) > 0);
  }
  return false;
}

// "Today's first-time homebuyers", "in today's digital clutter": "today's" before a noun
// that names no occasion speaks of the present in general, not of the release's day
// ("today's briefing", "Today's hearing"). A capitalised name after it is the day's own
// ("today's Senate Committee ... hearing", "today's New York Times").
bool Scanner::IsGeneralToday(std::size_t i, std::size_t day_end) const {
  if (t_[i].lower != "today" && t_[i].lower != "todays") return false;
  std::size_t noun = day_end;
  if (t_[i].lower == "today") {
    if (!Is(noun, "'") || !Is(noun + 1, "s") || !Tight(noun) || !Tight(noun + 1)) return false;
    noun += 2;
  }
  return IsWord(noun) && !t_[noun].capital && !NamesOccasion(t_, noun);
}

std::optional<Ymd> Scanner::Base(bool anchored) {
  if (anchored && ctx_->last_day) return ctx_->last_day;
  if (anchored && ctx_->last_year != kUnknownYear) return Ymd{ctx_->last_year, 7, 1};
  return RefDay();
}

// "This weeks recall", "last years report": a possessive whose apostrophe was stripped
// (scraped Senate releases lose them), told from "the coming weeks" by its deictic word
// and by the noun after it.
bool Scanner::StrippedPossessive(std::size_t i, std::size_t j) const {
  return j == i + 1 && (Is(i, "this") || Is(i, "last") || Is(i, "next")) &&
         (Is(j, "weeks") || Is(j, "months") || Is(j, "years")) && IsWord(j + 1) &&
         !Lex(j + 1, Category::kPrep).length;
}

std::optional<Found> Scanner::RelativeUnit(std::size_t i, int offset, std::size_t j, bool anchored) {
  const VocabMatch unit = Lex(j, Category::kUnit);
  if (!unit.length || (!Singular(t_[j]) && !StrippedPossessive(i, j))) return std::nullopt;
  Found f;
  f.first = i;
  f.last = j + unit.length;
  f.anaphoric = anchored;
  std::optional<Ymd> base = Base(anchored);
  if (anchored && unit.value == "Y" && ctx_->last_year != kUnknownYear) base = Ymd{ctx_->last_year, 7, 1};
  if (!base) base = Ymd{kUnknownYear, 1, 1};
  const bool known = base->year != kUnknownYear;
  const std::string_view u = unit.value;
  if (u == "Y") {
    f.year = known ? base->year + offset : kUnknownYear;
    f.value = YearValue(f.year);
    f.grain = Grain::kYear;
  } else if (u == "M") {
    const Ymd m = known ? AddMonths(Ymd{base->year, base->month, 1}, offset) : *base;
    f.year = m.year;
    f.value = known ? MonthValue(m.year, m.month) : "XXXX-XX";
    f.grain = Grain::kMonth;
  } else if (u == "W" || u == "WE") {
    const IsoWeek w = WeekOf(AddDays(*base, 7L * offset));
    f.year = known ? w.year : kUnknownYear;
    f.value = known ? WeekValue(w) : "XXXX-WXX";
    if (u == "WE") f.value += "-WE";
    f.grain = Grain::kWeek;
  } else if (u == "D") {
    if (!known) return std::nullopt;
    f.day = AddDays(*base, offset);
    f.year = f.day->year;
    f.value = DayValue(*f.day);
    f.grain = Grain::kDay;
  } else if (u == "Q") {
    const int index = known ? base->year * 4 + (base->month - 1) / 3 + offset : 0;
    f.year = known ? index / 4 : kUnknownYear;
    f.quarter = known ? index % 4 + 1 : 0;
    f.value = known ? YearValue(f.year) + "-Q" + std::to_string(f.quarter) : "XXXX-QX";
    f.grain = Grain::kQuarter;
  } else if (u == "DE" && known) {
    f.value = std::to_string(base->year / 10 + offset);
    f.grain = Grain::kDecade;
  } else {
    return std::nullopt;
  }
  return f;
}

std::optional<Found> Scanner::RelativeName(std::size_t i, int offset, std::size_t j) {
  if (j >= t_.size()) return std::nullopt;
  const int month = t_[j].capital ? vocab_.Month(t_[j].lower) : 0;
  const int weekday = t_[j].capital ? vocab_.Weekday(t_[j].lower) : 0;
  const VocabMatch season = Lex(j, Category::kSeason);
  if ((!month && !weekday && !season.length) || (month && !vocab_.IsFullName(t_[j].lower))) return std::nullopt;
  const std::optional<Ymd> ref = RefDay();
  Found f;
  f.first = i;
  f.last = j + (season.length ? season.length : 1);
  if (weekday) {
    if (!ref) {
      f.value = "XXXX-WXX-" + std::to_string(weekday);
      return f;
    }
    const int now = Weekday(*ref);
    long shift = 0;
    if (offset > 0) shift = (weekday - now + 6) % 7 + 1;
    if (offset < 0) shift = -((now - weekday + 6) % 7 + 1);
    if (offset == 0) shift = FutureContext(i) ? (weekday - now + 7) % 7 : -((now - weekday + 7) % 7);
    f.day = AddDays(*ref, shift);
    f.year = f.day->year;
    f.value = DayValue(*f.day);
    f.grain = Grain::kDay;
    return f;
  }
  int year = ref ? ref->year + offset : kUnknownYear;
  if (month && ref && offset < 0 && month < ref->month) year = ref->year;
  if (month && ref && offset > 0 && month > ref->month) year = ref->year;
  f.year = year;
  f.value = month ? MonthValue(year, month) : YearValue(year) + "-" + std::string(season.value);
  f.grain = month ? Grain::kMonth : Grain::kSeason;
  return f;
}

std::optional<Found> Scanner::Deictic(std::size_t i) {
  if (const VocabMatch day = Lex(i, Category::kDay); day.length) {
    Found f;
    f.first = i;
    f.last = i + day.length;
    if (ctx_->style == DateStyle::kContract && (IsGeneralToday(i, f.last) || IsPresentTodayClause(i))) {
      f.value = "PRESENT_REF";
      return f;
    }
    f.grain = Grain::kDay;
    const std::optional<Ymd> ref = RefDay();
    f.value = "XXXX-XX-XX";
    if (ref) {
      f.day = AddDays(*ref, std::stoi(std::string(day.value)));
      f.year = f.day->year;
      f.value = DayValue(*f.day);
    }
    AttachTime(&f);
    return f;
  }
  const VocabMatch rel = Lex(i, Category::kRel);
  if (!rel.length) return std::nullopt;
  const int offset = std::stoi(std::string(rel.value));
  const std::size_t j = i + rel.length + (Is(i + rel.length, "calendar") ? 1 : 0);
  const bool anchored = (Is(i, "the") && !Is(i + 1, "coming") && !Is(i + 1, "current")) || Is(i, "that");
  if (Is(i, "this") && Is(i + 1, "past") && Lex(j, Category::kUnit).length && Singular(t_[j])) {
    Found f;  // "this past year" is the year up to now
    f.first = i;
    f.last = j + 1;
    f.type = DateType::kDuration;
    f.value = DurationValue(1, Lex(j, Category::kUnit).value);
    return f;
  }
  if (const VocabMatch pod = Lex(j, Category::kPod); pod.length) {
    std::optional<Ymd> base = Base(anchored);
    Found f;
    f.first = i;
    f.last = j + pod.length;
    f.type = DateType::kTime;
    f.grain = Grain::kDay;
    if (base) f.day = AddDays(*base, pod.value == "NI" && offset < 0 ? -1 : (anchored ? 0 : offset));
    f.value = (f.day ? DayValue(*f.day) : std::string("XXXX-XX-XX")) + "T" + std::string(pod.value);
    if (f.day) f.year = f.day->year;
    return f;
  }
  if (!anchored) {
    if (auto f = RelativeName(i, offset, j)) return f;
  }
  if (const VocabMatch fiscal = Lex(j, Category::kFiscal); fiscal.length && Is(j + fiscal.length - 1, "year")) {
    if (auto f = Fiscal(j)) {
      f->first = i;
      return f;
    }
    Found f;
    f.first = i;
    f.last = j + fiscal.length;
    f.year = RefYear() == kUnknownYear ? kUnknownYear : RefYear() + offset;
    f.grain = Grain::kYear;
    f.value = (ctx_->style == DateStyle::kContract ? "FY" : "") + YearValue(f.year);
    return f;
  }
  return RelativeUnit(i, offset, j, anchored);
}

}  // namespace prextract::internal
