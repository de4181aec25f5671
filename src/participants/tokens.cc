#include "participants/tokens.h"

#include <array>

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

// Classes of ASCII letters and digits by byte (0: neither): the word scan tests every byte of
// the text with it, and one load costs less than three range tests. The scan also ORs the
// classes together, which tells whether the word has an ASCII capital, or an ASCII lower-case
// letter, without a second pass.
constexpr unsigned char kAsciiLower = 1, kAsciiCapital = 2, kAsciiDigit = 4;
constexpr std::array<unsigned char, 256> kAsciiAlnum = [] {
  std::array<unsigned char, 256> table{};
  for (int b = 0; b < 256; ++b) {
    if (b >= 'a' && b <= 'z') table[b] = kAsciiLower;
    if (b >= 'A' && b <= 'Z') table[b] = kAsciiCapital;
    if (b >= '0' && b <= '9') table[b] = kAsciiDigit;
  }
  return table;
}();

unsigned char AsciiAlnumClass(char b) { return kAsciiAlnum[static_cast<unsigned char>(b)]; }

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

// Index after the run of ASCII letters and digits from text[i], ORing their classes into
// *classes. A function of its own keeps the run's bounds in registers, where the word scan's
// other state spilled them to the stack.
std::size_t SkipAsciiAlnum(std::string_view text, std::size_t i, std::size_t end, unsigned char* classes) {
  unsigned char seen = 0;
  const std::size_t run_end = SkipWhile(text, i, end, [&seen](char c) {
    const unsigned char alnum = AsciiAlnumClass(c);
    seen |= alnum;
    return alnum != 0;
  });
  *classes |= seen;
  return run_end;
}

// Scans one word from `start`: letters and digits joined by inner hyphens, apostrophes,
// ampersands between capitals ("AT&T") and periods between single letters ("U.S").
// `*ascii_classes`: the classes of the word's ASCII letters and digits, ORed.
std::size_t ScanWord(std::string_view text, std::size_t start, std::size_t end,
                     unsigned char* ascii_classes) {
  std::size_t i = start;
  unsigned char classes = 0;
  while (i < end) {
    // Most of prose is ASCII letters: those skip the decoder.
    i = SkipAsciiAlnum(text, i, end, &classes);
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
  *ascii_classes = classes;
  return i;
}

// `ascii_classes`: as ScanWord gives them for the word.
void SetCase(Token* t, unsigned char ascii_classes) {
  if (t->text.empty()) return;
  // Most words of prose open with an ASCII lower-case letter, which settles both flags
  // (false, as they start) without decoding the word.
  const char lead = t->text[0];
  if (lead >= 'a' && lead <= 'z') return;
  // Most capitalised words go on in ASCII lower case ("Department"): not all upper case,
  // which their classes tell without decoding them either.
  if (lead >= 'A' && lead <= 'Z' && (ascii_classes & kAsciiLower) != 0) {
    t->cap = true;
    return;
  }
  std::size_t i = 0, letters = 0;
  bool first = true, all_upper = true;
  while (i < t->text.size()) {
    const char32_t c = Next(t->text, &i);
    if (!IsLetter(c)) continue;
    const bool up = IsUpper(c);
    if (first) t->cap = up;
    first = false;
    ++letters;
    if (!up) {   // a lower-case letter settles both flags: most words stop at their second letter
      all_upper = false;
      break;
    }
  }
  t->upper = letters >= 2 && all_upper;
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

std::vector<Token> TokenizeBlock(std::string_view text, Span block) {
  std::vector<Token> out;
  const std::size_t end = std::min(block.end, text.size());
  std::size_t i = block.start;
  // About one token per five bytes of prose, more in lists and figures: growing the vector
  // moved every token again.
  out.reserve(end > i ? (end - i) / 4 + 1 : 0);
  bool space = true, sentence = true;
  // Facts of the token before, kept here: read back through out.back(), they were reloaded
  // from memory for every token, as the stores into each token may alias the vector.
  bool after_token = false, after_word = false;
  int gap = 0;   // spaces since the last token, -1 once a line break is seen
  while (i < end) {
    if (text[i] == ' ') {   // most of the gaps between words: no decoding needed
      space = true;
      if (gap >= 0) ++gap;
      ++i;
      continue;
    }
    std::size_t j = i;
    const char32_t c = Next(text, &j);
    if (IsSpace(c)) {
      space = true;
      if (gap >= 0) gap = (c == '\n' || c == '\r') ? -1 : gap + 1;
      i = j;
      continue;
    }
    // Built in place: a Token holds strings and a vector, so moving one in cost as much.
    Token& t = out.emplace_back();
    // The classes of the token's ASCII letters and digits, known from its scan (a period
    // taken on adds none): most words hold no capital, and need no lower-case copy.
    unsigned char ascii_classes = 0;
    t.space_before = space;
    t.wide_gap_before = gap >= 2 && after_token;
    gap = 0;
    t.span.start = i;
    // The token's facts are kept in locals until it is complete: the stores into it may
    // alias everything, and its fields read back were loaded from memory again.
    bool word = false;
    // "â" (U+00E2) is the one code point the mojibake test accepts: other tokens skip it.
    if (c == 0xE2 && IsMojibakeApostrophe(text, i, end)) {
      t.punct = '\'';   // what is left of "’" ("Hersheyâs"): no letter of any word
    } else if (IsWordChar(c)) {
      j = ScanWord(text, i, end, &ascii_classes);
      word = true;
    } else if (IsApostrophe(c) && after_word && !space &&
               (Peek(text, j, end) == 's' || Peek(text, j, end) == 'S')) {
      ascii_classes = text[j] == 'S' ? kAsciiCapital : kAsciiLower;
      ++j;   // the possessive "'s" is a word of its own, never capitalised
      word = true;
    } else {
      t.punct = c;   // never an ASCII capital: those are word characters
    }
    // j <= end <= text.size(): the views need no bounds test of substr.
    if (word && j < end && text[j] == '.' && TakesPeriod(std::string_view(text.data() + i, j - i))) ++j;
    const std::string_view token_text(text.data() + i, j - i);
    t.word = word;
    t.span.end = j;
    t.text = token_text;
    if ((ascii_classes & kAsciiCapital) != 0) {
      // Copied, then lowered in place: sizing the string first cleared it for nothing.
      t.lower.assign(token_text);
      LowerInto(t.lower, t.lower.data());
    }
    if (word) {
      SetCase(&t, ascii_classes);
      t.initial = token_text.size() == 2 && token_text[1] == '.' && t.cap;
      t.sentence_start = sentence;
      sentence = false;
    } else if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == 0x201C ||
               c == 0x2022 || c == 0x25B2 || c == 0x25A1 || c == 0x203B || c == '*') {
      sentence = true;
    }
    after_token = true;
    after_word = word;
    i = j;
    // The one space after most tokens: taken here rather than by another turn of the loop.
    space = i < end && text[i] == ' ';
    if (space) {
      gap = 1;
      ++i;
    }
  }
  return out;
}

std::string JoinTokens(std::string_view, const std::vector<Token>& tokens, std::size_t from,
                       std::size_t to) {
  std::string s;
  for (std::size_t k = from; k < to && k < tokens.size(); ++k) {
    if (k > from && tokens[k].space_before) s.push_back(' ');
    s.append(tokens[k].text);
  }
  return s;
}

}  // namespace prextract::internal::parts
