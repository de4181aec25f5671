#include "segment/text_scan.h"

#include <algorithm>
#include <array>

#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
#include <emmintrin.h>
#endif

#include "lexicon/lexicon.h"

namespace prextract::internal {

std::size_t NonAsciiSpaceAt(std::string_view s, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  if (i + 2 >= s.size()) return 0;
  const unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
  const unsigned char c2 = static_cast<unsigned char>(s[i + 2]);
  if (c == 0xEF && c1 == 0xBB && c2 == 0xBF) return 3;                       // BOM
  if (c == 0xE2 && c1 == 0x80 && (c2 >= 0x80 && c2 <= 0x8B)) return 3;       // en quad .. ZWSP
  if (c == 0xE2 && c1 == 0x80 && c2 == 0xAF) return 3;                       // narrow NBSP
  if (c == 0xE3 && c1 == 0x80 && c2 == 0x80) return 3;                       // ideographic
  return 0;
}

std::size_t SpaceBefore(std::string_view s, std::size_t end) {
  if (end == 0) return 0;
  if (SpaceAt(s, end - 1) == 1) return 1;
  if (end >= 2 && SpaceAt(s, end - 2) == 2) return 2;
  if (end >= 3 && SpaceAt(s, end - 3) == 3) return 3;
  return 0;
}

Span TrimBlanks(std::string_view text, Span span) {
  // Scraped lines pad with runs of dozens of spaces: past a first space, eight at a time.
  constexpr std::uint64_t kEightSpaces = 0x2020202020202020u;
  std::size_t a = span.start, b = span.end;
  while (a < b) {
    const std::size_t n = SpaceAt(text, a);
    if (n == 0 || a + n > b) break;
    a += n;
    if (n == 1 && b <= text.size()) {
      while (a + 8 <= b && EightBytesAt(text, a) == kEightSpaces) a += 8;
    }
  }
  while (b > a) {
    // An ASCII last byte settles the step itself (no wider space ends in an ASCII byte),
    // without the general SpaceBefore.
    if (b <= text.size() && static_cast<unsigned char>(text[b - 1]) < 0x80) {
      if (SpaceAt(text, b - 1) == 0) break;
      --b;
      while (b >= a + 8 && EightBytesAt(text, b - 8) == kEightSpaces) b -= 8;
      continue;
    }
    const std::size_t n = SpaceBefore(text.substr(0, b), b);
    if (n == 0 || b - n < a) break;
    b -= n;
  }
  return Span{a, b};
}

std::string_view TrimView(std::string_view s) {
  const Span t = TrimBlanks(s, Span{0, s.size()});
  return s.substr(t.start, t.end - t.start);
}

char32_t DecodeAt(std::string_view s, std::size_t i, std::size_t* len) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > s.size()) {
    *len = 1;
    return 0xFFFD;
  }
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *len = static_cast<std::size_t>(n);
  return cp;
}

bool EndsSentence(std::string_view s) {
  // Most texts asked about end in their stop or in a letter or digit, which no white space,
  // quote or bracket follows: their last byte answers without trimming them.
  if (!s.empty()) {
    const char last = s.back();
    if (last == '.' || last == '!' || last == '?') return true;
    if (IsAlnum(last)) return false;
  }
  s = TrimView(s);
  // Closing quotes and brackets may follow the stop: ."  .”  .)  .’
  for (int guard = 0; guard < 3 && !s.empty(); ++guard) {
    const char c = s.back();
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
      s.remove_suffix(1);
    } else if (s.size() >= 3 && (s.substr(s.size() - 3) == "\u201D" || s.substr(s.size() - 3) == "\u2019")) {
      s.remove_suffix(3);
    } else {
      break;
    }
  }
  if (s.empty()) return false;
  const char c = s.back();
  if (c == '.' || c == '!' || c == '?') return true;
  return s.size() >= 3 && s.substr(s.size() - 3) == "\u2026";
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  // Counted first, eight bytes a step: one allocation instead of one per doubling, each
  // copying the words so far.
  words.reserve(WordCount(s));
  ForEachWord(s, [&words](std::string_view w) { words.push_back(w); });
  return words;
}

bool WordsOnDemand::ReadOne() {
  // The words after a word are those of the text after it: the split resumes where it stopped.
  bool read = false;
  ForEachWordWhile(s_.substr(next_), [this, &read](std::string_view w) {
    words_.push_back(w);
    next_ = static_cast<std::size_t>(w.data() + w.size() - s_.data());
    read = true;
    return false;
  });
  if (!read) next_ = s_.size();
  return read;
}

std::vector<std::string_view> FirstWords(std::string_view s, std::size_t limit) {
  // The header rules ask for a dozen words at most, of most of its lines: one allocation,
  // not one per doubling.
  constexpr std::size_t kReserved = 16;
  std::vector<std::string_view> words;
  if (limit == 0) return words;
  words.reserve(std::min(limit, kReserved));
  ForEachWordWhile(s, [&words, limit](std::string_view w) {
    words.push_back(w);
    return words.size() < limit;
  });
  return words;
}

namespace {

constexpr std::uint64_t kHighBits = 0x8080808080808080u;

// The number of bytes of `flags` (0x80 or 0 each) that are set; std::popcount would be
// a library call on the baseline x86-64 target.
std::size_t HighBitCount(std::uint64_t flags) {
  return static_cast<std::size_t>(((flags >> 7) * 0x0101010101010101u) >> 56);
}

#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
// The number of bits set in a 16-bit mask, by a table (std::popcount would be a library
// call on the baseline x86-64 target).
std::size_t BitCount16(std::uint32_t mask) {
  static constexpr std::array<std::uint8_t, 256> kBits = [] {
    std::array<std::uint8_t, 256> bits{};
    for (std::size_t b = 1; b < 256; ++b) bits[b] = static_cast<std::uint8_t>(bits[b / 2] + (b & 1));
    return bits;
  }();
  return kBits[mask & 0xFF] + kBits[(mask >> 8) & 0xFF];
}

// Bit k set for each byte k of the sixteen at `p` that is an ASCII blank (' ', '\t' to
// '\r'); *ascii tells whether all sixteen are ASCII (the mask means nothing otherwise).
std::uint32_t BlankBits16(const char* p, bool* ascii) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  *ascii = _mm_movemask_epi8(v) == 0;
  const __m128i space = _mm_cmpeq_epi8(v, _mm_set1_epi8(' '));
  // Adding 0x80 - '\t' maps '\t'..'\r' onto the five least signed values.
  const __m128i control = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - '\t'))),
                                         _mm_set1_epi8(static_cast<char>(0x80 + 5)));
  return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_or_si128(space, control)));
}
#endif

}  // namespace

// Sixteen (or eight) ASCII bytes at a time where it can (a word starts at each non-space
// byte after a space), the general SpaceAt step elsewhere.
std::size_t WordCount(std::string_view s, std::size_t limit) {
  std::size_t count = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < s.size() && count <= limit;) {
#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
    if (i + 16 <= s.size()) {
      bool ascii = false;
      const std::uint32_t blank = BlankBits16(s.data() + i, &ascii);
      if (ascii) {
        const std::uint32_t after_blank = (blank << 1) | (in_word ? 0u : 1u);
        count += BitCount16(~blank & after_blank & 0xFFFFu);
        in_word = (blank >> 15) == 0;
        i += 16;
        continue;
      }
    }
#endif
    const std::uint64_t x = i + 8 <= s.size() ? EightBytesAt(s, i) : kHighBits;
    if ((x & kHighBits) == 0) {   // eight ASCII bytes
      const std::uint64_t space = BytesBetween(x, '\t', '\r') | BytesBetween(x, ' ', ' ');
      const std::uint64_t after_space = (space << 8) | (in_word ? 0 : 0x80);
      count += HighBitCount(~space & after_space & kHighBits);
      in_word = (space >> 63) == 0;
      i += 8;
      continue;
    }
    const std::size_t n = SpaceAt(s, i);
    if (n == 0 && !in_word) ++count;
    in_word = n == 0;
    i += n == 0 ? 1 : n;
  }
  // The byte-at-a-time count stopped at limit + 1; eight bytes at once may pass it.
  return count > limit ? limit + 1 : count;
}

double NonLatinShare(std::string_view s) {
  int letters = 0, foreign = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {   // ASCII needs no decoding
      letters += IsAlpha(s[i]) ? 1 : 0;
      ++i;
      continue;
    }
    std::size_t n = 1;
    const char32_t cp = DecodeAt(s, i, &n);
    i += n;
    if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= 0xC0 && cp < 0x250)) {
      ++letters;
    } else if ((cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x1100 && cp <= 0x11FF) ||
               (cp >= 0x3130 && cp <= 0x318F) || (cp >= 0x3040 && cp <= 0x30FF) ||
               (cp >= 0x4E00 && cp <= 0x9FFF)) {
      ++letters;
      ++foreign;
    }
  }
  return letters == 0 ? 0.0 : static_cast<double>(foreign) / letters;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (AsciiLowerByte(s[i]) != AsciiLowerByte(prefix[i])) return false;
  }
  return true;
}

// The first byte is sought in both cases with memchr (std::string_view::find), which
// skips most of a line at once; only its occurrences are compared in full.
std::size_t FindNoCase(std::string_view s, std::string_view needle, std::size_t from) {
  constexpr std::size_t kNone = std::string_view::npos;
  if (needle.empty() || needle.size() > s.size()) return kNone;
  const char lower = AsciiLowerByte(needle[0]);
  const char upper = IsLower(lower) ? static_cast<char>(lower - 'a' + 'A') : lower;
  const std::size_t last_start = s.size() - needle.size();
  std::size_t next_lower = s.find(lower, from);
  std::size_t next_upper = upper == lower ? kNone : s.find(upper, from);
  while (true) {
    const std::size_t i = std::min(next_lower, next_upper);
    if (i == kNone || i > last_start) return kNone;
    if (StartsWithNoCase(s.substr(i), needle)) return i;
    if (i == next_lower) {
      next_lower = s.find(lower, i + 1);
    } else {
      next_upper = s.find(upper, i + 1);
    }
  }
}

std::string CollapseSpaces(std::string_view s) {
  // Written through a pointer into a string of the longest result (no space to collapse) and
  // cut to length after: a push_back per byte tested the capacity at every byte.
  std::string out(s.size(), ' ');
  char* const begin = out.data();
  char* o = begin;
  bool pending = false;
  for (std::size_t i = 0; i < s.size();) {
    if (const std::size_t n = SpaceAt(s, i)) {
      pending = o != begin;
      i += n;
      continue;
    }
    if (pending) *o++ = ' ';
    pending = false;
    *o++ = s[i++];
    // The rest of a word: printable ASCII bytes, none of them a space, copied in one test each.
    while (i < s.size() && static_cast<unsigned char>(s[i]) > ' ' && static_cast<unsigned char>(s[i]) < 0x7F) {
      *o++ = s[i++];
    }
  }
  out.resize(static_cast<std::size_t>(o - begin));
  return out;
}

std::size_t PhrasePrefix(std::string_view s, std::string_view phrase) {
  if (phrase.empty() || !StartsWithNoCase(s, phrase)) return 0;
  if (s.size() == phrase.size()) return phrase.size();
  const char last = phrase.back();
  const char next = s[phrase.size()];
  // A phrase ending in a letter must not run into a longer word ("Homes").
  if (IsAlnum(last) && (IsAlnum(next) || next == '\'' || s.substr(phrase.size(), 3) == "\u2019")) return 0;
  return phrase.size();
}

}  // namespace prextract::internal
