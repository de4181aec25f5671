// Shared scanning helpers of the furniture detectors (furniture_scan.h). The detectors
// themselves live in licence.cc, attachments.cc, contacts.cc, phones.cc and emails.cc.
#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <unordered_map>
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

std::size_t FindWordIn(const LowerLine& line, std::string_view lower, std::string_view phrase,
                       std::size_t from) {
  return line.MayHold(phrase) ? FindWord(lower, phrase, from) : std::string_view::npos;
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

struct CueCategory {
  std::vector<std::string> variants;   // lower case, longest first
  // The indexes of the variants by first byte, each group in the variants' order: those
  // starting with byte b are by_first[first_start[b], first_start[b + 1]). A line is
  // compared only with the variants that can begin it, a few of the category's dozen.
  std::vector<std::uint16_t> by_first;
  std::array<std::uint16_t, 257> first_start{};
};

namespace {

using CategoryKey = std::pair<std::string_view, std::string_view>;

struct CategoryKeyHash {
  std::size_t operator()(const CategoryKey& k) const noexcept {
    const std::hash<std::string_view> h;
    return h(k.first) * 31 + h(k.second);
  }
};

using CategoryTable = std::unordered_map<CategoryKey, CueCategory, CategoryKeyHash>;

// Fills c->by_first and c->first_start (a counting sort, stable: longest first in a group).
// An empty variant, which no line starts with past its first byte, is in no group.
void GroupByFirstByte(CueCategory* c) {
  const auto first = [](const std::string& v) { return static_cast<unsigned char>(v[0]); };
  for (const std::string& v : c->variants) {
    if (!v.empty()) ++c->first_start[first(v) + 1];
  }
  for (std::size_t b = 0; b < 256; ++b) c->first_start[b + 1] += c->first_start[b];
  c->by_first.resize(c->first_start[256]);
  std::array<std::uint16_t, 257> next = c->first_start;
  for (std::size_t k = 0; k < c->variants.size(); ++k) {
    if (!c->variants[k].empty()) c->by_first[next[first(c->variants[k])]++] = static_cast<std::uint16_t>(k);
  }
}

// Built once for every furniture lexicon; keys view the lexicon cache's strings, so
// a lookup neither locks nor allocates (it runs for every word of every line).
CategoryTable BuildCategories() {
  CategoryTable all;
  for (std::string_view lexicon : kFurnitureLexicons) {
    for (const LexiconEntry& e : Lexicon(lexicon)) {
      CueCategory& c = all[CategoryKey(lexicon, e.canonical)];
      for (std::size_t i = 1; i < e.variants.size(); ++i) c.variants.push_back(AsciiLower(e.variants[i]));
    }
  }
  for (auto& [key, c] : all) {
    std::stable_sort(c.variants.begin(), c.variants.end(),
                     [](const std::string& x, const std::string& y) { return x.size() > y.size(); });
    GroupByFirstByte(&c);
  }
  return all;
}

const CueCategory& LookUpCategory(std::string_view name, std::string_view category) {
  static const CategoryTable categories = BuildCategories();
  static const CueCategory kNone;
  const auto it = categories.find(CategoryKey(name, category));
  return it == categories.end() ? kNone : it->second;
}

}  // namespace

// Callers pass the same few dozen (lexicon, category) pairs over and over, for every word
// of every line: a small per-thread table of them spares hashing them for the map each
// time. It is open-addressed from a cheap hash of the contents, so that it holds every pair
// asked for whatever the literals' addresses (a full table falls back to the look-up).
const CueCategory& CueCategoryOf(std::string_view name, std::string_view category) {
  struct Slot {
    std::string name, category;
    const CueCategory* value = nullptr;
  };
  constexpr std::size_t kSlots = 64;
  thread_local std::array<Slot, kSlots> cache;
  const std::size_t last = category.empty() ? 0 : static_cast<unsigned char>(category.back());
  std::size_t at = (category.size() * 31 + last * 7 + name.size()) % kSlots;
  for (std::size_t probe = 0; probe < kSlots; ++probe, at = (at + 1) % kSlots) {
    Slot& slot = cache[at];
    if (slot.value == nullptr) {
      slot.name = name;
      slot.category = category;
      slot.value = &LookUpCategory(name, category);
      return *slot.value;
    }
    if (slot.category == category && slot.name == name) return *slot.value;
  }
  return LookUpCategory(name, category);
}

const std::vector<std::string>& LexiconCategory(std::string_view name, std::string_view category) {
  return CueCategoryOf(name, category).variants;
}

CategoryCues::CategoryCues(std::string_view name, std::string_view category)
    : variants(LexiconCategory(name, category)), set(variants) {}

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
  return StartsWithCategory(line, CueCategoryOf(name, category));
}

std::size_t StartsWithCategory(std::string_view line, const CueCategory& c) {
  if (line.empty()) return 0;
  // Variants are lower case: only those starting with the line's first byte, folded, can match.
  const char folded = IsUpperByte(line[0]) ? static_cast<char>(line[0] - 'A' + 'a') : line[0];
  const auto b = static_cast<unsigned char>(folded);
  for (std::size_t k = c.first_start[b]; k < c.first_start[b + 1]; ++k) {
    const std::string& v = c.variants[c.by_first[k]];
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
