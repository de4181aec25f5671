// Rules for pages whose punctuation was stripped into spaces (scraped Senate pages: "U S
// Senator Jane Roe  R Colorado  said ..."): gaps stand where quotation marks, brackets and
// periods were, and split sentences into pieces that these rules join again.
#ifndef PREXTRACT_SEGMENT_STRIPPED_RULES_H_
#define PREXTRACT_SEGMENT_STRIPPED_RULES_H_

#include <string_view>

namespace prextract::internal {

/// Whether `s` ends with a lower-case speech verb (lexicon en/speech_verbs): "Senator Allard
/// said", "Reed continued" is a quotation's speaker; a headline would capitalise its verb.
bool EndsWithSpeechVerb(std::string_view s);

/// Rule "speaker": a quotation's speaker on a piece of its own ("Senator Allard said", "Reed
/// continued"), which a page whose quotes and punctuation were stripped leaves between the
/// gaps where the quotes stood: two to five words, the first capitalised, the last a
/// lower-case speech verb.
bool IsSpeakerAttribution(std::string_view s);

/// Rule "party tag": `s` opens with a senator's party and state whose brackets were stripped
/// ("R Colorado  said", "D WA  announced", "R South Carolina  today"): the name before it
/// ended the piece before, and the sentence goes on here.
bool OpensWithPartyTag(std::string_view s);

/// Whether `s` is initials alone, their periods stripped ("U S", "D C").
bool IsInitials(std::string_view s);

/// Whether `s` ends with a word no sentence ends with (lexicon en/unfinished_endings).
bool EndsUnfinished(std::string_view s);

/// `s` after a leading "U S " or "U.S. " ("U S  Senator Patty Murray"), else `s`.
std::string_view AfterUsPrefix(std::string_view s);

}  // namespace prextract::internal

#endif  // PREXTRACT_SEGMENT_STRIPPED_RULES_H_
