// prextract — the JSON form of a Release (CONTRACT.md). The only place that knows key names.
#ifndef PREXTRACT_JSON_H_
#define PREXTRACT_JSON_H_

#include <string>
#include <string_view>

#include "prextract/release.h"

namespace prextract {

/// One release as a JSON object: indented when `pretty`, else one line (no newline at the
/// end). A Release with `error` set becomes the contract's error record.
std::string ToJson(const Release& release, bool pretty);

/// The JSON Schema every output follows (schema/prextract.schema.json, embedded).
std::string_view JsonSchema();

}  // namespace prextract

#endif  // PREXTRACT_JSON_H_
