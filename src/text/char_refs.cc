#include "text/char_refs.h"

#include <cstdint>
#include <iterator>

#include <utf8.h>

namespace prextract::internal {
namespace {

// The longest reference read: "&#x10FFFF;" and "&quot;" fit.
constexpr std::size_t kLongestRef = 10;

struct Named {
  std::string_view name;
  char32_t cp;
};
constexpr Named kNamed[] = {{"amp", '&'}, {"lt", '<'},    {"gt", '>'},
                            {"quot", '"'}, {"apos", '\''}, {"nbsp", ' '}};

// A code point a headline may show: no control character, surrogate or value past Unicode.
bool Printable(std::uint32_t cp) {
  return cp >= 0x20 && cp != 0x7F && !(cp >= 0x80 && cp < 0xA0) && !(cp >= 0xD800 && cp < 0xE000) &&
         cp <= 0x10FFFF;
}

// The code point of "#39" or "#x2019" (the reference between "&" and ";"), or 0.
std::uint32_t NumericRef(std::string_view body) {
  if (body.size() < 2 || body[0] != '#') return 0;
  const bool hex = body[1] == 'x' || body[1] == 'X';
  const std::string_view digits = body.substr(hex ? 2 : 1);
  if (digits.empty() || digits.size() > 6) return 0;
  std::uint32_t cp = 0;
  for (const char c : digits) {
    int v = -1;
    if (c >= '0' && c <= '9') v = c - '0';
    if (hex && c >= 'a' && c <= 'f') v = c - 'a' + 10;
    if (hex && c >= 'A' && c <= 'F') v = c - 'A' + 10;
    if (v < 0) return 0;
    cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(v);
  }
  return Printable(cp) ? cp : 0;
}

// The code point of the reference between "&" and ";", or 0 when it is none.
std::uint32_t RefCodePoint(std::string_view body) {
  for (const Named& n : kNamed) {
    if (body == n.name) return n.cp;
  }
  return NumericRef(body);
}

}  // namespace

std::string DecodeCharRefs(std::string_view s) {
  std::string out;
  std::size_t done = 0;   // s[0, done) is in `out`
  for (std::size_t amp = s.find('&'); amp != std::string_view::npos; amp = s.find('&', amp + 1)) {
    const std::size_t semi = s.substr(amp, kLongestRef).find(';');
    if (semi == std::string_view::npos) continue;
    const std::uint32_t cp = RefCodePoint(s.substr(amp + 1, semi - 1));
    if (cp == 0) continue;
    out.append(s, done, amp - done);
    utf8::append(cp, std::back_inserter(out));
    done = amp + semi + 1;
    amp = done - 1;
  }
  if (done == 0) return std::string(s);
  out.append(s, done);
  return out;
}

}  // namespace prextract::internal
