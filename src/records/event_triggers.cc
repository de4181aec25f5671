#include "records/event_triggers.h"

#include <algorithm>

#include "lexicon/lexicon.h"
#include "records/event_cues.h"

namespace prextract::internal {
namespace {

TriggerType ParseLabel(const std::string& label) {
  const std::size_t space = label.find(' ');
  TriggerType t{label.substr(0, space), space == std::string::npos ? "" : label.substr(space + 1)};
  if (t.cameo == "-") t.cameo.clear();
  return t;
}

// The label of event type `type` in the trigger lexicon.
TriggerType LabelOf(const std::string& type) {
  for (const LexiconEntry& e : Lexicon("en/event_triggers")) {
    TriggerType t = ParseLabel(e.canonical);
    if (t.type == type) return t;
  }
  return TriggerType{type, ""};
}

const TriggerType& ReferenceType() {
  static const TriggerType reference = LabelOf("reference");
  return reference;
}

const TriggerType& AnnouncementType() {
  static const TriggerType announcement = LabelOf("announcement");
  return announcement;
}

const TriggerType& FundingType() {
  static const TriggerType funding = LabelOf("funding");
  return funding;
}

// "announced plans to introduce legislation": what is announced has yet to take place.
bool AnnouncesPlan(WordSpan words, const PhraseHit& h) {
  const std::size_t next = h.first + h.count;
  return next < words.size() && Cue(words[next]) == "plan";
}

// The first trigger of the sentence names the occasion, except that a report of it
// ("announced a consent decree") gives way to what it reports, and the vaguest kind
// ("selected the three employees", "being recalled") to a kind that says what took place
// ("for special recognition", "At a press conference yesterday") unless that one names
// occasions in general ("from online education to business meetings"). Only the sentence's
// own lead gives way so ("announced that X was charged ... at a hearing" stays "charged"),
// and never a legal act ("pleaded guilty at a change-of-plea hearing" stays the plea).
bool Outranks(WordSpan words, const PhraseHit& hit, const TriggerType& candidate,
              const TriggerType& best, const TriggerCandidate& lead) {
  if (candidate.type == "announcement" || candidate.type == "reference") return false;
  if (best.type == "announcement") return true;
  return best.type == "other" && lead.type.type == "other" && !IsLegalAct(words, lead.hit) &&
         candidate.type != "other" && !IsGenericPlural(words, hit);
}

// A meeting with a name of its own ("the OECD Ministerial Council Meeting") is a
// conference.
void RefineNamedMeeting(std::string_view text, const Word& trigger, TriggerType* t) {
  if (t->type == "meeting" && StartsUpper(text, trigger)) t->type = "conference";
}

// Whether a country of the sentence is named within text[from, to).
bool NamesCountryIn(const SentenceContext& s, std::size_t from, std::size_t to) {
  for (const Participant* p : s.participants) {
    if (p->kind != ParticipantKind::kCountry) continue;
    for (const Span& m : p->mentions) {
      if (m.start >= from && m.end <= to) return true;
    }
  }
  return false;
}

// "the ERE Recruiting Innovation Summit", "the 8th Annual Texas Transportation Summit": a
// summit with a name of its own, and no state or union of states in it, gathers a trade or
// a field, a conference. "the Korea-US Summit", "the G20 Summit", "the U.N. World Summit"
// meet states.
void RefineNamedSummit(std::string_view text, const SentenceContext& s, const PhraseHit& h,
                       TriggerType* t) {
  constexpr std::size_t kReach = 6;   // "Dr. David Satcher Global Health Equity Summit"
  if (t->type != "summit" || h.first == 0 || !StartsUpper(text, s.words[h.first]) ||
      !StartsUpper(text, s.words[h.first - 1])) {
    return;
  }
  std::size_t first = h.first;
  while (first > 0 && h.first - first < kReach && StartsUpper(text, s.words[first - 1])) --first;
  if (NamesStateGathering(s.words, first, h.first)) return;
  if (NamesCountryIn(s, s.words[first].span.start, s.words[h.first].span.start)) return;
  t->type = "conference";
}

// Kinds of occasion that stand apart from a gathering they take place at ("On the
// occasion of the meeting, the two sides will sign ...").
bool IsOwnOccasion(const std::string& type) {
  return type == "signing" || type == "visit" || type == "ceremony" || type == "award" ||
         type == "appointment" || type == "funding";
}

// Words [from, to) outside any trigger phrase that give an amount ("will grant another
// $100,000") report funding.
void AddPayments(std::string_view text, const SentenceContext& s, QuotedWords quoted,
                 std::size_t from, std::size_t to, std::vector<TriggerCandidate>* out) {
  for (std::size_t k = from; k < to; ++k) {
    if (!quoted[k] && GivesAmount(text, s, k)) {
      out->push_back({PhraseHit{k, 1, -1}, FundingType(), false, IsBackground(s.words, k)});
    }
  }
}

// The trigger reports no occasion that takes place: quoted, negated, a modifier, a generic or
// unrealised use, a reputation, a feeling, a tally, a habit, speech, a field label or a
// pointer at a letter the release reproduces.
bool ReportsNoOccasion(std::string_view text, const SentenceContext& s,
                       QuotedWords quoted, const PhraseHit& h) {
  return quoted[h.first] || IsNegatedOrModal(s.words, h.first) || IsModifierUse(s.words, h) ||
         IsBareNoun(s.words, h) || IsPluralNoun(s.words, h) || IsTopicOrRequirement(s.words, h) ||
         IsDescriptiveParticiple(s.words, h) || IsUnrealised(text, s.words, h.first) ||
         IsReputation(s.words, h) || IsFeeling(s.words, h) || IsTally(text, s.words, h) ||
         IntroducesQuote(text, s, h) || IsHabit(s.words, h) || IsFieldLabel(text, s, h) ||
         IsGeneralLegalAct(s.words, h) || PointsAtLetter(s.words, h);
}

// The trigger's word means something else here: a treaty, a body, a place, a goal met, a
// record entered, the noun "signs", the host of a show, things bought, a role that is no post.
bool MeansSomethingElse(std::string_view text, WordSpan words, const PhraseHit& h) {
  return IsTreaty(text, words, h) || AcquiresNoCompany(text, words, h) ||
         NamesOfficeBody(text, words, h) || NamesPlace(text, words, h) || MeetsAGoal(words, h) ||
         EntersNoAgreement(words, h) || SignsAsNoun(text, words, h) || HostsShowOrContent(words, h) ||
         ServesInNoPost(words, h);
}

// The type a trigger phrase takes in its sentence, or nullopt when it names no occasion.
std::optional<TriggerType> TypeInContext(std::string_view text, const SentenceContext& s,
                                         QuotedWords quoted, const PhraseHit& h) {
  static const auto& entries = Lexicon("en/event_triggers");
  static const TriggerType kOther = LabelOf("other");
  static const TriggerType kAward = LabelOf("award");
  if (ReportsNoOccasion(text, s, quoted, h) || MeansSomethingElse(text, s.words, h)) return std::nullopt;
  TriggerType t = ParseLabel(entries[h.entry].canonical);
  if (t.type == "none") return std::nullopt;   // a trigger word in another sense ("sign up")
  if (IsInvitation(text, s, h, t.type) || AnnouncesAgreement(s.words, h, t.type)) return std::nullopt;
  if ((h.count == 1 && GivesAmount(text, s, h.first)) || AwardsMoney(text, s.words, h, t.type)) {
    t = FundingType();
  }
  if (IsWeaponLaunch(s.words, h, t.type)) t = kOther;
  if (NamesWinner(s.words, h, t.type)) t = kAward;
  if (IntroducesProduct(s.words, h)) t = AnnouncementType();
  RefineNamedMeeting(text, s.words[h.first], &t);
  RefineNamedSummit(text, s, h, &t);
  return t;
}

bool IsGatheringType(const std::string& t) {
  return t == "meeting" || t == "conference" || t == "summit";
}

// "the opening session of a national summit": a phrase ending in "of" names a part of
// the gathering that follows it closely, which gives the occasion its kind.
void DropPartOfGathering(WordSpan words, std::vector<TriggerCandidate>* all) {
  constexpr std::size_t kReach = 3;   // "session of a national summit"
  std::vector<TriggerCandidate> kept;
  for (std::size_t i = 0; i < all->size(); ++i) {
    const TriggerCandidate& c = (*all)[i];
    const std::size_t end = c.hit.first + c.hit.count;
    const bool part = words[end - 1].lower == "of" && i + 1 < all->size() &&
                      IsGatheringType(c.type.type) && IsGatheringType((*all)[i + 1].type.type) &&
                      (*all)[i + 1].hit.first < end + kReach;
    if (!part) kept.push_back(c);
  }
  *all = std::move(kept);
}

}  // namespace

std::vector<TriggerCandidate> FindCandidates(std::string_view text, const SentenceContext& s,
                                             QuotedWords quoted, bool payments) {
  std::vector<TriggerCandidate> out;
  std::size_t next = 0;   // first word not yet covered by a hit
  for (const PhraseHit& h : s.event_hits) {
    if (payments) AddPayments(text, s, quoted, next, h.first, &out);
    next = h.first + h.count;
    std::optional<TriggerType> t = TypeInContext(text, s, quoted, h);
    if (!t) continue;
    // "The settlement was announced by ...": the announcement credits an occasion already
    // reported to an official, so it points back at that occasion.
    const bool credits = CreditsOfficial(s.words, h, t->type);
    if (credits) *t = ReferenceType();
    const bool definite = credits || IsDefinite(s.words, h);
    if (t->type == "reference" && !definite) continue;
    out.push_back({h, std::move(*t), definite, IsBackground(s.words, h.first)});
  }
  if (payments) AddPayments(text, s, quoted, next, s.words.size(), &out);
  DropPartOfGathering(s.words, &out);
  return out;
}

namespace {

// Meetings, conferences and summits are gatherings: "the meeting" may point back at a
// session or a forum.
bool SameKind(const TriggerType& a, const TriggerType& b) {
  auto gathering = [](const std::string& t) { return t == "meeting" || t == "conference" || t == "summit"; };
  return a.type == b.type || (gathering(a.type) && gathering(b.type));
}

constexpr std::string_view kOpenQuote = "\xE2\x80\x9C";
constexpr std::string_view kCloseQuote = "\xE2\x80\x9D";

}  // namespace

QuoteTracker::QuoteTracker(std::string_view text) : text_size_(text.size()) {
  using Turn = QuoteMark::Turn;
  for (std::size_t i = text.find('"'); i != std::string_view::npos; i = text.find('"', i + 1)) {
    marks_.push_back(QuoteMark{i, Turn::kToggle});
  }
  // '\xE2' leads both curly quotes, and many other marks (apostrophes, dashes) too.
  for (std::size_t i = text.find('\xE2'); i != std::string_view::npos; i = text.find('\xE2', i + 1)) {
    const std::string_view mark = text.substr(i, 3);
    if (mark == kOpenQuote) marks_.push_back(QuoteMark{i, Turn::kOpen});
    if (mark == kCloseQuote) marks_.push_back(QuoteMark{i, Turn::kClose});
  }
  std::sort(marks_.begin(), marks_.end(),
            [](const QuoteMark& a, const QuoteMark& b) { return a.at < b.at; });
}

// The state runs on through the sentence's marks; its words are looked up only when asked.
QuotedWords QuoteTracker::Inside(const SentenceContext& s) {
  const std::size_t end = std::min(s.span.end, text_size_);
  while (next_mark_ < marks_.size() && marks_[next_mark_].at < s.span.start) ++next_mark_;
  const bool open = open_;
  std::size_t last = next_mark_;
  for (; last < marks_.size() && marks_[last].at < end; ++last) open_ = marks_[last].After(open_);
  if (last == next_mark_ && !open) return QuotedWords();   // no word quoted
  const std::span<const QuoteMark> marks(marks_.data() + next_mark_, last - next_mark_);
  return QuotedWords(s.words, marks, open);
}

std::optional<TriggerPick> PickTrigger(const SentenceContext& s, const std::vector<TriggerCandidate>& all) {
  if (all.empty()) return std::nullopt;
  const TriggerCandidate& first = all.front();
  if (first.definite) {
    // "On the occasion of the meeting, the two sides will sign ...": the sentence points
    // back, then reports an occasion of another kind.
    for (const TriggerCandidate& c : all) {
      if (!c.definite && IsOwnOccasion(c.type.type) && !SameKind(c.type, first.type)) {
        return TriggerPick{c.hit, c.type, false, first.type};
      }
    }
  }
  // An occasion in a background phrase gives way to the one the sentence reports.
  const auto foreground =
      std::find_if(all.begin(), all.end(), [](const TriggerCandidate& c) { return !c.background; });
  const TriggerCandidate* best = foreground == all.end() ? &first : &*foreground;
  if (AnnouncesPlan(s.words, best->hit)) {
    return TriggerPick{best->hit, best->type, best->definite, std::nullopt};
  }
  const TriggerCandidate lead = *best;
  for (const TriggerCandidate& c : all) {
    if (Outranks(s.words, c.hit, c.type, best->type, lead) && (!c.background || best->background)) {
      best = &c;
    }
  }
  return TriggerPick{best->hit, best->type, best->definite, std::nullopt};
}

namespace {

// A kind that a sentence may report beside another: the visits, gatherings and signings
// of an itinerary.
bool IsItineraryKind(const std::string& type) {
  return type == "visit" || type == "meeting" || type == "conference" || type == "summit" ||
         type == "signing";
}

// The first word of the clause that holds word `i`: a clause opener ("and attend ...",
// "who will visit ...") at most a few words back; kNoClause when there is none (a comma
// alone may close an opening phrase: "Following his visit to New York, he will attend").
constexpr std::size_t kNoClause = static_cast<std::size_t>(-1);

std::size_t ClauseStart(const SentenceContext& s, std::size_t i) {
  constexpr std::size_t kReach = 8;   // "and attend the 52nd Munich Security Conference"
  for (std::size_t k = i; k > 0 && i - k < kReach; --k) {
    const std::string& cue = Cue(s.words[k]);
    if (cue == "clause_start" || cue == "sequence") return k;
  }
  return kNoClause;
}

}  // namespace

std::vector<SecondOccasion> FindLaterOccasions(const SentenceContext& s,
                                               const std::vector<TriggerCandidate>& all,
                                               const TriggerPick& main) {
  std::vector<SecondOccasion> later;
  if (main.definite || !IsItineraryKind(main.type.type)) return later;
  PhraseHit last_hit = main.hit;
  TriggerType last_type = main.type;
  for (const TriggerCandidate& c : all) {
    if (c.hit.first <= last_hit.first || !IsItineraryKind(c.type.type)) continue;
    const std::size_t start = ClauseStart(s, c.hit.first);
    // The first further clause may open before the first occasion's word; each later one
    // opens after the occasion before it.
    if (start == kNoClause || (!later.empty() && start <= last_hit.first)) continue;
    // A clause of its own after or before the occasion before reports another one even of
    // the same kind; otherwise only another kind is another occasion.
    const bool sequenced = Cue(s.words[start]) == "sequence";
    if (sequenced || (!c.definite && !SameKind(c.type, last_type))) {
      later.push_back(SecondOccasion{c.hit, c.type, start});
      last_hit = c.hit;
      last_type = c.type;
    }
  }
  return later;
}

}  // namespace prextract::internal
