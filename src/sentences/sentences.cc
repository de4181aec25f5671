#include "sentences/sentences.h"

#include <bit>
#include <cstdint>
#include <string>
#include <unordered_map>

#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
#include <emmintrin.h>
#endif

#include "lexicon/lexicon.h"
#include "segment/text_scan.h"

namespace prextract::internal {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Closing quotes and brackets that stay with the sentence they end (ASCII and the
// UTF-8 right quotes U+2019, U+201D).
std::size_t ClosingLength(std::string_view t, std::size_t i) {
  if (i >= t.size()) return 0;
  if (t[i] == '"' || t[i] == '\'' || t[i] == ')' || t[i] == ']') return 1;
  if (t.substr(i, 3) == "\xE2\x80\x9D" || t.substr(i, 3) == "\xE2\x80\x99") return 3;
  return 0;
}

// Whether a sentence may start at `i`: a capital, a digit, an opening quote or
// bracket, or any non-ASCII character (other scripts, typographic quotes, bullets).
bool CanStartSentence(std::string_view t, std::size_t i) {
  if (i >= t.size()) return true;
  const char c = t[i];
  return IsUpper(c) || IsDigit(c) || c == '"' || c == '\'' || c == '(' || c == '[' ||
         (static_cast<unsigned char>(c) >= 0x80);
}

// The word before the stop at `dot` (letters and inner dots), e.g. "U.S" or "Sen".
std::string_view WordBefore(std::string_view t, std::size_t from, std::size_t dot) {
  std::size_t b = dot;
  while (b > from && (IsAlpha(t[b - 1]) || t[b - 1] == '.')) --b;
  return t.substr(b, dot - b);
}

bool IsListNumber(std::string_view t, std::size_t from, std::size_t dot) {
  std::size_t b = dot;
  while (b > from && IsDigit(t[b - 1])) --b;
  if (b == dot) return false;
  while (b > from && (t[b - 1] == ' ' || t[b - 1] == '\t')) --b;
  return b == from || t[b - 1] == '\n';
}

bool IsAbbreviation(std::string_view word) {
  if (word.empty()) return false;
  if (word.size() == 1 && IsUpper(word[0])) return true;   // an initial: "Jeffrey H. Wood"
  static const auto& index = LexiconIndex("en/abbreviations");
  // Lowered on the stack: a string built for each word before a stop cost more than its
  // look-up. Longer words, which no abbreviation is, take the general path.
  char lower[32];
  if (word.size() > sizeof lower) return index.count(AsciiLower(word)) > 0;
  for (std::size_t k = 0; k < word.size(); ++k) lower[k] = AsciiLowerByte(word[k]);
  return index.count(std::string_view(lower, word.size())) > 0;
}

// True when the stop at `dot` ends a sentence; `next` is where the next one would start.
bool EndsSentence(std::string_view t, Span block, std::size_t dot, std::size_t next,
                  bool newline_between) {
  if (!CanStartSentence(t, next)) return false;
  if (t[dot] != '.') return true;
  if (IsListNumber(t, block.start, dot)) return false;
  if (newline_between) return true;
  return !IsAbbreviation(WordBefore(t, block.start, dot));
}

// "from the war.To help troops": a period glued to the next sentence, its space lost in
// scraping. It follows a lower-case word of three letters or more (not "U.S", not "www")
// and comes before a capital and a lower-case letter (not "Amazon.com", not a
// "Node.JS"); a web address or an e-mail ("news.Acme.com", "jane.Doe@") goes on past it.
bool GluedSentenceStop(std::string_view t, Span block, std::size_t dot) {
  const std::size_t next = dot + 1;
  if (next + 1 >= block.end || !IsUpper(t[next]) || !IsLower(t[next + 1])) return false;
  std::size_t b = dot;
  while (b > block.start && IsLower(t[b - 1])) --b;
  if (dot - b < 3 || t.substr(b, dot - b) == "www") return false;
  if (b > block.start && !IsSpace(t[b - 1]) && t[b - 1] != '"' && t[b - 1] != '(') return false;
  std::size_t e = next;
  while (e < block.end && !IsSpace(t[e])) {
    if (t[e] == '.' || t[e] == '@' || t[e] == '/') return false;
    ++e;
  }
  return true;
}

// A line that opens with a list marker starts a new sentence.
bool StartsListItem(std::string_view t, std::size_t i) {
  static constexpr std::string_view kMarkers[] = {"- ", "* ", "\xE2\x80\xA2", "\xE2\x96\xB2",
                                                  "\xE2\x96\xA1", "\xE3\x85\x87", "\xE2\x97\x8B",
                                                  "\xE2\x80\xBB"};
  for (std::string_view m : kMarkers) {
    if (t.substr(i, m.size()) == m) return true;
  }
  return false;
}

// Where the first newline or stop ('.', '!', '?') lies among the kScanWidth bytes from
// `i`, or kScanWidth when there is none: those are the only bytes the splitter acts on,
// so plain words are skipped whole.
#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
constexpr std::size_t kScanWidth = 16;

std::size_t FirstBreakByte(std::string_view t, std::size_t i) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
  const auto is = [&](char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
  const __m128i hits = _mm_or_si128(_mm_or_si128(is('\n'), is('.')), _mm_or_si128(is('!'), is('?')));
  const auto mask = static_cast<unsigned>(_mm_movemask_epi8(hits));
  return mask == 0 ? kScanWidth : static_cast<std::size_t>(std::countr_zero(mask));
}
#else
constexpr std::size_t kScanWidth = 8;

std::size_t FirstBreakByte(std::string_view t, std::size_t i) {
  const std::uint64_t x = EightBytesAt(t, i);
  const std::uint64_t hits = BytesBetween(x, '\n', '\n') | BytesBetween(x, '.', '.') |
                             BytesBetween(x, '!', '!') | BytesBetween(x, '?', '?');
  return hits == 0 ? kScanWidth : static_cast<std::size_t>(std::countr_zero(hits)) / 8;
}
#endif

// Appends the sentences of a block, of paragraph `paragraph`, to one array: a release's
// blocks share it rather than each filling a vector of its own.
class SentenceSink {
 public:
  SentenceSink(std::optional<int> paragraph, std::vector<Sentence>* out) : paragraph_(paragraph), out_(out) {}

  void Push(std::string_view t, std::size_t b, std::size_t e) {
    while (b < e && IsSpace(t[b])) ++b;
    while (e > b && IsSpace(t[e - 1])) --e;
    if (b < e) out_->push_back(Sentence{Span{b, e}, paragraph_});
  }

 private:
  std::optional<int> paragraph_;
  std::vector<Sentence>* out_;
};

// SplitBlock, each sentence appended to `sink`.
void SplitBlockInto(std::string_view t, Span block, SentenceSink sink) {
  std::size_t start = block.start;
  for (std::size_t i = block.start; i < block.end; ++i) {
    if (i + kScanWidth <= block.end) {   // prose: mostly plain words
      const std::size_t skip = FirstBreakByte(t, i);
      if (skip == kScanWidth) {
        i += kScanWidth - 1;
        continue;
      }
      i += skip;
    }
    const char c = t[i];
    if (c == '\n') {
      std::size_t j = i + 1;
      while (j < block.end && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r')) ++j;
      if (j < block.end && (t[j] == '\n' || StartsListItem(t, j))) {
        sink.Push(t, start, i);
        start = i + 1;
      }
      continue;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    std::size_t end = i + 1;
    while (std::size_t n = ClosingLength(t, end)) end += n;
    if (end < block.end && !IsSpace(t[end])) {
      if (c == '.' && end == i + 1 && GluedSentenceStop(t, block, i)) {
        sink.Push(t, start, end);
        start = end;
      }
      continue;
    }
    std::size_t next = end;
    bool newline = false;
    while (next < block.end && IsSpace(t[next])) newline |= t[next++] == '\n';
    if (next >= block.end || EndsSentence(t, block, i, next, newline)) {
      sink.Push(t, start, end);
      start = end;
      i = end - 1;
    }
  }
  sink.Push(t, start, block.end);
}

}  // namespace

std::vector<Span> SplitBlock(std::string_view t, Span block) {
  std::vector<Sentence> sentences;
  SplitBlockInto(t, block, SentenceSink(std::nullopt, &sentences));
  std::vector<Span> out;
  out.reserve(sentences.size());
  for (const Sentence& s : sentences) out.push_back(s.span);
  return out;
}

std::vector<Sentence> SplitSentences(std::string_view text, const Layout& layout) {
  std::vector<Sentence> out;
  out.reserve(text.size() / 128 + 8);   // a sentence takes about 150 bytes of prose
  std::size_t next_paragraph = 0;
  auto emit_paragraphs_before = [&](std::size_t limit) {
    while (next_paragraph < layout.paragraphs.size() &&
           layout.paragraphs[next_paragraph].span.start < limit) {
      SplitBlockInto(text, layout.paragraphs[next_paragraph].span,
                     SentenceSink(static_cast<int>(next_paragraph), &out));
      ++next_paragraph;
    }
  };
  for (const Segment& seg : layout.segments) {
    if (seg.kind != SegmentKind::kNote) continue;
    emit_paragraphs_before(seg.span.start);
    SplitBlockInto(text, seg.span, SentenceSink(std::nullopt, &out));
  }
  emit_paragraphs_before(text.size() + 1);
  return out;
}

}  // namespace prextract::internal
