#include "records/records.h"

#include <algorithm>
#include <string>

#include "lexicon/lexicon.h"
#include "records/context.h"
#include "records/records_internal.h"

namespace prextract::internal {
namespace {

bool IsCalendarWord(std::string_view lower) {
  static const auto& months = LexiconIndex("en/calendar_words");
  return months.count(lower) > 0;
}

std::string LocationAt(std::string_view text, const SentenceContext& s, std::size_t k) {
  if (k + 1 >= s.words.size()) return "";
  const Word& head = s.words[k + 1];
  if (!StartsUpper(text, head) || IsCalendarWord(head.lower)) return "";
  std::string run = CapitalisedRunAfter(text, s, k);
  return run.size() > 60 ? "" : run;
}

}  // namespace

std::string FindLocation(std::string_view text, const SentenceContext& s, std::size_t trigger) {
  std::string fallback;
  for (std::size_t k = 0; k < s.words.size(); ++k) {
    const std::string_view w = s.words[k].lower;
    if (w != "in" && w != "at") continue;
    std::string place = LocationAt(text, s, k);
    if (place.empty()) continue;
    if (k > trigger) return place;
    if (fallback.empty()) fallback = std::move(place);
  }
  return fallback;
}

std::string DayOf(const std::string& value) {
  // Only a day's part ("2023-05-25TMO"): "FUTURE_REF" and "PRESENT_REF" hold a T too.
  const std::size_t t = value.find('T');
  if (t != 10 || t + 1 >= value.size()) return value;
  const char c = value[t + 1];
  return (c >= '0' && c <= '9') ? value : value.substr(0, t);
}

std::string MakeId(char prefix, std::size_t number) {
  std::string id(1, prefix);
  id += std::to_string(number);
  return id;
}

namespace {

// The id of the organisation record named `name` (its name or an alias), or "".
std::string OrganisationNamed(const std::vector<Participant>& participants, std::string_view name) {
  for (const Participant& p : participants) {
    if (p.kind != ParticipantKind::kOrganization) continue;
    if (p.name == name || std::find(p.aliases.begin(), p.aliases.end(), name) != p.aliases.end()) {
      return p.id;
    }
  }
  return "";
}

// Occasions that take parties: signings and gatherings.
bool TakesParties(const std::string& type) {
  return type == "signing" || type == "meeting" || type == "summit" || type == "visit" ||
         type == "conference";
}

// "by signing MOU to cooperate on science", "The forum was held at COEX": a signing or a
// gathering whose sentence names no party is the issuer's own. Announcements, awards and
// incidents may be anyone's.
void GiveIssuerUnclaimedEvents(const RecordInputs& in, std::vector<Event>* events) {
  if (in.publisher.empty()) return;
  const std::string issuer = OrganisationNamed(in.participants, in.publisher);
  if (issuer.empty()) return;
  for (Event& e : *events) {
    if (e.participants.empty() && TakesParties(e.type)) e.participants.push_back(issuer);
  }
}

}  // namespace

Records FindRecords(const RecordInputs& in) {
  WordStore store(in.text, in.lowered);
  WordArray words;
  const std::vector<SentenceContext> sentences = BuildContexts(in, &store, &words);
  Records r;
  r.events = FindEvents(in.text, sentences);
  GiveIssuerUnclaimedEvents(in, &r.events);
  r.agreements = FindAgreements(in.text, sentences);
  r.follow_ups = FindFollowUps(in.text, sentences);
  return r;
}

}  // namespace prextract::internal
