// The scanner's driver: trigger filter, longest match among the rule families, anchor
// bookkeeping, and the token helpers every rule file shares.
#include "temporal/scanner.h"

#include <algorithm>

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

// Every word a rule compares by name (after a number: "5 pm", "9 o'clock", "3 till 5 June"; and
// elsewhere, for safety) that is no trigger word. A rule that comes to read another word after
// a number must add it, or MatchAt would skip that number.
bool NamedByRules(std::string_view w) {
  static const StringSet* const words = new StringSet{
      "after", "ago",   "am",    "an",     "and",    "at",     "before", "between", "calendar", "century",
      "clock", "coming", "comparable", "current", "each", "earlier", "every", "first", "fiscal", "from",
      "fy",    "half",  "in",    "last",   "later",  "latest", "latter", "m",       "months",   "new",
      "next",  "now",   "o",     "of",     "old",    "on",     "or",     "over",    "p",        "past",
      "percent", "period", "pm", "previous", "q",    "quarter", "recent", "s",      "same",     "that",
      "the",   "this",  "through", "to",   "until",  "weeks",  "year",   "years",   "till",     "thru",
      "following", "final", "remaining", "initial", "preceding", "times", "once", "twice", "thrice",
      "million", "billion", "thousand", "hundred", "dollars", "euros", "today", "todays", "hours",
      "usd",   "eur",   "us$",   "rs",     "won",    "mar",    "may",    "march",   "present"};
  return words->count(w) > 0;
}

// Categories read only beside an expression (the word before a year, a tense marker), never at
// its start.
constexpr std::uint32_t kContextCategories =
    CategoryBit(Category::kPrep) | CategoryBit(Category::kNotyear) | CategoryBit(Category::kTense);

// What a trigger word's own entry says of the expressions it may open, whatever follows it.
enum class Start : std::uint8_t {
  kMark,          // "'": opens only before a number ("'90s")
  kThroughNext,   // an article, demonstrative or lead: opens only through the next word
  kRules,         // a rule reads it at its start
  kName,          // a month or weekday name: opens when capitalised
  kNothing,       // a preposition or the like: opens only through a longer phrase
};

Start ClassifyStart(const Vocab& vocab, std::string_view word) {
  // A mark ("-" is a preposition of the lexicon) opens nothing, but for the "'" of "'90s", "'05".
  if (word == "'") return Start::kMark;
  // Articles, demonstratives and leads ("a", "that", "the", "from") are most triggers that reach
  // the rules, and before a plain word ("a company", "that is") they all fail: past such a word
  // they read only numbers, marks, trigger words, duration fillers and the words NamedAtStart
  // lists, and at it only the phrases that start there, all of one word unless a longer one
  // does ("a pair of").
  if (OpensThroughNext(word)) return Start::kThroughNext;
  // Prepositions are most other triggers ("in", "of", "on", "by" begin "prep" phrases), and for
  // such a word every rule fails, without side effects: no number, no month or weekday (the
  // rules read those at their start only when capitalised), no phrase of a category a rule reads
  // at its start, no word a rule names there.
  if ((vocab.FirstWordOf(word)->categories & ~kContextCategories) != 0 || NamedAtStart(word)) return Start::kRules;
  return vocab.Month(word) || vocab.Weekday(word) ? Start::kName : Start::kNothing;
}

// ClassifyStart of every trigger word, by FirstWord::id: the vocabulary is the process's, and
// so is this.
Start StartOf(const Vocab& vocab, const Vocab::FirstWord& word) {
  static const std::vector<Start>* const starts = [&vocab] {
    auto* out = new std::vector<Start>();
    for (const std::string_view w : vocab.FirstWords()) out->push_back(ClassifyStart(vocab, w));
    return out;
  }();
  return (*starts)[word.id];
}

}  // namespace

Scanner::Scanner(const std::vector<Token>& tokens, ScanContext* context)
    : t_(tokens), ctx_(context), vocab_(Vocab::Get()) {
  Reset();
}

void Scanner::Reset() {
  if (lex_.size() < t_.size()) lex_.resize(t_.size());
  if (++paragraph_ == 0) {   // wrapped: no stale entry may pass for current
    std::fill(lex_.begin(), lex_.end(), TokenLex{});
    paragraph_ = 1;
  }
  hits_.clear();   // only longer phrases: a few per paragraph, not worth reserving for
}

inline bool Scanner::IsCandidate(std::size_t i) const {
  if (t_[i].kind == TokenKind::kNumber) return NumberMayOpen(i);
  const TokenLex& lex = lex_[i];
  const Vocab::FirstWord* word = lex.paragraph == paragraph_ ? lex.word : vocab_.FirstWordOf(t_[i].lower);
  return word != nullptr && MayOpen(i, *word);
}

// Most triggers are prepositions ("of", "to", "and") that begin no longer phrase a rule reads
// at its start: the word's entry turns them away, with no look at the next word and no call.
inline bool Scanner::MayOpen(std::size_t i, const Vocab::FirstWord& word) const {
  if (ctx_->try_every_trigger) return true;
  switch (StartOf(vocab_, word)) {
    case Start::kMark:
      return i + 1 < t_.size() && t_[i + 1].kind == TokenKind::kNumber;
    case Start::kThroughNext:
      // Before a plain word ("a company", "that is") only a longer phrase ("a pair of") opens.
      return i + 1 >= t_.size() || !IsPlainWord(i + 1) || LongerPhraseAt(i, word);
    case Start::kRules:
      return true;
    case Start::kName:
      if (t_[i].capital) return true;
      break;
    case Start::kNothing:
      break;
  }
  // The word's own categories are all read beside an expression only (ClassifyStart): a longer
  // phrase starting here may be of a category a rule reads at its start.
  if ((word.longer_categories & ~kContextCategories) == 0) return false;
  return (CategoriesAt(i, word) & ~kContextCategories) != 0;
}

bool Scanner::LongerPhraseAt(std::size_t i, const Vocab::FirstWord& word) const {
  if (lex_[i].paragraph == paragraph_) return lex_[i].longer_phrase;
  return vocab_.MayMatchLonger(word, t_, i) && Record(i, &word).longer_phrase;
}

std::uint32_t Scanner::CategoriesAt(std::size_t i, const Vocab::FirstWord& word) const {
  if (lex_[i].paragraph == paragraph_) return lex_[i].categories;
  if (!vocab_.MayMatchLonger(word, t_, i)) return word.categories;
  return Record(i, &word).categories;
}

std::vector<Found> Scanner::ScanAll() {
  std::vector<Found> out;
  std::size_t i = 0;
  while (i < t_.size()) {
    if (!IsCandidate(i)) {
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

bool Scanner::NumberMayOpen(std::size_t i) const {
  if (ctx_->try_every_trigger) return true;
  // A count that is no year ("2023"), ordinal ("5th"), decade ("1990s") or vocabulary word
  // opens nothing before a plain word ("7 PressRelease", "11 square feet"): past it the rules
  // read only marks, trigger words, duration fillers and the words NamedByRules lists.
  const Token& n = t_[i];
  if (n.ordinal || n.plural || n.digits == 4 || i + 1 >= t_.size() || LookUp(i).trigger_word()) return true;
  return !IsPlainWord(i + 1) || NamedByRules(t_[i + 1].lower);
}

bool Scanner::IsPlainWord(std::size_t i) const {
  const Token& t = t_[i];
  // The duration rule reads fillers after an article's count ("a full year"); they are kept
  // out of NamedAtStart, which would send each "more" to the rules.
  return t.kind == TokenKind::kWord && !LookUp(i).trigger_word() && !NamedAtStart(t.lower) &&
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
  const Vocab::FirstWord* word = vocab_.FirstWordOf(t_[i].lower);
  if (word != nullptr) return Record(i, word);
  // Most words looked up are no trigger ("the company", "a plan"): recorded here, with no call.
  TokenLex& lex = lex_[i];
  lex = TokenLex{.paragraph = paragraph_};
  return lex;
}

const Scanner::TokenLex& Scanner::Record(std::size_t i, const Vocab::FirstWord* word) const {
  TokenLex& lex = lex_[i];
  lex.paragraph = paragraph_;
  lex.word = word;
  lex.longer_phrase = false;
  lex.count = 0;
  if (word == nullptr) {
    lex.categories = 0;
    return lex;
  }
  lex.categories = word->categories;
  lex.first = static_cast<std::uint32_t>(hits_.size());
  vocab_.MatchLonger(*word, t_, i, &hits_);
  if (hits_.size() == lex.first) return lex;
  lex.count = static_cast<std::uint32_t>(hits_.size() - lex.first);
  lex.longer_phrase = true;
  for (std::size_t k = lex.first; k < hits_.size(); ++k) lex.categories |= CategoryBit(hits_[k].category);
  return lex;
}

VocabMatch Scanner::LongestHit(const TokenLex& lex, Category category) const {
  // The longest phrase of the category wins; of two values for one phrase, the later.
  VocabMatch best;
  for (const VocabHit& hit : lex.word->hits) {
    if (hit.category == category) best = VocabMatch{hit.length, hit.value};
  }
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
