#include "records/event_cues.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <iterator>

#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
#include <emmintrin.h>
#endif

#include "lexicon/lexicon.h"
#include "lexicon/string_table.h"
#include "lexicon/word_filter.h"

namespace prextract::internal {

namespace {

constexpr std::size_t kModifierWindow = 3;   // "today's credentials presentation ceremony"

// The first word of the window of `n` words before word `i`.
std::size_t WindowBefore(std::size_t i, std::size_t n) { return i > n ? i - n : 0; }

}  // namespace

namespace {

const std::string kNoCue;

// The shapes of every word of the cue lexicon: most words the rules ask about (the words
// around each trigger) have no role, and their shape, computed when they were tokenised,
// tells so in a few instructions where a look-up hashes them.
const WordFilter& CueShapes() {
  static const WordFilter shapes = [] {
    WordFilter f;
    for (const auto& [word, role] : LexiconIndex("en/event_cues")) f.Add(word);
    for (const LexiconEntry& e : Lexicon("en/event_cues")) {
      for (const std::string& v : e.variants) f.Add(v);
    }
    return f;
  }();
  return shapes;
}

// The words of each role, gathered once (a word may have several roles, and Cue() gives
// only the first).
const StringSet& RoleWords(std::string_view role) {
  static const StringMap<StringSet>* const roles = [] {
    auto* m = new StringMap<StringSet>();
    for (const LexiconEntry& e : Lexicon("en/event_cues")) {
      StringSet& words = (*m)[e.canonical];
      words.insert(e.variants.begin() + 1, e.variants.end());
    }
    return m;
  }();
  static const StringSet kNone;
  const auto it = roles->find(role);
  return it == roles->end() ? kNone : it->second;
}

// A role's name as a template argument: HasRole<"owner">. Implicit, so that a literal
// names a role.
template <std::size_t N>
struct RoleName {
  constexpr RoleName(const char (&s)[N]) { std::copy_n(s, N, name); }   // NOLINT
  char name[N];
};

// Whether `lower` is listed under role `kRole`, even when it has an earlier role as well.
// Each role finds its words once, at its first call: rules ask for every word of a
// sentence, and a word's one lookup is then all a call costs.
template <RoleName kRole>
bool HasRole(std::string_view lower) {
  static const StringSet& words = RoleWords(std::string_view(kRole.name, sizeof kRole.name - 1));
  return words.count(lower) > 0;
}

/// HasRole of a tokenised word: one whose shape no word of the role has is turned away
/// unhashed. Most words asked about are of no role, and the cue words that are ("the",
/// "will") are mostly of another.
template <RoleName kRole>
bool HasRole(const Word& w) {
  static const WordFilter shapes = [] {
    WordFilter f;
    const std::string_view role(kRole.name, sizeof kRole.name - 1);
    for (const std::string& word : RoleWords(role)) f.Add(word);
    return f;
  }();
  return shapes.MayHoldShape(w.shape) && HasRole<kRole>(w.lower);
}

}  // namespace

const std::string& Cue(std::string_view lower) {
  static const auto& cues = LexiconIndex("en/event_cues");
  const auto it = cues.find(lower);
  return it == cues.end() ? kNoCue : it->second;
}

const std::string& Cue(const Word& w) { return CueShapes().MayHoldShape(w.shape) ? Cue(w.lower) : kNoCue; }

namespace {

/// Cue(w) == kRole: a word whose shape no word of that first role has is turned away
/// unhashed, as most words a rule asks about are ("the" is asked whether it is an adverb).
template <RoleName kRole>
bool CueIs(const Word& w) {
  static constexpr std::string_view kName(kRole.name, sizeof kRole.name - 1);
  static const WordFilter shapes = [] {
    WordFilter f;
    for (const auto& [word, role] : LexiconIndex("en/event_cues")) {
      if (role == kName) f.Add(word);
    }
    return f;
  }();
  return shapes.MayHoldShape(w.shape) && Cue(w.lower) == kName;
}

}  // namespace

// "the launch of a ballistic missile", "launched provocations": a military act.
bool IsWeaponLaunch(WordSpan words, const PhraseHit& h, const std::string& type) {
  constexpr std::size_t kReach = 4;
  if (type != "announcement" || words[h.first].lower.rfind("launch", 0) != 0) return false;
  const std::size_t from = WindowBefore(h.first, kReach);
  const std::size_t to = std::min(words.size(), h.first + h.count + kReach);
  for (std::size_t k = from; k < to; ++k) {
    if (CueIs<"weapon">(words[k])) return true;
  }
  return false;
}

// "the meeting", "the upcoming meeting", "today's credentials presentation ceremony".
// A phrase that ends in "of" ("the opening session of a national summit") is named by
// what follows, not by its article.
bool IsDefinite(WordSpan words, const PhraseHit& h) {
  if (words[h.first + h.count - 1].lower == "of") return false;
  const std::size_t i = h.first;
  std::size_t k = i;
  while (k > 0 && i - k < kModifierWindow && CueIs<"modifier">(words[k - 1])) --k;
  return k > 0 && CueIs<"determiner">(words[k - 1]);
}

namespace {

// Whether a word of words[from, to), cut at the sentence's end, has role `kRole`: the window
// most cues look in ("under the 1951 Refugees Convention", "hosted on a dedicated website").
template <RoleName kRole>
bool RoleIn(WordSpan words, std::size_t from, std::size_t to) {
  to = std::min(to, words.size());
  for (std::size_t k = from; k < to; ++k) {
    if (HasRole<kRole>(words[k])) return true;
  }
  return false;
}

// A word that can stand in a noun phrase: letters first, no article or preposition cue.
bool IsPlainWord(WordSpan words, std::size_t i) {
  if (i >= words.size()) return false;
  const std::string_view w = words[i].lower;
  return !w.empty() && std::isalpha(static_cast<unsigned char>(w[0])) &&
         !CueIs<"determiner">(words[i]) && !CueIs<"scope">(words[i]);
}

}  // namespace

// "meeting participants", "public offering price": the event word only qualifies a noun;
// "the recently announced partnership": a participle as an adjective; "the registration
// statement": a document, not an occasion; "the content of this announcement": the release.
bool IsModifierUse(WordSpan words, const PhraseHit& h) {
  const std::size_t next = h.first + h.count;
  if (next < words.size() && CueIs<"head">(words[next])) return true;
  if (h.first > 0 && CueIs<"document">(words[h.first - 1])) return true;
  // Only a "-tion" noun names a field ("speech recognition"): "the brand introduces" is a verb.
  if (h.first > 0 && h.count == 1 && words[h.first].lower.ends_with("tion") &&
      HasRole<"field_lead">(words[h.first - 1])) {
    return true;
  }
  if (h.first > 1 && h.count == 1 && CueIs<"release_noun">(words[h.first])) {
    const std::string lead = std::string(words[h.first - 2].lower) + " " + std::string(words[h.first - 1].lower);
    if (Cue(lead) == "self_reference") return true;
  }
  const std::string_view w = words[h.first].lower;
  if (h.count != 1 || w.size() < 3 || w.compare(w.size() - 2, 2, "ed") != 0) return false;
  std::size_t k = h.first;
  while (k > 0 && CueIs<"adverb">(words[k - 1])) --k;
  if (k == 0) return false;
  // "for selected content": after a preposition only a noun phrase can follow, so the
  // participle qualifies the noun after it.
  if (HasRole<"adjective_lead">(words[k - 1])) return IsPlainWord(words, h.first + 1);
  // "a published author", "its published gym footprint": an article or a possessive, which
  // unlike "that" is never a pronoun, opens the noun phrase the participle stands in.
  if (HasRole<"noun_opener">(words[k - 1])) return IsPlainWord(words, h.first + 1);
  return k < h.first && CueIs<"determiner">(words[k - 1]);
}

bool IsDescriptiveParticiple(WordSpan words, const PhraseHit& h) {
  const std::string_view w = words[h.first].lower;
  if (h.count != 1 || h.first < 3 || !w.ends_with("ed")) return false;
  const Word& noun = words[h.first - 1];
  if (!std::isalpha(static_cast<unsigned char>(noun.lower[0])) || HasRole<"auxiliary">(noun) ||
      CueIs<"determiner">(noun) || CueIs<"adverb">(noun)) {
    return false;
  }
  for (std::size_t k = 0; k + 1 < h.first - 1; ++k) {   // "is a", "is an" before the noun
    if (HasRole<"copula">(words[k]) && (words[k + 1].lower == "a" || words[k + 1].lower == "an")) {
      return true;
    }
  }
  return false;
}

bool IntroducesProduct(WordSpan words, const PhraseHit& h) {
  if (h.count != 1 || !HasRole<"introduce_verb">(words[h.first])) return false;
  return std::none_of(words.begin(), words.end(),
                      [](const Word& w) { return HasRole<"legislation">(w); });
}

bool IsTopicOrRequirement(WordSpan words, const PhraseHit& h) {
  constexpr std::size_t kReach = 6;   // "will meet the educational and tactical training needs"
  const std::size_t next = h.first + h.count;
  if (next >= words.size()) return false;
  const std::string phrase = h.count == 1 ? std::string(words[h.first].lower)
                                          : std::string(words[h.first].lower) + " " + std::string(words[h.first + 1].lower);
  if (words[next].lower == "about") return HasRole<"talk_verb">(phrase);
  if (!HasRole<"meet_verb">(phrase) || IsDefinite(words, h) || words[next].lower == "with") {
    return false;
  }
  return RoleIn<"requirement">(words, next, next + kReach);
}

bool IsPluralNoun(WordSpan words, const PhraseHit& h) {
  const std::size_t next = h.first + 1;
  return h.count == 1 && HasRole<"verb_or_noun">(words[h.first]) &&
         (next == words.size() || HasRole<"noun_next">(words[next]));
}

bool IsBareNoun(WordSpan words, const PhraseHit& h) {
  constexpr std::size_t kReach = 2;   // "its proposed acquisition"
  if (h.count != 1 || !HasRole<"needs_owner">(words[h.first])) return false;
  const std::size_t next = h.first + 1;
  if (next < words.size() && (words[next].lower == "of" || words[next].lower == "by")) return false;
  for (std::size_t k = h.first; k > 0 && h.first - k < kReach; --k) {
    const Word& w = words[k - 1];
    if (CueIs<"determiner">(w) || HasRole<"owner">(w) || w.lower.ends_with("'s")) return false;
  }
  return true;
}

// "recognized as one of the top agencies", "named as among the best": a standing
// reputation, not an award or appointment that takes place.
bool IsReputation(WordSpan words, const PhraseHit& h) {
  const std::size_t next = h.first + h.count;
  return words[next - 1].lower == "as" && next < words.size() &&
         CueIs<"ranking">(words[next]);
}

// "We are honored to continue our partnership", "honoured to serve": the word reports a
// feeling about what follows "to"; an award received ("honored to receive the award") has
// its own trigger word.
bool IsFeeling(WordSpan words, const PhraseHit& h) {
  const std::size_t next = h.first + h.count;
  return h.count == 1 && CueIs<"feeling">(words[h.first]) && next < words.size() &&
         words[next].lower == "to";
}

// "Following his visit to New York, ...", "ahead of the summit": the occasion is the
// background of what the sentence reports, not the occasion itself.
bool IsBackground(WordSpan words, std::size_t i) {
  constexpr std::size_t kReach = 4;   // "following his three-day visit"
  for (std::size_t k = WindowBefore(i, kReach); k < i; ++k) {
    if (!CueIs<"background">(words[k])) continue;
    // "the following appointments": a determiner makes the word an adjective.
    if (k == 0 || !CueIs<"determiner">(words[k - 1])) return true;
  }
  return false;
}

// Word `w` ends a count written with a thousands separator ("9,000": the words split at
// the comma), not an amount of money ("$725,000").
bool EndsGroupedCount(std::string_view text, const Word& w) {
  const std::size_t start = w.span.start;
  if (w.lower.size() != 3 || start < 2 || text[start - 1] != ',' ||
      !std::isdigit(static_cast<unsigned char>(text[start - 2]))) {
    return false;
  }
  for (const char c : w.lower) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  std::size_t k = start;
  auto in_number = [&](char c) { return c == ',' || std::isdigit(static_cast<unsigned char>(c)); };
  while (k > 0 && in_number(text[k - 1])) --k;
  return k == 0 || text[k - 1] != '$';
}

bool AcquiresNoCompany(std::string_view text, WordSpan words, const PhraseHit& h) {
  constexpr std::size_t kReach = 5;   // "acquire a majority stake in BILLZ"
  if (!HasRole<"takes_company">(words[h.first])) return false;
  // "its CompuSystems acquisition", "SASMAR's acquisition": the company named before it.
  if (h.first > 0 && StartsUpper(text, words[h.first - 1])) return false;
  const std::size_t end = h.first + h.count;
  // "in connection with the acquisition": a definite noun points back at one reported.
  const bool specified = end < words.size() && words[end].lower == "of";
  if (h.first > 0 && CueIs<"determiner">(words[h.first - 1]) && !specified) return false;
  for (std::size_t k = end; k < words.size() && k < end + kReach; ++k) {
    // "acquire new firefighting equipment, enhance Emergency Medical Service": the object
    // ends at its comma, before the next item's capitals.
    if (k > end && MarkAfterWord(text, words, k - 1, ",;.(")) break;
    if (StartsUpper(text, words[k]) || HasRole<"company_word">(words[k])) return false;
  }
  return true;
}

// "The text of Senator Clinton's letter to President Bush follows", "Below is Sen. Cornyn's
// letter to ...": the sentence points the reader at a letter the release reproduces, where
// "In a letter to Secretary Rice, Schumer urged ..." or "Kennedy sent the following letter
// to ..." reports one sent.
bool PointsAtLetter(WordSpan words, const PhraseHit& h) {
  const std::string_view word = words[h.first].lower;
  if (word != "letter" && word != "letters") return false;
  for (std::size_t k = 0; k < h.first; ++k) {
    if (HasRole<"send_verb">(words[k])) return false;
  }
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (HasRole<"pointer">(words[k])) return true;
    if (words[k].lower == "text" && k + 1 < words.size() && words[k + 1].lower == "of") return true;
  }
  return false;
}

// "9,000 on-site interpreting visits": a large count of occasions is a statistic, not an
// occasion. Only a number with a thousands separator counts, so that a year ("the 2024
// summits") or a day ("July 14 talks") does not.
bool IsTally(std::string_view text, WordSpan words, const PhraseHit& h) {
  constexpr std::size_t kReach = 4;   // "9,000 on-site interpreting visits" ("on-site" is one word)
  const std::string_view last = words[h.first + h.count - 1].lower;
  if (last.size() < 2 || last.back() != 's') return false;
  for (std::size_t k = WindowBefore(h.first, kReach); k < h.first; ++k) {
    if (EndsGroupedCount(text, words[k])) return true;
  }
  return false;
}

// 'MSIT announced, "the visit aims at ..."': a verb that introduces a quotation after a
// comma or colon reports speech, like "said", not an occasion ('announced "Project X"'
// names what it announces).
bool IntroducesQuote(std::string_view text, const SentenceContext& s, const PhraseHit& h) {
  std::size_t at = s.words[h.first + h.count - 1].span.end;
  bool punctuated = false;
  while (at < s.span.end && (text[at] == ',' || text[at] == ':' || text[at] == ' ')) {
    punctuated = punctuated || text[at] != ' ';
    ++at;
  }
  if (!punctuated) return false;
  const std::string_view rest = text.substr(at, std::min<std::size_t>(3, s.span.end - at));
  return !rest.empty() && (rest[0] == '"' || rest == "\xE2\x80\x9C");
}

// "to continue close bilateral consultations", "follow-up consultations": a standing plan
// (a capitalised "Future" belongs to a name: "the Korea-LAC Future Cooperation Forum").
bool IsUnrealised(std::string_view text, WordSpan words, std::size_t i) {
  for (std::size_t k = WindowBefore(i, kModifierWindow); k < i; ++k) {
    // A capital other than the sentence's first names something ("the Future Forum").
    if (HasRole<"unrealised">(words[k]) && (k == 0 || !StartsUpper(text, words[k]))) return true;
    if (HasRole<"reserve_verb">(words[k]) && k + 1 < i &&
        (words[k + 1].lower == "a" || words[k + 1].lower == "an" || words[k + 1].lower == "your")) {
      return true;
    }
  }
  return false;
}

namespace {

bool VisitsWebPlace(WordSpan words, std::size_t visit) {
  constexpr std::size_t kReach = 5;   // "visit our secure site @ acme.com"
  return RoleIn<"web_place">(words, visit + 1, visit + kReach + 1);
}

}  // namespace

// "please visit", "your initial visit", "To donate, visit the page": no occasion.
bool IsInvitation(std::string_view text, const SentenceContext& s, const PhraseHit& h,
                  const std::string& type) {
  if (type != "visit") return false;
  const std::size_t i = h.first;
  for (std::size_t k = i > 2 ? i - 2 : 0; k < i; ++k) {
    if (CueIs<"visitor">(s.words[k])) return true;
  }
  if (s.words[i].lower != "visit") return false;
  if (i == 0 || VisitsWebPlace(s.words, i)) return true;
  return CommaAfterWord(text, s.words, i - 1);
}

// "Since 1981, we have proudly hosted German Fest": a perfect verb (at most two words
// before the trigger) after "since" reports a standing habit.
bool IsHabit(WordSpan words, const PhraseHit& h) {
  constexpr std::size_t kAdverbs = 2;   // "have proudly hosted", "has also held"
  const std::size_t from = h.first > kAdverbs + 1 ? h.first - kAdverbs - 1 : 0;
  for (std::size_t k = h.first; k > from; --k) {
    if (!HasRole<"perfect">(words[k - 1])) continue;
    for (std::size_t j = 0; j + 1 < k; ++j) {
      if (HasRole<"habit_since">(words[j])) return true;
    }
    return false;
  }
  return false;
}

// "Time: Announcement: 9:00 a.m.": a capitalised event noun right before a colon labels
// a field of a schedule or form.
bool IsFieldLabel(std::string_view text, const SentenceContext& s, const PhraseHit& h) {
  const Word& last = s.words[h.first + h.count - 1];
  return StartsUpper(text, s.words[h.first]) && last.span.end < text.size() &&
         text[last.span.end] == ':';
}

// "consistent with the Refugees Convention": a treaty named after a word of law-keeping.
bool IsTreaty(std::string_view text, WordSpan words, const PhraseHit& h) {
  constexpr std::size_t kReach = 4;   // "under the 1951 Refugees Convention"
  if (h.count != 1 || !HasRole<"treaty_noun">(words[h.first]) ||
      !StartsUpper(text, words[h.first])) {
    return false;
  }
  return RoleIn<"treaty_lead">(words, WindowBefore(h.first, kReach), h.first);
}

// "The Building Texas Show, hosted by Justin McKenzie", "content hosted on sites": a host of
// a show or of web content holds no gathering.
bool HostsShowOrContent(WordSpan words, const PhraseHit& h) {
  constexpr std::size_t kBefore = 4;   // "her new video series is hosted"
  constexpr std::size_t kAfter = 4;    // "hosted on a dedicated website"
  if (h.count != 1 || words[h.first].lower != "hosted") return false;
  if (RoleIn<"media_show">(words, WindowBefore(h.first, kBefore), h.first)) return true;
  const std::size_t next = h.first + 1;
  if (next >= words.size() || words[next].lower != "on") return false;
  return RoleIn<"web_place">(words, next + 1, next + kAfter + 1) ||
         RoleIn<"host_place">(words, next + 1, next + kAfter + 1);
}

bool NamesStateGathering(WordSpan words, std::size_t from, std::size_t to) {
  return RoleIn<"state_gathering">(words, from, to);
}

// A person's post in the title lexicon: one holder ("the online home of Senate Democrats"
// names many), and no business's role ("the Official Marketing Partner").
bool NamesPost(std::string_view w) {
  static const auto& titles = LexiconIndex("en/person_titles");
  return !w.ends_with('s') && w != "partner" && titles.count(w) > 0;
}

bool ServesInNoPost(WordSpan words, const PhraseHit& h) {
  constexpr std::size_t kReach = 6;   // "as the company's Southcentral Region Manager"
  const std::size_t end = h.first + h.count;
  if (h.count < 2 || words[end - 1].lower != "as" || words[end - 2].lower != "serve") return false;
  for (std::size_t k = end; k < words.size() && k < end + kReach; ++k) {
    if (NamesPost(words[k].lower)) return false;
  }
  return true;
}

// "penalties on those convicted of ...", "anyone convicted would face fines": a legal act
// said of people in general; "is charged with protecting consumers": a duty; "will be charged
// a penalty": a bill. None took place.
bool IsGeneralLegalAct(WordSpan words, const PhraseHit& h) {
  if (!HasRole<"legal_act">(words[h.first])) return false;
  if (h.first > 0 && HasRole<"anyone">(words[h.first - 1])) return true;
  const std::size_t next = h.first + h.count;
  if (words[h.first].lower != "charged" || next >= words.size()) return false;
  if (HasRole<"billing">(words[next])) return true;
  return words[next].lower == "with" && next + 1 < words.size() && words[next + 1].lower.ends_with("ing");
}

// A superlative among words [from, to): "Top", "Best", "Most", "largest".
bool HasSuperlative(WordSpan words, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < std::min(to, words.size()); ++k) {
    const std::string_view w = words[k].lower;
    if (w == "top" || w == "best" || w == "most" || (w.size() > 5 && w.ends_with("est"))) return true;
  }
  return false;
}

// "was named to Newsweek's list of ...", "has been named one of the Top ...", "was named
// among the World's Most Ethical Companies": a place in a ranking, from word `k` on. Not
// "one of three members of the conference", a place among a body's members.
bool NamesRanked(WordSpan words, std::size_t k) {
  constexpr std::size_t kReach = 6;   // "to the prestigious ranking", "to USA Today's list"
  constexpr std::size_t kRankReach = 5;   // "one of Atlanta Business Chronicle's Top"
  if (k >= words.size()) return false;
  const std::string_view w = words[k].lower;
  if (w == "to") return RoleIn<"rank_list">(words, k + 1, k + 1 + kReach);
  const bool one_of = w == "one" && k + 1 < words.size() && words[k + 1].lower == "of";
  return (one_of || w == "among") && HasSuperlative(words, k + 1, k + 1 + kRankReach);
}

// "has been named recipient of the ITLA award", "was named a finalist": naming a winner,
// or a place in a ranking, gives an award, not a post.
bool NamesWinner(WordSpan words, const PhraseHit& h, const std::string& type) {
  if (type != "appointment") return false;
  std::size_t k = h.first + h.count;
  while (k < words.size() && k < h.first + h.count + 2 &&
         (words[k].lower == "a" || words[k].lower == "the" || words[k].lower == "as")) {
    ++k;
  }
  return NamesRanked(words, k) || (k < words.size() && HasRole<"prize_role">(words[k]));
}

// "entered into the Congressional Record", "entered into a daily drawing": entering signs
// something only when an agreement, a deal or a partnership stands within a few words
// ("the latest deal Acme has entered into").
bool EntersNoAgreement(WordSpan words, const PhraseHit& h) {
  constexpr std::size_t kBefore = 5;   // "the latest high-profile deal Dragonfly Energy has"
  constexpr std::size_t kAfter = 10;   // "a $7 million senior secured convertible note agreement"
  if (h.count != 2 || words[h.first].lower != "entered") return false;
  const std::size_t from = WindowBefore(h.first, kBefore);
  const std::size_t to = std::min(words.size(), h.first + h.count + kAfter);
  for (std::size_t k = from; k < to; ++k) {
    if (AgreementNounAt(words, k).entry >= 0 || HasRole<"deal_noun">(words[k])) return false;
  }
  return true;
}

// "illuminated exit signs", "the signs may be subtle", "vital signs": after a determiner, a
// preposition or an adjective "signs" is the noun; the verb opens its object ("signs a
// lease", "signs with Acme") or a name ("signs Jane Doe").
bool SignsAsNoun(std::string_view text, WordSpan words, const PhraseHit& h) {
  if (h.count != 1 || words[h.first].lower != "signs") return false;
  const std::size_t next = h.first + 1;
  if (next >= words.size()) return true;
  return !HasRole<"sign_object">(words[next]) && !StartsUpper(text, words[next]);
}

// "meeting that obligation", "rewarded for meeting care quality benchmarks": a goal a few
// words after the verb makes "meet" mean "satisfy"; "meeting with" stays a gathering.
bool MeetsAGoal(WordSpan words, const PhraseHit& h) {
  constexpr std::size_t kReach = 4;   // "meeting care quality benchmarks"
  const std::string_view w = words[h.first].lower;
  if (h.count != 1 || (w != "meeting" && w != "meet" && w != "meets")) return false;
  for (std::size_t k = h.first + 1; k < words.size() && k <= h.first + kReach; ++k) {
    if (words[k].lower == "with") return false;
    if (HasRole<"goal_noun">(words[k])) return true;
  }
  return false;
}

// "the Los Angeles Convention Center", "a conference center": the event noun names the
// place; a head word in another case ("awarded Centre for Neuro Skills") follows a verb.
bool NamesPlace(std::string_view text, WordSpan words, const PhraseHit& h) {
  const std::size_t next = h.first + h.count;
  return next < words.size() && HasRole<"place_head">(words[next]) &&
         StartsUpper(text, words[next - 1]) == StartsUpper(text, words[next]);
}

// "Chairman of the Senate Republican Conference", "a member of the Global Roundtable": a
// capitalised event noun that ends the name an office is held in names a standing body.
bool NamesOfficeBody(std::string_view text, WordSpan words, const PhraseHit& h) {
  constexpr std::size_t kNameWords = 6;   // "the Multi-Million Dollar Advocates Forum"
  if (h.count != 1 || !StartsUpper(text, words[h.first])) return false;
  std::size_t k = h.first;
  while (k > 0 && h.first - k < kNameWords && StartsUpper(text, words[k - 1])) --k;
  if (k > 0 && words[k - 1].lower == "the") --k;
  return k > 1 && words[k - 1].lower == "of" && HasRole<"office">(words[k - 2]);
}

// "The settlement was announced by Richard P. Donoghue", "The charges were announced by
// ...": a passive announcing word with its agent credits the occasion the sentence's subject
// names to an official; it reports no announcement of its own.
bool CreditsOfficial(WordSpan words, const PhraseHit& h, const std::string& type) {
  const std::size_t next = h.first + h.count;
  return type == "announcement" && h.count == 1 && h.first > 0 && next < words.size() &&
         words[next].lower == "by" && HasRole<"passive">(words[h.first - 1]);
}

// "from online education to business meetings", "social gatherings": a single plural event
// noun that no article or determiner leads names occasions in general, not one that took
// place ("at their bilateral summit talks" and "held talks" do not qualify).
bool IsLegalAct(WordSpan words, const PhraseHit& h) {
  return HasRole<"legal_act">(words[h.first]);
}

bool IsGenericPlural(WordSpan words, const PhraseHit& h) {
  const std::string_view w = words[h.first].lower;
  if (h.count != 1 || w.size() < 4 || w.back() != 's') return false;
  const std::size_t from = WindowBefore(h.first, kModifierWindow);
  for (std::size_t k = from; k < h.first; ++k) {
    if (CueIs<"determiner">(words[k]) || HasRole<"article">(words[k])) return false;
  }
  return true;
}

// "today announced an enhanced partnership with Google Cloud", "is pleased to announce a new
// distribution agreement": what is announced is the agreement, which the agreement record
// reports; the announcement is no occasion of its own. A break word ("announced that the
// agreement ...", "the results of the agreement") ends the object before the noun.
bool AnnouncesAgreement(WordSpan words, const PhraseHit& h, const std::string& type) {
  constexpr std::size_t kReach = 4;   // "a new distribution agreement"
  if (type != "announcement") return false;
  const std::size_t end = h.first + h.count;
  for (std::size_t k = end; k < words.size() && k < end + kReach; ++k) {
    const PhraseHit noun = AgreementNounAt(words, k);
    if (noun.entry >= 0) return true;
    if (noun.count > 1) k += noun.count - 1;
    if (HasRole<"object_break">(words[k])) return false;
  }
  return false;
}

namespace {

constexpr std::string_view kCurrencySigns[] = {"$", "US$", "USD ", "EUR ", "KRW ", "\xE2\x82\xAC", "\xC2\xA3",
                                               "\xE2\x82\xA9", "\xC2\xA5"};

bool StartsWithCurrency(std::string_view rest) {
  for (std::string_view sign : kCurrencySigns) {
    if (rest.substr(0, sign.size()) == sign) return true;
  }
  return false;
}

#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
// The first bytes of the signs: a sentence is read once for these, sixteen bytes a step,
// where a search for each sign read it nine times.
constexpr char kSignLeads[] = {'$', 'U', 'E', 'K', '\xE2', '\xC2'};
static_assert(std::all_of(std::begin(kCurrencySigns), std::end(kCurrencySigns), [](std::string_view sign) {
  return std::find(std::begin(kSignLeads), std::end(kSignLeads), sign[0]) != std::end(kSignLeads);
}));

// The bytes among the sixteen at `p` that may open a sign, one bit each.
unsigned SignLeads(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  __m128i leads = _mm_setzero_si128();
  for (const char c : kSignLeads) leads = _mm_or_si128(leads, _mm_cmpeq_epi8(v, _mm_set1_epi8(c)));
  return static_cast<unsigned>(_mm_movemask_epi8(leads));
}

// Whether a sign starts at one of the bytes `leads` marks, bit k for inside[at + k].
bool SignAtAny(std::string_view inside, std::size_t at, unsigned leads) {
  for (; leads != 0; leads &= leads - 1) {
    const auto k = static_cast<std::size_t>(std::countr_zero(leads));
    if (StartsWithCurrency(inside.substr(at + k))) return true;
  }
  return false;
}
#endif

}  // namespace

bool MentionsCurrency(std::string_view text, Span span) {
  const std::string_view inside = text.substr(span.start, span.end - span.start);
#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
  if (inside.size() >= 16) {
    std::size_t i = 0;
    for (; i + 16 <= inside.size(); i += 16) {
      if (SignAtAny(inside, i, SignLeads(inside.data() + i))) return true;
    }
    // The last bytes, read as the span's last sixteen less those already read.
    const std::size_t rest = inside.size() - i;
    return rest != 0 && SignAtAny(inside, i, SignLeads(inside.data() + inside.size() - 16) >> (16 - rest));
  }
#endif
  for (std::string_view sign : kCurrencySigns) {
    if (inside.find(sign) != std::string_view::npos) return true;
  }
  return false;
}

// "The funds were awarded to the township", "FEMA expects to award more than 8,000 grants":
// an award of money, named a few words around the award word, is funding. A named award
// ("The Neighborhood Spotlight Awards, supported by a grant program") stays an award.
bool AwardsMoney(std::string_view text, WordSpan words, const PhraseHit& h,
                 const std::string& type) {
  constexpr std::size_t kBefore = 3;   // "The funds were awarded"
  constexpr std::size_t kAfter = 8;    // "awarded seven fire departments a total of ... in federal"
  if (type != "award" || StartsUpper(text, words[h.first])) return false;
  return RoleIn<"money_noun">(words, WindowBefore(h.first, kBefore), h.first + h.count + kAfter);
}

// Word `i` is a verb of giving followed by an amount ("announced $725,000", "will grant
// another $100,000"): the sentence reports funding.
bool GivesAmount(std::string_view text, const SentenceContext& s, std::size_t i) {
  constexpr std::size_t kOfferReach = 6;   // "Invest $6000, gain $1680 profit"
  if (!CueIs<"money_verb">(s.words[i])) return false;
  std::size_t k = i + 1;
  while (k < s.words.size() && k - i <= 3 && CueIs<"amount_lead">(s.words[k])) ++k;
  std::size_t at = s.words[k - 1].span.end;
  while (at < s.span.end && text[at] == ' ') ++at;
  return StartsWithCurrency(text.substr(at, std::min<std::size_t>(4, s.span.end - at))) &&
         !RoleIn<"offer_reward">(s.words, k, k + kOfferReach);
}

}  // namespace prextract::internal
