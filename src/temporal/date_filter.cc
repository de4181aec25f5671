#include "temporal/date_filter.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "temporal/tokens.h"
#include "temporal/vocab.h"
#include "text/byte_runs.h"

#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
#include <emmintrin.h>
#define PREXTRACT_DATE_FILTER_SSE2 1
#endif

namespace prextract::internal {
namespace {

// The categories whose phrases name a time by themselves ("today", "years", "spring", "daily",
// "recently"), or with only words of the other categories ("this morning", "for years"). The
// rest (prepositions, modifiers, counts, ordinals, relative words, parts, zones, tense, and
// "Q" and "H", which mark a period only before a number) open an expression only before a
// number, a name or a phrase of these.
constexpr std::string_view kAnchorCategories[] = {"clock", "day",    "fiscal", "pod",  "ref",  "refc",
                                                  "season", "set",   "setc",   "unit", "vaguedur"};

// Words the rules read by name that end an expression of words of the other categories: "the
// first half", "the same period", "the new year", "now".
constexpr std::string_view kNamedAnchors[] = {"today", "todays", "now", "half", "period", "year", "quarter"};

bool IsLetters(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The words of a phrase key ("the near future"), as TokenKey spaces them.
std::vector<std::string_view> WordsOf(std::string_view key) {
  std::vector<std::string_view> words;
  for (std::size_t at = 0; at <= key.size();) {
    const std::size_t space = std::min(key.find(' ', at), key.size());
    words.push_back(key.substr(at, space - at));
    at = space + 1;
  }
  return words;
}

#ifndef PREXTRACT_DATE_FILTER_SSE2
// Whether text[begin, end) holds an ASCII digit: eight bytes a test.
bool HoldsDigit(std::string_view text, std::size_t begin, std::size_t end) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = kOnes * 0x80;
  const char* p = text.data() + begin;
  const char* const stop = text.data() + end;
  if constexpr (std::endian::native == std::endian::little) {
    for (; stop - p >= 8; p += 8) {
      std::uint64_t x;
      std::memcpy(&x, p, sizeof x);
      // Each byte's high bit, below 0x80 cleared first so that no sum carries: ">= '0'" and
      // not "> '9'". Bytes of 0x80 and more are none.
      const std::uint64_t low = x & ~kHigh;
      if (((low + kOnes * (0x80 - '0')) & ~(low + kOnes * (0x80 - '9' - 1)) & ~x & kHigh) != 0) return true;
    }
  }
  for (; p != stop; ++p) {
    if (*p >= '0' && *p <= '9') return true;
  }
  return false;
}
#endif

#ifdef PREXTRACT_DATE_FILTER_SSE2
// Bit k of the result says whether p[k], of sixteen bytes, lies in [lo, hi]: adding 0x7F - hi
// moves the range to the top of the signed bytes, where nothing else lands.
std::uint64_t InRange16(__m128i v, char lo, char hi) {
  const __m128i moved = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x7F - hi)));
  return static_cast<std::uint16_t>(
      _mm_movemask_epi8(_mm_cmpgt_epi8(moved, _mm_set1_epi8(static_cast<char>(0x7F - hi + lo - 1)))));
}

// Bit k says whether p[k], of the 64 bytes from p, lies in [lo, hi].
std::uint64_t InRange64(const char* p, char lo, char hi) {
  std::uint64_t mask = 0;
  for (int k = 0; k < 64; k += 16) {
    mask |= InRange16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k)), lo, hi) << k;
  }
  return mask;
}

// The 64 bytes of lower_text from `at` (eight more may be read past them), from a copy padded
// with NULs when the text ends before those.
const char* BlockAt(std::string_view lower_text, std::size_t at, char (&padded)[72]) {
  const char* p = lower_text.data() + at;
  if (lower_text.size() - at >= sizeof padded) return p;
  std::memset(padded, 0, sizeof padded);
  std::memcpy(padded, p, lower_text.size() - at);
  return padded;
}

// Bits [0, size) of a block's mask: all of it, or the part before the range ends.
std::uint64_t InBlock(std::size_t size) { return size >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << size) - 1; }
#endif

}  // namespace

const DateFilter& DateFilter::Get() {
  static const DateFilter* const filter = new DateFilter();
  return *filter;
}

// A phrase of several words needs an anchor only when none of its words is one on its own:
// then its last word is, after the word before it ("so far", "at this time", "per annum").
DateFilter::DateFilter() {
  std::vector<std::string> keys;
  for (const LexiconEntry& e : Lexicon("en/temporal_words")) {
    const std::string_view category = std::string_view(e.canonical).substr(0, e.canonical.find(':'));
    if (std::find(std::begin(kAnchorCategories), std::end(kAnchorCategories), category) ==
        std::end(kAnchorCategories)) {
      continue;
    }
    for (std::size_t v = 1; v < e.variants.size(); ++v) keys.push_back(TokenKey(e.variants[v]));
  }
  std::vector<std::string_view> alone(std::begin(kNamedAnchors), std::end(kNamedAnchors));
  for (const std::string& key : keys) {
    if (key.find(' ') == std::string::npos) alone.push_back(key);
  }
  for (const std::string_view w : alone) Add(Anchor{std::string(w), false, {}});
  for (const std::string& key : keys) {
    const std::vector<std::string_view> words = WordsOf(key);
    if (words.size() < 2 || std::find_first_of(words.begin(), words.end(), alone.begin(), alone.end()) != words.end()) {
      continue;
    }
    const std::string_view last = words.back(), before = words[words.size() - 2];
    Add(Anchor{std::string(last), false, IsLetters(before) ? std::vector<std::string>{std::string(before)}
                                                              : std::vector<std::string>{}});
  }
  for (const std::string_view name : {"en/months", "en/weekdays"}) {
    for (const LexiconEntry& e : Lexicon(name)) {
      for (std::size_t v = 1; v < e.variants.size(); ++v) Add(Anchor{AsciiLower(e.variants[v]), true, {}});
    }
  }
}

// Two conditions on one word join into the looser.
void DateFilter::Add(Anchor anchor) {
  if (!IsLetters(anchor.word)) return;
  const std::uint64_t key = WordKeyTable::KeyOf(anchor.word);
  bloom_[BloomSlot(key)] = 1;
  std::uint32_t group = groups_by_key_.Find(key);
  if (group == kNoWordId) {
    group = static_cast<std::uint32_t>(groups_.size());
    groups_by_key_.Insert(anchor.word, group);
    groups_.emplace_back();
  }
  for (Anchor& held : groups_[group]) {
    if (held.word != anchor.word) continue;
    held.capital_only = held.capital_only && anchor.capital_only;
    if (held.after.empty() || anchor.after.empty()) {
      held.after.clear();
    } else {
      held.after.insert(held.after.end(), anchor.after.begin(), anchor.after.end());
    }
    return;
  }
  groups_[group].push_back(std::move(anchor));
}

namespace {

// The word before lower_text[at] in the range from `begin`, if a single space parts them:
// else empty, and `*sure` false when another token may stand between them (a mark, other
// spacing), which a phrase may read past as the tokenizer would not.
std::string_view WordBefore(std::string_view lower_text, std::size_t begin, std::size_t at, bool* sure) {
  *sure = true;
  if (at == begin) return {};   // nothing before: no phrase ends here but at its first word
  if (lower_text[at - 1] != ' ' || at - 1 == begin) {
    *sure = lower_text[at - 1] == ' ';
    return {};
  }
  std::size_t from = at - 1;
  while (from > begin && static_cast<unsigned char>(lower_text[from - 1] - 'a') < 26) --from;
  *sure = from < at - 1;   // a word, and not a mark before the space
  return lower_text.substr(from, at - 1 - from);
}

}  // namespace

bool DateFilter::Confirms(std::uint64_t key, std::string_view text, std::string_view lower_text, std::size_t begin,
                          std::size_t at, std::size_t length) const {
  const std::uint32_t group = groups_by_key_.Find(key);
  if (group == kNoWordId) return false;
  const std::string_view word = lower_text.substr(at, length);
  for (const Anchor& a : groups_[group]) {
    if (a.word != word || (a.capital_only && text[at] > 'Z')) continue;
    if (a.after.empty()) return true;
    bool sure = false;
    const std::string_view before = WordBefore(lower_text, begin, at, &sure);
    if (!sure || std::find(a.after.begin(), a.after.end(), before) != a.after.end()) return true;
  }
  return false;
}

bool DateFilter::MayHoldDate(std::string_view text, std::string_view lower_text, std::size_t begin,
                             std::size_t end) const {
#ifdef PREXTRACT_DATE_FILTER_SSE2
  return HoldsDigitOrAnchor(text, lower_text, begin, end);
#else
  // Most paragraphs that hold a number say so long before their words would.
  return HoldsDigit(text, begin, end) || HoldsAnchor(text, lower_text, begin, end);
#endif
}

#ifndef PREXTRACT_DATE_FILTER_SSE2
bool DateFilter::HoldsAnchor(std::string_view text, std::string_view lower_text, std::size_t begin,
                             std::size_t end) const {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = kOnes * 0x80;
  const char* const lower = lower_text.data();
  const std::uint8_t* const bloom = bloom_;   // a local: the loop keeps it in a register
  std::size_t i = begin;
  while (i < end) {
    if (static_cast<unsigned char>(lower[i] - 'a') >= 26) {
      ++i;
      continue;
    }
    std::uint64_t key;
    std::size_t j;
    if (std::endian::native == std::endian::little && end - i >= 8) {
      // As the tokenizer's ScanWord: each byte's high bit says whether it is a letter.
      std::uint64_t y;
      std::memcpy(&y, lower + i, sizeof y);
      const std::uint64_t low = y & ~kHigh;
      const std::uint64_t letters = (low + kOnes * (0x80 - 'a')) & ~(low + kOnes * (0x80 - 'z' - 1)) & ~y & kHigh;
      if (letters != kHigh) [[likely]] {
        const std::uint64_t stop = ~letters & kHigh;
        key = y & (((stop & (0 - stop)) >> 7) - 1);
        j = i + static_cast<std::size_t>(std::countr_zero(stop) / 8);
      } else {
        j = SkipAsciiLetters(lower_text, i + 8, end);
        key = y | (j == i + 8 ? 0 : kLongWordBit);
      }
    } else {
      j = SkipAsciiLetters(lower_text, i + 1, end);
      key = WordKeyTable::KeyOf(lower_text.substr(i, j - i));
    }
    if (bloom[BloomSlot(key)] != 0 && Confirms(key, text, lower_text, begin, i, j - i)) [[unlikely]] {
      return true;
    }
    // Most words are followed by one space: taken with the word.
    i = j + (j < end && lower[j] == ' ' ? 1 : 0);
  }
  return false;
}
#endif

#ifdef PREXTRACT_DATE_FILTER_SSE2
// Sixty-four bytes at a time: the digits first, as most paragraphs that hold a number say so
// long before their words would; then the letters, each word found by its first bit, with no
// test per byte. A word's first eight bytes are loaded from its start.
bool DateFilter::HoldsDigitOrAnchor(std::string_view text, std::string_view lower_text, std::size_t begin,
                                    std::size_t end) const {
  constexpr std::size_t kBlock = 64;
  char padded[kBlock + 8];
  for (std::size_t at = begin; at < end; at += kBlock) {
    if ((InRange64(BlockAt(lower_text, at, padded), '0', '9') & InBlock(end - at)) != 0) return true;
  }
  bool letter_before = false;   // the block before ended within a word, already tested
  for (std::size_t at = begin; at < end; at += kBlock) {
    const char* p = BlockAt(lower_text, at, padded);
    const std::uint64_t letters = InRange64(p, 'a', 'z') & InBlock(end - at);
    std::uint64_t starts = letters & ~((letters << 1) | (letter_before ? 1 : 0));
    letter_before = (letters >> 63) != 0;
    for (; starts != 0; starts &= starts - 1) {
      const int s = std::countr_zero(starts);
      const std::uint64_t others = ~letters >> s;   // from the word's first byte on
      const std::size_t length = others != 0 ? static_cast<std::size_t>(std::countr_zero(others))
                                             : SkipAsciiLetters(lower_text, at + kBlock, end) - at - s;
      std::uint64_t eight;
      std::memcpy(&eight, p + s, sizeof eight);
      if (WordAnchors(text, lower_text, begin, at + s, length, eight)) return true;
    }
  }
  return false;
}
#endif

}  // namespace prextract::internal
