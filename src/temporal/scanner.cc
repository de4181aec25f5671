// The scanner's driver: trigger filter, longest match among the rule families, anchor
// bookkeeping, and the token helpers every rule file shares.
#include "temporal/scanner.h"

namespace prextract::internal {
namespace {

// Every word a rule reads at the token it starts from, or right after a word OpensThroughNext
// lists, directly or through a helper it calls with that token (and a few more, for safety).
// A rule that comes to read another word there must add it, or MatchAt would skip that word.
bool NamedAtStart(std::string_view w) {
  static const StringSet* const words = new StringSet{
      "the",   "a",       "an",        "from",     "between", "fiscal",  "fy",      "last",    "latter",
      "earlier", "later", "comparable", "year",    "recent",  "coming",  "every",   "each",    "over",
      "this",  "that",    "past",      "next",     "first",   "previous", "following", "final", "remaining",
      "initial", "preceding", "latest", "same",    "quarter", "new",
      "calendar"};   // read after "this" / "that" ("this calendar year")
  // Asked of most triggers, which are prepositions: the filter spares them the hashing.
  static const WordFilter* const filter = [] {
    auto* f = new WordFilter();
    for (const std::string& word : *words) f->Add(word);
    return f;
  }();
  return filter->MayHold(w) && words->count(w) > 0;
}

// Words that open an expression only through the word after them: the rules skip them as
// an article ("the first quarter", "a year earlier"), a demonstrative ("that week") or a lead
// ("from 3 to 5 June") and read the next token as the start.
bool OpensThroughNext(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "this" || w == "that" || w == "from" || w == "between";
}

// Categories read only beside an expression (the word before a year, a tense marker), never at
// its start.
constexpr std::uint32_t kContextCategories =
    CategoryBit(Category::kPrep) | CategoryBit(Category::kNotyear) | CategoryBit(Category::kTense);

}  // namespace

Scanner::Scanner(const std::vector<Token>& tokens, ScanContext* context)
    : t_(tokens), ctx_(context), vocab_(Vocab::Get()) {
  Reset();
}

void Scanner::Reset() {
  lex_.assign(t_.size(), TokenLex{});
  hits_.clear();
  hits_.reserve(t_.size());   // rarely outgrown: most tokens start no phrase
}

std::vector<Found> Scanner::ScanAll() {
  std::vector<Found> out;
  std::size_t i = 0;
  while (i < t_.size()) {
    if (!IsTrigger(i) || (!ctx_->try_every_trigger && OpensNothing(i))) {
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

bool Scanner::OpensNothing(std::size_t i) const {
  const Token& t = t_[i];
  if (t.kind == TokenKind::kNumber) return false;
  // A mark ("-" is a preposition of the lexicon) opens nothing, but for the "'" of "'90s", "'05".
  if (t.lower == "'") return !(i + 1 < t_.size() && t_[i + 1].kind == TokenKind::kNumber);
  // Articles, demonstratives and leads ("a", "that", "the", "from") are most triggers that reach
  // the rules, and before a plain word ("a company", "that is") they all fail: past such a word
  // they read only numbers, marks, trigger words, duration fillers and the words NamedAtStart
  // lists, and at it only the phrases that start there, all of one word unless a longer one
  // does ("a pair of").
  if (OpensThroughNext(t.lower)) return !LookUp(i).longer_phrase && i + 1 < t_.size() && IsPlainWord(i + 1);
  // Prepositions are most other triggers ("in", "of", "on", "by" begin "prep" phrases), and for
  // such a word every rule fails, without side effects: no number, no month or weekday (the
  // rules read those at their start only when capitalised), no phrase of a category a rule reads
  // at its start, no word a rule names there.
  if ((LookUp(i).categories & ~kContextCategories) != 0 || NamedAtStart(t.lower)) return false;
  return !(t.capital && (vocab_.Month(t.lower) || vocab_.Weekday(t.lower)));
}

bool Scanner::IsPlainWord(std::size_t i) const {
  const Token& t = t_[i];
  // The duration rule reads fillers after an article's count ("a full year"); they are kept
  // out of NamedAtStart, which would send each "more" to the rules.
  return t.kind == TokenKind::kWord && !LookUp(i).trigger_word && !NamedAtStart(t.lower) &&
         !IsDurationFiller(t.lower);
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

bool Scanner::IsWord(std::size_t i) const { return i < t_.size() && t_[i].kind == TokenKind::kWord; }

bool Scanner::Tight(std::size_t i) const { return i < t_.size() && !t_[i].space_before; }

const Scanner::TokenLex& Scanner::LookUpSlow(std::size_t i) const {
  TokenLex& lex = lex_[i];
  lex.first = static_cast<std::uint32_t>(hits_.size());
  lex.trigger_word = vocab_.MatchAll(t_, i, &hits_);
  lex.count = static_cast<std::uint32_t>(hits_.size() - lex.first);
  for (std::size_t k = lex.first; k < hits_.size(); ++k) {
    lex.categories |= CategoryBit(hits_[k].category);
    lex.longer_phrase = lex.longer_phrase || hits_[k].length > 1;
  }
  lex.looked_up = true;
  return lex;
}

VocabMatch Scanner::LongestHit(const TokenLex& lex, Category category) const {
  // The longest phrase of the category wins; of two values for one phrase, the later.
  VocabMatch best;
  for (std::size_t k = lex.first; k < lex.first + lex.count; ++k) {
    if (hits_[k].category == category) best = VocabMatch{hits_[k].length, hits_[k].value};
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
