// Events: one per sentence that reports or schedules an occasion; a later definite
// reference ("At the meeting", "the forum", "The event") joins the earlier event as a
// mention, and the people it names join its participants.
#include <algorithm>
#include <span>
#include <utility>

#include "records/context.h"
#include "records/dated_parts.h"
#include "records/event_cues.h"
#include "records/event_triggers.h"
#include "records/records_internal.h"

namespace prextract::internal {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// "At the meeting, ..." / "On the same morning, ...": the sentence continues the
// occasion before it and inherits its date.
bool ContinuesOccasion(WordSpan words) {
  for (std::size_t k = 0; k + 1 < words.size() && k < 4; ++k) {
    if (words[k].lower == "same" || (words[k].lower == "the" && k <= 1 && words.size() > k + 1 &&
                                     (words[k + 1].lower == "meeting" || words[k + 1].lower == "event"))) {
      return true;
    }
  }
  return false;
}

// A meeting or visit still to come is an intent to meet (CAMEO 036), not a consultation.
bool IsScheduled(WordSpan words, std::size_t trigger) {
  for (std::size_t k = 0; k < trigger; ++k) {
    const std::string_view w = words[k].lower;
    if (w == "will" || w == "plans" || w == "scheduled" || w == "upcoming" || w == "forthcoming") return true;
  }
  return words[trigger].lower == "will";
}

// "The article, titled ..., has been published": a sentence whose subject is a definite
// description, not a name, goes on about the paragraph's occasion and its actors.
bool OpensWithDescription(std::string_view text, WordSpan words) {
  if (words.size() < 2) return false;
  const std::string_view first = words[0].lower;
  return (first == "the" || first == "this" || first == "these") && !StartsUpper(text, words[1]);
}

bool IsGathering(const std::string& type) {
  return type == "meeting" || type == "conference" || type == "summit";
}

// The events found so far. Flat arrays searched in turn, not hash maps and sets: a release
// reports a few events of a few types, with a few participants each, and the nodes of maps
// and sets cost an allocation apiece.
class EventLog {
 public:
  std::vector<Event>& events() { return events_; }

  /// The occasion a definite reference of `type` points back at, or kNone: the latest
  /// of that type, else for a gathering the latest gathering, else for "the event" the
  /// latest of any kind.
  std::size_t Resolve(const std::string& type) const {
    for (const auto& [kind, latest] : latest_of_type_) {
      if (kind == type) return latest;
    }
    if (IsGathering(type)) return latest_gathering_;
    return type == "reference" ? latest_any_ : kNone;
  }

  /// Adds event `e`; its own participants are those its sentence names.
  void Add(Event e) {
    own_.push_back(e.participants.size());
    events_.push_back(std::move(e));
    latest_any_ = events_.size() - 1;
    SetLatest(events_.back().type, latest_any_);
    if (IsGathering(events_.back().type)) latest_gathering_ = latest_any_;
  }

  /// The participants the sentence of event `i` names: the first of its participants, as
  /// those who join it later are appended.
  std::span<const std::string> Own(std::size_t i) const { return {events_[i].participants.data(), own_[i]}; }

  /// `ids` take part in event `i` too, each once. REQUIRES: `ids` are not event i's own.
  void AddParticipants(std::size_t i, std::span<const std::string> ids) {
    std::vector<std::string>& members = events_[i].participants;
    for (const std::string& id : ids) {
      if (std::find(members.begin(), members.end(), id) == members.end()) members.push_back(id);
    }
  }

  /// Sentence `s` mentions event `i` again; whoever it names takes part.
  void AddMention(std::size_t i, const SentenceContext& s) {
    events_[i].mentions.push_back(s.span);
    AddParticipants(i, ParticipantIds(s, true, true, false));
  }

 private:
  void SetLatest(const std::string& type, std::size_t i) {
    for (auto& [kind, latest] : latest_of_type_) {
      if (kind == type) {
        latest = i;
        return;
      }
    }
    latest_of_type_.emplace_back(type, i);
  }

  std::vector<Event> events_;
  std::vector<std::size_t> own_;   // how many of each event's participants its sentence names
  std::vector<std::pair<std::string, std::size_t>> latest_of_type_;
  std::size_t latest_gathering_ = kNone;
  std::size_t latest_any_ = kNone;
};

Event MakeEvent(std::string_view text, const SentenceContext& s, const TriggerPick& pick,
                std::size_t number) {
  Event e;
  e.id = MakeId('e', number);
  e.type = pick.type.type;
  e.cameo = pick.type.cameo;
  if ((e.type == "meeting" || e.type == "visit" || e.type == "summit") &&
      IsScheduled(s.words, pick.hit.first)) {
    e.cameo = "036";
  }
  const Word& first = s.words[pick.hit.first];
  const Word& last = s.words[pick.hit.first + pick.hit.count - 1];
  e.trigger = std::string(Slice(text, Span{first.span.start, last.span.end}));
  e.date = DateNear(text, s, pick.hit.first);
  e.location = FindLocation(text, s, pick.hit.first);
  e.participants = ParticipantIds(s, true, true, false);
  e.evidence = s.span;
  return e;
}

// The second occasion of a sentence: its evidence is its own clause, its date and place
// the ones nearest its trigger.
// The event of a further occasion, whose evidence runs from its clause to `end`: the word
// before the next occasion's clause, or the sentence's end.
Event MakeSecondEvent(std::string_view text, const SentenceContext& s, const SecondOccasion& second,
                      std::size_t end, std::size_t number) {
  Event e = MakeEvent(text, s, TriggerPick{second.hit, second.type, false, std::nullopt}, number);
  e.evidence = Span{s.words[second.start].span.start, end};
  if (e.date) e.date->value = DayOf(e.date->value);
  return e;
}

// The paragraph being read: its latest occasion, which undated sentences continue.
struct Paragraph {
  std::optional<int> index;
  std::size_t last_event = kNone;   // index into the log
};

// Sentence `s` points back at an earlier occasion: it becomes a mention of it. True when
// the sentence reports nothing else.
// "the launch of a ballistic missile", "the establishment of diplomatic relations": a
// definite event noun that an "of" phrase identifies introduces its occasion.
bool IdentifiedByOf(const SentenceContext& s, const PhraseHit& h) {
  const std::size_t next = h.first + h.count;
  return next < s.words.size() && s.words[next].lower == "of";
}

bool ReferBack(const SentenceContext& s, const TriggerPick& pick, EventLog* log, Paragraph* para) {
  const std::optional<TriggerType>& back = pick.definite ? pick.type : pick.reference;
  if (!back) return false;
  std::size_t earlier = log->Resolve(back->type);
  // "in connection with the acquisition" after a share purchase agreement: a bare
  // definite event noun with no earlier occasion of its kind points at the latest one.
  if (earlier == kNone && pick.definite && !IdentifiedByOf(s, pick.hit)) {
    earlier = log->Resolve("reference");
  }
  if (earlier != kNone) {
    log->AddMention(earlier, s);
    para->last_event = earlier;   // what follows in the paragraph continues it
  }
  return (pick.definite && earlier != kNone) || pick.type.type == "reference";
}

void AddNew(std::string_view text, const SentenceContext& s, const TriggerPick& pick,
            const std::vector<TriggerCandidate>& candidates, EventLog* log, Paragraph* para) {
  Event e = MakeEvent(text, s, pick, log->events().size() + 1);
  const std::size_t before = para->last_event;
  // A sentence without a date of its own continues the paragraph's dated occasion.
  if (before != kNone && (!e.date || ContinuesOccasion(s.words))) e.date = log->events()[before].date;
  if (e.date) e.date->value = DayOf(e.date->value);
  const bool goes_on = before != kNone && OpensWithDescription(text, s.words);
  const std::vector<SecondOccasion> later = FindLaterOccasions(s, candidates, pick);
  // A sentence of several occasions by their triggers is not read again for dated parts.
  const std::vector<Span> parts =
      later.empty() ? DatedParts(text, s, pick.hit.first) : std::vector<Span>{};
  if (!parts.empty()) e.evidence = parts.front();
  log->Add(std::move(e));
  const std::size_t first = para->last_event = log->events().size() - 1;
  if (goes_on) log->AddParticipants(para->last_event, log->Own(before));
  for (std::size_t k = 0; k < later.size(); ++k) {
    const std::size_t end = k + 1 < later.size() ? s.words[later[k + 1].start - 1].span.end : s.span.end;
    log->Add(MakeSecondEvent(text, s, later[k], end, log->events().size() + 1));
  }
  for (std::size_t k = 1; k < parts.size(); ++k) {
    log->Add(PartEvent(text, s, log->events()[first], parts[k], log->events().size() + 1));
  }
}

}  // namespace

std::vector<Event> FindEvents(std::string_view text, const std::vector<SentenceContext>& sentences) {
  EventLog log;
  QuoteTracker quotes(text);
  Paragraph para;
  for (const SentenceContext& s : sentences) {
    if (s.paragraph != para.index || !s.paragraph) {
      para = Paragraph{s.paragraph, kNone};
      quotes.Reset();
    }
    const QuotedWords quoted = quotes.Inside(s);   // asked of every sentence: its state runs on
    // Only a money verb gives an amount: a sentence without one is not searched for signs.
    const bool payments = (s.opens & kOpensMoneyVerb) != 0 && MentionsCurrency(text, s.span);
    // Most sentences hold no trigger, and without an amount they give no candidate.
    if (s.event_hits.empty() && !payments) continue;
    const std::vector<TriggerCandidate> candidates = FindCandidates(text, s, quoted, payments);
    const std::optional<TriggerPick> pick = PickTrigger(s, candidates);
    if (!pick || ReferBack(s, *pick, &log, &para)) continue;
    AddNew(text, s, *pick, candidates, &log, &para);
  }
  return std::move(log.events());   // the log ends here: its events need no copy
}

}  // namespace prextract::internal
