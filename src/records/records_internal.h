// The record finders, one per record kind, over prepared sentence contexts.
#ifndef PREXTRACT_RECORDS_RECORDS_INTERNAL_H_
#define PREXTRACT_RECORDS_RECORDS_INTERNAL_H_

#include <string>
#include <string_view>
#include <vector>

#include "prextract/release.h"
#include "records/context.h"

namespace prextract::internal {

std::vector<Event> FindEvents(std::string_view text, const std::vector<SentenceContext>& sentences);
std::vector<Agreement> FindAgreements(std::string_view text,
                                      const std::vector<SentenceContext>& sentences);
std::vector<FollowUp> FindFollowUps(std::string_view text,
                                    const std::vector<SentenceContext>& sentences);

/// "in Berlin, Germany" / "at COEX, Seoul" in the sentence, preferring the part after
/// word `trigger`; empty when none.
std::string FindLocation(std::string_view text, const SentenceContext& s, std::size_t trigger);

/// A TimeML value reduced to its calendar part: "2023-05-25TMO" -> "2023-05-25".
/// Clock times are kept ("2023-05-25T14:00").
std::string DayOf(const std::string& value);

/// A record id: a letter and a 1-based number ("e1").
std::string MakeId(char prefix, std::size_t number);

}  // namespace prextract::internal

#endif  // PREXTRACT_RECORDS_RECORDS_INTERNAL_H_
