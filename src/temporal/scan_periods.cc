// Parts of a year: quarters ("the third quarter of 2023", "third-quarter", "Q3 2023",
// "fiscal first quarter"), halves ("the second half of this year", "H1 2024"), seasons
// ("summer 2023", "last fall" is relative) and "the first nine months of 2025".
#include "temporal/scanner.h"

namespace prextract::internal {

bool Scanner::MayOpenPeriod(std::size_t j) const {
  if (j >= t_.size() || t_[j].kind == TokenKind::kNumber) return true;
  constexpr std::uint32_t kOpeners =
      CategoryBit(Category::kOrd) | CategoryBit(Category::kPeriodmark) | CategoryBit(Category::kRel);
  return (LookUp(j).categories & kOpeners) != 0 || Is(j, "fiscal") || Is(j, "last") || Is(j, "latter");
}

std::optional<Found> Scanner::PeriodOfYear(std::size_t i) {
  std::size_t j = Is(i, "the") ? i + 1 : i;
  if (!MayOpenPeriod(j)) return Season(i);
  int year = kUnknownYear;
  std::size_t e = 0;
  if (const auto y = YearPhrase(j, &e); y && j == i + (j > i ? 1 : 0) && (Lex(e, Category::kOrd).length || Is(e, "'"))) {
    year = *y;  // "the 1988 second quarter", "this year's third quarter"
    j = Is(e, "'") && Is(e + 1, "s") ? e + 2 : e;
  }
  bool fiscal = false;
  if (Is(j, "fiscal")) {
    fiscal = true;
    j += Is(j + 1, "-") ? 2 : 1;
  }
  int ordinal = 0;
  std::size_t k = j;
  char kind = 0;
  if (Lex(j, Category::kPeriodmark).length && Tight(j + 1) && j + 1 < t_.size() && t_[j + 1].kind == TokenKind::kNumber &&
      t_[j + 1].digits == 1 && t_[j + 1].number >= 1 && t_[j + 1].number <= (Is(j, "q") ? 4 : 2) &&
      t_[j].capital) {
    kind = Is(j, "q") ? 'Q' : 'H';
    ordinal = static_cast<int>(t_[j + 1].number);
    k = j + 2;
  } else {
    const VocabMatch ord = Lex(j, Category::kOrd);
    if (ord.length) ordinal = std::stoi(std::string(ord.value));
    if (!ord.length && (Is(j, "last") || Is(j, "latter"))) ordinal = 2;
    k = j + (ord.length ? ord.length : 1);
    if (Is(k, "-")) ++k;
    if (Is(k, "fiscal")) {
      fiscal = true;
      ++k;
      if (Is(k, "-")) ++k;
    }
    if (Is(k, "quarter") && ordinal >= 1 && ordinal <= 4 && !Is(i, "last") && !(j > i && Is(j, "last"))) kind = 'Q';
    if (Is(k, "half") && ordinal >= 1 && ordinal <= 2) kind = 'H';
    if (!kind) return Season(i);
    ++k;
  }
  if (year == kUnknownYear) {
    std::size_t m = (Is(k, "of") || Is(k, "in")) ? k + 1 : k;
    if (Is(m, "fiscal")) {
      fiscal = true;
      ++m;
    }
    if (const auto y = YearPhrase(m, &e)) {
      year = *y;
      k = e;
    } else if (auto f = Fiscal(m)) {
      year = f->year;
      fiscal = true;
      k = f->last;
    }
  }
  if (year == kUnknownYear) year = RefYear();
  Found f;
  f.first = i;
  f.last = k;
  f.year = year;
  f.grain = kind == 'Q' ? Grain::kQuarter : Grain::kHalf;
  if (kind == 'Q') f.quarter = ordinal;
  const std::string prefix = fiscal && ctx_->style == DateStyle::kContract ? "FY" : "";
  f.value = prefix + YearValue(year) + "-" + kind + std::to_string(ordinal);
  return f;
}

std::optional<Found> Scanner::Season(std::size_t i) {
  const std::size_t j = Is(i, "the") ? i + 1 : i;
  const VocabMatch season = Lex(j, Category::kSeason);
  if (!season.length) return std::nullopt;
  std::size_t k = j + season.length;
  std::size_t e = 0;
  int year = kUnknownYear;
  if (const auto y = YearPhrase(Is(k, "of") ? k + 1 : k, &e)) {
    year = *y;
    k = e;
  } else if (j == i && !(i > 0 && Lex(i - 1, Category::kPrep).length)) {
    return std::nullopt;  // "summer camp"
  }
  if (year == kUnknownYear) year = RefYear();
  Found f;
  f.first = i;
  f.last = k;
  f.year = year;
  f.grain = Grain::kSeason;
  f.value = YearValue(year) + "-" + std::string(season.value);
  return f;
}

std::optional<Found> Scanner::FirstMonths(std::size_t i) {
  // "the first nine months of 2025"
  if (!Is(i, "the") || !(Is(i + 1, "first") || Is(i + 1, "last"))) return std::nullopt;
  std::size_t e = 0;
  bool vague = false;
  const auto count = CountAt(i + 2, &e, &vague);
  if (!count || vague || *count < 2 || *count > 11 || !Is(e, "months")) return std::nullopt;
  std::size_t k = e + 1;
  int year = kUnknownYear;
  if (Is(k, "of")) {
    if (const auto y = YearPhrase(k + 1, &e)) {
      year = *y;
      k = e;
    }
  }
  Found f;
  f.first = i;
  f.last = k;
  if (ctx_->style == DateStyle::kTimeml || Is(i + 1, "last")) {
    f.type = DateType::kDuration;
    f.value = DurationValue(*count, "M");
    return f;
  }
  if (year == kUnknownYear) year = RefYear();
  f.year = year;
  f.grain = Grain::kMonth;
  f.value = MonthValue(year, 1) + "/" + MonthValue(year, *count);
  return f;
}

}  // namespace prextract::internal
