// The scanner's driver: trigger filter, longest match among the rule families, anchor
// bookkeeping, and the token helpers every rule file shares.
#include "temporal/scanner.h"

namespace prextract::internal {

Scanner::Scanner(const std::vector<Token>& tokens, ScanContext* context)
    : t_(tokens), ctx_(context), vocab_(Vocab::Get()), hits_(tokens.size()), looked_up_(tokens.size()) {}

std::vector<Found> Scanner::ScanAll() {
  std::vector<Found> out;
  std::size_t i = 0;
  while (i < t_.size()) {
    if (!vocab_.IsTrigger(t_[i])) {
      ++i;
      continue;
    }
    std::optional<Found> f = MatchAt(i);
    if (!f || f->last <= i) {
      ++i;
      continue;
    }
    Remember(*f);
    i = f->last;
    out.push_back(std::move(*f));
  }
  return out;
}

std::optional<Found> Scanner::MatchAt(std::size_t i) {
  std::optional<Found> best;
  auto consider = [&best](std::optional<Found> f) {
    if (f && (!best || f->last > best->last)) best = std::move(f);
  };
  consider(CalendarDate(i));
  consider(YearExpr(i));
  consider(PeriodOfYear(i));
  consider(FirstMonths(i));
  consider(Decade(i));
  consider(Fiscal(i));
  consider(TimeExpr(i));
  consider(PartOf(i));
  consider(Deictic(i));
  consider(Anaphoric(i));
  consider(Duration(i));
  consider(SetExpr(i));
  consider(RefExpr(i));
  return best;
}

void Scanner::Remember(const Found& f) {
  const Found& end = f.ends.empty() ? f : f.ends.back();
  if ((end.year == kUnknownYear && !end.day) || end.anaphoric) return;
  if (end.day) ctx_->last_day = end.day;
  if (end.year != kUnknownYear) ctx_->last_year = end.year;
  if (end.quarter > 0) ctx_->last_quarter = end.quarter;
  ctx_->last_grain = end.grain;
}

std::optional<Found> Scanner::FullDateAt(std::size_t i) {
  const std::optional<CalendarParts> parts = ParseCalendar(i);
  if (!parts || parts->year == kUnknownYear || parts->month == 0 || parts->day == 0) return std::nullopt;
  return ResolveCalendar(*parts, i);
}

bool Scanner::Is(std::size_t i, std::string_view lower) const { return i < t_.size() && t_[i].lower == lower; }

bool Scanner::IsWord(std::size_t i) const { return i < t_.size() && t_[i].kind == TokenKind::kWord; }

bool Scanner::Tight(std::size_t i) const { return i < t_.size() && !t_[i].space_before; }

VocabMatch Scanner::Lex(std::size_t i, std::string_view category) const {
  if (i >= t_.size()) return {};
  if (!looked_up_[i]) {
    vocab_.MatchAll(t_, i, &hits_[i]);
    looked_up_[i] = true;
  }
  // The longest phrase of the category wins; of two values for one phrase, the later.
  VocabMatch best;
  for (const VocabHit& hit : hits_[i]) {
    if (hit.category == category) best = VocabMatch{hit.length, hit.value};
  }
  return best;
}

int Scanner::RefYear() {
  if (ctx_->reference) return ctx_->reference->year;
  ctx_->missing_reference = true;
  return kUnknownYear;
}

std::optional<Ymd> Scanner::RefDay() {
  if (!ctx_->reference) ctx_->missing_reference = true;
  return ctx_->reference;
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
