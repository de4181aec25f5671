// Follow-up actions: what is to be done next ("will continue practical discussions ...
// through the Joint Committee ... to be held in the second half of this year").
#include <algorithm>
#include <tuple>

#include "lexicon/lexicon.h"
#include "records/context.h"
#include "records/records_internal.h"

namespace prextract::internal {
namespace {

// Words that end the action and open its venue or its time.
bool EndsAction(std::string_view w) {
  return w == "through" || w == "via" || w == "during" || w == "to" || w == "by" || w == "at";
}

bool IsDigitAt(std::string_view text, std::size_t i) {
  return i < text.size() && text[i] >= '0' && text[i] <= '9';
}

// "$14.5 million", "$188,439", "the U.S. market": a period or comma between digits, or a
// period after a single letter, with no space after it, stands inside a number or an
// abbreviation, not at a clause's end ("Congress.Veterans" lost a space, so it still ends).
bool InnerMark(std::string_view text, const Word& w, std::size_t gap_end) {
  const std::size_t at = w.span.end;
  if (gap_end != at + 1 || (text[at] != '.' && text[at] != ',')) return false;
  if (IsDigitAt(text, at - 1) && IsDigitAt(text, gap_end)) return true;
  return text[at] == '.' && w.span.end - w.span.start == 1;
}

// "the U.S. to have", "Market Jar Media Inc. and": a period and spaces inside the sentence
// follow an abbreviation or an initial, as the sentence splitter found no sentence's end
// there; it ends no clause either.
bool AbbreviationStop(std::string_view text, const Word& w, std::size_t gap_end, Span clause) {
  const std::size_t at = w.span.end;
  if (gap_end <= at + 1 || gap_end >= clause.end || text[at] != '.') return false;
  for (std::size_t k = at + 1; k < gap_end; ++k) {
    if (text[k] != ' ') return false;
  }
  return true;
}

// The action phrase after the trigger: to the end of its clause, before a venue.
Span ActionAfter(std::string_view text, const SentenceContext& s, std::size_t from, Span clause,
                 std::size_t* venue_word) {
  *venue_word = std::string::npos;
  if (from >= s.words.size()) return {};
  const std::size_t start = s.words[from].span.start;
  std::size_t end = start;
  for (std::size_t k = from; k < s.words.size() && s.words[k].span.end <= clause.end; ++k) {
    const Word& w = s.words[k];
    if (k > from + 1 && EndsAction(w.lower) && k + 1 < s.words.size() &&
        (s.words[k + 1].lower == "the" || text[s.words[k + 1].span.start] <= 'Z')) {
      if (w.lower == "through" || w.lower == "at" || w.lower == "via") *venue_word = k;
      break;
    }
    end = w.span.end;
    const std::size_t gap = k + 1 < s.words.size() ? s.words[k + 1].span.start : clause.end;
    if (k + 1 < s.words.size() && (InnerMark(text, w, gap) || AbbreviationStop(text, w, gap, clause))) {
      continue;
    }
    if (text.substr(w.span.end, gap - w.span.end).find_first_of(",;:.\"") != std::string_view::npos) break;
  }
  return Span{start, end};
}

// A date that cannot say when an action happens: how long or how often, a past
// reference ("previously"), or a year that opens a name ("the 2022 Korea-LAC Forum").
bool CannotDate(std::string_view text, const SentenceContext& s, const DateMention& d) {
  if (d.type == DateType::kDuration || d.type == DateType::kSet || d.value == "PAST_REF") return true;
  const std::string_view shown = Slice(text, d.span);
  if (shown.size() != 4 || d.value != shown) return false;
  const auto next = std::lower_bound(s.words.begin(), s.words.end(), d.span.end,
                                     [](const Word& w, std::size_t at) { return w.span.start <= at; });
  return next != s.words.end() && next->span.start == d.span.end + 1 && StartsUpper(text, *next);
}

// Where a relative clause after the trigger opens ("..., who will visit Korea from July
// 3 to 6"): its dates belong to its own verb.
std::size_t RelativeClauseStart(const SentenceContext& s, std::size_t trigger, Span clause) {
  for (std::size_t k = trigger + 1; k < s.words.size() && s.words[k].span.start < clause.end; ++k) {
    if (s.words[k].lower == "who" || s.words[k].lower == "which") return s.words[k].span.start;
  }
  return s.span.end;
}

// What is to come is mostly dated after its trigger ("will ... in the second half of this
// year"); among those, a date that places the action beats one that scopes its object
// ("results for the first nine months of 2025 on November 5"), then the nearest.
std::optional<DateRef> WhenOf(std::string_view text, const SentenceContext& s, std::size_t trigger,
                              Span clause) {
  const std::size_t at = s.words[trigger].span.end;
  const std::size_t stop = RelativeClauseStart(s, trigger, clause);
  const DateMention* best = nullptr;
  std::tuple<bool, int, std::size_t> best_key;
  for (const DateMention* d : s.dates) {
    if (d->span.start >= stop || CannotDate(text, s, *d)) continue;
    const bool before = d->span.start < at;
    const std::size_t distance = before ? at - d->span.end : d->span.start - at;
    const std::tuple<bool, int, std::size_t> key{before, DateRank(s, *d), distance};
    if (best == nullptr || key < best_key) {
      best = d;
      best_key = key;
    }
  }
  if (best == nullptr) return std::nullopt;
  return DateRef{std::string(Slice(text, best->span)), best->value, best->span};
}

bool MentionsBothSides(WordSpan words) {
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    const bool pair = words[k].lower == "two" || words[k].lower == "both";
    const std::string_view n = words[k + 1].lower;
    if (pair && (n == "sides" || n == "countries" || n == "nations" || n == "governments")) return true;
  }
  return false;
}

std::vector<std::string> Actors(const SentenceContext& s, std::size_t trigger) {
  std::vector<std::string> ids;
  if (MentionsBothSides(s.words)) ids = ParticipantIds(s, false, false, true);
  if (!ids.empty()) return ids;
  for (const Participant* p : s.participants) {
    for (const Span& m : p->mentions) {
      if (m.start >= s.span.start && m.start < s.words[trigger].span.start) {
        ids.push_back(p->id);
        break;
      }
    }
  }
  return ids;
}

// Word k opens a relative clause about a person, set off by a comma (", who will visit").
bool OpensWhoClause(std::string_view text, const SentenceContext& s, std::size_t k) {
  return k > 0 && s.words[k].lower == "who" && CommaAfterWord(text, s.words, k - 1);
}

// The evidence of the action at hit `h`: "Park Jin will meet with Marcelo Ebrard, who will
// visit Korea from July 3 to 6" holds two actions, the meeting and, in the relative clause
// about the guest, the visit. The first ends before the relative clause; the second starts
// at its "who" and runs to the end of the clause around it.
Span ActionClause(std::string_view text, const SentenceContext& s, const PhraseHit& h) {
  Span clause = ClauseAround(text, s, h.first);
  // Back to the "who" of the hit's own relative clause: a comma between them closed it
  // ("Dodd, who was the first to oppose it, does not believe he will").
  for (std::size_t k = h.first; k-- > 0 && s.words[k].span.start >= clause.start;) {
    if (OpensWhoClause(text, s, k)) {
      clause.start = s.words[k].span.start;
      break;
    }
    if (CommaAfterWord(text, s.words, k)) break;
  }
  const std::size_t after = h.first + h.count;
  for (std::size_t k = after; k < s.words.size() && s.words[k].span.end <= clause.end; ++k) {
    if (OpensWhoClause(text, s, k)) {
      clause.end = s.words[k - 1].span.end;
      break;
    }
  }
  return clause;
}

std::optional<FollowUp> FromHit(std::string_view text, const SentenceContext& s, const PhraseHit& h) {
  const Span clause = ClauseAround(text, s, h.first);
  std::size_t venue_word = std::string::npos;
  const Span action = ActionAfter(text, s, h.first + h.count, clause, &venue_word);
  if (action.empty()) return std::nullopt;
  FollowUp f;
  f.action = std::string(Slice(text, action));
  if (venue_word != std::string::npos) f.venue = CapitalisedRunAfter(text, s, venue_word);
  f.actor = Actors(s, h.first);
  f.when = WhenOf(text, s, h.first, clause);
  f.evidence = ActionClause(text, s, h);
  return f;
}

// "will mark the first of its kind", "will be crucial for", "will cause more distress": a
// bare future opens a prediction or an assessment of an effect, not an action someone
// takes. After a commitment or a plan ("agreed to mark the anniversary") it stays an action.
bool OpensOutcome(WordSpan words, const PhraseHit& h) {
  static const PhraseMatcher outcomes("en/follow_up_outcomes");
  static const auto& entries = Lexicon("en/follow_up_triggers");
  const std::string& kind = entries[h.entry].canonical;
  const std::size_t after = h.first + h.count;
  return (kind == "modal" || kind == "expectation") && after < words.size() &&
         outcomes.MatchAt(words, after).entry >= 0;
}

// "will increase 164 percent", "is expected to reach $333 billion", "demand will continue to
// grow and": a verb of quantity with no object forecasts a figure; no one acts. With an
// object ("will increase access", "will grow jobs", "reach an agreement") it is an action.
// The words: en/quantity_forecasts.
bool ForecastsQuantity(WordSpan words, const PhraseHit& h) {
  static const auto& index = LexiconIndex("en/quantity_forecasts");
  const auto is = [&](std::string_view word, std::string_view kind) {
    const auto it = index.find(word);
    return it != index.end() && it->second == kind;
  };
  std::size_t verb = h.first + h.count;
  if (verb + 1 < words.size() && words[verb].lower == "continue" && words[verb + 1].lower == "to") {
    verb += 2;
  }
  if (verb >= words.size() || !is(words[verb].lower, "quantity_verb")) return false;
  if (verb + 1 >= words.size()) return true;
  const std::string_view next = words[verb + 1].lower;
  return (next[0] >= '0' && next[0] <= '9') || is(next, "no_object");
}

// "is the plan to implement", "cooperation with a plan to open": after an article, "plan"
// names a scheme under discussion, not what the speaker intends to do ("announced plans to").
bool IsNounPlan(WordSpan words, const PhraseHit& h) {
  if (h.first == 0 || !words[h.first].lower.starts_with("plan")) return false;
  const std::string_view before = words[h.first - 1].lower;
  return before == "a" || before == "the";
}

// "the upcoming visit of President Xi", "At the forthcoming Forum", "an upcoming podcast
// launching in spring": what is upcoming is an occasion, one of its kind. "Reminders for
// upcoming appointments", "upcoming milestones", "the upcoming bull run" name no occasion
// that is to take place.
bool UpcomingNoOccasion(WordSpan words, const PhraseHit& h) {
  constexpr std::size_t kReach = 4;   // "upcoming 2025 AACR Annual Meeting"
  const std::string_view w = words[h.first].lower;
  if (h.count != 1 || (w != "upcoming" && w != "forthcoming")) return false;
  const std::size_t from = h.first + 1;
  for (std::size_t k = from; k < words.size() && k < from + kReach; ++k) {
    if ((words[k].opens & kOpensEventTrigger) != 0 && !words[k].lower.ends_with('s') &&
        EventTriggers().MatchAt(words, k).entry >= 0) {
      return false;
    }
  }
  return true;
}

// "these efforts aim to lead a major leap", "this initiative aims to provide": right after
// an undertaking's noun, a plan word says what the undertaking is for, not who acts next.
bool StatesPurpose(WordSpan words, const PhraseHit& h) {
  static const auto& entries = Lexicon("en/follow_up_triggers");
  static const auto& undertakings = LexiconIndex("en/purpose_subjects");
  return h.first > 0 && entries[h.entry].canonical == "plan" &&
         undertakings.count(words[h.first - 1].lower) > 0;
}

}  // namespace

namespace {

// "How will you measure success in this mission?": a question announces nothing. Closing
// quotes and brackets after the mark (also the bytes of "”" and "’") are skipped. A "?"
// after a space or after "â" stands for a character lost in decoding ("Montana,â?").
bool AsksQuestion(std::string_view text, Span span) {
  const std::string_view s = text.substr(span.start, span.end - span.start);
  const std::size_t last = s.find_last_not_of(" \t\r\n\"')\xE2\x80\x9D\x99");
  if (last == std::string_view::npos || last == 0 || s[last] != '?') return false;
  const unsigned char before = static_cast<unsigned char>(s[last - 1]);
  return before != ' ' && before != 0xA2;   // 0xA2: the last byte of "â"
}

}  // namespace

std::vector<FollowUp> FindFollowUps(std::string_view text,
                                    const std::vector<SentenceContext>& sentences) {
  std::vector<FollowUp> out;
  ParagraphDate occasion;
  for (const SentenceContext& s : sentences) {
    if (s.follow_up_hits.empty() || AsksQuestion(text, s.span)) continue;
    std::size_t used_until = s.span.start;   // one follow-up per clause
    for (const PhraseHit& h : s.follow_up_hits) {
      if (s.words[h.first].span.start < used_until || IsNegatedOrModal(s.words, h.first)) continue;
      if (IsNegatedAfter(s.words, h.first + h.count)) continue;
      if (IsNounPlan(s.words, h) || StatesPurpose(s.words, h) || UpcomingNoOccasion(s.words, h)) continue;
      if (OpensOutcome(s.words, h) || ForecastsQuantity(s.words, h)) {
        // The clause states an effect; a later "will" in it predicts more of it.
        used_until = ClauseAround(text, s, h.first).end;
        continue;
      }
      std::optional<FollowUp> f = FromHit(text, s, h);
      if (!f) continue;
      used_until = f->evidence.end;
      occasion.Share(s, &f->when);
      f->id = MakeId('f', out.size() + 1);
      out.push_back(std::move(*f));
    }
  }
  return out;
}

}  // namespace prextract::internal
