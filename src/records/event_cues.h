// What the words around an event word say about it (data/lexicons/en/event_cues.txt):
// whether it points back at an occasion already reported, only qualifies a noun, is a
// standing plan, an invitation, a payment or a military launch.
#ifndef PREXTRACT_RECORDS_EVENT_CUES_H_
#define PREXTRACT_RECORDS_EVENT_CUES_H_

#include <string>
#include <string_view>
#include <vector>

#include "records/context.h"
#include "records/phrases.h"

namespace prextract::internal {

/// The role of a lower-cased word in the cue lexicon ("determiner", "head", ...), or "".
const std::string& Cue(std::string_view lower);
/// Cue(w.lower); a word whose shape no cue word has is turned away without hashing.
const std::string& Cue(const Word& w);

/// "the meeting", "the upcoming meeting", "today's credentials presentation ceremony";
/// never a phrase ending in "of" ("the opening session of a national summit").
bool IsDefinite(WordSpan words, const PhraseHit& h);

/// "X is a journal published by Y": a participle describing the noun that "is a" classifies.
bool IsDescriptiveParticiple(WordSpan words, const PhraseHit& h);

/// "introduced a new app" with no legislation word in the sentence: a product's launch.
bool IntroducesProduct(WordSpan words, const PhraseHit& h);

/// "talks about the farm bill", "meeting the eligibility requirements": a verb of talking
/// or meeting that takes a topic or a requirement, not a gathering.
bool IsTopicOrRequirement(WordSpan words, const PhraseHit& h);

/// "warning signs of", "Signs include": a verb trigger read as a plural noun.
bool IsPluralNoun(WordSpan words, const PhraseHit& h);

/// "equipment acquisition": an event noun with no article or owner within two words before
/// and no "of" after.
bool IsBareNoun(WordSpan words, const PhraseHit& h);

/// "meeting participants", "the recently announced partnership": a modifier, no occasion.
bool IsModifierUse(WordSpan words, const PhraseHit& h);

/// "recognized as one of the top agencies": a reputation, no occasion.
bool IsReputation(WordSpan words, const PhraseHit& h);

/// "We are honored to continue ...": a feeling about what follows, no occasion.
bool IsFeeling(WordSpan words, const PhraseHit& h);

/// Word `i` stands in a phrase that sets the background ("Following his visit to New
/// York, ...", "ahead of the summit").
bool IsBackground(WordSpan words, std::size_t i);

/// "to acquire new firefighting equipment", "hospital-acquired infections": a word of buying a
/// company with no name after it acquires things, not a company.
bool AcquiresNoCompany(std::string_view text, WordSpan words, const PhraseHit& h);

/// "The text of the senator's letter to the President follows": a pointer at a letter the
/// release reproduces, no letter sent.
bool PointsAtLetter(WordSpan words, const PhraseHit& h);

/// "9,000 on-site interpreting visits": a count of occasions, no occasion.
bool IsTally(std::string_view text, WordSpan words, const PhraseHit& h);

/// 'MSIT announced, "..."': the trigger introduces a quotation, like "said".
bool IntroducesQuote(std::string_view text, const SentenceContext& s, const PhraseHit& h);

/// "to continue close bilateral consultations", "follow-up consultations": no occasion.
bool IsUnrealised(std::string_view text, WordSpan words, std::size_t i);

/// "Since 1981, we have proudly hosted ...": a standing habit, not one occasion.
bool IsHabit(WordSpan words, const PhraseHit& h);

/// "Time: Announcement: 9:00 a.m.": the event noun labels a field.
bool IsFieldLabel(std::string_view text, const SentenceContext& s, const PhraseHit& h);

/// "consistent with the Refugees Convention": a treaty, not a gathering.
bool IsTreaty(std::string_view text, WordSpan words, const PhraseHit& h);

/// "The Building Texas Show, hosted by ...", "content hosted on sites": no gathering.
bool HostsShowOrContent(WordSpan words, const PhraseHit& h);

/// "G20", "U.N.", "NATO", "World" among words [from, to): a name of a gathering of states.
bool NamesStateGathering(WordSpan words, std::size_t from, std::size_t to);

/// "will serve as a foundation", "will serve as moderator": serving as anything but a
/// person's post ("will serve as the company's Region Manager") is no appointment.
bool ServesInNoPost(WordSpan words, const PhraseHit& h);

/// "those convicted of ...", "is charged with protecting", "charged a penalty": no legal act
/// took place.
bool IsGeneralLegalAct(WordSpan words, const PhraseHit& h);

/// "has been named recipient of the award", "was named to the list of": an appointment
/// (`type`) that gives an award.
bool NamesWinner(WordSpan words, const PhraseHit& h, const std::string& type);

/// "entered into the Congressional Record": no agreement follows, nothing is signed.
bool EntersNoAgreement(WordSpan words, const PhraseHit& h);

/// "illuminated exit signs", "vital signs": the noun, not the verb.
bool SignsAsNoun(std::string_view text, WordSpan words, const PhraseHit& h);

/// "meeting that obligation": "meet" means "satisfy", no gathering.
bool MeetsAGoal(WordSpan words, const PhraseHit& h);

/// "the Los Angeles Convention Center": the event noun names a place.
bool NamesPlace(std::string_view text, WordSpan words, const PhraseHit& h);

/// "The funds were awarded to the township": an award (`type`) of money, which is funding.
bool AwardsMoney(std::string_view text, WordSpan words, const PhraseHit& h,
                 const std::string& type);

/// "Chairman of the Senate Republican Conference": the event noun ends the name of a body
/// an office is held in.
bool NamesOfficeBody(std::string_view text, WordSpan words, const PhraseHit& h);

/// "please visit", "your initial visit", "To donate, visit the page" (`type` "visit").
bool IsInvitation(std::string_view text, const SentenceContext& s, const PhraseHit& h,
                  const std::string& type);

/// Whether a currency sign stands inside text[span): when none does, no word of the span
/// gives an amount, and most sentences can skip asking GivesAmount word by word.
bool MentionsCurrency(std::string_view text, Span span);

/// Word `i` is a verb of giving followed by an amount ("announced $725,000").
bool GivesAmount(std::string_view text, const SentenceContext& s, std::size_t i);

/// "The settlement was announced by Richard P. Donoghue": an announcing word of `type`
/// "announcement" in the passive with its agent credits an occasion to an official.
bool CreditsOfficial(WordSpan words, const PhraseHit& h, const std::string& type);

/// "charged", "pleaded guilty", "sentenced": the trigger reports a legal act, which keeps its
/// kind whatever else the sentence names.
bool IsLegalAct(WordSpan words, const PhraseHit& h);

/// "from online education to business meetings": a plural event noun with no article
/// before it names occasions in general.
bool IsGenericPlural(WordSpan words, const PhraseHit& h);

/// "today announced an enhanced partnership with Google Cloud": an announcing word of `type`
/// "announcement" whose object is an agreement, which the agreement record reports.
bool AnnouncesAgreement(WordSpan words, const PhraseHit& h, const std::string& type);

/// A launch word of `type` "announcement" near a weapon ("launched a ballistic missile").
bool IsWeaponLaunch(WordSpan words, const PhraseHit& h, const std::string& type);

}  // namespace prextract::internal

#endif  // PREXTRACT_RECORDS_EVENT_CUES_H_
