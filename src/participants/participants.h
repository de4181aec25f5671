// Stage "participants": people, organisations and countries named in the release, one
// record each with every mention (CONTRACT.md "participants").
#ifndef PREXTRACT_PARTICIPANTS_PARTICIPANTS_H_
#define PREXTRACT_PARTICIPANTS_PARTICIPANTS_H_

#include <string_view>
#include <vector>

#include "prextract/release.h"
#include "segment/segment.h"

namespace prextract::internal {

/// Finds the participants of the body paragraphs and notes of `layout` (the title and
/// contact blocks may add mentions). Ids: persons p1.., organisations o1.., countries c1..,
/// numbered in order of first mention. `lowered`: AsciiLower(text), or empty to lower it
/// here. REQUIRES: spans of `layout` point into `text`.
std::vector<Participant> FindParticipants(std::string_view text, const Layout& layout,
                                          std::string_view lowered = {});

}  // namespace prextract::internal

#endif  // PREXTRACT_PARTICIPANTS_PARTICIPANTS_H_
