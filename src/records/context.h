// One sentence seen by the record finders: its words, dates and participants.
#ifndef PREXTRACT_RECORDS_CONTEXT_H_
#define PREXTRACT_RECORDS_CONTEXT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <absl/container/inlined_vector.h>

#include "prextract/release.h"
#include "records/phrases.h"
#include "records/records.h"

namespace prextract::internal {

struct SentenceContext {
  Span span;
  std::optional<int> paragraph;
  WordSpan words;   // a slice of the release's words (BuildContexts)
  // The union of the words' open bits (Word::opens): most sentences hold no word that may
  // open a given matcher's phrases, and this tells so without a scan.
  std::uint16_t opens = 0;
  // Most sentences hold a few dates and name a few participants: room for them inline
  // spares a buffer per sentence and list.
  absl::InlinedVector<const DateMention*, 4> dates;         // inside the sentence, in order
  absl::InlinedVector<const Participant*, 4> participants;  // mentioned inside, by first mention
  // PhraseMatcher::FindAll of EventTriggers, AgreementTriggers and FollowUpTriggers, found
  // in one scan of the words (BuildContexts): each finder's own scan read every word again.
  // Most sentences hold none or one of each.
  absl::InlinedVector<PhraseHit, 1> event_hits, agreement_hits, follow_up_hits;
};

/// Builds the context of each sentence in one merge pass over sorted dates. Their words are
/// slices of `*words`, which must outlive them, and view `*store`, a store of `in.text`.
std::vector<SentenceContext> BuildContexts(const RecordInputs& in, WordStore* store, WordArray* words);

/// Word::opens bits of the matchers that scan every word of every sentence.
enum OpenBit : std::uint16_t {
  kOpensEventTrigger = 1 << 0,
  kOpensAgreementTrigger = 1 << 1,
  kOpensFollowUpTrigger = 1 << 2,
  kOpensPairAnaphora = 1 << 3,
  kOpensAgreementNoun = 1 << 4,
  kOpensThe = 1 << 5,   // "the", which opens a title reference ("the Minister")
  // A money verb (Cue "money_verb"), which may give an amount ("granted $100,000"): a
  // sentence without one needs no search for currency signs.
  kOpensMoneyVerb = 1 << 6,
};

/// The matchers with open bits. BuildContexts makes them before it tokenises, as a word
/// takes its bits then.
const PhraseMatcher& EventTriggers();
const PhraseMatcher& AgreementTriggers();
const PhraseMatcher& FollowUpTriggers();
const PhraseMatcher& PairAnaphora();

/// The matcher of en/agreement_nouns, inline like AgreementNounAt below: the agreement
/// finders ask at every word of every sentence, and most words start no phrase, which the
/// matcher's filter then tells without a call.
inline const PhraseMatcher& AgreementNouns() {
  static const PhraseMatcher nouns("en/agreement_nouns", kOpensAgreementNoun);
  return nouns;
}

/// AgreementNounAt for a word that may start a phrase.
PhraseHit AgreementNounFrom(WordSpan words, std::size_t k);

/// The agreement noun phrase (en/agreement_nouns) at word `k`, or a hit with entry -1. A
/// phrase that holds such a noun in another sense ("a great deal of", "smart contracts")
/// also gives entry -1, with its word count: callers step over its words, whose noun alone
/// would match.
inline PhraseHit AgreementNounAt(WordSpan words, std::size_t k) {
  return AgreementNouns().MayStartAt(words, k) ? AgreementNounFrom(words, k) : PhraseHit{};
}

/// True when a negation or a modal ("not", "no", "may consider") stands within the
/// few words before word `i`, in the same clause.
bool IsNegatedOrModal(WordSpan words, std::size_t i);

/// True when word `i` negates what precedes it ("will not", "will never").
bool IsNegatedAfter(WordSpan words, std::size_t i);

/// The span of the clause around word `i`: bounded by ';', ':' or the sentence.
Span ClauseAround(std::string_view text, const SentenceContext& s, std::size_t i);

/// How well date `d` can date an occasion of sentence `s`; lower is better: vague
/// references ("upcoming") and dates that only scope a subject ("for 2025") rank higher.
int DateRank(const SentenceContext& s, const DateMention& d);

/// The sentence's date nearest word `word` (durations and sets aside), as a record date.
std::optional<DateRef> DateNear(std::string_view text, const SentenceContext& s, std::size_t word);

/// A run of capitalised words right after word `i` ("the Joint Korea-Germany Committee
/// on Science, Technology and Industry"), empty when none.
std::string CapitalisedRunAfter(std::string_view text, const SentenceContext& s, std::size_t i);

/// Ids of the participants of the sentence, optionally only of some kinds.
std::vector<std::string> ParticipantIds(const SentenceContext& s, bool persons, bool orgs,
                                        bool countries);

std::string_view Slice(std::string_view text, Span s);

/// Whether one of `marks` stands between word k of `words` and the next. REQUIRES: k + 1 < size.
bool MarkAfterWord(std::string_view text, WordSpan words, std::size_t k, std::string_view marks);

/// MarkAfterWord for a comma.
inline bool CommaAfterWord(std::string_view text, WordSpan words, std::size_t k) {
  return MarkAfterWord(text, words, k, ",");
}

/// True when word `w` of `text` starts with an ASCII capital letter.
bool StartsUpper(std::string_view text, const Word& w);

}  // namespace prextract::internal

#endif  // PREXTRACT_RECORDS_CONTEXT_H_
