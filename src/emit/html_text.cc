#include "emit/html_text.h"

namespace prextract::internal {

void AppendEscaped(std::string_view text, std::string* out) {
  for (const char c : text) {
    switch (c) {
      case '&': *out += "&amp;"; break;
      case '<': *out += "&lt;"; break;
      case '>': *out += "&gt;"; break;
      case '"': *out += "&quot;"; break;
      case '\'': *out += "&#39;"; break;
      case '\r': *out += "&#13;"; break;
      case '\0': *out += "&#xFFFD;"; break;
      default: *out += c;
    }
  }
}

std::string Escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendEscaped(text, &out);
  return out;
}

void AppendAttribute(std::string_view name, std::string_view value, std::string* out) {
  if (value.empty()) return;
  *out += ' ';
  *out += name;
  *out += "=\"";
  AppendEscaped(value, out);
  *out += '"';
}

std::string JoinNonEmpty(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

}  // namespace prextract::internal
