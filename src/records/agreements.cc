// Agreements: named agreements, treaties, MOUs, settlements and partnerships, and
// agreements reached in the text ("agreed to", "reached a consensus", "it was decided").
#include <unordered_set>

#include "lexicon/lexicon.h"
#include "records/context.h"
#include "records/records_internal.h"

namespace prextract::internal {
namespace {

constexpr std::size_t kNounWindow = 10;

// Index of the first agreement noun in [from, from + kNounWindow), or npos.
std::size_t NounAfter(const SentenceContext& s, std::size_t from) {
  for (std::size_t k = from; k < s.words.size() && k < from + kNounWindow; ++k) {
    if (s.words[k].lower == "law") return std::string::npos;   // "signed into law": a bill
    const PhraseHit h = AgreementNounAt(s.words, k);
    if (h.entry >= 0) return k + h.count - 1;
    if (h.count > 1) k += h.count - 1;
  }
  return std::string::npos;
}

// A noun that is a verb as well ("deal", "contract", "charter") used as the verb: after
// "to" ("to contract with"), or before "with" with no article or owner before it ("we must
// deal with the backlog", "provisions that deal with", not "a deal with China" or "the
// trade deal with Peru", whose noun follows a word that qualifies it).
bool IsVerbUse(WordSpan words, std::size_t k) {
  if (k == 0) return false;
  const std::string_view before = words[k - 1].lower;
  if (before == "to") return true;
  if (k + 1 >= words.size() || words[k + 1].lower != "with") return false;
  static constexpr std::string_view kSubjects[] = {"we", "they", "you", "i", "that", "which", "who",
                                                   "must", "will", "would", "can", "could", "should",
                                                   "and", "or", "cannot", "also"};
  for (const std::string_view w : kSubjects) {
    if (before == w) return true;
  }
  return false;
}

// "the Korea-Germany Science and Technology Cooperation Agreement": the capitalised
// run that ends in the agreement noun at `noun`, or "" when the noun is common.
std::string NameEndingAt(std::string_view text, const SentenceContext& s, std::size_t noun) {
  if (!StartsUpper(text, s.words[noun])) return "";
  std::size_t first = noun;
  for (std::size_t k = noun; k-- > 0;) {
    const Word& w = s.words[k];
    const std::string_view gap = text.substr(w.span.end, s.words[k + 1].span.start - w.span.end);
    if (gap.find_first_of(",;:()\"") != std::string_view::npos) break;
    if (StartsUpper(text, w)) first = k;
    else if (w.lower != "and" && w.lower != "of" && w.lower != "on" && w.lower != "for") break;
  }
  if (first == noun) return "";
  return std::string(text.substr(s.words[first].span.start, s.words[noun].span.end - s.words[first].span.start));
}

struct Label {
  std::string status;
  std::string type;
};

Label ParseLabel(const std::string& canonical) {
  const std::size_t space = canonical.find(' ');
  return Label{canonical.substr(0, space), space == std::string::npos ? "agreement" : canonical.substr(space + 1)};
}

// Signing words make an agreement only when an agreement noun follows them.
bool NeedsNoun(const Label& label) { return label.status == "signed" || label.status == "planned"; }

// "has selected AWS as its preferred cloud provider": a selection is an engagement only
// when the role it fills follows within the noun window.
bool NamesRole(const SentenceContext& s, std::size_t from) {
  static const PhraseMatcher roles("en/engagement_roles");
  for (std::size_t k = from; k < s.words.size() && k < from + kNounWindow; ++k) {
    if (roles.MatchAt(s.words, k).entry >= 0) return true;
  }
  return false;
}

// Without a trigger verb, an agreement the sentence names ("a new distribution
// agreement", "the Memorandum of Understanding") is one, unless negated ("no agreement").
// "this agreement", "our partnership": a word that points back to one already named.
bool PointsBack(WordSpan words, std::size_t noun) {
  for (std::size_t k = noun; k-- > 0 && k + 3 >= noun;) {
    const std::string_view w = words[k].lower;
    if (w == "this" || w == "that" || w == "the" || w == "our" || w == "their" || w == "its" ||
        w == "these" || w == "such") {
      return true;
    }
  }
  return false;
}

// "competing for federal contracts", "to deploy contracts", "foster partnerships": a plural
// noun that no determiner, number or possessive makes particular names agreements in general,
// none that was made.
bool InGeneral(WordSpan words, std::size_t noun, std::size_t count) {
  const std::string_view w = words[noun].lower;
  if (count != 1 || w.size() < 4 || w.back() != 's') return false;
  for (std::size_t k = noun; k-- > 0 && k + 3 >= noun;) {
    const std::string_view d = words[k].lower;
    if (d == "the" || d == "these" || d == "those" || d == "its" || d == "their" || d == "our" ||
        d == "his" || d == "her" || d == "both" || d == "two" || d == "three" || d == "several" ||
        d == "'s" || (!d.empty() && d[0] >= '0' && d[0] <= '9')) {
      return false;
    }
  }
  return true;
}

// "Partnership Grants", "Contract Development and Manufacturing Organization": a
// capitalised word right after the noun makes it part of a longer name of something else.
bool ContinuesIntoName(std::string_view text, const SentenceContext& s, std::size_t last) {
  if (last + 1 >= s.words.size() || !StartsUpper(text, s.words[last]) ||
      !StartsUpper(text, s.words[last + 1])) {
    return false;
  }
  const std::size_t gap_start = s.words[last].span.end;
  const std::string_view gap = text.substr(gap_start, s.words[last + 1].span.start - gap_start);
  return gap.find_first_not_of(' ') == std::string_view::npos;
}

// "a non-profit corporation that partners with Alabama colleges", "a firm which partners
// with leading companies": a present tense in a relative clause says what a body does by
// habit, no partnership formed.
bool DescribesHabit(WordSpan words, std::size_t trigger) {
  if (trigger == 0 || words[trigger].lower != "partners") return false;
  const std::string_view before = words[trigger - 1].lower;
  return before == "that" || before == "which" || before == "who";
}

// "We are thrilled to partner with", "proud to have partnered with": a reaction to an
// agreement, not the agreement itself.
bool FollowsSentiment(WordSpan words, std::size_t trigger) {
  static const auto& sentiments = LexiconIndex("en/agreement_sentiments");
  std::size_t k = trigger;
  if (k > 0 && words[k - 1].lower == "have") --k;
  return k >= 2 && words[k - 1].lower == "to" && sentiments.count(words[k - 2].lower) > 0;
}

// What the agreements found so far leave open: whether any names a document.
enum class Earlier { kNone, kSelectionsOnly, kDocumented };

// A selection ("has selected AWS as its preferred cloud provider") names no document, so a
// later "the multi-year agreement" is the first mention of its contract; "this
// partnership" still restates the selection.
bool RefersBack(WordSpan words, std::size_t noun, bool relationship,
                Earlier earlier) {
  if (earlier == Earlier::kNone || !PointsBack(words, noun)) return false;
  return earlier == Earlier::kDocumented || relationship;
}

std::optional<Agreement> FromNoun(std::string_view text, const SentenceContext& s,
                                  Earlier earlier) {
  static const auto& entries = Lexicon("en/agreement_nouns");
  if (!(s.opens & kOpensAgreementNoun)) return std::nullopt;   // no word opens a noun phrase
  // Read once: the scan stays tight. Most words open no agreement noun.
  const Word* const words = s.words.data();
  const Word* const end = words + s.words.size();
  for (const Word* w = NextOpening(words, end, kOpensAgreementNoun); w != end;
       w = NextOpening(w + 1, end, kOpensAgreementNoun)) {
    const auto k = static_cast<std::size_t>(w - words);
    const PhraseHit h = AgreementNounAt(s.words, k);
    if (h.entry < 0) {
      if (h.count > 1) w += h.count - 1;
      continue;
    }
    if (ContinuesIntoName(text, s, k + h.count - 1) || InGeneral(s.words, k, h.count)) continue;
    const std::string& kind = entries[h.entry].canonical;
    if (kind == "verb_too" && IsVerbUse(s.words, k)) continue;
    if (IsNegatedOrModal(s.words, k)) return std::nullopt;
    const bool relationship = kind == "relationship";
    if (RefersBack(s.words, k, relationship, earlier)) return std::nullopt;
    Agreement a;
    a.type = "agreement";
    a.status = "agreed";
    a.name = NameEndingAt(text, s, k + h.count - 1);
    a.date = DateNear(text, s, h.first);
    if (a.date) a.date->value = DayOf(a.date->value);
    a.parties = ParticipantIds(s, false, true, true);
    a.evidence = s.span;
    return a;
  }
  return std::nullopt;
}

// "this strategic partnership", "the consent decree": a trigger that is itself a noun
// phrase (its noun at `noun`), right after a word that points back.
bool NamesAfterPointer(const SentenceContext& s, const PhraseHit& h, std::size_t noun) {
  return noun < h.first + h.count && PointsBack(s.words, h.first + 1);
}

std::optional<Agreement> FromSentence(std::string_view text, const SentenceContext& s,
                                      Earlier earlier) {
  static const auto& entries = Lexicon("en/agreement_triggers");
  const bool have_earlier = earlier != Earlier::kNone;
  for (const PhraseHit& h : s.agreement_hits) {
    if (IsNegatedOrModal(s.words, h.first) || FollowsSentiment(s.words, h.first) ||
        DescribesHabit(s.words, h.first)) {
      continue;
    }
    const Label label = ParseLabel(entries[h.entry].canonical);
    if (label.status == "none") continue;   // a trigger word in another sense ("sign up")
    const std::size_t noun = NounAfter(s, h.first);   // may be the trigger's own
    // "Under the agreement, ...", "This strategic partnership ...": once an agreement is
    // known, these point back at it.
    if (have_earlier && (label.status == "in_force" || NamesAfterPointer(s, h, noun))) continue;
    if (NeedsNoun(label) && noun == std::string::npos) continue;
    if (label.status == "selected" && !NamesRole(s, h.first + h.count)) continue;
    Agreement a;
    a.type = label.type;
    a.status = label.status;
    if (noun != std::string::npos) a.name = NameEndingAt(text, s, noun);
    a.date = DateNear(text, s, h.first);
    if (a.date) a.date->value = DayOf(a.date->value);
    a.parties = ParticipantIds(s, false, true, true);
    a.evidence = s.span;
    return a;
  }
  return FromNoun(text, s, earlier);
}

}  // namespace

std::vector<Agreement> FindAgreements(std::string_view text,
                                      const std::vector<SentenceContext>& sentences) {
  std::vector<Agreement> out;
  std::unordered_set<std::string> names;   // a named agreement is reported once
  Earlier earlier = Earlier::kNone;
  ParagraphDate occasion;
  for (const SentenceContext& s : sentences) {
    std::optional<Agreement> a = FromSentence(text, s, earlier);
    if (!a) continue;
    if (a->status != "selected") earlier = Earlier::kDocumented;
    else if (earlier == Earlier::kNone) earlier = Earlier::kSelectionsOnly;
    if (!a->name.empty() && !names.insert(AsciiLower(a->name)).second) continue;
    occasion.Share(s, &a->date);
    a->id = MakeId('a', out.size() + 1);
    out.push_back(std::move(*a));
  }
  return out;
}

}  // namespace prextract::internal
