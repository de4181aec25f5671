#include "temporal/tokens.h"

#include <bit>
#include <cstring>
#include <tuple>
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

// The end of the word of ASCII letters that starts at text[i] (a letter), and with `word_ids`
// its id there in `*id`, a longer word's by its first eight letters. The first eight bytes,
// loaded once, both end most words and, lower-cased and cut at the word's end, are its key.
std::size_t ScanWord(std::string_view text, std::size_t i, std::size_t end, const WordKeyTable* word_ids,
                     std::uint32_t* id) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = kOnes * 0x80;
  if (std::endian::native == std::endian::little && end - i >= 8) {   // the first byte is the lowest
    std::uint64_t x;
    std::memcpy(&x, text.data() + i, sizeof x);
    // As SkipAsciiLetters: each byte's high bit says whether it is a letter.
    const std::uint64_t folded = (x | kOnes * 0x20) & ~kHigh;
    const std::uint64_t letters = (folded + kOnes * (0x80 - 'a')) & ~(folded + kOnes * (0x80 - 'z' - 1)) & ~x & kHigh;
    if (letters != kHigh) {
      const int n = std::countr_zero(~letters & kHigh) / 8;   // 1..7: text[i] is a letter
      if (word_ids != nullptr) *id = word_ids->Find((x | kOnes * 0x20) & ((std::uint64_t{1} << (8 * n)) - 1));
      return i + static_cast<std::size_t>(n);
    }
    const std::size_t j = SkipAsciiLetters(text, i + 8, end);
    if (word_ids != nullptr) *id = word_ids->Find((x | kOnes * 0x20) | (j == i + 8 ? 0 : kLongWordBit));
    return j;
  }
  const std::size_t j = SkipAsciiLetters(text, i + 1, end);
  if (word_ids != nullptr && j - i <= WordKeyTable::kMaxSize) {
    *id = word_ids->Find(WordKey(text.substr(i, j - i)) | (kOnes * 0x20 >> (8 * (8 - (j - i)))));
  }
  return j;
}

// Doubles the room of `*tokens`, all written up to `next`: the cursor and the limit after.
[[gnu::cold, gnu::noinline]] std::pair<Token*, Token*> Grow(TokenVector* tokens, Token* next) {
  const auto written = static_cast<std::size_t>(next - tokens->data());
  tokens->resize(2 * tokens->size());
  return {tokens->data() + written, tokens->data() + tokens->size()};
}

// A number or a mark at text[i] (neither letter nor space) into `*t`, viewing `lower_begin`
// as Scan does; its end, or i for a no-break space, which writes no token.
std::size_t ScanOther(std::string_view text, std::size_t i, std::size_t end, const char* lower_begin,
                      std::size_t begin, const WordKeyTable* word_ids, Token* t) {
  *t = Token{};
  const std::size_t j = IsDigit(text[i]) ? ScanNumber(text, i, end, t) : ScanMark(text, i, end, word_ids, t);
  if (j == i) return i;
  t->begin = i;
  t->end = j;
  if (t->lower.empty()) t->lower = std::string_view(lower_begin + (i - begin), j - i);   // not a folded mark
  return j;
}

// The tokens of text[begin, end) into `*out`, their lower-case forms (all but folded marks)
// viewing `lower_begin`, the lower-cased text[begin, end). Words, most tokens, take a path of
// their own that sets only what a word needs; a single space after a token, the common case,
// is taken with it. Tokens are written in place through a cursor, the buffer sized ahead
// and cut to size at the end: a push_back per token tested and stored the vector's end.
void Scan(std::string_view text, std::size_t begin, std::size_t end, const char* lower_begin,
          const WordKeyTable* word_ids, TokenVector* out) {
  out->resize((end - begin) / 4 + 1);   // about one token per five bytes of prose
  Token* next = out->data();
  Token* limit = next + out->size();
  bool space = false, newline = false;
  std::size_t i = begin;
  while (i < end) {
    if (next == limit) std::tie(next, limit) = Grow(out, next);
    const char c = text[i];
    std::size_t j;
    if (IsAsciiLetter(c)) {
      std::uint32_t id = kWordIdUnknown;
      j = ScanWord(text, i, end, word_ids, &id);
      *next = Token{.begin = i,
                    .end = j,
                    .kind = TokenKind::kWord,
                    .word_id = id,
                    .lower = std::string_view(lower_begin + (i - begin), j - i),
                    .capital = c <= 'Z',   // a letter: upper case sorts first
                    .space_before = space,
                    .newline_before = newline};
    } else if (IsSpace(c)) {
      space = true;
      newline = newline || c == '\n';
      ++i;
      continue;
    } else {
      j = ScanOther(text, i, end, lower_begin, begin, word_ids, next);
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
  out->resize(static_cast<std::size_t>(next - out->data()));
}

}  // namespace

TokenVector Tokenize(std::string_view text, std::size_t begin, std::size_t end, std::string* lowered) {
  AsciiLowerInto(text.substr(begin, end - begin), lowered);   // one pass, not one per token
  TokenVector tokens;
  Scan(text, begin, end, lowered->data(), nullptr, &tokens);
  return tokens;
}

void TokenizeLowered(std::string_view text, std::string_view lower_text, std::size_t begin, std::size_t end,
                     TokenVector* tokens, const WordKeyTable* word_ids) {
  Scan(text, begin, end, lower_text.data() + begin, word_ids, tokens);
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
