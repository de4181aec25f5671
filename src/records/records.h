// Stage "records": sentences + dates + participants -> events, agreements and follow-up
// actions, each with its evidence sentence (CONTRACT.md "events", "agreements",
// "follow_up_actions"). Triggers and patterns are lexicons under data/lexicons/en/.
#ifndef PREXTRACT_RECORDS_RECORDS_H_
#define PREXTRACT_RECORDS_RECORDS_H_

#include <string_view>
#include <vector>

#include "prextract/release.h"
#include "sentences/sentences.h"

namespace prextract::internal {

struct Records {
  std::vector<Event> events;
  std::vector<Agreement> agreements;
  std::vector<FollowUp> follow_ups;
};

/// What the records stage reads. REQUIRES: every span points into `text`; `dates` and
/// `sentences` are in text order.
struct RecordInputs {
  std::string_view text;
  const std::vector<Sentence>& sentences;
  const std::vector<DateMention>& dates;
  const std::vector<Participant>& participants;
  std::string_view publisher = {};   // the issuer's name, empty when none was found
  // `text` ASCII-lower-cased (AsciiLower), when the caller has it: one copy serves the stages
  // that read lower-case words. Empty: the stage makes its own.
  std::string_view lowered = {};
};

Records FindRecords(const RecordInputs& in);

}  // namespace prextract::internal

#endif  // PREXTRACT_RECORDS_RECORDS_H_
