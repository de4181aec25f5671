// Rule "dateline" (declared in line_rules.h): the city-and-date opening of a release.
#include <algorithm>
#include <array>

#include "segment/date_scan.h"
#include "segment/line_rules.h"
#include "segment/text_scan.h"

namespace prextract::internal {
namespace {

// What closes a dateline: dashes (ASCII, en, em), slashes between spaces.
constexpr std::array<std::string_view, 8> kSeparators = {
    " -- ", "--", " \u2014 ", "\u2014", " \u2013 ", "\u2013", " - ", " / "};

// The bytes a separator starts with: the positions of a dateline holding none need no comparison.
constexpr std::array<bool, 256> kSeparatorStart = [] {
  std::array<bool, 256> starts{};
  for (const std::string_view sep : kSeparators) starts[static_cast<unsigned char>(sep.front())] = true;
  return starts;
}();

// End of the first separator starting in s[from, limit), or npos. One pass over the window
// instead of a search per separator: of two starting at the same byte, the first listed wins.
std::size_t SeparatorEnd(std::string_view s, std::size_t from, std::size_t limit) {
  for (std::size_t at = from; at < std::min(limit, s.size()); ++at) {
    if (!kSeparatorStart[static_cast<unsigned char>(s[at])]) continue;
    for (const std::string_view sep : kSeparators) {
      if (!s.substr(at).starts_with(sep)) continue;
      return SpacesEnd(s, at + sep.size());
    }
  }
  return std::string_view::npos;
}

// "February 11, 2021…Information ...": an ellipsis right after the date closes the
// dateline (the dashes in kSeparators may stand further on; an ellipsis there is prose).
std::size_t EllipsisEnd(std::string_view s, std::size_t date_end) {
  const std::size_t at = SpacesEnd(s, date_end);
  for (const std::string_view ellipsis : {std::string_view("\u2026"), std::string_view("...")}) {
    if (s.substr(at, ellipsis.size()) != ellipsis) continue;
    return SpacesEnd(s, at + ellipsis.size());
  }
  return std::string_view::npos;
}

// "(KALISPELL)  Montana's senior ..."
std::size_t ParenCity(std::string_view s) {
  if (s.empty() || s[0] != '(') return 0;
  const std::size_t close = s.find(')');
  if (close == std::string_view::npos || close < 3 || close > 30) return 0;
  for (std::size_t i = 1; i < close; ++i) {
    if (!IsUpper(s[i]) && s[i] != ' ' && s[i] != ',' && s[i] != '.') return 0;
  }
  return SpacesEnd(s, close + 1);
}

// "WASHINGTON - ", "WASHINGTON, DC -- ", "Washington, D.C.) - ": a short place, no date.
std::size_t PlaceOnly(std::string_view s) {
  if (ReleaseMarkerPrefix(s) > 0) return 0;   // "NEWS RELEASE - ..."
  const std::size_t end = SeparatorEnd(s, 0, std::min<std::size_t>(s.size(), 40));
  if (end == std::string_view::npos) return 0;
  const std::string_view place = s.substr(0, end);
  const std::vector<std::string_view> words = Words(place);
  if (words.empty() || words.size() > 5) return 0;
  bool caps = words[0].size() >= 2;
  for (const char c : words[0]) caps = caps && !IsLower(c);
  return caps || place.find(',') != std::string_view::npos ? end : 0;
}

}  // namespace

std::size_t DatelineLength(std::string_view s) {
  if (const std::size_t n = ParenCity(s)) return n;
  const std::string_view head = s.substr(0, std::min<std::size_t>(s.size(), 220));
  if (const std::optional<Span> d = FindFullDate(head)) {
    if (WordCount(head.substr(0, d->start), 8) <= 8) {
      if (const std::size_t end = EllipsisEnd(s, d->end); end != std::string_view::npos) return end;
      const std::size_t end = SeparatorEnd(s, d->end, d->end + 60);
      if (end != std::string_view::npos) return end;
    }
  }
  const std::size_t wire = FindNoCase(head, "wire");
  if (wire != std::string_view::npos && wire < 80) {
    const std::size_t end = SeparatorEnd(s, wire, wire + 30);
    if (end != std::string_view::npos) return end;
  }
  return PlaceOnly(head);
}

}  // namespace prextract::internal
