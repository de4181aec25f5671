// Events: one per sentence that reports or schedules an occasion; a later definite
// reference ("At the meeting", "the forum") joins the earlier event as a mention.
#include <unordered_map>

#include "lexicon/lexicon.h"
#include "records/context.h"
#include "records/records_internal.h"

namespace prextract::internal {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

struct TriggerType {
  std::string type;
  std::string cameo;
};

TriggerType ParseLabel(const std::string& label) {
  const std::size_t space = label.find(' ');
  TriggerType t{label.substr(0, space), space == std::string::npos ? "" : label.substr(space + 1)};
  if (t.cameo == "-") t.cameo.clear();
  return t;
}

// The first trigger of the sentence names the occasion, except that a report of it
// ("announced a consent decree") gives way to what it reports.
bool Outranks(const TriggerType& candidate, const TriggerType& best) {
  return best.type == "announcement" && candidate.type != "announcement";
}

// A meeting with a name of its own ("the OECD Ministerial Council Meeting") is a
// conference.
void RefineNamedMeeting(std::string_view text, const Word& trigger, TriggerType* t) {
  if (t->type == "meeting" && StartsUpper(text, trigger)) t->type = "conference";
}

bool IsDefinite(const std::vector<Word>& words, std::size_t i) {
  if (i == 0) return false;
  const std::string& w = words[i - 1].lower;
  return w == "the" || w == "this" || w == "that" || w == "said";
}

// "At the meeting, ..." / "On the same morning, ...": the sentence continues the
// occasion before it and inherits its date.
bool ContinuesOccasion(const std::vector<Word>& words) {
  for (std::size_t k = 0; k + 1 < words.size() && k < 4; ++k) {
    if (words[k].lower == "same" || (words[k].lower == "the" && k <= 1 && words.size() > k + 1 &&
                                     (words[k + 1].lower == "meeting" || words[k + 1].lower == "event"))) {
      return true;
    }
  }
  return false;
}

// A meeting or visit still to come is an intent to meet (CAMEO 036), not a consultation.
bool IsScheduled(const std::vector<Word>& words, std::size_t trigger) {
  for (std::size_t k = 0; k < trigger; ++k) {
    const std::string& w = words[k].lower;
    if (w == "will" || w == "plans" || w == "scheduled" || w == "upcoming" || w == "forthcoming") return true;
  }
  return words[trigger].lower == "will";
}

struct Pick {
  PhraseHit hit;
  TriggerType type;
};

std::optional<Pick> BestTrigger(std::string_view text, const SentenceContext& s,
                                const PhraseMatcher& matcher) {
  const auto& entries = Lexicon("en/event_triggers");
  std::optional<Pick> best;
  for (const PhraseHit& h : matcher.FindAll(s.words)) {
    if (IsNegatedOrModal(s.words, h.first)) continue;
    TriggerType t = ParseLabel(entries[h.entry].canonical);
    RefineNamedMeeting(text, s.words[h.first], &t);
    if (!best || Outranks(t, best->type)) best = Pick{h, std::move(t)};
  }
  return best;
}

}  // namespace

std::vector<Event> FindEvents(std::string_view text, const std::vector<SentenceContext>& sentences) {
  static const PhraseMatcher matcher("en/event_triggers");
  std::vector<Event> events;
  std::size_t last_in_paragraph = kNone;   // index into `events`
  std::unordered_map<std::string, std::size_t> latest_of_type;   // type -> index into `events`
  std::optional<int> paragraph;
  for (const SentenceContext& s : sentences) {
    if (s.paragraph != paragraph) last_in_paragraph = kNone;
    paragraph = s.paragraph;
    const std::optional<Pick> pick = BestTrigger(text, s, matcher);
    if (!pick) continue;
    if (IsDefinite(s.words, pick->hit.first)) {
      const auto earlier = latest_of_type.find(pick->type.type);
      if (earlier != latest_of_type.end()) {
        events[earlier->second].mentions.push_back(s.span);
        continue;
      }
    }
    Event e;
    e.id = MakeId('e', events.size() + 1);
    e.type = pick->type.type;
    e.cameo = pick->type.cameo;
    if ((e.type == "meeting" || e.type == "visit" || e.type == "summit") &&
        IsScheduled(s.words, pick->hit.first)) {
      e.cameo = "036";
    }
    const Word& first = s.words[pick->hit.first];
    const Word& last = s.words[pick->hit.first + pick->hit.count - 1];
    e.trigger = std::string(Slice(text, Span{first.span.start, last.span.end}));
    e.date = DateNear(text, s, pick->hit.first);
    // A sentence without a date of its own continues the paragraph's dated occasion.
    if (last_in_paragraph != kNone && (!e.date || ContinuesOccasion(s.words))) {
      e.date = events[last_in_paragraph].date;
    }
    if (e.date) e.date->value = DayOf(e.date->value);
    e.location = FindLocation(text, s, pick->hit.first);
    e.participants = ParticipantIds(s, true, true, false);
    e.evidence = s.span;
    events.push_back(std::move(e));
    last_in_paragraph = events.size() - 1;
    latest_of_type[events.back().type] = last_in_paragraph;
  }
  return events;
}

}  // namespace prextract::internal
