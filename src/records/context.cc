#include "records/context.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <tuple>
#include <utility>

#include "lexicon/lexicon.h"
#include "lexicon/string_table.h"
#include "lexicon/word_filter.h"
#include "records/anaphora.h"

namespace prextract::internal {
namespace {

constexpr std::size_t kNegationWindow = 3;

bool IsCapitalised(std::string_view text, const Word& w) {
  const char c = text[w.span.start];
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool IsConnector(std::string_view w) {
  return w == "of" || w == "on" || w == "and" || w == "for" || w == "the" || w == "&" || w == "in";
}

// Index of the sentence holding byte `offset`, or -1.
int SentenceAt(const std::vector<SentenceContext>& sentences, std::size_t offset) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](std::size_t o, const SentenceContext& s) { return o < s.span.start; });
  if (it == sentences.begin()) return -1;
  --it;
  return offset < it->span.end ? static_cast<int>(it - sentences.begin()) : -1;
}

bool Has(const SentenceContext& s, ParticipantKind kind) {
  for (const Participant* p : s.participants) {
    if (p->kind == kind) return true;
  }
  return false;
}

// "the company" in the sentence. Every "the" carries kOpensThe (MakeOpeners), so the open
// bits pass over the other words without a comparison of strings.
bool MentionsTheCompany(const SentenceContext& s) {
  if ((s.opens & kOpensThe) == 0) return false;
  const Word* const end = s.words.data() + s.words.size();
  for (const Word* w = NextOpening(s.words.data(), end, kOpensThe); w != end;
       w = NextOpening(w + 1, end, kOpensThe)) {
    if (w + 1 != end && w->lower == "the" && w[1].lower == "company") return true;
  }
  return false;
}

// A sentence that opens with "He"/"She" speaks of the person last named; "the company"
// of the release's first organisation. Records of such sentences take them as theirs.
void AddImpliedParticipants(std::vector<SentenceContext>* sentences) {
  const Participant* last_person = nullptr;
  const Participant* first_org = nullptr;
  for (SentenceContext& s : *sentences) {
    const bool pronoun = !s.words.empty() && (s.words[0].lower == "he" || s.words[0].lower == "she");
    if (pronoun && last_person != nullptr && !Has(s, ParticipantKind::kPerson)) {
      s.participants.insert(s.participants.begin(), last_person);
    }
    if (first_org != nullptr && !Has(s, ParticipantKind::kOrganization) &&
        MentionsTheCompany(s)) {
      s.participants.push_back(first_org);
    }
    for (const Participant* p : s.participants) {
      if (p->kind == ParticipantKind::kPerson) last_person = p;
      if (p->kind == ParticipantKind::kOrganization && first_org == nullptr) first_org = p;
      if (p->kind == ParticipantKind::kPerson) break;
    }
  }
}

// The words listed under `role` in the event cue lexicon (a word may have several roles,
// and the index keeps only its first).
StringSet CueWords(std::string_view role) {
  for (const LexiconEntry& e : Lexicon("en/event_cues")) {
    if (e.canonical == role) return {e.variants.begin() + 1, e.variants.end()};
  }
  return {};
}

// "2024-2025", "2025 fiscal year": a year written in digits opens the date's first word.
bool StartsWithYear(const Word& first) {
  const std::string_view w = first.lower;
  return w.size() >= 4 && std::all_of(w.begin(), w.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
}

// Tokenises every sentence into the one array `*words` (one buffer per release, not one
// per sentence) and adds a context per sentence over its slice. The slices are taken once
// all words are in, as growing the array moves them.
void SliceSentenceWords(const std::vector<Sentence>& sentences, WordStore* store, WordArray* words,
                        std::vector<SentenceContext>* out) {
  std::size_t capacity = 0;
  for (const Sentence& s : sentences) capacity += WordCapacity(s.span);
  words->Reserve(capacity);
  std::vector<std::size_t> ends;
  ends.reserve(sentences.size());
  const std::size_t first = words->size(), first_context = out->size();
  for (const Sentence& s : sentences) {
    const std::uint16_t opens = AppendWords(s.span, store, words);
    // Built in place: a temporary's empty inline lists, moved in, read to GCC as unset.
    SentenceContext& context = out->emplace_back();
    context.span = s.span;
    context.paragraph = s.paragraph;
    context.opens = opens;
    ends.push_back(words->size());
  }
  std::size_t from = first;
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    (*out)[first_context + k].words = WordSpan(words->data() + from, ends[k] - from);
    from = ends[k];
  }
}

}  // namespace

// Lower ranks win over nearness: a calendar date beats a vague reference ("recently",
// "upcoming"), and a date that places the occasion beats one that only scopes its subject
// ("results for the first nine months of 2025", "recalls since January") or names it ("the
// launch of its 2024-2025 Give Back Grant": an article before a date makes it part of a
// noun phrase).
int DateRank(const SentenceContext& s, const DateMention& d) {
  static const auto& cues = LexiconIndex("en/event_cues");
  static const StringSet articles = CueWords("article");
  int rank = 0;
  if (d.value.size() > 4 && d.value.compare(d.value.size() - 4, 4, "_REF") == 0) rank += 2;
  const auto after = std::lower_bound(s.words.begin(), s.words.end(), d.span.start,
                                      [](const Word& w, std::size_t o) { return w.span.start < o; });
  if (after != s.words.begin()) {
    const std::string_view before = std::prev(after)->lower;
    const auto cue = cues.find(before);
    if ((cue != cues.end() && cue->second == "scope") ||
        (after != s.words.end() && articles.count(before) && StartsWithYear(*after))) {
      rank += 1;
    }
  }
  return rank;
}

std::string_view Slice(std::string_view text, Span s) { return text.substr(s.start, s.end - s.start); }

bool MarkAfterWord(std::string_view text, WordSpan words, std::size_t k, std::string_view marks) {
  const std::size_t gap = words[k].span.end;
  return text.substr(gap, words[k + 1].span.start - gap).find_first_of(marks) != std::string_view::npos;
}

bool StartsUpper(std::string_view text, const Word& w) {
  const char c = text[w.span.start];
  return c >= 'A' && c <= 'Z';
}

const PhraseMatcher& EventTriggers() {
  static const PhraseMatcher matcher("en/event_triggers", kOpensEventTrigger);
  return matcher;
}

const PhraseMatcher& AgreementTriggers() {
  static const PhraseMatcher matcher("en/agreement_triggers", kOpensAgreementTrigger);
  return matcher;
}

const PhraseMatcher& FollowUpTriggers() {
  static const PhraseMatcher matcher("en/follow_up_triggers", kOpensFollowUpTrigger);
  return matcher;
}

const PhraseMatcher& PairAnaphora() {
  static const PhraseMatcher matcher("en/pair_anaphora", kOpensPairAnaphora);
  return matcher;
}

namespace {

// Makes the matchers with open bits, and marks "the", once: before the first word is
// tokenised, so that every word takes all its bits.
void MakeOpeners() {
  static const bool made = [] {
    EventTriggers();
    AgreementTriggers();
    FollowUpTriggers();
    PairAnaphora();
    AgreementNouns();
    PhraseMatcher::MarkOpens("the", kOpensThe);
    for (const auto& [word, role] : LexiconIndex("en/event_cues")) {
      if (role == "money_verb") PhraseMatcher::MarkOpens(word, kOpensMoneyVerb);
    }
    return true;
  }();
  (void)made;
}

// The hit of `matcher` at word `k`, for a word that holds its open bit `bit`, kept in
// `*hits` as FindAll keeps it: hits do not overlap, so a word inside one (before
// `*next`) opens none. Inline: most words that open some trigger open only one matcher's.
[[gnu::always_inline]] inline void AddHitAt(const PhraseMatcher& matcher, std::uint16_t bit, WordSpan words,
                                            std::size_t k, std::size_t* next,
                                            absl::InlinedVector<PhraseHit, 1>* hits) {
  if ((words[k].opens & bit) == 0 || k < *next) return;
  const PhraseHit hit = matcher.MatchAt(words, k);
  if (hit.entry < 0) return;
  hits->push_back(hit);
  *next = k + hit.count;
}

// FindAll of the three trigger matchers, in one scan of the words that may open any of them.
void FindTriggerHits(SentenceContext* s) {
  constexpr std::uint16_t kTriggers = kOpensEventTrigger | kOpensAgreementTrigger | kOpensFollowUpTrigger;
  if ((s->opens & kTriggers) == 0) return;
  const PhraseMatcher& events = EventTriggers();
  const PhraseMatcher& agreements = AgreementTriggers();
  const PhraseMatcher& follow_ups = FollowUpTriggers();
  const WordSpan words = s->words;   // copied: a hit stored in `*s` might, to the compiler, change them
  const Word* const begin = words.data();
  const Word* const end = begin + words.size();
  std::size_t next_event = 0, next_agreement = 0, next_follow_up = 0;
  for (const Word* w = NextOpening(begin, end, kTriggers); w != end; w = NextOpening(w + 1, end, kTriggers)) {
    const auto k = static_cast<std::size_t>(w - begin);
    AddHitAt(events, kOpensEventTrigger, words, k, &next_event, &s->event_hits);
    AddHitAt(agreements, kOpensAgreementTrigger, words, k, &next_agreement, &s->agreement_hits);
    AddHitAt(follow_ups, kOpensFollowUpTrigger, words, k, &next_follow_up, &s->follow_up_hits);
  }
}

}  // namespace

std::vector<SentenceContext> BuildContexts(const RecordInputs& in, WordStore* store, WordArray* words) {
  MakeOpeners();
  std::vector<SentenceContext> out;
  out.reserve(in.sentences.size());
  SliceSentenceWords(in.sentences, store, words, &out);
  for (SentenceContext& s : out) FindTriggerHits(&s);
  for (const DateMention& d : in.dates) {
    const int k = SentenceAt(out, d.span.start);
    if (k >= 0) out[k].dates.push_back(&d);
  }
  // (sentence, first mention offset, participant), sorted: each sentence's participants
  // in order of their first mention there. Linear in mentions, n log n in the sort.
  struct Hit {
    int sentence;
    std::size_t offset;
    const Participant* participant;
  };
  std::vector<Hit> hits;
  std::size_t mentions = 0;   // reserved at once: a release has dozens, grown one by one
  for (const Participant& p : in.participants) mentions += p.mentions.size();
  hits.reserve(mentions);
  for (const Participant& p : in.participants) {
    for (const Span& m : p.mentions) {
      const int k = SentenceAt(out, m.start);
      if (k >= 0) hits.push_back(Hit{k, m.start, &p});
    }
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    return a.sentence != b.sentence ? a.sentence < b.sentence : a.offset < b.offset;
  });
  std::vector<int> listed_in(in.participants.size(), -1);   // last sentence listing each
  for (const Hit& h : hits) {
    int& last = listed_in[static_cast<std::size_t>(h.participant - in.participants.data())];
    if (last == h.sentence) continue;
    last = h.sentence;
    out[h.sentence].participants.push_back(h.participant);
  }
  AddImpliedParticipants(&out);
  ResolveDescriptions(in.text, &out);
  return out;
}

PhraseHit AgreementNounFrom(WordSpan words, std::size_t k) {
  static const auto& entries = Lexicon("en/agreement_nouns");
  PhraseHit h = AgreementNouns().MatchAt(words, k);
  if (h.entry >= 0 && entries[h.entry].canonical == "none") h.entry = -1;
  return h;
}

bool IsNegatedOrModal(WordSpan words, std::size_t i) {
  static const auto& index = LexiconIndex("en/negations");
  // Most words before a trigger negate nothing, and their shape tells so without hashing.
  static const WordFilter shapes = [] {
    WordFilter f;
    for (const auto& [word, canonical] : index) f.Add(word);
    return f;
  }();
  const std::size_t from = i > kNegationWindow ? i - kNegationWindow : 0;
  for (std::size_t k = from; k < i; ++k) {
    if (shapes.MayHoldShape(words[k].shape) && index.count(words[k].lower)) return true;
  }
  // "no agreement was reached": a negation right before the trigger's noun phrase.
  return false;
}

bool IsNegatedAfter(WordSpan words, std::size_t i) {
  return i < words.size() && (words[i].lower == "not" || words[i].lower == "never");
}

namespace {

// One past the last `mark` in text[from, to), or `from` when none: memchr reads in wide
// steps where a byte loop took several instructions a byte, and few sentences hold a mark.
std::size_t PastLast(std::string_view text, std::size_t from, std::size_t to, char mark) {
  const char* const base = text.data();
  std::size_t past = from;
  for (const void* p = std::memchr(base + from, mark, to - from); p != nullptr;
       p = std::memchr(base + past, mark, to - past)) {
    past = static_cast<std::size_t>(static_cast<const char*>(p) - base) + 1;
  }
  return past;
}

}  // namespace

Span ClauseAround(std::string_view text, const SentenceContext& s, std::size_t i) {
  const std::size_t at = s.words[i].span.start;
  std::size_t start =
      std::max(PastLast(text, s.span.start, at, ';'), PastLast(text, s.span.start, at, ':'));
  std::size_t end = s.span.end;
  if (const void* next = std::memchr(text.data() + at, ';', s.span.end - at)) {
    end = static_cast<std::size_t>(static_cast<const char*>(next) - text.data());
  }
  while (start < end && text[start] == ' ') ++start;
  return Span{start, end};
}

namespace {

// "joined the Company in 2019, serving as CFO from 2019 through 2024, and was named COO in
// 2024": a comma and a conjunction, or a semicolon, between a date and the trigger put the
// date in another clause, about another occasion.
bool InAnotherClause(std::string_view text, Span date, std::size_t trigger) {
  const std::size_t from = std::min(date.end, trigger), to = std::max(date.start, trigger);
  if (from >= to) return false;
  const std::string_view between = text.substr(from, to - from);
  if (between.find(';') != std::string_view::npos) return true;
  for (std::size_t c = between.find(','); c != std::string_view::npos; c = between.find(',', c + 1)) {
    std::size_t k = c + 1;
    while (k < between.size() && between[k] == ' ') ++k;
    const std::string_view next = between.substr(k, 4);
    if (next == "and " || next == "but ") return true;
  }
  return false;
}

}  // namespace

std::optional<DateRef> DateNear(std::string_view text, const SentenceContext& s, std::size_t word) {
  const std::size_t at = s.words[word].span.start;
  const DateMention* best = nullptr;
  std::tuple<int, bool, std::size_t> best_key;
  for (const DateMention* d : s.dates) {
    // A duration or a set says how long or how often, not when.
    if (d->type == DateType::kDuration || d->type == DateType::kSet) continue;
    const std::size_t distance = d->span.start > at ? d->span.start - at : at - d->span.end;
    const std::tuple<int, bool, std::size_t> key{DateRank(s, *d), InAnotherClause(text, d->span, at),
                                                 distance};
    if (best == nullptr || key < best_key) {
      best = d;
      best_key = key;
    }
  }
  if (best == nullptr) return std::nullopt;
  return DateRef{std::string(Slice(text, best->span)), best->value, best->span};
}

namespace {

// A period that stays inside a name: after a single letter ("D.C.", "U.S.") or a place's
// abbreviation ("St. Francois County").
bool TakesPeriodInName(const Word& w) {
  static const auto& abbreviations = LexiconIndex("en/place_abbreviations");
  return (w.lower.size() == 1 && w.lower[0] >= 'a' && w.lower[0] <= 'z') || abbreviations.count(w.lower) > 0;
}

// Word k is a person's title before a capitalised word ("Iraq, Sen. Harry Reid", "Maine
// Senator Susan Collins"): a name begins there, which no place runs into.
bool OpensPersonName(std::string_view text, const SentenceContext& s, std::size_t k) {
  static const auto& titles = LexiconIndex("en/person_titles");
  return k + 1 < s.words.size() && IsCapitalised(text, s.words[k + 1]) && titles.count(s.words[k].lower) > 0;
}

// The run goes on past the gap after word k: a gap of spaces and commas, or a name's own
// period before a capitalised word that is no joiner ("St. Francois", not "U.S. The").
bool RunGoesOn(std::string_view text, const SentenceContext& s, std::size_t k) {
  const Word& w = s.words[k];
  const Word& next = s.words[k + 1];
  const std::string_view gap = text.substr(w.span.end, next.span.start - w.span.end);
  if (gap.find_first_of(".;:()\"") == std::string_view::npos) return true;
  return gap.front() == '.' && gap.find_first_not_of(' ', 1) == std::string_view::npos &&
         TakesPeriodInName(w) && IsCapitalised(text, next) && !IsConnector(next.lower);
}

}  // namespace

std::string CapitalisedRunAfter(std::string_view text, const SentenceContext& s, std::size_t i) {
  std::size_t k = i + 1;
  while (k < s.words.size() && (s.words[k].lower == "the" || s.words[k].lower == "a")) ++k;
  const std::size_t first = k;
  std::size_t last = k;   // one past the last capitalised word
  for (; k < s.words.size(); ++k) {
    const Word& w = s.words[k];
    if (k > first && OpensPersonName(text, s, k)) break;
    if (IsCapitalised(text, w)) {
      last = k + 1;
    } else if (!IsConnector(w.lower)) {
      break;
    }
    if (k + 1 < s.words.size() && !RunGoesOn(text, s, k)) break;
  }
  if (last <= first) return "";
  std::size_t end = s.words[last - 1].span.end;
  // "Washington, D.C.": the last initial keeps its period.
  if (end < text.size() && text[end] == '.' && TakesPeriodInName(s.words[last - 1])) ++end;
  return std::string(text.substr(s.words[first].span.start, end - s.words[first].span.start));
}

std::vector<std::string> ParticipantIds(const SentenceContext& s, bool persons, bool orgs,
                                        bool countries) {
  std::vector<std::string> ids;
  for (const Participant* p : s.participants) {
    const bool want = (p->kind == ParticipantKind::kPerson && persons) ||
                      (p->kind == ParticipantKind::kOrganization && orgs) ||
                      (p->kind == ParticipantKind::kCountry && countries);
    if (want) ids.push_back(p->id);
  }
  return ids;
}

}  // namespace prextract::internal
