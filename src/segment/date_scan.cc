#include "segment/date_scan.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <string>

#include "lexicon/lexicon.h"
#include "segment/text_scan.h"

namespace prextract::internal {
namespace {

struct Token {
  std::size_t start = 0;
  std::size_t end = 0;
};

bool IsEmpty(const Token& t) { return t.start == t.end; }

// The first alphanumeric run at or after `from`; an empty token when there is none.
Token NextAlnumToken(std::string_view s, std::size_t from) {
  while (from < s.size() && !IsAlnum(s[from])) ++from;
  std::size_t end = from;
  while (end < s.size() && IsAlnum(s[end])) ++end;
  return Token{from, end};
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

// The number of 1 to `max` digits at s[*i], 0 when none stands there; *i moves past it.
int DigitsAt(std::string_view s, std::size_t* i, std::size_t max) {
  int v = 0;
  std::size_t n = 0;
  for (; *i < s.size() && IsDigit(s[*i]) && n <= max; ++*i, ++n) v = v * 10 + (s[*i] - '0');
  return n >= 1 && n <= max ? v : 0;
}

// Moves *i past one or two spaces; false when not exactly that stands there.
bool SkipNarrowGap(std::string_view s, std::size_t* i) {
  std::size_t n = 0;
  while (*i < s.size() && s[*i] == ' ' && n < 3) ++*i, ++n;
  return n >= 1 && n <= 2;
}

// "09 13 2007   Levin Statement on ...": MM/DD/YYYY whose slashes a scraper dropped, when it
// opens `s` (a line of the header, a paragraph's head). Elsewhere three numbers in a row are
// counts, codes or a phone number's parts ("202 228 3685" has no day of two digits).
std::optional<Span> SpacedNumericDateAt(std::string_view s, const Token& t) {
  if (!TrimView(s.substr(0, t.start)).empty()) return std::nullopt;
  std::size_t i = t.start;
  const int a = DigitsAt(s, &i, 2);
  if (a == 0 || !SkipNarrowGap(s, &i)) return std::nullopt;
  const int b = DigitsAt(s, &i, 2);
  if (b == 0 || !SkipNarrowGap(s, &i)) return std::nullopt;
  const std::size_t year_start = i;
  DigitsAt(s, &i, 4);
  if (i - year_start != 4 || !IsYear(s.substr(year_start, 4)) || (i < s.size() && IsAlnum(s[i]))) {
    return std::nullopt;
  }
  if (a > 31 || b > 31 || std::min(a, b) > 12) return std::nullopt;
  return Span{t.start, i};
}

// Every full date holds its year as four digits in a row ("2018", "2023-05-25",
// "07/01/2022"): the offset of the first such run, or npos (the line holds no date).
// Eight bytes without a digit are passed over at once.
std::size_t FirstFourDigits(std::string_view s) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (run == 0 && i + 8 <= s.size() && BytesBetween(EightBytesAt(s, i), '0', '9') == 0) {
      i += 7;
      continue;
    }
    run = IsDigit(s[i]) ? run + 1 : 0;
    if (run == 4) return i - 3;
  }
  return std::string_view::npos;
}

// A token that starts a date ends at most this far before the date's year: "Sept 23rd, "
// (month, gap, day, gap: 3 + 4 + 3 bytes from the month's end), "07/01/" (6).
constexpr std::size_t kReachBeforeYear = 10;

// Where the scan for a date whose year starts at `year` begins: tokens ending before the
// year's reach cannot start that date, so at the token that reaches it, or rather at the
// one before that, its `before` in "4 September 2024".
std::size_t ScanStart(std::string_view s, std::size_t year) {
  std::size_t from = year > kReachBeforeYear ? year - kReachBeforeYear : 0;
  while (from > 0 && IsAlnum(s[from - 1])) --from;    // the token that reaches
  while (from > 0 && !IsAlnum(s[from - 1])) --from;
  while (from > 0 && IsAlnum(s[from - 1])) --from;    // the one before it
  return from;
}

// Where the next run of four digits or more after the one at `year` starts, or npos: every
// full date's year starts such a run.
std::size_t NextFourDigits(std::string_view s, std::size_t year) {
  std::size_t end = year;
  while (end < s.size() && IsDigit(s[end])) ++end;
  const std::size_t next = FirstFourDigits(s.substr(end));
  return next == std::string_view::npos ? next : end + next;
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

// The tokens are read one at a time, with the one before and the two after: the scan
// stops at the first date. Only tokens within a year's reach can start a date, so it
// starts at the first year's ScanStart and skips ahead to the next year's when past one.
std::optional<Span> FindFullDate(std::string_view s) {
  std::size_t year = FirstFourDigits(s);
  if (year == std::string_view::npos) return std::nullopt;
  auto text = [&](const Token& t) { return s.substr(t.start, t.end - t.start); };
  Token before;   // empty: no token before `cur` is read
  Token cur = NextAlnumToken(s, ScanStart(s, year));
  Token next = NextAlnumToken(s, cur.end);
  Token after = NextAlnumToken(s, next.end);
  for (; !IsEmpty(cur); before = cur, cur = next, next = after, after = NextAlnumToken(s, after.end)) {
    // No date starts past its year: once `cur` passes the year, the tokens up to the next
    // year's reach start none, and a paragraph is not read word by word to its end.
    if (cur.start > year) {
      while (year != std::string_view::npos && cur.start > year) year = NextFourDigits(s, year);
      if (year == std::string_view::npos) return std::nullopt;
      if (const std::size_t start = ScanStart(s, year); start > cur.start) {
        before = Token{};
        cur = NextAlnumToken(s, start);
        next = NextAlnumToken(s, cur.end);
        after = NextAlnumToken(s, next.end);
      }
    }
    if (IsDigit(s[cur.start])) {
      if (auto d = NumericDateAt(s, cur)) return d;
      if (auto d = SpacedNumericDateAt(s, cur)) return d;
      continue;
    }
    if (!IsMonthName(text(cur))) continue;
    // Month D, YYYY
    if (!IsEmpty(after) && IsDay(text(next)) && IsYear(text(after)) && Near(s, cur, next) && Near(s, next, after)) {
      return Span{cur.start, after.end};
    }
    // D Month YYYY
    if (!IsEmpty(before) && !IsEmpty(next) && IsDay(text(before)) && IsYear(text(next)) && Near(s, before, cur) &&
        Near(s, cur, next)) {
      return Span{before.start, next.end};
    }
  }
  return std::nullopt;
}

}  // namespace prextract::internal
