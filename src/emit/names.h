// The contract's names for the library's enums.
#ifndef PREXTRACT_EMIT_NAMES_H_
#define PREXTRACT_EMIT_NAMES_H_

#include <string_view>

#include "prextract/release.h"

namespace prextract::internal {

std::string_view SegmentKindName(SegmentKind kind);
std::string_view DateTypeName(DateType type);
std::string_view ParticipantKindName(ParticipantKind kind);

}  // namespace prextract::internal

#endif  // PREXTRACT_EMIT_NAMES_H_
