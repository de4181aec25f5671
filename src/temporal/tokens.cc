#include "temporal/tokens.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <utility>

#include "lexicon/lexicon.h"
#include "text/byte_runs.h"

namespace prextract::internal {
namespace {

// Bit 0x20 folds the two cases together: one range test instead of two.
bool IsAsciiLetter(char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::size_t Utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

// Folds the punctuation variants a scraped text uses onto their ASCII forms.
std::string_view FoldPunct(std::string_view mark) {
  if (mark == "\u2019" || mark == "\u2018" || mark == "`") return "'";
  if (mark == "\u2013" || mark == "\u2014" || mark == "\u2010" || mark == "\u2011" || mark == "\u2012") return "-";
  if (mark == "\u00a0") return " ";
  return mark;
}

bool IsOrdinalSuffix(std::string_view s) {
  if (s.size() != 2) return false;
  const char a = static_cast<char>(s[0] | 0x20), b = static_cast<char>(s[1] | 0x20);  // ASCII letters only
  return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
}

// A number token, with an attached ordinal suffix or plural "s" folded in.
std::size_t ScanNumber(std::string_view text, std::size_t i, std::size_t end, Token* t) {
  std::size_t j = i;
  long value = 0;
  while (j < end && IsDigit(text[j])) {
    if (value < 100000000) value = value * 10 + (text[j] - '0');
    ++j;
  }
  t->kind = TokenKind::kNumber;
  t->number = value;
  t->digits = static_cast<int>(j - i);
  std::size_t k = j;
  while (k < end && IsAsciiLetter(text[k])) ++k;
  const std::string_view suffix = text.substr(j, k - j);
  if (IsOrdinalSuffix(suffix)) {
    t->ordinal = true;
    j = k;
  } else if (suffix == "s" || suffix == "S") {
    t->plural = true;
    j = k;
  }
  return j;
}

// The end of the mark token `*t` that starts at text[i] (not a letter, digit or space), its
// folded form set when it has one; i when the mark is a no-break space, which is spacing.
std::size_t ScanMark(std::string_view text, std::size_t i, std::size_t end, const WordKeyTable* word_ids,
                     Token* t) {
  const char c = text[i];
  if (static_cast<unsigned char>(c) < 0x80) {
    // Most marks are ASCII, and of those only the backquote folds: no table of variants.
    const char lower = c == '`' ? '\'' : c;
    if (c == '`') t->lower = "'";
    if (word_ids != nullptr) t->word_id = word_ids->Find(static_cast<unsigned char>(lower));
    return i + 1;
  }
  std::size_t j = i + Utf8Length(static_cast<unsigned char>(c));
  if (j > end) j = end;
  const std::string_view folded = FoldPunct(text.substr(i, j - i));
  if (folded == " ") return i;
  if (folded.data() != text.data() + i) t->lower = folded;
  return j;
}

// The end of the word of ASCII letters that starts at text[i] (a letter), and with kLookUp its
// id in `word_ids` in `*id`, a longer word's by its first eight letters. `lower` views text[i]'s
// lower-case byte. The first eight lower-case bytes, loaded once, both end most words and, cut
// at the word's end, are its key. kEightLeft: the caller knows that eight bytes remain from i.
template <bool kLookUp, bool kEightLeft>
std::size_t ScanWord(std::string_view text, std::size_t i, std::size_t end, const char* lower,
                     const WordKeyTable* word_ids, std::uint32_t* id) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = kOnes * 0x80;
  // The first byte is the lowest.
  if (std::endian::native == std::endian::little && (kEightLeft || end - i >= 8)) {
    std::uint64_t y;
    std::memcpy(&y, lower, sizeof y);
    // As SkipAsciiLetters, but of bytes already lower-cased: each byte's high bit says whether
    // it is a letter, 'a' to 'z'. Bytes of 0x80 and more, cleared first so that no sum carries
    // into the next byte, are none.
    const std::uint64_t low = y & ~kHigh;
    const std::uint64_t letters = (low + kOnes * (0x80 - 'a')) & ~(low + kOnes * (0x80 - 'z' - 1)) & ~y & kHigh;
    if (letters != kHigh) {
      // The lowest byte that is no letter (text[i] is one): its high bit alone, 0x80 << 8n,
      // shifted to 1 << 8n, less one, keeps the n letters.
      const std::uint64_t stop = ~letters & kHigh;
      const std::uint64_t bit = stop & (0 - stop);
      if constexpr (kLookUp) *id = word_ids->Find(y & ((bit >> 7) - 1));
      return i + static_cast<std::size_t>(std::countr_zero(stop) / 8);
    }
    // A longer word: most end within the next eight bytes, read the same way.
    std::size_t j;
    if (end - i >= 16) {
      std::uint64_t y2;
      std::memcpy(&y2, lower + 8, sizeof y2);
      const std::uint64_t low2 = y2 & ~kHigh;
      const std::uint64_t letters2 =
          (low2 + kOnes * (0x80 - 'a')) & ~(low2 + kOnes * (0x80 - 'z' - 1)) & ~y2 & kHigh;
      j = letters2 != kHigh ? i + 8 + static_cast<std::size_t>(std::countr_zero(~letters2 & kHigh) / 8)
                            : SkipAsciiLetters(text, i + 16, end);
    } else {
      j = SkipAsciiLetters(text, i + 8, end);
    }
    if constexpr (kLookUp) *id = word_ids->Find(y | (j == i + 8 ? 0 : kLongWordBit));
    return j;
  }
  const std::size_t j = SkipAsciiLetters(text, i + 1, end);
  if (kLookUp && j - i <= WordKeyTable::kMaxSize) *id = word_ids->Find(WordKey(std::string_view(lower, j - i)));
  return j;
}

// A number or a mark at text[i] (neither letter nor space) into `*t`, its lower-case form
// (unless folded) viewing `lower`, text[i]'s lower-case byte; its end, or i for a no-break
// space, which writes no token.
std::size_t ScanOther(std::string_view text, std::size_t i, std::size_t end, const char* lower,
                      const WordKeyTable* word_ids, Token* t) {
  *t = Token{};
  const std::size_t j = IsDigit(text[i]) ? ScanNumber(text, i, end, t) : ScanMark(text, i, end, word_ids, t);
  if (j == i) return i;
  t->begin = i;
  t->end = j;
  if (t->lower.empty()) t->lower = std::string_view(lower, j - i);   // not a folded mark
  return j;
}

// The token of the ASCII mark `c` at text[i], whose lower-case byte `lower` views; spacing
// unset. Marks are the most common tokens after words: they too are written once, with no
// probe for their id. Of them only the backquote folds.
template <bool kLookUp>
Token AsciiMark(char c, std::size_t i, const char* lower, const WordKeyTable* word_ids) {
  const bool quote = c == '`';
  const auto key = static_cast<unsigned char>(quote ? '\'' : c);
  return Token{.begin = i,
               .end = i + 1,
               .kind = TokenKind::kPunct,
               .word_id = kLookUp ? word_ids->FindAscii(key) : kWordIdUnknown,
               .lower = quote ? std::string_view("'") : std::string_view(lower, 1)};
}

// Where Scan is between two tokens: the next token's room, the byte it reads, and what
// spacing it has passed since the last token.
struct ScanCursor {
  Token* next;
  std::size_t i;
  bool space = false;
  bool newline = false;
};

// Scan's tokens from `*cursor` on, while they start before `stop` (<= end), with the lower-case
// forms of text[k] at lower_at + k. kEightLeft: eight bytes remain from any byte before `stop`,
// so that a word needs no test of the end before its first eight bytes are read.
template <bool kLookUp, bool kEightLeft>
[[gnu::always_inline]] inline void ScanUntil(std::string_view text, std::size_t stop, std::size_t end,
                                             std::uintptr_t lower_at, const WordKeyTable* word_ids,
                                             ScanCursor* cursor) {
  Token* next = cursor->next;
  std::size_t i = cursor->i;
  bool space = cursor->space, newline = cursor->newline;
  while (i < stop) {
    const char c = text[i];
    std::size_t j;
    if (IsAsciiLetter(c)) {
      std::uint32_t id = kWordIdUnknown;
      const char* lower = reinterpret_cast<const char*>(lower_at + i);
      j = ScanWord<kLookUp, kEightLeft>(text, i, end, lower, word_ids, &id);
      *next = Token{.begin = i,
                    .end = j,
                    .kind = TokenKind::kWord,
                    .word_id = id,
                    .lower = std::string_view(lower, j - i),
                    .capital = c <= 'Z',   // a letter: upper case sorts first
                    .space_before = space,
                    .newline_before = newline};
    } else if (IsSpace(c)) {
      space = true;
      newline = newline || c == '\n';
      ++i;
      continue;
    } else if (static_cast<unsigned char>(c) < 0x80 && !IsDigit(c)) {
      j = i + 1;
      *next = AsciiMark<kLookUp>(c, i, reinterpret_cast<const char*>(lower_at + i), word_ids);
      next->space_before = space;
      next->newline_before = newline;
    } else {
      j = ScanOther(text, i, end, reinterpret_cast<const char*>(lower_at + i), word_ids, next);
      if (j == i) {  // no-break space
        space = true;
        i += Utf8Length(static_cast<unsigned char>(c));
        continue;
      }
      next->space_before = space;
      next->newline_before = newline;
    }
    ++next;
    newline = false;
    space = j < end && text[j] == ' ';
    i = j + (space ? 1 : 0);
  }
  *cursor = ScanCursor{next, i, space, newline};
}

// The tokens of text[begin, end) into `*out`, their lower-case forms (all but folded marks)
// viewing `lower_begin`, the lower-cased text[begin, end). Words, most tokens, take a path of
// their own that sets only what a word needs; a single space after a token, the common case,
// is taken with it. Tokens are written in place through a cursor, the buffer sized ahead
// and cut to size at the end: a push_back per token tested and stored the vector's end.
template <bool kLookUp>
void Scan(std::string_view text, std::size_t begin, std::size_t end, const char* lower_begin,
          const WordKeyTable* word_ids, TokenVector* out) {
  // The address of text[k]'s lower-case byte is lower_at + k: one add per token. An integer,
  // as the pointer it stands for may lie before the buffer.
  const std::uintptr_t lower_at = reinterpret_cast<std::uintptr_t>(lower_begin) - begin;
  // Each token holds one byte at least: room for as many tokens as bytes spares a test of the
  // room per token. The room is made a chunk of bytes at a time, so that a huge range (a
  // one-line file) asks for no more than it fills; the allocator leaves it unwritten.
  constexpr std::size_t kChunkBytes = std::size_t{1} << 16;
  const std::size_t eight_left_stop = end - begin >= 8 ? end - 7 : begin;
  ScanCursor cursor{nullptr, begin};
  std::size_t written = 0;
  out->clear();
  while (cursor.i < end) {
    const std::size_t stop = std::min(end, cursor.i + kChunkBytes);
    out->resize(written + (stop - cursor.i));
    cursor.next = out->data() + written;
    // Most of a range lies eight bytes or more before its end: its words take no test of it.
    ScanUntil<kLookUp, true>(text, std::min(stop, eight_left_stop), end, lower_at, word_ids, &cursor);
    ScanUntil<kLookUp, false>(text, stop, end, lower_at, word_ids, &cursor);
    written = static_cast<std::size_t>(cursor.next - out->data());
  }
  out->resize(written);
}

}  // namespace

TokenVector Tokenize(std::string_view text, std::size_t begin, std::size_t end, std::string* lowered) {
  AsciiLowerInto(text.substr(begin, end - begin), lowered);   // one pass, not one per token
  TokenVector tokens;
  Scan<false>(text, begin, end, lowered->data(), nullptr, &tokens);
  return tokens;
}

void TokenizeLowered(std::string_view text, std::string_view lower_text, std::size_t begin, std::size_t end,
                     TokenVector* tokens, const WordKeyTable* word_ids) {
  if (word_ids != nullptr) {
    Scan<true>(text, begin, end, lower_text.data() + begin, word_ids, tokens);
  } else {
    Scan<false>(text, begin, end, lower_text.data() + begin, nullptr, tokens);
  }
}

std::string TokenKey(std::string_view phrase) {
  std::string key, lowered;
  for (const Token& t : Tokenize(phrase, 0, phrase.size(), &lowered)) {
    if (!key.empty()) key.push_back(' ');
    key += t.lower;
  }
  return key;
}

}  // namespace prextract::internal
