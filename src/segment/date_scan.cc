#include "segment/date_scan.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "segment/text_scan.h"

namespace prextract::internal {
namespace {

struct Token {
  std::size_t start = 0;
  std::size_t end = 0;
};

std::vector<Token> AlnumTokens(std::string_view s) {
  std::vector<Token> out;
  out.reserve(s.size() / 6);
  std::size_t i = 0;
  while (i < s.size()) {
    if (!IsAlnum(s[i])) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < s.size() && IsAlnum(s[i])) ++i;
    out.push_back(Token{start, i});
  }
  return out;
}

// The calendar words with the lengths and first letters they come in: most words of a
// line are ruled out by those before any lower-casing or hashing.
struct CalendarWords {
  const StringMap<std::string>* index = nullptr;
  std::size_t longest = 0;
  std::size_t shortest = std::string::npos;
  std::bitset<256> first_bytes;   // both cases
};

CalendarWords BuildCalendarWords() {
  CalendarWords c;
  c.index = &LexiconIndex("en/calendar_words");
  for (const auto& [word, canonical] : *c.index) {
    if (word.empty()) continue;
    c.longest = std::max(c.longest, word.size());
    c.shortest = std::min(c.shortest, word.size());
    const auto b = static_cast<unsigned char>(word[0]);
    c.first_bytes.set(b);
    if (b >= 'a' && b <= 'z') c.first_bytes.set(b - 'a' + 'A');
  }
  return c;
}

std::string_view CalendarCanonical(std::string_view word) {
  static const CalendarWords calendar = BuildCalendarWords();
  if (word.size() < calendar.shortest || word.size() > calendar.longest ||
      !calendar.first_bytes.test(static_cast<unsigned char>(word[0]))) {
    return {};
  }
  std::array<char, 32> lower;
  if (word.size() > lower.size()) return {};
  for (std::size_t i = 0; i < word.size(); ++i) lower[i] = AsciiLowerByte(word[i]);
  const auto it = calendar.index->find(std::string_view(lower.data(), word.size()));
  return it == calendar.index->end() ? std::string_view() : std::string_view(it->second);
}

int Number(std::string_view t) {
  int v = 0;
  for (const char c : t) {
    if (!IsDigit(c)) return -1;
    v = v * 10 + (c - '0');
  }
  return t.empty() ? -1 : v;
}

bool IsDay(std::string_view t) {
  // "4", "04", "23rd", "1st"
  std::size_t digits = 0;
  while (digits < t.size() && IsDigit(t[digits])) ++digits;
  if (digits == 0 || digits > 2) return false;
  const std::string_view suffix = t.substr(digits);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return false;
  const int d = Number(t.substr(0, digits));
  return d >= 1 && d <= 31;
}

bool IsYear(std::string_view t) {
  const int y = t.size() == 4 ? Number(t) : -1;
  return y >= 1900 && y <= 2100;
}

// Tokens must be close: a comma, a dot and spaces at most between them.
bool Near(std::string_view s, const Token& a, const Token& b) {
  return b.start >= a.end && b.start - a.end <= 3 && s.substr(a.end, b.start - a.end).find('\n') == std::string_view::npos;
}

std::optional<Span> NumericDateAt(std::string_view s, const Token& t) {
  // YYYY-MM-DD, YYYY.MM.DD, YYYY/MM/DD, or MM/DD/YYYY
  const std::string_view rest = s.substr(t.start);
  auto field = [&](std::size_t& i, std::size_t min, std::size_t max) {
    const std::size_t from = i;
    while (i < rest.size() && IsDigit(rest[i]) && i - from < max) ++i;
    return i - from >= min;
  };
  std::size_t i = 0;
  if (field(i, 4, 4) && i < rest.size() && (rest[i] == '-' || rest[i] == '.' || rest[i] == '/')) {
    const char sep = rest[i++];
    if (field(i, 1, 2) && i < rest.size() && rest[i] == sep && (++i, field(i, 1, 2))) {
      return Span{t.start, t.start + i};
    }
    return std::nullopt;
  }
  i = 0;
  if (field(i, 1, 2) && i < rest.size() && rest[i] == '/' && (++i, field(i, 1, 2)) && i < rest.size() &&
      rest[i] == '/' && (++i, field(i, 4, 4))) {
    return Span{t.start, t.start + i};
  }
  return std::nullopt;
}

}  // namespace

bool IsMonthName(std::string_view word) {
  const std::string_view c = CalendarCanonical(word);
  return !c.empty() && (c.size() < 3 || c.substr(c.size() - 3) != "day");
}

bool IsWeekdayName(std::string_view word) {
  const std::string_view c = CalendarCanonical(word);
  return c.size() >= 3 && c.substr(c.size() - 3) == "day";
}

std::optional<Span> FindFullDate(std::string_view s) {
  const std::vector<Token> t = AlnumTokens(s);
  auto text = [&](std::size_t k) { return s.substr(t[k].start, t[k].end - t[k].start); };
  for (std::size_t k = 0; k < t.size(); ++k) {
    if (IsDigit(s[t[k].start])) {
      if (auto d = NumericDateAt(s, t[k])) return d;
      continue;
    }
    if (!IsMonthName(text(k))) continue;
    // Month D, YYYY
    if (k + 2 < t.size() && IsDay(text(k + 1)) && IsYear(text(k + 2)) && Near(s, t[k], t[k + 1]) &&
        Near(s, t[k + 1], t[k + 2])) {
      return Span{t[k].start, t[k + 2].end};
    }
    // D Month YYYY
    if (k >= 1 && k + 1 < t.size() && IsDay(text(k - 1)) && IsYear(text(k + 1)) && Near(s, t[k - 1], t[k]) &&
        Near(s, t[k], t[k + 1])) {
      return Span{t[k - 1].start, t[k + 1].end};
    }
  }
  return std::nullopt;
}

}  // namespace prextract::internal
