// HTML escaping for the annotated view: every byte of input text goes through here.
#ifndef PREXTRACT_EMIT_HTML_TEXT_H_
#define PREXTRACT_EMIT_HTML_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

namespace prextract::internal {

/// Appends `text` with & < > " ' escaped, so it is safe in element content and in quoted
/// attribute values. CR stays a CR (&#13;: the parser would fold CRLF to LF) and NUL, which
/// HTML cannot carry, becomes U+FFFD.
void AppendEscaped(std::string_view text, std::string* out);

std::string Escaped(std::string_view text);

/// Appends ` name="value"` (value escaped); nothing when `value` is empty.
void AppendAttribute(std::string_view name, std::string_view value, std::string* out);

/// The non-empty `parts` joined by `separator`.
std::string JoinNonEmpty(const std::vector<std::string>& parts, std::string_view separator);

}  // namespace prextract::internal

#endif  // PREXTRACT_EMIT_HTML_TEXT_H_
