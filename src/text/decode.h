// Stage "read": raw bytes -> valid UTF-8 text. The only place that decodes.
#ifndef PREXTRACT_TEXT_DECODE_H_
#define PREXTRACT_TEXT_DECODE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "prextract/extract.h"
#include "prextract/release.h"

namespace prextract::internal {

struct Decoded {
  std::string text;                // valid UTF-8, BOM dropped, line ends kept as they were
  std::vector<Warning> warnings;   // spans point into `text`
  std::optional<Error> error;      // input.binary or input.bad_encoding; `text` is then empty
};

/// Decodes `bytes` per CONTRACT.md "Input text and offsets".
Decoded Decode(std::string_view bytes, Encoding encoding);

/// Appends `bytes` read as UTF-8, each invalid sequence replaced by U+FFFD per maximal
/// subpart (Unicode §3.9, WHATWG). Returns how many replacements were made.
std::size_t AppendUtf8Replacing(std::string_view bytes, std::string* out);

/// Length of the well-formed UTF-8 sequence at s[i], or, when it is ill-formed, the
/// length of its maximal subpart negated (-1 at least). REQUIRES: i < s.size().
int Utf8SequenceLength(std::string_view s, std::size_t i);

/// Appends `bytes` read as Windows-1252. Returns false when a byte is undefined there.
bool AppendCp1252(std::string_view bytes, std::string* out);

}  // namespace prextract::internal

#endif  // PREXTRACT_TEXT_DECODE_H_
