#include "participants/tokens.h"

#include <array>
#include <memory>

#include "lexicon/lexicon.h"
#include "lexicon/string_table.h"
#include "text/byte_runs.h"
#include "text/mojibake.h"

namespace prextract::internal::parts {
namespace {

// Decodes the code point at text[*i] and advances *i. Input is valid UTF-8.
char32_t Next(std::string_view text, std::size_t* i) {
  const auto b = static_cast<unsigned char>(text[*i]);
  int extra = b < 0x80 ? 0 : b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
  char32_t cp = extra == 0 ? b : extra == 1 ? (b & 0x1F) : extra == 2 ? (b & 0x0F) : (b & 0x07);
  ++*i;
  while (extra-- > 0 && *i < text.size()) {
    cp = (cp << 6) | (static_cast<unsigned char>(text[*i]) & 0x3F);
    ++*i;
  }
  return cp;
}

bool IsLetter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c == 0xD7 || c == 0xF7) return false;
  return (c >= 0xC0 && c < 0x2000) || (c >= 0x3040 && c < 0xA000) || (c >= 0xAC00 && c < 0xD7B0);
}

// ASCII letters and digits by byte: the word scan tests every byte of the text with it, and
// one load costs less than three range tests.
constexpr std::array<bool, 256> kAsciiAlnum = [] {
  std::array<bool, 256> table{};
  for (int b = 0; b < 256; ++b) {
    table[b] = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
  }
  return table;
}();

bool IsAsciiAlnum(char b) { return kAsciiAlnum[static_cast<unsigned char>(b)]; }

// An ASCII byte that is no letter or digit and none of the joiners ScanWord lets inside a word.
bool IsAsciiNonJoiner(char b) {
  return static_cast<unsigned char>(b) < 0x80 && b != '-' && b != '.' && b != '&' && b != '\'';
}

bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsWordChar(char32_t c) { return IsLetter(c) || IsDigit(c); }
bool IsUpper(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
         (c >= 0x100 && c < 0x180 && c % 2 == 0);
}
bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0; }
bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

const StringSet& Abbreviations() {
  static const auto* set = [] {
    auto* s = new StringSet();
    for (const char* name : {"en/abbreviations", "en/honorifics", "en/legal_suffixes",
                             "en/name_suffixes"}) {
      for (const auto& [variant, canonical] : LexiconIndex(name)) {
        std::string v = variant;
        if (!v.empty() && v.back() == '.') v.pop_back();
        s->insert(v);
      }
    }
    return s;
  }();
  return *set;
}

// Code point after position i, or 0 at the end.
char32_t Peek(std::string_view text, std::size_t i, std::size_t end) {
  if (i >= end) return 0;
  return Next(text, &i);
}

// Index after the run of ASCII letters and digits from text[i]. A function of its own keeps
// the run's bounds in registers, where the word scan's other state spilled them to the stack.
std::size_t SkipAsciiAlnum(std::string_view text, std::size_t i, std::size_t end) {
  return SkipWhile(text, i, end, IsAsciiAlnum);
}

// Scans one word from `start`: letters and digits joined by inner hyphens, apostrophes,
// ampersands between capitals ("AT&T") and periods between single letters ("U.S").
std::size_t ScanWord(std::string_view text, std::size_t start, std::size_t end) {
  std::size_t i = start;
  while (i < end) {
    // Most of prose is ASCII letters: those skip the decoder.
    i = SkipAsciiAlnum(text, i, end);
    if (i == end) break;
    // Nor does the byte that ends most words: an ASCII space or mark that joins no words.
    if (IsAsciiNonJoiner(text[i])) break;
    if (IsMojibakeApostrophe(text, i, end)) break;   // "Baucusâ": the word ends before it
    std::size_t j = i;
    const char32_t c = Next(text, &j);
    if (IsWordChar(c)) { i = j; continue; }
    const bool joiner = c == '-' || c == 0x2010 || c == 0x2011 || c == '.' || c == '&' ||
                        IsApostrophe(c);
    if (!joiner || !IsWordChar(Peek(text, j, end))) break;
    if (IsApostrophe(c)) {   // "'s" ends the word: it becomes its own token
      std::size_t k = j;
      const char32_t s = Next(text, &k);
      if ((s == 's' || s == 'S') && !IsWordChar(Peek(text, k, end))) break;
    }
    if (c == '.') {   // "U.S"-style (one letter on each side) or a domain ("Amazon.com")
      std::size_t k = j;
      const char32_t after = Next(text, &k);
      if (after >= 'a' && after <= 'z' && i - start > 1) {
        i = j;
        continue;
      }
      if (i - start > 1 && text[i - 2] != '.') break;
      if (IsWordChar(Peek(text, k, end))) break;
    }
    i = j;
  }
  return i;
}

// Sets *cap and *upper of the word `w` (both false on entry). REQUIRES: !w.empty(), as no
// token is empty.
void CaseOf(std::string_view w, bool* cap, bool* upper) {
  // Most words of prose open with an ASCII lower-case letter, which settles both flags
  // (false, as they start) without decoding the word.
  const char lead = w[0];
  if (lead >= 'a' && lead <= 'z') return;
  // Most capitalised words go on in ASCII lower case ("Department"): not all upper case,
  // which their second letter tells without decoding them either.
  if (lead >= 'A' && lead <= 'Z' && w.size() > 1 && w[1] >= 'a' && w[1] <= 'z') {
    *cap = true;
    return;
  }
  std::size_t i = 0, letters = 0;
  bool first = true, all_upper = true;
  while (i < w.size()) {
    const char32_t c = Next(w, &i);
    if (!IsLetter(c)) continue;
    const bool up = IsUpper(c);
    if (first) *cap = up;
    first = false;
    ++letters;
    if (!up) {   // a lower-case letter settles both flags: most words stop at their second letter
      all_upper = false;
      break;
    }
  }
  *upper = letters >= 2 && all_upper;
}

// ASCII lower case of `w` into out[0, w.size()).
void LowerInto(std::string_view w, char* out) {
  for (std::size_t k = 0; k < w.size(); ++k) out[k] = AsciiLowerByte(w[k]);
}

// Keeps a following period on initials, "U.S." forms and known abbreviations. `w`: the
// word before the period.
bool TakesPeriod(std::string_view w) {
  if (w.size() == 1 || (w.size() == 2 && w[1] == '.')) return true;
  // "U.S." and "Ph.D." end in a one-letter part; a sentence ends after "HR.com."
  if (const std::size_t dot = w.rfind('.'); dot != std::string_view::npos) return dot + 2 == w.size();
  // Abbreviations are short: lower-cased on the stack, not in a new string per word.
  char lower[16];
  if (w.size() > sizeof lower) return Abbreviations().count(AsciiLower(w)) > 0;
  LowerInto(w, lower);
  return Abbreviations().count(std::string_view(lower, w.size())) > 0;
}

}  // namespace

namespace {

// What the scan of one token found, before the token is built.
struct Scanned {
  std::size_t end = 0;
  char32_t punct = 0;   // a punctuation token's code point
  bool word = false;
};

// "â" (U+00E2), the one code point the mojibake test accepts, where it stands for an
// apostrophe ("Hersheyâs"): other tokens skip the test.
bool IsMojibakeAt(std::string_view text, std::size_t i, std::size_t end, char32_t c) {
  return c == 0xE2 && IsMojibakeApostrophe(text, i, end);
}

// Scans the token at text[i], which begins no word; `c`: its code point, which ends at j.
// `may_split_s`: right after a word, so that "'s" is a word of its own.
Scanned ScanOther(std::string_view text, std::size_t i, std::size_t j, std::size_t end, char32_t c,
                  bool may_split_s) {
  Scanned s;
  s.end = j;
  if (IsMojibakeAt(text, i, end, c)) {
    s.punct = '\'';   // what is left of "’": no letter of any word
  } else if (IsApostrophe(c) && may_split_s && (Peek(text, j, end) == 's' || Peek(text, j, end) == 'S')) {
    s.end = j + 1;   // the possessive "'s" is a word of its own, never capitalised
    s.word = true;
  } else {
    s.punct = c;   // never an ASCII capital: those are word characters
  }
  return s;
}

bool EndsSentence(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == 0x201C || c == 0x2022 ||
         c == 0x25B2 || c == 0x25A1 || c == 0x203B || c == '*';
}

// Doubles the room of `out`, all of which the tokens before `next` fill; returns where the
// next token goes and sets *limit to the end of the room. Out of line: most blocks never
// outgrow their first room.
[[gnu::noinline]] Token* MoreRoom(TokenVector* out, Token* next, Token** limit) {
  const std::size_t written = static_cast<std::size_t>(next - out->data());
  out->resize(2 * written + 16);
  *limit = out->data() + out->size();
  return out->data() + written;
}

bool HasAsciiCapital(std::string_view w) {
  for (const char c : w) {
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

}  // namespace

TokenVector TokenizeBlock(std::string_view text, Span block, std::string_view lowered) {
  TokenVector out;
  TokenizeBlockInto(text, block, lowered, &out);
  return out;
}

void TokenizeBlockInto(std::string_view text, Span block, std::string_view lowered,
                       TokenVector* tokens) {
  TokenVector& out = *tokens;
  out.clear();
  const char* const lower_base = lowered.data();
  const std::size_t end = std::min(block.end, text.size());
  std::size_t i = block.start;
  // Room for about one token per five bytes of prose, more in lists and figures: growing the
  // vector moved every token again. Tokens are built in place through `next`, and the vector
  // is cut to their count at the end.
  out.resize(end > i ? (end - i) / 4 + 1 : 0);
  Token* next = out.data();
  Token* limit = next + out.size();
  bool space = true, sentence = true;
  // Facts of the token before, kept here: read back through out.back(), they were reloaded
  // from memory for every token, as the stores into each token may alias the vector.
  bool after_word = false;
  // Spaces since the last token, -1 once a line break is seen. -1 before the first token as
  // well, whose gap is no wide gap: no test per token of whether one came before.
  int gap = -1;
  while (i < end) {
    if (text[i] == ' ') {   // most of the gaps between words: no decoding needed
      space = true;
      if (gap >= 0) ++gap;
      ++i;
      continue;
    }
    Scanned s;
    // Most tokens are ASCII words, found without decoding.
    bool word_start = IsAsciiAlnum(text[i]);
    char32_t c = 0;
    std::size_t j = i;
    if (!word_start) {
      c = Next(text, &j);
      if (IsSpace(c)) {
        space = true;
        if (gap >= 0) gap = (c == '\n' || c == '\r') ? -1 : gap + 1;
        i = j;
        continue;
      }
      word_start = IsWordChar(c) && !IsMojibakeAt(text, i, end, c);
    }
    if (word_start) {
      s.end = ScanWord(text, i, end);
      s.word = true;
    } else {
      s = ScanOther(text, i, j, end, c, after_word && !space);
    }
    j = s.end;
    // j <= end <= text.size(): the views need no bounds test of substr.
    if (s.word && j < end && text[j] == '.' && TakesPeriod(std::string_view(text.data() + i, j - i))) ++j;
    // Built in place, once its facts are known, each member written here: the room holds
    // no token yet (UnfilledAllocator), and a default token first stored values that these
    // stores replaced.
    if (next == limit) next = MoreRoom(&out, next, &limit);
    Token& t = *next++;
    t.span = Span{i, j};
    t.text = std::string_view(text.data() + i, j - i);
    t.lower_start = lower_base + i;
    t.word = s.word;
    t.space_before = space;
    t.wide_gap_before = gap >= 2;
    t.used = false;
    t.punct = s.punct;
    t.phrase_start = -1;
    t.name_word = -1;
    t.first_mask = 0;
    t.later_masks = 0;
    if (s.word) {
      bool cap = false, upper = false;
      CaseOf(t.text, &cap, &upper);
      t.cap = cap;
      t.upper = upper;
      t.initial = cap && j - i == 2 && text[i + 1] == '.';   // most words settle at `cap`
      t.sentence_start = sentence;
      sentence = false;
    } else {
      t.cap = t.upper = t.initial = t.sentence_start = false;
      if (EndsSentence(s.punct)) sentence = true;
    }
    after_word = s.word;
    gap = 0;
    i = j;
    // The one space after most tokens: taken here rather than by another turn of the loop.
    space = i < end && text[i] == ' ';
    if (space) {
      gap = 1;
      ++i;
    }
  }
  out.resize(static_cast<std::size_t>(next - out.data()));
}

OwnTokens TokenizeOwn(std::string_view s) {
  OwnTokens own;
  std::string_view lowered = s;
  if (HasAsciiCapital(s)) {
    own.lower = std::make_unique_for_overwrite<char[]>(s.size());
    LowerInto(s, own.lower.get());
    lowered = std::string_view(own.lower.get(), s.size());
  }
  own.tokens = TokenizeBlock(s, Span{0, s.size()}, lowered);
  return own;
}

std::string JoinTokens(std::string_view, const TokenVector& tokens, std::size_t from,
                       std::size_t to) {
  std::string s;
  for (std::size_t k = from; k < to && k < tokens.size(); ++k) {
    if (k > from && tokens[k].space_before) s.push_back(' ');
    s.append(tokens[k].text);
  }
  return s;
}

}  // namespace prextract::internal::parts
