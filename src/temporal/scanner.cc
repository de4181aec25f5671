// The scanner's driver: trigger filter, longest match among the rule families, anchor
// bookkeeping, and the token helpers every rule file shares.
#include "temporal/scanner.h"

#include <algorithm>
#include <cstdlib>
#include <initializer_list>

namespace prextract::internal {
namespace {

template <std::size_t N>
const StringSet* SetOf(const std::string_view (&words)[N]) {
  auto* set = new StringSet();
  for (const std::string_view w : words) set->emplace(w);
  return set;
}

// Every word a rule reads at the token it starts from, or right after a word OpensThroughNext
// lists, directly or through a helper it calls with that token (and a few more, for safety).
// A rule that comes to read another word there must add it, or MatchAt would skip that word.
constexpr std::string_view kNamedAtStart[] = {
    "the",   "a",       "an",        "from",     "between", "fiscal",  "fy",      "last",    "latter",
    "earlier", "later", "comparable", "year",    "recent",  "coming",  "every",   "each",    "over",
    "this",  "that",    "past",      "next",     "first",   "previous", "following", "final", "remaining",
    "initial", "preceding", "latest", "same",    "quarter", "new",
    "calendar"};   // read after "this" / "that" ("this calendar year")

bool NamedAtStart(std::string_view w) {
  static const StringSet* const words = SetOf(kNamedAtStart);
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
constexpr std::string_view kNamedByRules[] = {
    "after", "ago",   "am",    "an",     "and",    "at",     "before", "between", "calendar", "century",
    "clock", "coming", "comparable", "current", "each", "earlier", "every", "first", "fiscal", "from",
    "fy",    "half",  "in",    "last",   "later",  "latest", "latter", "m",       "months",   "new",
    "next",  "now",   "o",     "of",     "old",    "on",     "or",     "over",    "p",        "past",
    "percent", "period", "pm", "previous", "q",    "quarter", "recent", "s",      "same",     "that",
    "the",   "this",  "through", "to",   "until",  "weeks",  "year",   "years",   "till",     "thru",
    "following", "final", "remaining", "initial", "preceding", "times", "once", "twice", "thrice",
    "million", "billion", "thousand", "hundred", "dollars", "euros", "today", "todays", "hours",
    "usd",   "eur",   "us$",   "rs",     "won",    "mar",    "may",    "march",   "present"};

bool NamedByRules(std::string_view w) {
  static const StringSet* const words = SetOf(kNamedByRules);
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

// Set in a token's word id (Scanner::WordIds) for a word that opens nothing at its own token,
// whatever follows: a word of Start::kNothing none of whose longer phrases has a category a
// rule reads at its start ("of", "and", "to").
constexpr std::uint32_t kQuietBit = 0x80000000;

bool IsQuiet(const Vocab::FirstWord& word, Start start) {
  return start == Start::kNothing && (word.longer_categories & ~kContextCategories) == 0;
}

// Added to the word id of a word that opens something only with the word after it (WordIdOf):
// before a word WordIds lacks, which goes on no phrase ("the company", "in Iraq", "many people"),
// it opens nothing, and SkipQuiet passes the two: they are the commonest trigger tokens. Words of
// kLowerPairBase do so only in lower case ("may be"); prepositions (kPrepBase) also before a
// first word and such a word when the two begin no phrase of two words ("in the company").
// kWordIdUnknown is outside [kPairBase, kPairBase + 3 * kIdSpan); masking with kIdSpan - 1
// gives FirstWord::id back.
constexpr std::uint32_t kIdSpan = 1 << 20;
constexpr std::uint32_t kPairBase = 0x40000000;
constexpr std::uint32_t kLowerPairBase = kPairBase + kIdSpan;
constexpr std::uint32_t kPrepBase = kPairBase + 2 * kIdSpan;

// Each rule family of MatchAt, as a bit of RulesAt's mask; and two traits of a word that the
// tests of other families read.
enum RuleBit : std::uint32_t {
  kCalendarRule = 1 << 0, kYearRule = 1 << 1, kPeriodRule = 1 << 2, kFirstMonthsRule = 1 << 3,
  kDecadeRule = 1 << 4, kFiscalRule = 1 << 5, kTimeRule = 1 << 6, kPartOfRule = 1 << 7,
  kDeicticRule = 1 << 8, kAnaphoricRule = 1 << 9, kDurationRule = 1 << 10, kSetRule = 1 << 11,
  kRefRule = 1 << 12,
  kTheWord = 1 << 16, kLeadWord = 1 << 17,   // "the"; "from" or "between"
  kPeriodWord = 1 << 18,   // a word PeriodOfYear reads by name at its start
};
constexpr std::uint32_t kAnyRule = (kRefRule << 1) - 1;   // every family, kCalendarRule to kRefRule

// The families a word opens by its spelling: each test is the first test of its rule, which
// returns nothing without it (and with no side effect). A rule that comes to open at another
// word must add it here.
std::uint32_t SpelledRules(std::string_view w) {
  std::uint32_t rules = 0;
  if (w == "the") rules |= kTheWord | kFirstMonthsRule | kPartOfRule | kDecadeRule | kAnaphoricRule | kDurationRule;
  if (w == "from" || w == "between") rules |= kLeadWord;
  if (w == "'") rules |= kDecadeRule;
  if (w == "a" || w == "earlier" || w == "later" || w == "comparable" || w == "year") rules |= kAnaphoricRule;
  if (IsDirection(w) || w == "recent") rules |= kDurationRule;
  if (w == "every" || w == "each") rules |= kSetRule;
  if (w == "fiscal" || w == "last" || w == "latter") rules |= kPeriodWord;
  return rules;
}

// SpelledRules of a trigger word, by FirstWord::id, computed once: MatchAt asks it at every start.
std::uint32_t SpelledRulesOf(const Vocab& vocab, const Vocab::FirstWord* word, std::string_view w) {
  static const std::vector<std::uint32_t>* const rules = [&vocab] {
    auto* out = new std::vector<std::uint32_t>();
    for (const std::string_view first : vocab.FirstWords()) out->push_back(SpelledRules(first));
    return out;
  }();
  return word == nullptr ? SpelledRules(w) : (*rules)[word->id];
}

// The families whose first test is a category of the phrases at the token.
std::uint32_t CategoryRules(std::uint32_t categories) {
  const auto any = [categories](std::initializer_list<Category> of) {
    for (const Category c : of) {
      if (categories & CategoryBit(c)) return true;
    }
    return false;
  };
  std::uint32_t rules = 0;
  if (any({Category::kFiscal})) rules |= kFiscalRule;
  if (any({Category::kClock})) rules |= kTimeRule;
  if (any({Category::kPart})) rules |= kPartOfRule;
  if (any({Category::kDay, Category::kRel})) rules |= kDeicticRule;
  if (any({Category::kMod, Category::kVaguedur, Category::kVague, Category::kNum})) rules |= kDurationRule;
  if (any({Category::kSet, Category::kSetc})) rules |= kSetRule;
  if (any({Category::kRef, Category::kRefc})) rules |= kRefRule;
  return rules;
}

// A token looks up only words of letters and ASCII marks.
bool MayBeLookedUp(std::string_view w) {
  return !w.empty() && std::none_of(w.begin(), w.end(), [](char c) { return c == '\0' || (c & 0x80) != 0; });
}

// Adds `words` the table does not hold yet, no first words of the vocabulary, as named words.
template <typename Words>
void AddNamed(const Words& words, WordKeyTable* ids) {
  for (const std::string_view w : words) {
    if (MayBeLookedUp(w) && ids->Find(WordKeyTable::KeyOf(w)) == kNoWordId) ids->Insert(w, kNamedWordId);
  }
}

// Counts and the words that open only a duration ("one", "many", "about"): their rule reads
// its unit after them (DurationMayGoOn).
constexpr std::uint32_t kCountCategories = CategoryBit(Category::kNum) | CategoryBit(Category::kMod) |
                                           CategoryBit(Category::kVague);

// The word id of `word`, spelled `w`, in WordIds: marked quiet, or as a word that opens nothing
// before a word no phrase goes on with, where MayOpen and RulesAt show it. An article or lead
// passes only to the next word (MayOpen: IsPlainWord, LongerPhraseAt); a preposition's own
// categories are all of kContextCategories (ClassifyStart), and a month or weekday name in
// lower case is one; a count word's only family is the duration, which needs a unit, and it
// names no period, calendar date or rule word at its start.
std::uint32_t WordIdOf(const Vocab& vocab, const Vocab::FirstWord& word, std::string_view w) {
  const Start start = StartOf(vocab, word);
  if (IsQuiet(word, start)) return word.id | kQuietBit;
  if (start == Start::kThroughNext) return word.id | kPairBase;
  if (start == Start::kNothing) return word.id | kPrepBase;
  if (start == Start::kName) return word.id | kLowerPairBase;
  const bool count_only = start == Start::kRules && (word.categories & ~(kContextCategories | kCountCategories)) == 0 &&
                          SpelledRules(w) == 0 && !NamedAtStart(w) && word.month == 0 && word.weekday == 0;
  return count_only ? word.id | kPairBase : word.id;
}

}  // namespace

const WordKeyTable& Scanner::WordIds() {
  static const WordKeyTable* const table = [] {
    const Vocab& vocab = Vocab::Get();
    auto* ids = new WordKeyTable();
    const std::vector<std::string_view> words = vocab.FirstWords();
    if (words.size() > kIdSpan) std::abort();   // WordIdOf's ids would overlap
    for (std::uint32_t id = 0; id < words.size(); ++id) {
      const std::string_view w = words[id];
      if (!MayBeLookedUp(w)) continue;
      const Vocab::FirstWord& word = vocab.FirstWordById(id);
      if (w.size() > WordKeyTable::kMaxSize) {
        ids->Insert(w, kWordIdUnknown);   // a longer word's first eight letters: FirstWordOf tells
      } else {
        ids->Insert(w, WordIdOf(vocab, word, w));
      }
    }
    // The words the skips name (IsPlainWord, NumberMayOpen): a word the table lacks is none.
    AddNamed(kNamedAtStart, ids);
    AddNamed(kNamedByRules, ids);
    AddNamed(kDurationFillers, ids);
    // And the later words of phrases: a word the table lacks continues no phrase (NextMayExtend).
    AddNamed(vocab.LaterWords(), ids);
    return ids;
  }();
  return *table;
}

Scanner::Scanner(const TokenVector& tokens, ScanContext* context)
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

inline const Vocab::FirstWord* Scanner::FirstWordAt(std::size_t i) const {
  const std::uint32_t id = t_[i].word_id;
  if (id >= kNamedWordId) return nullptr;   // and kNoWordId
  return id == kWordIdUnknown ? vocab_.FirstWordOf(t_[i].lower) : &vocab_.FirstWordById(id & (kIdSpan - 1));
}

// Called for tokens whose word id is no skip's: numbers, triggers, words not looked up.
inline bool Scanner::IsCandidate(std::size_t i) const {
  if (t_[i].kind == TokenKind::kNumber) return NumberMayOpen(i);
  const Vocab::FirstWord* word = FirstWordAt(i);
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

// WordIds holds every later word of a phrase: a next word it lacks ("the company", "in Iraq")
// extends none, and the word's entry answers with no filter test.
bool Scanner::NextMayExtend(std::size_t i, const Vocab::FirstWord& word) const {
  return i + 1 < t_.size() && t_[i + 1].word_id != kNoWordId && vocab_.MayMatchLonger(word, t_, i);
}

bool Scanner::LongerPhraseAt(std::size_t i, const Vocab::FirstWord& word) const {
  if (lex_[i].paragraph == paragraph_) return lex_[i].longer_phrase;
  return NextMayExtend(i, word) && Record(i, &word).longer_phrase;
}

std::uint32_t Scanner::CategoriesAt(std::size_t i, const Vocab::FirstWord& word) const {
  if (lex_[i].paragraph == paragraph_) return lex_[i].categories;
  if (!NextMayExtend(i, word)) return word.categories;
  return Record(i, &word).categories;
}

// The first token from `p` on whose word id is below `skip_from`, or `end`. Apart from ScanAll,
// whose other locals crowd the registers, the loop keeps its bounds in them; four tokens a
// step, most runs of quiet words being longer, it tests the end once for four.
static const Token* NextBelow(const Token* p, const Token* end, std::uint32_t skip_from) {
  for (; end - p >= 4; p += 4) {
    if (p[0].word_id < skip_from) return p;
    if (p[1].word_id < skip_from) return p + 1;
    if (p[2].word_id < skip_from) return p + 2;
    if (p[3].word_id < skip_from) return p + 3;
  }
  while (p != end && p->word_id >= skip_from) ++p;
  return p;
}

// Whether `p`, before `end`, is a word of the pair ranges (kPairBase) that opens nothing where
// it stands, as IsCandidate or RulesAt would find (WordIdOf): before a word WordIds lacks, which
// is no later word of any phrase, or for a preposition before a first word with which it
// begins no phrase of two words, and then such a word.
static bool OpensNothingBeforeNext(const Token* p, const Token* end, const Vocab& vocab) {
  const std::uint32_t pair = p[0].word_id - kPairBase;
  if (pair >= 3 * kIdSpan || (pair - kIdSpan < kIdSpan && p[0].capital) || end - p < 2) return false;
  if (p[1].word_id == kNoWordId && p[1].kind == TokenKind::kWord) return true;
  // A preposition before a first word ("in the"): a longer phrase needs a later word third.
  const std::uint32_t next = p[1].word_id;
  if (pair < 2 * kIdSpan || end - p < 3 || next >= kNamedWordId || next == kWordIdUnknown ||
      p[2].word_id != kNoWordId) {
    return false;
  }
  return !vocab.MayBeTwoWordPhrase(pair & (kIdSpan - 1), next & (kIdSpan - 1));
}

// NextBelow, also passing each word that OpensNothingBeforeNext, unless every trigger is tried
// (`vocab` null). Some tenth of all tokens are such words ("the", "in", "a"), and most of
// them would cost a return to ScanAll and a look at their entries and the next word.
[[gnu::noinline]] static const Token* SkipQuiet(const Token* p, const Token* end, std::uint32_t skip_from,
                                                const Vocab* vocab) {
  for (;;) {
    p = NextBelow(p, end, skip_from);
    if (p == end || vocab == nullptr || !OpensNothingBeforeNext(p, end, *vocab)) return p;
    ++p;   // the word after it is quiet, or a candidate of its own
  }
}

std::vector<Found> Scanner::ScanAll() {
  std::vector<Found> out;
  // Most tokens are words that open nothing, and their word ids say so: a tight loop passes
  // them. Trying every trigger, only the words that are none are passed.
  const Token* const tokens = t_.data();
  const std::size_t n = t_.size();
  const std::uint32_t skip_from = ctx_->try_every_trigger ? kNoWordId : kQuietBit;
  const Vocab* const pairs_of = ctx_->try_every_trigger ? nullptr : &vocab_;
  std::size_t i = 0;
  while (i < n) {
    i = static_cast<std::size_t>(SkipQuiet(tokens + i, tokens + n, skip_from, pairs_of) - tokens);
    if (i == n) break;
    if (!IsCandidate(i)) {
      ++i;
      continue;
    }
    // Most candidates open no family once the token after them is read ("that is", "one of").
    const std::uint32_t rules = RulesAt(i);
    std::optional<Found> f = (rules & kAnyRule) != 0 ? MatchAt(i, rules) : std::nullopt;
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
  if (t_[i + 1].kind == TokenKind::kPunct) return MarkMayFollowCount(i + 1);
  if (!IsPlainWord(i + 1)) return true;
  return t_[i + 1].word_id != kNoWordId && NamedByRules(t_[i + 1].lower);   // WordIds holds those words
}

// RulesAt's tests of the mark after a count (no year, ordinal or decade), which open nothing
// past most marks ("5,", "20%", "3)"): a clock time reads ":", a numeric date "/" or "."
// before a number, and a mark the word table holds ("-", "'", a folded dash) may go on with
// a duration or a range. A mark it lacks is no part of a duration (DurationPartAt), no joiner
// and no month name.
bool Scanner::MarkMayFollowCount(std::size_t j) const {
  const Token& mark = t_[j];
  if (mark.word_id != kNoWordId || mark.lower == ":") return true;
  if (mark.lower == "/" || mark.lower == ".") return j + 1 < t_.size() && t_[j + 1].kind == TokenKind::kNumber;
  return false;
}

bool Scanner::IsPlainWord(std::size_t i) const {
  const Token& t = t_[i];
  if (t.kind != TokenKind::kWord) return false;
  if (t.word_id == kNoWordId) return true;   // WordIds holds every word this would look for
  // The duration rule reads fillers after an article's count ("a full year"); they are kept
  // out of NamedAtStart, which would send each "more" to the rules.
  return !LookUp(i).trigger_word() && !NamedAtStart(t.lower) && !IsDurationFiller(t.lower);
}

// The families that may open at token i; the others would return at their first test.
std::uint32_t Scanner::RulesAt(std::size_t i) const {
  if (ctx_->try_every_trigger) return ~std::uint32_t{0};
  const Token& t = t_[i];
  const TokenLex& lex = LookUp(i);
  std::uint32_t rules = CategoryRules(lex.categories);
  const bool number = t.kind == TokenKind::kNumber;
  rules |= number ? NumberRulesAt(i) : NarrowSpelled(i, SpelledRulesOf(vocab_, lex.word, t.lower));
  const bool the = (rules & kTheWord) != 0, lead = (rules & kLeadWord) != 0;
  // At its own token, a lowercase word other than "the" begins no calendar date, and a word
  // of none of these categories or names no period of the year: their tests are spared.
  if ((number || the || lead || t.capital) && CalendarMayStart(i + (lead ? 1 : 0))) rules |= kCalendarRule;
  if ((lead && i + 1 < t_.size() && t_[i + 1].kind == TokenKind::kNumber) || (the && Is(i + 1, "year"))) {
    rules |= kYearRule;
  }
  constexpr std::uint32_t kPeriodCategories = CategoryBit(Category::kPeriodmark) | CategoryBit(Category::kSeason) |
                                              CategoryBit(Category::kRel) | CategoryBit(Category::kOrd);
  const bool period = number || the || (rules & kPeriodWord) != 0 || (lex.categories & kPeriodCategories) != 0;
  if (period && PeriodMayStart(the ? i + 1 : i)) rules |= kPeriodRule;
  return lex.longer_phrase ? rules : NarrowOneWord(i, lex.categories, rules);
}

// The families a number opens, each by its rule's first tests of the number and the token
// after it: a year has four digits (YearAt), a decade is "1990s" or "20th century", a clock
// time an hour before ":", "am" or "p.m." (ClockAt), a count no ordinal or plural (CountAt).
std::uint32_t Scanner::NumberRulesAt(std::size_t i) const {
  const Token& t = t_[i];
  const bool bare = !t.ordinal && !t.plural;
  std::uint32_t rules = 0;
  if (t.digits == 4 && bare) rules |= kYearRule;
  const bool decade = t.plural && t.digits == 4 && t.number % 10 == 0;
  if (decade || (t.ordinal && Is(i + 1, "century"))) rules |= kDecadeRule;
  if (t.digits <= 2 && t.number <= 24 && bare && ClockMarkAt(i + 1)) rules |= kTimeRule;
  if (bare && t.digits <= 4) rules |= kDurationRule;
  return rules;
}

bool Scanner::ClockMarkAt(std::size_t j) const {
  return Is(j, ":") || Is(j, "am") || Is(j, "pm") || Is(j, "a") || Is(j, "p") || Is(j, "o");
}

// Drops from `rules`, the families token i's spelling opens, those whose test of the word
// after it fails: "the" opens "the first nine months", "the mid-1990s", "the '90s", "the
// 1990s" and the anaphoric "the quarter", "the day before" only before such a word.
std::uint32_t Scanner::NarrowSpelled(std::size_t i, std::uint32_t rules) const {
  if ((rules & kFirstMonthsRule) && !Is(i + 1, "first") && !Is(i + 1, "last")) rules &= ~kFirstMonthsRule;
  // "every Monday", "each June"; a set phrase ("every year") is opened by its category.
  if ((rules & kSetRule) && !(i + 1 < t_.size() && t_[i + 1].capital)) rules &= ~kSetRule;
  if ((rules & kPartOfRule) && !HasCategory(i + 1, Category::kPart)) rules &= ~kPartOfRule;
  if ((rules & kDecadeRule) && !DecadeMayStart(i)) rules &= ~kDecadeRule;
  if ((rules & kAnaphoricRule) && !AnaphoricMayStart(i)) rules &= ~kAnaphoricRule;
  return rules;
}

// Anaphoric's tests of the words after its start, without its side effects.
bool Scanner::AnaphoricMayStart(std::size_t i) const {
  if (Is(i, "earlier") || Is(i, "later")) {
    const std::size_t j = Is(i + 1, "in") || Is(i + 1, "on") ? i + 2 : i + 1;
    return Is(j, "the") || Is(j, "that");
  }
  const std::size_t j = Is(i, "the") || Is(i, "a") ? i + 1 : i;
  const std::size_t k = Is(j, "comparable") ? j + 1 : j;
  if (Is(k, "year") && Is(k + 1, "-")) return true;
  if (!Is(i, "the")) return false;
  const std::size_t q = Is(k, "latest") || Is(k, "recent") || Is(k, "same") ? k + 1 : k;
  if (Is(q, "quarter")) return !Is(q + 1, "of") && !Is(q + 1, "-");
  if (Is(q, "new") && Is(q + 1, "year")) return true;
  return HasCategory(i + 1, Category::kUnit) && (Is(i + 2, "before") || Is(i + 2, "after") || Is(i + 2, "earlier"));
}

// Decade's tests: "the" or "'" before a plural number ("the 1990s", "'90s") or an ordinal
// before "century".
bool Scanner::DecadeMayStart(std::size_t i) const {
  std::size_t j = Is(i, "the") ? i + 1 : i;
  if (Is(j, "'")) ++j;
  if (j >= t_.size() || t_[j].kind != TokenKind::kNumber) return false;
  return t_[j].plural || (t_[j].ordinal && Is(j + 1, "century"));
}

// At a token whose phrases are all one word, Duration and Deictic read the next token: a
// duration goes on with its count or unit (DurationMayGoOn), a relative word with its unit,
// part of day, fiscal year or name (DeicticMayGoOn). A vague duration ("for years") or a day
// word ("today") is whole in itself.
std::uint32_t Scanner::NarrowOneWord(std::size_t i, std::uint32_t categories, std::uint32_t rules) const {
  if ((rules & kDurationRule) && (categories & CategoryBit(Category::kVaguedur)) == 0 && !DurationMayGoOn(i + 1)) {
    rules &= ~kDurationRule;
  }
  if ((rules & kDeicticRule) && (categories & CategoryBit(Category::kDay)) == 0 && !DeicticMayGoOn(i + 1)) {
    rules &= ~kDeicticRule;
  }
  return rules;
}

// Whether a duration may go on at token j, after a one-word start: every token DurationFrom
// reads from there to the unit is a part of one (DurationPartAt), up to the unit or to a token
// that begins a longer phrase ("a couple of"), whose words may be none.
bool Scanner::DurationMayGoOn(std::size_t j) const {
  for (std::size_t k = j; DurationPartAt(k); ++k) {
    const TokenLex& lex = LookUp(k);
    if (lex.longer_phrase || (lex.categories & CategoryBit(Category::kUnit)) != 0) return true;
  }
  return false;
}

// What DurationFrom reads: "the", a direction, a count (a number, a number word, a vague one),
// a range's "-", "to" or "or", a filler, the unit's "-" or the unit.
bool Scanner::DurationPartAt(std::size_t j) const {
  if (j >= t_.size() || t_[j].word_id == kNoWordId) return false;   // WordIds holds every word read here
  const Token& t = t_[j];
  constexpr std::uint32_t kGoesOn =
      CategoryBit(Category::kUnit) | CategoryBit(Category::kNum) | CategoryBit(Category::kVague);
  if (t.kind == TokenKind::kNumber || (LookUp(j).categories & kGoesOn) != 0) return true;
  return t.lower == "the" || t.lower == "-" || t.lower == "to" || t.lower == "or" || IsDirection(t.lower) ||
         IsDurationFiller(t.lower);
}

// What Deictic reads after a one-word relative word ("this", "that", "next"), past "calendar":
// a part of day, a fiscal year, a unit, a season, or a capitalised month or weekday.
bool Scanner::DeicticMayGoOn(std::size_t j) const {
  if (Is(j, "calendar")) ++j;
  if (j >= t_.size()) return false;
  constexpr std::uint32_t kGoesOn = CategoryBit(Category::kPod) | CategoryBit(Category::kFiscal) |
                                    CategoryBit(Category::kUnit) | CategoryBit(Category::kSeason);
  return t_[j].capital || (LookUp(j).categories & kGoesOn) != 0;
}

bool Scanner::HasCategory(std::size_t i, Category category) const {
  return i < t_.size() && t_[i].word_id != kNoWordId && (LookUp(i).categories & CategoryBit(category)) != 0;
}

// ParseCalendar reads a date at a day number before a month ("5 June", "5th of June"), a
// numeric date ("2023-05-25"), "the" and an ordinal day, or a capitalised month or weekday;
// CalendarDate's range also opens at a day before a joiner ("3 to 5 June").
bool Scanner::CalendarMayStart(std::size_t j) const {
  if (j >= t_.size()) return false;
  const Token& t = t_[j];
  if (t.kind == TokenKind::kNumber) {
    const auto number_at = [this](std::size_t k) { return k < t_.size() && t_[k].kind == TokenKind::kNumber; };
    const auto capital_at = [this](std::size_t k) { return k < t_.size() && t_[k].capital; };
    const bool sep = Is(j + 1, "-") || Is(j + 1, "/") || Is(j + 1, ".");
    if (sep && number_at(j + 2) && number_at(j + 4) && t_[j + 3].lower == t_[j + 1].lower) return true;
    const bool day = t.digits <= 2 && t.number >= 1 && t.number <= 31 && !t.plural;
    if (!day || j + 1 >= t_.size()) return false;
    if (Is(j + 1, "of")) return capital_at(j + 2);
    // A day range: "3 to 5 June", "3-5 June", "3 to the 5th of June".
    if (IsJoiner(j + 1)) return Is(j + 2, "the") || (number_at(j + 2) && (Is(j + 3, "of") || capital_at(j + 3)));
    return MonthAt(j + 1);
  }
  if (t.capital) {
    const Vocab::FirstWord* word = LookUp(j).word;
    if (word != nullptr && (word->month != 0 || word->weekday != 0)) return true;
  }
  return Is(j, "the") && j + 1 < t_.size() && t_[j + 1].kind == TokenKind::kNumber && t_[j + 1].ordinal;
}

// A range joiner of CalendarDate ("to", "-", "through", "until", "till", "thru"; "and" after "between").
bool Scanner::IsJoiner(std::size_t j) const {
  return Is(j, "to") || Is(j, "-") || Is(j, "through") || Is(j, "until") || Is(j, "till") || Is(j, "thru") ||
         Is(j, "and");
}

// A capitalised month name or abbreviation, as DayFirst reads after a day.
bool Scanner::MonthAt(std::size_t j) const {
  if (!t_[j].capital) return false;
  const Vocab::FirstWord* word = LookUp(j).word;
  return word != nullptr && word->month != 0;
}

// PeriodOfYear's tests at j, without its side effects: a season or a period mark ("Q3") opens
// it; a year ("2023 third quarter") or a relative year ("this year's third quarter"; never
// "that") only before an ordinal; an ordinal, "last" or "latter" only before "quarter" or "half".
// RulesAt asks at a word only of those categories or names: a new name must join kPeriodWord.
bool Scanner::PeriodMayStart(std::size_t j) const {
  if (j >= t_.size()) return true;
  const Token& t = t_[j];
  if (t.word_id == kNoWordId) return false;   // no category, and none of the words named here
  const TokenLex& lex = LookUp(j);
  constexpr std::uint32_t kOpeners = CategoryBit(Category::kPeriodmark) | CategoryBit(Category::kSeason);
  if ((lex.categories & kOpeners) != 0 || Is(j, "fiscal")) return true;
  if (t.kind == TokenKind::kNumber && t.digits == 4 && !t.plural && !t.ordinal && OrdinalAt(j + 1)) return true;
  // The tests below read a relative word or an ordinal at j; where a longer phrase is one, its
  // length moves them on, and the rule is tried.
  constexpr std::uint32_t kReadAtStart = CategoryBit(Category::kRel) | CategoryBit(Category::kOrd);
  if ((lex.categories & kReadAtStart) == 0 && !Is(j, "last") && !Is(j, "latter")) return false;
  if (lex.longer_phrase) return true;
  if ((lex.categories & CategoryBit(Category::kRel)) != 0 && !Is(j, "that") &&
      (Is(j + 1, "year") ? OrdinalAt(j + 2) : HasCategory(j + 1, Category::kFiscal))) {
    return true;
  }
  if ((lex.categories & CategoryBit(Category::kOrd)) == 0 && !Is(j, "last") && !Is(j, "latter")) return false;
  // An ordinal names a quarter or a half only before the word ("third-quarter", "first fiscal quarter").
  std::size_t k = Is(j + 1, "-") ? j + 2 : j + 1;
  if (Is(k, "fiscal")) k += Is(k + 1, "-") ? 2 : 1;
  return Is(k, "quarter") || Is(k, "half");
}

// What PeriodOfYear reads after a year phrase: an ordinal ("2023 third quarter") or "'s".
bool Scanner::OrdinalAt(std::size_t j) const { return Is(j, "'") || HasCategory(j, Category::kOrd); }

std::optional<Found> Scanner::MatchAt(std::size_t i, std::uint32_t rules) {
  std::optional<Found> best;
  auto consider = [&best](std::optional<Found> f) {
    if (f && (!best || f->last > best->last)) best = std::move(f);
  };
  if (rules & kCalendarRule) consider(CalendarDate(i));
  if (rules & kYearRule) consider(YearExpr(i));
  if (rules & kPeriodRule) consider(PeriodOfYear(i));
  if (rules & kFirstMonthsRule) consider(FirstMonths(i));
  if (rules & kDecadeRule) consider(Decade(i));
  if (rules & kFiscalRule) consider(Fiscal(i));
  if (rules & kTimeRule) consider(TimeExpr(i));
  if (rules & kPartOfRule) consider(PartOf(i));
  if (rules & kDeicticRule) consider(Deictic(i));
  if (rules & kAnaphoricRule) consider(Anaphoric(i));
  if (rules & kDurationRule) consider(Duration(i));
  if (rules & kSetRule) consider(SetExpr(i));
  if (rules & kRefRule) consider(RefExpr(i));
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
  const Vocab::FirstWord* word = FirstWordAt(i);
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

}  // namespace prextract::internal
