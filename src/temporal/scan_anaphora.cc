// Anaphoric expressions resolved against the last date mentioned ("earlier in the day",
// "the week before", "the year-earlier quarter", "the quarter"), and part-of-period
// prefixes wrapped around another expression ("early 2008", "later this year",
// "the end of the month", "mid-November").
#include "temporal/scanner.h"

namespace prextract::internal {

std::optional<Found> Scanner::Anaphoric(std::size_t i) {
  // "earlier in the day", "later that week"
  if (Is(i, "earlier") || Is(i, "later")) {
    std::size_t j = i + 1;
    if (Is(j, "in") || Is(j, "on")) ++j;
    if (Is(j, "the") || Is(j, "that")) return RelativeUnit(i, 0, j + 1, true);
    return std::nullopt;
  }
  std::size_t j = (Is(i, "the") || Is(i, "a")) ? i + 1 : i;
  if (Is(j, "comparable")) ++j;
  // "the year-earlier period", "year-ago quarter"
  if (Is(j, "year") && Is(j + 1, "-") && (Is(j + 2, "earlier") || Is(j + 2, "ago") || Is(j + 2, "before"))) {
    std::size_t k = j + 3;
    if (Is(k, "period") || Is(k, "quarter")) ++k;
    const int year = ctx_->reference ? ctx_->reference->year : ctx_->last_year;
    Found f;
    f.first = i;
    f.last = k;
    f.year = year == kUnknownYear ? year : year - 1;
    f.grain = Grain::kYear;
    f.value = YearValue(f.year);
    if (ctx_->last_grain == Grain::kQuarter && ctx_->last_quarter) {
      f.value += "-Q" + std::to_string(ctx_->last_quarter);
    }
    return f;
  }
  if (j == i || Is(i, "a")) return std::nullopt;
  // "the quarter", "the latest quarter", "that quarter": the quarter last spoken of
  if (Is(j, "latest") || Is(j, "recent") || Is(j, "same")) ++j;
  if (Is(j, "quarter") && !Is(j + 1, "of") && !Is(j + 1, "-")) {
    const std::optional<Ymd> ref = RefDay();
    int year = ctx_->last_year, quarter = ctx_->last_quarter;
    if (!quarter && ref) {
      const int index = ref->year * 4 + (ref->month - 1) / 3 - 1;
      year = index / 4;
      quarter = index % 4 + 1;
    }
    Found f;
    f.first = i;
    f.last = j + 1;
    f.year = year;
    f.quarter = quarter;
    f.grain = Grain::kQuarter;
    f.value = YearValue(year) + "-Q" + (quarter ? std::to_string(quarter) : "X");
    return f;
  }
  // "the day before", "the week after"
  const std::size_t u = i + 1;
  if (Is(i, "the") && Lex(u, Category::kUnit).length == 1 && (Is(u + 1, "before") || Is(u + 1, "after") || Is(u + 1, "earlier"))) {
    if (u + 2 < t_.size() && (t_[u + 2].kind == TokenKind::kWord || t_[u + 2].kind == TokenKind::kNumber)) {
      return std::nullopt;  // "the day before the vote": not anaphoric to a date
    }
    auto f = RelativeUnit(i, Is(u + 1, "after") ? 1 : -1, u, true);
    if (f) f->last = u + 2;
    return f;
  }
  // "the new year"
  if (Is(i, "the") && Is(j, "new") && Is(j + 1, "year") && ctx_->reference) {
    Found f;
    f.first = i;
    f.last = j + 2;
    f.year = ctx_->reference->year + (ctx_->reference->month >= 10 ? 1 : 0);
    f.grain = Grain::kYear;
    f.value = YearValue(f.year);
    return f;
  }
  return std::nullopt;
}

std::optional<Found> Scanner::PartOf(std::size_t i) {
  const std::size_t p = Is(i, "the") && Lex(i + 1, Category::kPart).length == 1 ? i + 1 : i;   // "the mid-1990s"
  const VocabMatch part = Lex(p, Category::kPart);
  if (!part.length) return std::nullopt;
  std::size_t j = p + part.length;
  if (Is(j, "-") && Tight(j)) ++j;
  std::optional<Found> best;
  auto consider = [&best](std::optional<Found> f) {
    if (f && (!best || f->last > best->last)) best = std::move(f);
  };
  consider(CalendarDate(j));
  consider(YearExpr(j));
  consider(Decade(j));
  consider(PeriodOfYear(j));
  consider(Fiscal(j));
  consider(Deictic(j));
  if ((Is(j, "the") || Is(j, "that")) && j + 1 < t_.size()) consider(RelativeUnit(j, 0, j + 1, Is(j, "that")));
  if (!best || best->type == DateType::kDuration) return std::nullopt;
  best->first = i;
  best->ends.clear();
  return best;
}

}  // namespace prextract::internal
