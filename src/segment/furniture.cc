// Shared scanning helpers of the furniture detectors (furniture_scan.h). The detectors
// themselves live in licence.cc, attachments.cc, contacts.cc, phones.cc and emails.cc.
#include <algorithm>
#include <map>
#include <utility>

#include "lexicon/lexicon.h"
#include "segment/furniture_scan.h"

namespace prextract::internal {
namespace {

bool IsSentenceEnd(std::string_view s, std::size_t i) {
  const char c = s[i];
  if (c != '.' && c != '!' && c != '?') return false;
  return i + 1 >= s.size() || IsSpaceByte(s[i + 1]);
}

bool IsSeparator(char c) { return c == '|' || c == '[' || c == ']' || c == '\n'; }

constexpr std::string_view kFurnitureLexicons[] = {"en/attachments", "en/contact_labels", "en/licences",
                                                   "en/top_level_domains"};

bool IsDoubleSpace(std::string_view s, std::size_t i) {
  return i + 1 < s.size() && s[i] == ' ' && s[i + 1] == ' ';
}

}  // namespace

std::string_view SpanText(std::string_view text, Span span) {
  const std::size_t start = std::min(span.start, text.size());
  const std::size_t end = std::clamp(span.end, start, text.size());
  return text.substr(start, end - start);
}

Span TrimSpan(std::string_view text, Span span) {
  span.start = std::min(span.start, text.size());
  span.end = std::clamp(span.end, span.start, text.size());
  while (span.start < span.end && IsSpaceByte(text[span.start])) ++span.start;
  while (span.end > span.start && IsSpaceByte(text[span.end - 1])) --span.end;
  return span;
}

std::size_t FindWord(std::string_view lower, std::string_view phrase, std::size_t from) {
  if (phrase.empty()) return std::string_view::npos;
  const bool check_left = IsAlnumByte(phrase.front());
  const bool check_right = IsAlnumByte(phrase.back());
  for (std::size_t at = lower.find(phrase, from); at != std::string_view::npos;
       at = lower.find(phrase, at + 1)) {
    const std::size_t end = at + phrase.size();
    const bool left_ok = !check_left || at == 0 || !IsAlnumByte(lower[at - 1]);
    const bool right_ok = !check_right || end >= lower.size() || !IsAlnumByte(lower[end]);
    if (left_ok && right_ok) return at;
  }
  return std::string_view::npos;
}

std::size_t ClauseStart(std::string_view s, std::size_t at) {
  at = std::min(at, s.size());
  for (std::size_t i = at; i > 0; --i) {
    const std::size_t j = i - 1;
    if (IsSeparator(s[j])) return i;
    if (j + 1 < at && (IsSentenceEnd(s, j) || IsDoubleSpace(s, j))) return i;
  }
  return 0;
}

std::size_t SentenceEnd(std::string_view s, std::size_t at) {
  for (std::size_t i = at; i < s.size(); ++i) {
    if (IsSeparator(s[i]) || IsDoubleSpace(s, i)) return i;
    if (IsSentenceEnd(s, i)) return i + 1;
  }
  return s.size();
}

const std::vector<std::string>& LexiconCategory(std::string_view name, std::string_view category) {
  using Key = std::pair<std::string_view, std::string_view>;
  // Built once for every furniture lexicon; keys view the lexicon cache's strings, so
  // a lookup neither locks nor allocates (it runs for every word of every line).
  static const std::map<Key, std::vector<std::string>> categories = [] {
    std::map<Key, std::vector<std::string>> all;
    for (std::string_view lexicon : kFurnitureLexicons) {
      for (const LexiconEntry& e : Lexicon(lexicon)) {
        std::vector<std::string>& variants = all[Key(lexicon, e.canonical)];
        for (std::size_t i = 1; i < e.variants.size(); ++i) variants.push_back(AsciiLower(e.variants[i]));
      }
    }
    for (auto& [key, variants] : all) {
      std::stable_sort(variants.begin(), variants.end(),
                       [](const std::string& x, const std::string& y) { return x.size() > y.size(); });
    }
    return all;
  }();
  static const std::vector<std::string> kNone;
  const auto it = categories.find(Key(name, category));
  return it == categories.end() ? kNone : it->second;
}

bool GluedBoundary(std::string_view s, std::size_t at) {
  return at > 0 && at < s.size() && IsLowerByte(s[at - 1]) && IsUpperByte(s[at]);
}

bool StartsWithCi(std::string_view s, std::string_view lower_prefix) {
  if (s.size() < lower_prefix.size()) return false;
  for (std::size_t i = 0; i < lower_prefix.size(); ++i) {
    char c = s[i];
    if (IsUpperByte(c)) c = static_cast<char>(c - 'A' + 'a');
    if (c != lower_prefix[i]) return false;
  }
  return true;
}

std::size_t StartsWithCategory(std::string_view line, std::string_view name, std::string_view category) {
  for (const std::string& v : LexiconCategory(name, category)) {
    if (!StartsWithCi(line, v)) continue;
    const std::size_t end = v.size();
    if (IsAlnumByte(v.back()) && end < line.size() && IsAlnumByte(line[end]) && !GluedBoundary(line, end)) {
      continue;
    }
    return end;
  }
  return 0;
}

}  // namespace prextract::internal
