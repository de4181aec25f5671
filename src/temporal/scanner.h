// The temporal scanner: a small token-level grammar run once over each paragraph. Each
// position that can start an expression (a number, a month or weekday, a word of the
// temporal vocabulary) is tried against the rule families below; the longest match wins
// and scanning resumes after it.
#ifndef PREXTRACT_TEMPORAL_SCANNER_H_
#define PREXTRACT_TEMPORAL_SCANNER_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "prextract/extract.h"
#include "prextract/release.h"
#include "temporal/calendar.h"
#include "temporal/tokens.h"
#include "temporal/vocab.h"

namespace prextract::internal {

enum class Grain { kNone, kDay, kWeek, kMonth, kQuarter, kHalf, kSeason, kYear, kDecade };

/// What the scanner has read so far in a document: the anchor for anaphoric expressions.
struct ScanContext {
  std::optional<Ymd> reference;     // the reference date, if any
  bool month_first = true;          // 05/06/2023 is May 6 (US) rather than 5 June
  DateStyle style = DateStyle::kContract;
  std::optional<Ymd> last_day;      // the last day-precise date mentioned
  int last_year = kUnknownYear;     // the year of the last dated mention
  int last_quarter = 0;             // the last quarter mentioned (1..4), 0 none
  Grain last_grain = Grain::kNone;
  bool missing_reference = false;   // a value stayed underspecified for want of a reference
  // Tries every rule at every trigger token, also those that open nothing: tests compare the
  // two ways to check that the skips (of tokens, and of rules at a token) drop no expression.
  bool try_every_trigger = false;
};

/// One temporal expression: a token range and its normal form.
struct Found {
  std::size_t first = 0;   // token range [first, last)
  std::size_t last = 0;
  DateType type = DateType::kDate;
  std::string value;
  Grain grain = Grain::kNone;
  std::optional<Ymd> day;   // the day it names (for anaphora)
  int year = kUnknownYear;  // the year it names (for anaphora)
  int quarter = 0;
  bool anaphoric = false;   // resolved against an earlier mention: does not become the anchor
  // A range ("from 3 to 5 June") keeps its two ends for TimeML's tagging.
  std::vector<Found> ends;
};

/// A date read from text before it is resolved: fields left at 0 / kUnknownYear are unsaid.
struct CalendarParts {
  int year = kUnknownYear;
  int month = 0;
  int day = 0;
  int weekday = 0;
  std::string pod;       // a part of day between weekday and date ("Monday morning, July 4")
  std::size_t end = 0;   // token index after the date
};

/// Token::word_id, in Scanner::WordIds, of a word that begins no phrase but that a rule reads by
/// name ("s", "more", "percent") or that goes on a phrase ("future"): it opens nothing at its own
/// token, and ScanAll passes it with no lookup (it is above kQuietBit), but it is not kNoWordId.
inline constexpr std::uint32_t kNamedWordId = 0xFFFFFFFE;

class Scanner {
 public:
  /// REQUIRES: `tokens` and `context` outlive the scanner.
  Scanner(const TokenVector& tokens, ScanContext* context);

  /// Forgets what was looked up in the tokens, which the caller has refilled: one scanner, and
  /// its buffers, then serves paragraph after paragraph without allocating for each.
  void Reset();

  /// Every expression in token order, non-overlapping; updates the context's anchor.
  std::vector<Found> ScanAll();

  /// A calendar date with day, month and year all stated at token i (for published dates).
  std::optional<Found> FullDateAt(std::size_t i);

  /// The table TokenizeLowered looks words up in for the tokens ScanAll reads: the words
  /// Vocab::FirstWordOf knows, by FirstWord::id with a mark on those that open nothing at their
  /// own token and another on those that open nothing before a word the table lacks, the first eight letters of its longer words (kWordIdUnknown), and the words the
  /// rules name or that go on a phrase (kNamedWordId), so that ScanAll passes most words with no
  /// lookup of their text.
  static const WordKeyTable& WordIds();

 private:
  // Whether token i, a number or a trigger word, may open an expression. Most words of prose
  // begin no phrase: one probe turns them away, and they are not recorded unless a rule comes
  // to ask about them. Defined beside ScanAll, their one caller, so that they are inlined.
  bool IsCandidate(std::size_t i) const;
  // FirstWordOf token i's word: by the id its token holds, when the tokenizer looked it up.
  const Vocab::FirstWord* FirstWordAt(std::size_t i) const;
  bool NumberMayOpen(std::size_t i) const;   // IsCandidate for a number
  bool MayOpen(std::size_t i, const Vocab::FirstWord& word) const;   // IsCandidate for a trigger word
  // What the lookup of trigger word i, spelled `word`, finds: whether a longer phrase starts
  // there, and the categories of every phrase there. Asked only when the word's own entry
  // cannot tell; the search for longer phrases is made only when the next word may extend one.
  bool LongerPhraseAt(std::size_t i, const Vocab::FirstWord& word) const;
  std::uint32_t CategoriesAt(std::size_t i, const Vocab::FirstWord& word) const;
  bool NextMayExtend(std::size_t i, const Vocab::FirstWord& word) const;   // Vocab::MayMatchLonger, sooner
  bool MarkMayFollowCount(std::size_t j) const;   // NumberMayOpen at a mark j after the count
  bool IsPlainWord(std::size_t i) const;    // a word no rule reads after "the" and its kind
  std::optional<Found> MatchAt(std::size_t i, std::uint32_t rules);   // tries `rules`, RulesAt(i)
  // The rule families (RuleBit) whose first test token i passes: MatchAt calls only those, as
  // the others would return at that test. Most trigger words open one family or none.
  std::uint32_t RulesAt(std::size_t i) const;
  // RulesAt's parts: each repeats, with no side effect, the tests a rule makes of the tokens
  // after its start, so that the rule is not called where they fail.
  std::uint32_t NumberRulesAt(std::size_t i) const;
  std::uint32_t NarrowSpelled(std::size_t i, std::uint32_t rules) const;
  std::uint32_t NarrowOneWord(std::size_t i, std::uint32_t categories, std::uint32_t rules) const;
  bool AnaphoricMayStart(std::size_t i) const;
  bool DecadeMayStart(std::size_t i) const;
  bool DurationMayGoOn(std::size_t j) const;
  bool DurationPartAt(std::size_t j) const;
  bool MonthAt(std::size_t j) const;
  bool DeicticMayGoOn(std::size_t j) const;
  bool ClockMarkAt(std::size_t j) const;   // what ClockAt reads after an hour
  bool IsJoiner(std::size_t j) const;
  bool OrdinalAt(std::size_t j) const;
  bool HasCategory(std::size_t i, Category category) const;   // of any phrase at token i
  bool CalendarMayStart(std::size_t j) const;   // CalendarDate's first tests at j (after a lead)
  bool PeriodMayStart(std::size_t j) const;   // PeriodOfYear's first tests at j (after "the")
  void Remember(const Found& f);

  // scan_calendar.cc: dates written with month names, numeric dates, weekdays, times.
  std::optional<Found> CalendarDate(std::size_t i);
  std::optional<CalendarParts> MonthFirst(std::size_t i) const;
  std::optional<CalendarParts> DayFirst(std::size_t i) const;
  std::optional<CalendarParts> NumericDate(std::size_t i) const;
  std::optional<CalendarParts> ParseCalendar(std::size_t i) const;
  bool MonthWordOk(std::size_t i) const;
  std::optional<int> YearAt(std::size_t i, std::size_t* end) const;
  std::optional<int> DayAt(std::size_t i, std::size_t* end) const;
  Found ResolveCalendar(const CalendarParts& parts, std::size_t first);
  std::optional<Found> DayRange(std::size_t i, const Found& start, const CalendarParts& parts);
  bool FutureContext(std::size_t i) const;

  // scan_time.cc: clock times and parts of day attached to dates.
  struct Clock {
    int hour = 0;
    int minute = 0;
    std::size_t end = 0;
  };
  std::optional<Clock> ClockAt(std::size_t i) const;
  std::optional<Found> TimeExpr(std::size_t i);
  void AttachTime(Found* f);

  // scan_years.cc: years, decades, centuries, fiscal years, quarters, halves, year ranges.
  std::optional<Found> YearExpr(std::size_t i);
  bool YearOk(std::size_t i) const;
  std::optional<Found> Decade(std::size_t i);
  std::optional<Found> Fiscal(std::size_t i);
  std::optional<Found> PeriodOfYear(std::size_t i);
  // Whether a quarter or half may start at token j (after "the"): a year, an ordinal, a
  // period mark ("Q3"), a relative word ("this year's third quarter"), "fiscal", "last" or
  // "latter". Elsewhere PeriodOfYear can only fall back on Season.
  bool MayOpenPeriod(std::size_t j) const;
  std::optional<Found> Season(std::size_t i);
  std::optional<Found> FirstMonths(std::size_t i);
  std::optional<int> YearPhrase(std::size_t i, std::size_t* end) const;

  // scan_relative.cc: today, this year, last week, next Tuesday, the same day, a year earlier.
  std::optional<Found> Deictic(std::size_t i);
  bool IsGeneralToday(std::size_t i, std::size_t day_end) const;
  bool IsPresentTodayClause(std::size_t i) const;
  std::optional<Found> RelativeUnit(std::size_t i, int offset, std::size_t j, bool anchored);
  std::optional<Found> RelativeName(std::size_t i, int offset, std::size_t j);
  std::optional<Ymd> Base(bool anchored);
  std::optional<Found> Anaphoric(std::size_t i);
  std::optional<Found> PartOf(std::size_t i);

  // scan_duration.cc: durations, "N units ago", sets, PRESENT_REF and friends.
  std::optional<Found> Duration(std::size_t i);
  std::optional<Found> DurationFrom(std::size_t i, std::size_t j);
  std::optional<int> CountAt(std::size_t i, std::size_t* end, bool* vague) const;
  std::optional<Found> Ago(const Found& duration, std::size_t j, int count, std::string_view unit);
  std::optional<Found> SetExpr(std::size_t i);
  std::optional<Found> RefExpr(std::size_t i);
  bool InTitleCaseName(std::size_t first, std::size_t last) const;
  bool StrippedPossessive(std::size_t i, std::size_t j) const;

  // Helpers over tokens. Is and Lex are asked hundreds of times per trigger: they are inline
  // so that a literal's length and a category's bit fold into the caller.
  bool Is(std::size_t i, std::string_view lower) const { return i < t_.size() && t_[i].lower == lower; }
  bool IsWord(std::size_t i) const;
  bool Tight(std::size_t i) const;   // token i follows the previous one with no space
  VocabMatch Lex(std::size_t i, Category category) const {
    if (i >= t_.size()) return {};
    const TokenLex& lex = LookUp(i);
    return lex.categories & CategoryBit(category) ? LongestHit(lex, category) : VocabMatch{};
  }
  int RefYear();
  std::optional<Ymd> RefDay();

  const TokenVector& t_;
  ScanContext* ctx_;
  const Vocab& vocab_;
  // The rules ask Lex about the same token many times: its phrases are looked up once, and
  // the mask of their categories answers most questions without reading the hits.
  struct TokenLex {
    std::uint32_t paragraph = 0;    // looked up for the paragraph of this number (paragraph_)
    bool longer_phrase = false;     // a phrase of two words or more starts here
    std::uint32_t categories = 0;   // CategoryBit of every hit
    // A month or weekday name, or the first word of a phrase: its one-word hits, shared by
    // every token of that word, come before the longer ones, hits_[first, first + count).
    const Vocab::FirstWord* word = nullptr;
    std::uint32_t first = 0;
    std::uint32_t count = 0;
    bool trigger_word() const { return word != nullptr; }
  };
  const TokenLex& LookUp(std::size_t i) const {
    return lex_[i].paragraph == paragraph_ ? lex_[i] : LookUpSlow(i);
  }
  const TokenLex& LookUpSlow(std::size_t i) const;
  const TokenLex& Record(std::size_t i, const Vocab::FirstWord* word) const;   // `word`: FirstWordOf token i
  VocabMatch LongestHit(const TokenLex& lex, Category category) const;
  // Entries of an earlier paragraph are stale, not cleared: a paragraph pays only for the
  // tokens it looks up.
  mutable std::vector<TokenLex> lex_;
  std::uint32_t paragraph_ = 0;
  mutable std::vector<VocabHit> hits_;   // every token's longer hits, in lookup order
};

/// The words that may stand between a count and its unit ("three full years", "a whole year"):
/// the duration rule reads past them.
inline constexpr std::string_view kDurationFillers[] = {"more",  "additional", "full",   "straight", "consecutive",
                                                        "extra", "whole",      "entire", "long"};

/// Whether `w` is one of kDurationFillers.
bool IsDurationFiller(std::string_view w);

/// Whether `w` sets the direction of a duration ("the past three years", "next two weeks").
bool IsDirection(std::string_view w);

/// TimeML value of a duration count and unit letter from the lexicon ("Y", "MIN", ...); count < 0: X.
std::string DurationValue(int count, std::string_view unit);

}  // namespace prextract::internal

#endif  // PREXTRACT_TEMPORAL_SCANNER_H_
