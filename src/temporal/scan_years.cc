// Years and the periods named by them: "2023", "2021-2025", "between 2005 and 2007",
// "the 1990s", "the 20th century", "FY2025", "fiscal 2025", "the third quarter of 2023",
// "Q3", "the second half of this year", "summer 2023", "the first nine months of 2025".
#include "temporal/scanner.h"

namespace prextract::internal {
namespace {

bool IsCurrency(std::string_view w) {
  return w == "$" || w == "\u20ac" || w == "\u00a3" || w == "\u00a5" || w == "\u20a9" || w == "#" ||
         w == "usd" || w == "eur" || w == "us$" || w == "rs" || w == "won";
}

bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }

}  // namespace

bool Scanner::YearOk(std::size_t i) const {
  if (i > 0) {
    const Token& prev = t_[i - 1];
    if (IsCurrency(prev.lower) || Lex(i - 1, Category::kNotyear).length) return false;
    if (prev.kind == TokenKind::kNumber && !prev.ordinal) return false;   // "555 2023", "12 2023"
    if (Tight(i) && (prev.lower == "." || prev.lower == "," || prev.lower == "/" || prev.lower == ":")) return false;
    if (Tight(i) && prev.lower == "-" && i > 1 && t_[i - 2].kind == TokenKind::kNumber) return false;
    // "TOKEN2049", "ERC2535": digits glued after letters are part of a name or a code, unless
    // a lost space left them after a preposition ("held in2018").
    if (Tight(i) && prev.kind == TokenKind::kWord && !Lex(i - 1, Category::kPrep).length) return false;
  }
  if (i + 1 < t_.size() && t_[i + 1].kind == TokenKind::kNumber && !t_[i + 1].ordinal) return false;
  if (Tight(i + 1) && (Is(i + 1, "/") || Is(i + 1, ":"))) return false;
  // "BG-8K-1616MA": digits glued to letters are part of a code.
  if (Tight(i + 1) && IsWord(i + 1) && IsAsciiLower(t_[i + 1].lower[0])) return false;
  return true;
}

std::optional<int> Scanner::YearPhrase(std::size_t i, std::size_t* end) const {
  std::size_t e = 0;
  if (const auto y = YearAt(i, &e); y && t_[i].kind == TokenKind::kNumber) {
    *end = e;
    return *y;
  }
  if (!ctx_->reference) return std::nullopt;
  const VocabMatch rel = Lex(i, Category::kRel);
  if (!rel.length || Is(i, "that") || (Is(i, "the") && !Is(i + 1, "current"))) return std::nullopt;
  if (Is(i + rel.length, "year")) {
    *end = i + rel.length + 1;
    return ctx_->reference->year + std::stoi(std::string(rel.value));
  }
  // "of the current financial year"
  if (const VocabMatch fiscal = Lex(i + rel.length, Category::kFiscal); fiscal.length > 1) {
    *end = i + rel.length + fiscal.length;
    return ctx_->reference->year + std::stoi(std::string(rel.value));
  }
  return std::nullopt;
}

std::optional<Found> Scanner::YearExpr(std::size_t i) {
  if (Is(i, "the") && Is(i + 1, "year") && i + 2 < t_.size() && t_[i + 2].kind == TokenKind::kNumber) {
    auto f = YearExpr(i + 2);  // "the year 2025"
    if (f && f->ends.empty()) f->first = i;
    return f;
  }
  const std::size_t lead = (Is(i, "from") || Is(i, "between")) ? 1 : 0;
  const std::size_t j = i + lead;
  std::size_t e = 0;
  const std::optional<int> year = YearAt(j, &e);
  if (!year || t_[j].kind != TokenKind::kNumber || !YearOk(j)) return std::nullopt;
  Found f;
  f.first = j;
  f.last = e;
  f.year = *year;
  f.grain = Grain::kYear;
  f.value = YearValue(*year);
  // "2023 fiscal year" is a fiscal year.
  if (const VocabMatch fiscal = Lex(e, Category::kFiscal); fiscal.length && Is(e + fiscal.length - 1, "year")) {
    f.last = e + fiscal.length;
    if (ctx_->style == DateStyle::kContract) f.value = "FY" + f.value;
    return f;
  }
  // Ranges: "2021-2025", "2000-01", "2013 to 2016", "between 2005 and 2007".
  const bool joiner = lead && Is(i, "between") ? Is(e, "and")
                                               : (Is(e, "-") || Is(e, "to") || Is(e, "through") || Is(e, "until"));
  if (joiner && e + 1 < t_.size() && t_[e + 1].kind == TokenKind::kNumber) {
    std::size_t e2 = 0;
    int second = YearAt(e + 1, &e2).value_or(0);
    if (!second && Is(e, "-") && Tight(e) && Tight(e + 1) && t_[e + 1].digits == 2 && !t_[e + 1].plural) {
      second = *year / 100 * 100 + static_cast<int>(t_[e + 1].number);
      e2 = e + 2;
    }
    if (second > *year && second - *year < 200 && (e2 >= t_.size() || !Is(e2, "-"))) {
      Found b = f;
      b.first = e + 1;
      b.last = e2;
      b.year = second;
      b.value = YearValue(second);
      Found r = b;
      r.first = i;
      r.value = f.value + "/" + b.value;
      r.ends = {f, b};
      return r;
    }
  }
  if (lead) return std::nullopt;
  // "the 1989 period": the quarter last spoken of, in that year
  if (i > 0 && Is(i - 1, "the") && (Is(e, "period") || Is(e, "quarter")) && ctx_->last_grain == Grain::kQuarter &&
      ctx_->last_quarter) {
    f.first = i - 1;
    f.last = e + 1;
    f.value += "-Q" + std::to_string(ctx_->last_quarter);
    return f;
  }
  if (*year < 1000 || (*year < 1900 && i > 0 && !Lex(i - 1, Category::kPrep).length)) return std::nullopt;
  return f;
}

std::optional<Found> Scanner::Decade(std::size_t i) {
  std::size_t j = Is(i, "the") ? i + 1 : i;
  if (Is(j, "'") && Tight(j + 1)) ++j;
  if (j >= t_.size() || t_[j].kind != TokenKind::kNumber) return std::nullopt;
  const Token& n = t_[j];
  Found f;
  f.first = i;
  f.last = j + 1;
  f.grain = Grain::kDecade;
  if (n.plural && n.number % 10 == 0 && (n.digits == 4 || (n.digits == 2 && j > i))) {
    const long full = n.digits == 4 ? n.number : (n.number <= 20 ? 2000 + n.number : 1900 + n.number);
    f.value = std::to_string(full / 10);
    f.year = static_cast<int>(full);
    return f;
  }
  if (n.ordinal && Is(j + 1, "century") && n.number >= 1 && n.number <= 30) {
    f.last = j + 2;
    f.value = TwoDigits(static_cast<int>(n.number - 1));
    return f;
  }
  return std::nullopt;
}

std::optional<Found> Scanner::Fiscal(std::size_t i) {
  // "FY2025", "FY 2025", "FY25", "fiscal 2025", "fiscal year 2025", "Fiscal Year (FY) 2025"
  const VocabMatch fiscal = Lex(i, Category::kFiscal);
  if (!fiscal.length) return std::nullopt;
  std::size_t j = i + fiscal.length;
  if (Is(j, "(") && Is(j + 1, "fy") && Is(j + 2, ")")) j += 3;
  if (j >= t_.size() || t_[j].kind != TokenKind::kNumber || t_[j].plural || t_[j].ordinal) return std::nullopt;
  int year = 0;
  if (t_[j].digits == 4 && t_[j].number >= 1900 && t_[j].number <= 2100) {
    year = static_cast<int>(t_[j].number);
  } else if (t_[j].digits == 2 && Is(i, "fy")) {
    year = 2000 + static_cast<int>(t_[j].number);
  } else {
    return std::nullopt;
  }
  Found f;
  f.first = i;
  f.last = j + 1;
  // "FY2024-25": the fiscal year is named by its first calendar year.
  if (Is(j + 1, "-") && Tight(j + 1) && j + 2 < t_.size() && t_[j + 2].kind == TokenKind::kNumber &&
      Tight(j + 2) && (t_[j + 2].digits == 2 || t_[j + 2].digits == 4)) {
    f.last = j + 3;
  }
  f.year = year;
  f.grain = Grain::kYear;
  f.value = ctx_->style == DateStyle::kContract ? "FY" + YearValue(year) : YearValue(year);
  return f;
}

}  // namespace prextract::internal
