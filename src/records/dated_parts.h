// One sentence, several occasions on several days: "had new year meetings with the
// ambassadors of Sweden and France on January 13; from Poland on January 14; and from Canada
// on January 15" reports three meetings.
#ifndef PREXTRACT_RECORDS_DATED_PARTS_H_
#define PREXTRACT_RECORDS_DATED_PARTS_H_

#include <string_view>
#include <vector>

#include "prextract/release.h"
#include "records/context.h"

namespace prextract::internal {

/// The parts of sentence `s` that semicolons after word `trigger` set apart, each without
/// its blanks, when every part names a day of its own; otherwise none.
std::vector<Span> DatedParts(std::string_view text, const SentenceContext& s, std::size_t trigger);

/// The occasion of `part`, a later part of the sentence of event `first`: of its type and
/// trigger, on the part's date, with `first`'s people and whoever the part names.
Event PartEvent(std::string_view text, const SentenceContext& s, const Event& first, Span part,
                std::size_t number);

}  // namespace prextract::internal

#endif  // PREXTRACT_RECORDS_DATED_PARTS_H_
