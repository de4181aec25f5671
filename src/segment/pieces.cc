#include "segment/pieces.h"

#include <array>
#include <bit>
#include <cstdint>

#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
#include <emmintrin.h>
#endif

#include "lexicon/lexicon.h"
#include "segment/date_scan.h"
#include "segment/line_rules.h"
#include "segment/text_scan.h"

namespace prextract::internal {
namespace {

// List markers seen on their own before an item (mojibake "â" is a scraped "•").
constexpr std::array<std::string_view, 20> kMarkerTokens = {
    "\u2022", "-", "\u2013", "*", "\u25B2", "\u25A1", "\u3147", "o", "\u00B0", "\u25E6",
    "\u00B7", "\u25AA", "\u25A0", "\u00E2", "\u203B", "\u25CB", "\u25CF", "\u2219", "+", "\u2023"};

// Lines this long hold several paragraphs that scraping collapsed.
constexpr std::size_t kCollapsedLine = 800;

struct Gap {
  std::size_t start = 0;   // first space
  std::size_t end = 0;     // first byte after the run
  int width = 0;
};

Gap ReadGap(std::string_view line, std::size_t i) {
  Gap g{i, i, 0};
  while (g.end < line.size()) {
    if (line[g.end] == ' ') {   // the bulk of a scraped line's wide gaps: no general step
      ++g.width;
      ++g.end;
      continue;
    }
    const std::size_t n = SpaceAt(line, g.end);
    if (n == 0) break;
    // A tab is a wide gap; zero-width spaces and the BOM take no width.
    g.width += line[g.end] == '\t' ? 3 : (n == 3 && line.substr(g.end, 3) != "\u3000") ? 0 : 1;
    g.end += n;
  }
  return g;
}

#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
// Whether the only byte `flagged` in the sixteen at `i` is a space ending them, flagged for
// want of the byte after it, and that byte shows it a lone space (a sixth of a scraped
// line's blocks end in one, and each such stop cost a return and a call).
bool LoneLastBlank(std::string_view line, std::size_t i, std::uint32_t flagged) {
  return flagged == 0x8000u && line[i + 15] == ' ' && i + 16 < line.size() &&
         static_cast<signed char>(line[i + 16]) >= '!';
}
#endif

// The first byte at or after `i` that may start a gap other than a lone space between two
// words: an ASCII byte up to ' ' or any byte from 0x80, except a ' ' followed by a byte
// from '!' to 0x7F. Scraped lines run to thousands of bytes, mostly words and lone spaces:
// sixteen bytes are tested at once (eight without SSE2). A lone space at the end of an
// eight-byte block may be returned too: callers look at what they are given.
std::size_t NextGapCandidate(std::string_view line, std::size_t i) {
#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
  for (; i + 16 <= line.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(line.data() + i));
    // Signed bytes below '!' are the ASCII bytes up to ' ' and every byte from 0x80.
    const auto may_space = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8('!'))));
    const auto blank = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))));
    const std::uint32_t next_may_space = (may_space >> 1) | 0x8000u;   // as kTopByte below
    const std::uint32_t flagged = (may_space & ~blank) | (blank & next_may_space);
    if (flagged != 0 && !LoneLastBlank(line, i, flagged)) {
      return i + static_cast<std::size_t>(std::countr_zero(flagged));
    }
  }
#endif
  constexpr std::uint64_t kHighBits = 0x8080808080808080u, kTopByte = kHighBits << 56;
  for (; i + 8 <= line.size(); i += 8) {
    const std::uint64_t x = EightBytesAt(line, i);
    const std::uint64_t may_space = (x & kHighBits) | BytesBetween(x, 0, ' ');
    const std::uint64_t blank = BytesBetween(x, ' ', ' ');
    const std::uint64_t next_may_space = (may_space >> 8) | kTopByte;
    const std::uint64_t flagged = (may_space & ~blank) | (blank & next_may_space);
    if (flagged != 0) return i + static_cast<std::size_t>(std::countr_zero(flagged) / 8);
  }
  auto plain = [](char c) { return static_cast<unsigned char>(c) > ' ' && static_cast<unsigned char>(c) < 0x80; };
  while (i < line.size() && plain(line[i])) ++i;
  return i;
}

// Whether line[from, to) holds no byte from 0x80 (a gap of ASCII spaces only).
bool IsAsciiRun(std::string_view line, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    if (static_cast<unsigned char>(line[k]) >= 0x80) return false;
  }
  return true;
}

// One ASCII space with an ASCII non-space after it: a gap of width 1.
bool IsLoneSpace(std::string_view line, std::size_t i) {
  return line[i] == ' ' && i + 1 < line.size() && static_cast<unsigned char>(line[i + 1]) < 0x80 &&
         SpaceAt(line, i + 1) == 0;
}

// A piece opens with a capital, a digit, a quote, a bracket, a marker or '$'; not with
// a lower-case letter or with punctuation that continues a sentence.
bool CanOpenPiece(std::string_view line, std::size_t i) {
  const char c = line[i];
  if (IsLower(c)) return false;
  return c != ',' && c != '.' && c != ';' && c != ':' && c != ')' && c != '!' && c != '?';
}

// Rule "double-space mode": in a long scraped line whose two-space gaps never fall
// mid-sentence (before a lower-case word), every two-space gap is a paragraph break;
// where some do, punctuation was stripped into spaces and only wider gaps break.
bool DoubleSpacesBreak(std::string_view line) {
  if (line.size() < kCollapsedLine) return false;
  int lower = 0, other = 0;
  for (std::size_t i = NextGapCandidate(line, 0); i < line.size();) {
    std::size_t next = i + 1;
    // A lone space is a gap of width 1 (most gaps of a line): no need to read it. A gap is
    // read from its first space only.
    if (SpaceAt(line, i) != 0 && !IsLoneSpace(line, i) && (i == 0 || SpaceAt(line, i - 1) == 0)) {
      const Gap g = ReadGap(line, i);
      // Each byte after the first of an ASCII gap follows a space and would be passed over:
      // the search goes on from the gap's end, not from every space of a wide gap.
      if (IsAsciiRun(line, i, g.end)) next = g.end;
      if (g.width == 2 && g.end < line.size()) (IsLower(line[g.end]) ? lower : other) += 1;
    }
    i = NextGapCandidate(line, next);
  }
  return lower <= 1 || lower * 5 < other;
}

// The gaps GapBreaks weighs in a line (all but lone spaces, in order), read in one pass
// that also counts the two-space gaps the double-space rule asks about.
struct LineGaps {
  std::vector<Gap> gaps;
  int lower = 0;   // two-space gaps before a lower-case byte
  int other = 0;   // two-space gaps before another byte
  // No leading space and no gap holding a byte from 0x80: then these are the gaps, and
  // the counts, that DoubleSpacesBreak reads (it also reads from within a gap after a
  // multi-byte space).
  bool plain = true;
};

// Reads the gaps of `line` into *out, whose vector keeps its storage from the line before.
void ReadGaps(std::string_view line, LineGaps* gaps) {
  gaps->gaps.clear();
  gaps->lower = gaps->other = 0;
  LineGaps& out = *gaps;
  out.plain = SpaceAt(line, 0) == 0;
  std::size_t i = SpacesEnd(line, 0);
  while (i < line.size()) {
    i = NextGapCandidate(line, i);
    if (i >= line.size()) break;
    if (SpaceAt(line, i) == 0) {
      ++i;
      continue;
    }
    if (IsLoneSpace(line, i)) {   // the common gap between words, narrower than any break
      i += 2;
      continue;
    }
    const Gap g = ReadGap(line, i);
    out.plain = out.plain && IsAsciiRun(line, g.start, g.end);
    if (g.width == 2 && g.end < line.size()) (IsLower(line[g.end]) ? out.lower : out.other) += 1;
    out.gaps.push_back(g);
    i = g.end;
  }
}

// DoubleSpacesBreak of a line, worked out at the first two-space gap that asks (most lines
// have none): from the counts of the gaps already read when they are its own, else by
// reading the line again.
class DoubleMode {
 public:
  DoubleMode(std::string_view line, const LineGaps& gaps) : line_(line), gaps_(gaps) {}
  bool operator()() {
    if (!known_) {
      if (line_.size() < kCollapsedLine) {
        value_ = false;
      } else if (gaps_.plain) {
        value_ = gaps_.lower <= 1 || gaps_.lower * 5 < gaps_.other;
      } else {
        value_ = DoubleSpacesBreak(line_);
      }
    }
    known_ = true;
    return value_;
  }

 private:
  std::string_view line_;
  const LineGaps& gaps_;
  bool known_ = false;
  bool value_ = false;
};

// `before` ends with a capital letter standing alone as a word, after another word.
bool EndsWithInitial(std::string_view before) {
  const std::size_t n = before.size();
  return n >= 3 && IsUpper(before[n - 1]) && before[n - 2] == ' ';
}

// A date's comma stripped between its day and year ("October 3rd  2005"): `before` ends with
// a month and a day, and `after` opens with a four-digit year.
bool SplitsDate(std::string_view before, std::string_view after) {
  const std::size_t space = before.find_last_of(' ');
  if (space == std::string_view::npos || space == 0 || !IsDigit(before[space + 1])) return false;
  const std::size_t month_space = before.find_last_of(' ', space - 1);
  const std::size_t month_start = month_space == std::string_view::npos ? 0 : month_space + 1;
  if (!IsMonthName(before.substr(month_start, space - month_start))) return false;
  std::size_t digits = 0;
  while (digits < after.size() && IsDigit(after[digits])) ++digits;
  return digits == 4 && (digits == after.size() || !IsAlnum(after[digits]));
}

// `before` ends with a headline verb (lexicon en/headline_verbs: "Graham Announces").
bool EndsWithHeadlineVerb(std::string_view before) {
  static const auto& verbs = LexiconIndex("en/headline_verbs");
  const std::size_t space = before.find_last_of(' ');
  const std::string_view last = space == std::string_view::npos ? before : before.substr(space + 1);
  return last.size() >= 4 && verbs.count(AsciiLower(last)) > 0;
}

// The piece boundary for a gap, or npos when the gap does not break.
std::size_t BreakAt(std::string_view line, std::size_t piece_start, const Gap& g, DoubleMode& double_mode) {
  if (g.end >= line.size() || g.start == piece_start) return std::string_view::npos;
  if (!CanOpenPiece(line, g.end)) return std::string_view::npos;
  const std::string_view before = line.substr(piece_start, g.start - piece_start);
  if (g.width == 2 && !double_mode() && !IsEndMark(before)) {
    // Typewriter spacing ("said.  It has") is no break; a run of items is ("Park.  $30 million").
    const char next = line[g.end];
    if (!EndsSentence(before) || !(IsDigit(next) || next == '$')) return std::string_view::npos;
  }
  if (g.width < 2) return std::string_view::npos;
  if (IsEndMark(before)) return g.end;
  // "Senator Mary L  Landrieu", "U S  Senator": an initial whose period was stripped.
  if (g.width == 2 && EndsWithInitial(before)) return std::string_view::npos;
  if (g.width == 2 && SplitsDate(before, line.substr(g.end))) return std::string_view::npos;
  // "Graham Announces  590 000 for ...": a stripped dollar sign before the verb's object.
  if (g.width == 2 && IsDigit(line[g.end]) && EndsWithHeadlineVerb(before)) return std::string_view::npos;
  // A colon leads into what follows ("include:   - item"), unless it ends a label.
  if (!before.empty() && before.back() == ':' && !IsHeadingLine(before)) return std::string_view::npos;
  // A marker token alone before the gap belongs to the item after it.
  const std::size_t last_space = before.find_last_of(' ');
  const std::string_view last = last_space == std::string_view::npos ? before : before.substr(last_space + 1);
  if (IsListMarkerToken(last)) {
    if (last_space == std::string_view::npos) return std::string_view::npos;   // "•   Item"
    return piece_start + last_space + 1;
  }
  return g.end;
}

}  // namespace

bool IsListMarkerToken(std::string_view token) {
  // Most tokens asked about are words: an ASCII first byte leaves only the ASCII markers
  // (any other ASCII code point is no symbol below).
  if (!token.empty() && static_cast<unsigned char>(token[0]) < 0x80) {
    return token.size() == 1 && (token[0] == '-' || token[0] == '*' || token[0] == 'o' || token[0] == '+');
  }
  for (const std::string_view m : kMarkerTokens) {
    if (token == m) return true;
  }
  // Other symbols ("●", "◆") and their mojibake ("â\u0097\u008f"): up to three code
  // points, none a letter or digit (a leading "â" aside).
  int count = 0;
  for (std::size_t i = 0; i < token.size(); ++count) {
    std::size_t n = 1;
    const char32_t cp = DecodeAt(token, i, &n);
    const bool symbol = (cp >= 0x80 && cp <= 0xBF) || (cp >= 0x2010 && cp <= 0x2BFF) || (i == 0 && cp == 0xE2);
    if (!symbol) return false;
    i += n;
  }
  return count >= 1 && count <= 3;
}

namespace {

// GapBreaks(line) into *breaks, with *gaps to read the gaps into: SplitPieces keeps both
// for every line of a text, where each line's own pair of vectors cost two allocations.
void GapBreaksInto(std::string_view line, LineGaps* gaps, std::vector<std::size_t>* breaks) {
  breaks->clear();
  ReadGaps(line, gaps);
  DoubleMode double_mode(line, *gaps);
  std::size_t piece_start = SpacesEnd(line, 0);
  for (const Gap& g : gaps->gaps) {
    const std::size_t at = BreakAt(line, piece_start, g, double_mode);
    if (at != std::string_view::npos) {
      breaks->push_back(at);
      piece_start = at;
    }
  }
}

}  // namespace

std::vector<std::size_t> GapBreaks(std::string_view line) {
  LineGaps gaps;
  std::vector<std::size_t> breaks;
  GapBreaksInto(line, &gaps, &breaks);
  return breaks;
}

std::vector<Piece> SplitPieces(std::string_view text) {
  // Room for a piece every 64 bytes, about what releases hold: growing one push at a time
  // reallocated and copied the list some four times a text.
  constexpr std::size_t kBytesPerPiece = 64;
  std::vector<Piece> pieces;
  pieces.reserve(text.size() / kBytesPerPiece + 1);
  // Room up front for the gaps and cuts of a line (kept from line to line): grown a push
  // at a time, they were reallocated some eight times a text.
  constexpr std::size_t kGapsPerLine = 64;
  LineGaps gaps;
  gaps.gaps.reserve(kGapsPerLine);
  std::vector<std::size_t> cuts;
  cuts.reserve(kGapsPerLine);
  int blanks = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const Span line = TrimBlanks(text, Span{pos, nl});
    pos = nl + 1;
    if (line.empty()) {
      ++blanks;
      continue;
    }
    GapBreaksInto(View(text, line), &gaps, &cuts);
    cuts.push_back(line.end - line.start);
    std::size_t from = 0;
    const std::size_t first = pieces.size();
    for (const std::size_t cut : cuts) {
      const Span s = TrimBlanks(text, Span{line.start + from, line.start + cut});
      from = cut;
      if (s.empty()) continue;
      Piece p;
      p.span = s;
      p.line_bytes = line.end - line.start;
      pieces.push_back(p);
    }
    if (pieces.size() > first) {
      pieces[first].line_start = true;
      pieces[first].blanks_before = blanks;
      pieces.back().line_end = true;
    }
    blanks = 0;
  }
  return pieces;
}

}  // namespace prextract::internal
