#include "emit/json_writer.h"

#include "text/decode.h"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <utility>

#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
#include <emmintrin.h>
#endif

namespace prextract::internal {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Bytes that need escaping or a UTF-8 check: control characters, '"', '\\' and non-ASCII.
constexpr std::array<bool, 256> kSpecial = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
  return t;
}();

template <class Out>
void AppendControl(unsigned char c, Out* out) {
  switch (c) {
    case '\b': out->append("\\b"); return;
    case '\t': out->append("\\t"); return;
    case '\n': out->append("\\n"); return;
    case '\f': out->append("\\f"); return;
    case '\r': out->append("\\r"); return;
    default: break;
  }
  constexpr char kHex[] = "0123456789abcdef";
  const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
  out->append(std::string_view(escaped, sizeof escaped));
}

#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
// The bytes of `v` that need escaping or a UTF-8 check, one bit each. A signed compare
// below ' ' catches both control characters and the non-ASCII bytes (negative as signed
// chars).
__m128i Special(__m128i v) {
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
  const __m128i space = _mm_set1_epi8(' ');
  return _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                      _mm_cmplt_epi8(v, space));
}

unsigned SpecialBytes(__m128i v) { return static_cast<unsigned>(_mm_movemask_epi8(Special(v))); }

// Whether any of the 64 bytes at `p` needs escaping or a UTF-8 check: one mask for four blocks.
bool AnySpecial64(const char* p) {
  const auto block = [p](int k) { return Special(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k))); };
  return _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(block(0), block(16)), _mm_or_si128(block(32), block(48)))) != 0;
}

// Where the first byte from `i` that needs escaping or a UTF-8 check lies (a control
// character, '"', '\\' or non-ASCII), looking sixteen bytes at a time; the size when none
// does. The last, partial block is read in one load too: most strings are short or end in
// one, and a byte-by-byte tail cost more than all their whole blocks.
std::size_t SkipPlain(std::string_view s, std::size_t i) {
  // Long plain runs (the segments' texts) a test per four blocks; the block that stops
  // them is then found one block at a time.
  while (i + 64 <= s.size() && !AnySpecial64(s.data() + i)) i += 64;
  for (; i + 16 <= s.size(); i += 16) {
    const unsigned mask = SpecialBytes(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i)));
    if (mask != 0) return i + static_cast<std::size_t>(std::countr_zero(mask));
  }
  const std::size_t rest = s.size() - i;
  if (rest == 0) return i;
  unsigned mask;
  if (s.size() >= 16) {   // the text's last sixteen bytes, less those before `i`
    mask = SpecialBytes(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + s.size() - 16))) >> (16 - rest);
  } else {                // padded with spaces, which need nothing
    char block[16];
    std::memset(block, ' ', sizeof block);
    std::memcpy(block, s.data() + i, rest);
    mask = SpecialBytes(_mm_loadu_si128(reinterpret_cast<const __m128i*>(block)));
  }
  return mask != 0 ? i + static_cast<std::size_t>(std::countr_zero(mask)) : s.size();
}

// Whether the `size` bytes at `p` need no escaping and no UTF-8 check. REQUIRES: the bytes
// after them up to a multiple of sixteen are readable spaces.
bool IsPlainPadded(const char* p, std::size_t size) {
  for (std::size_t i = 0; i < size; i += 16) {
    if (SpecialBytes(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i))) != 0) return false;
  }
  return true;
}

// Copies the short value `v` to `to`, returning whether it needs no escaping and no UTF-8
// check: the copy and the test share their loads, with no call to memcpy. No byte outside
// `v` is read: sixteen bytes at a time, the last block ending with the value (overlapping
// the one before); a shorter value as two overlapping halves, padded with spaces to a block.
bool CopyPlain(char* to, std::string_view v) {
  const char* const p = v.data();
  const std::size_t n = v.size();
  if (n >= 16) {
    unsigned special = 0;
    for (std::size_t i = 0; i + 16 < n; i += 16) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      special |= SpecialBytes(x);
      _mm_storeu_si128(reinterpret_cast<__m128i*>(to + i), x);
    }
    const __m128i last = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + n - 16));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(to + n - 16), last);
    return (special | SpecialBytes(last)) == 0;
  }
  if (n >= 8) {
    std::uint64_t a, b;
    std::memcpy(&a, p, 8);
    std::memcpy(&b, p + n - 8, 8);
    std::memcpy(to, &a, 8);
    std::memcpy(to + n - 8, &b, 8);
    return SpecialBytes(_mm_set_epi64x(static_cast<long long>(b), static_cast<long long>(a))) == 0;
  }
  if (n >= 4) {
    std::uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    std::memcpy(to, &a, 4);
    std::memcpy(to + n - 4, &b, 4);
    constexpr int kSpaces = 0x20202020;
    return SpecialBytes(_mm_set_epi32(kSpaces, kSpaces, static_cast<int>(b), static_cast<int>(a))) == 0;
  }
  bool plain = true;
  for (std::size_t i = 0; i < n; ++i) {
    to[i] = p[i];
    plain = plain && !kSpecial[static_cast<unsigned char>(p[i])];
  }
  return plain;
}
#else
// Eight bytes at `p` need no escaping and no UTF-8 check: none is a control character,
// '"', '\\' or non-ASCII (the usual word-at-a-time tests for a byte below or equal to a value).
bool IsPlainWord(const char* p) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  const auto has_zero = [&](std::uint64_t x) { return ((x - kOnes) & ~x & kHighs) != 0; };
  const bool control = ((w - 0x20 * kOnes) & ~w & kHighs) != 0;
  return (w & kHighs) == 0 && !control && !has_zero(w ^ ('"' * kOnes)) && !has_zero(w ^ ('\\' * kOnes));
}

std::size_t SkipPlain(std::string_view s, std::size_t i) {
  while (i + 8 <= s.size() && IsPlainWord(s.data() + i)) i += 8;
  return i;
}

// Whether the `size` bytes at `p` need no escaping and no UTF-8 check. REQUIRES: the bytes
// after them up to a multiple of eight are readable spaces.
bool IsPlainPadded(const char* p, std::size_t size) {
  for (std::size_t i = 0; i < size; i += 8) {
    if (!IsPlainWord(p + i)) return false;
  }
  return true;
}

// Copies the short value `v` to `to`, returning whether it needs no escaping and no UTF-8 check.
bool CopyPlain(char* to, std::string_view v) {
  if (!v.empty()) std::memcpy(to, v.data(), v.size());
  std::size_t i = 0;
  for (; i + 8 <= v.size(); i += 8) {
    if (!IsPlainWord(to + i)) return false;
  }
  for (; i < v.size(); ++i) {
    if (kSpecial[static_cast<unsigned char>(to[i])]) return false;
  }
  return true;
}
#endif

// `Out` is a std::string or a JsonWriter::Sink: both append a std::string_view and push a char.
template <class Out>
void Escape(std::string_view s, Out* out) {
  std::size_t run = 0;   // start of the bytes not yet copied
  for (std::size_t i = SkipPlain(s, 0); i < s.size(); i = SkipPlain(s, i)) {   // prose is mostly plain ASCII
    const auto c = static_cast<unsigned char>(s[i]);
    if (!kSpecial[c]) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const int n = internal::Utf8SequenceLength(s, i);
      if (n > 0) {
        i += static_cast<std::size_t>(n);
        continue;
      }
      out->append(s.substr(run, i - run));
      out->append(kReplacement);
      i += static_cast<std::size_t>(-n);
      run = i;
      continue;
    }
    out->append(s.substr(run, i - run));
    if (c == '"' || c == '\\') {
      out->push_back('\\');
      out->push_back(static_cast<char>(c));
    } else {
      AppendControl(c, out);
    }
    run = ++i;
  }
  out->append(s.substr(run));
}

}  // namespace

void AppendJsonEscaped(std::string_view s, std::string* out) { Escape(s, out); }

struct JsonWriter::Sink {
  JsonWriter* writer;
  void append(std::string_view s) { writer->Append(s.data(), s.size()); }
  void push_back(char c) { writer->Push(c); }
};

JsonWriter::JsonWriter(std::string* out, bool pretty)
    : out_(out), data_(out->data()), size_(out->size()), capacity_(out->size()), pretty_(pretty) {}

// The string grows by a step at a time, not to its capacity at once: resize fills the new
// bytes, and glibc fills a large size with `rep stosb` (which callgrind, our measure,
// counts one instruction a byte) but a small one with a few vector stores.
void JsonWriter::Grow(std::size_t n) {
  constexpr std::size_t kStep = 1024;
  out_->resize(size_ + std::max(n, kStep));
  data_ = out_->data();
  capacity_ = out_->size();
}

void JsonWriter::NewLine() {
  Reserve(1 + 2 * depth_);
  data_[size_] = '\n';
  std::memset(data_ + size_ + 1, ' ', 2 * depth_);
  size_ += 1 + 2 * depth_;
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (depth_ == 0) return;
  bool& has_value = has_value_[depth_ - 1];
  if (has_value) Push(',');
  has_value = true;
  if (pretty_) NewLine();
}

// Open of pretty output, or of a container nested too deep (which throws).
void JsonWriter::OpenPretty(char bracket) {
  BeforeValue();
  Push(bracket);
  if (depth_ == kMaxDepth) throw std::length_error("JSON nested too deep");
  has_value_[depth_++] = false;
}

void JsonWriter::ClosePretty(char bracket) {
  if (has_value_[--depth_]) NewLine();
  Push(bracket);
}

void JsonWriter::String(std::string_view s) {
  if (!pretty_) {   // as a member's value, after the comma a value in an array takes
    Reserve(1);
    size_ += CompactComma(data_ + size_);
    return StringValue(s);
  }
  BeforeValue();
  Push('"');
  Sink sink{this};
  Escape(s, &sink);
  Push('"');
}

// StringMember of pretty output, whose key BeforeValue's line break goes before. Most member
// values are short and plain (ids, names, kinds, dates): such a value is copied
// with its key and both quotes into one piece, which costs one append in all; a value that
// is long or needs escaping goes through Escape. A short value is checked in the
// piece it is copied to, padded there with spaces to whole blocks: no second copy to pad it.
void JsonWriter::AppendStringValue(char* piece, std::size_t size, std::string_view value) {
  piece[size++] = '"';
  if (value.size() <= kShortValue) {
    std::memset(piece + size, ' ', kShortValue);
    if (!value.empty()) std::memcpy(piece + size, value.data(), value.size());
    if (IsPlainPadded(piece + size, value.size())) {
      size += value.size();
      piece[size++] = '"';
      Append(piece, size);
      return;
    }
  }
  Append(piece, size);
  Sink sink{this};
  Escape(value, &sink);
  Push('"');
}

// Most values are short and plain (ids, names, kinds, dates): one reserve, one copy that
// also tests the bytes, and no second copy from a piece. Room for a short value is reserved
// even for a long one, whose escaping reserves its own.
void JsonWriter::StringValue(std::string_view value) {
  Reserve(kShortValue + 2);   // the quotes and a short value
  data_[size_++] = '"';
  if (value.size() <= kShortValue) {
    char* const to = data_ + size_;
    if (CopyPlain(to, value)) {
      to[value.size()] = '"';
      size_ += value.size() + 1;
      return;
    }
  }
  Sink sink{this};
  Escape(value, &sink);   // over the copy, if any
  Push('"');
}

void JsonWriter::Number(std::uint64_t n) {
  BeforeValue();
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, n);
  // (pointer, size): the iterator-pair append goes through a slower replace.
  Append(buffer, static_cast<std::size_t>(result.ptr - buffer));
}

void JsonWriter::Null() {
  BeforeValue();
  Append("null", 4);
}

void JsonWriter::Strings(const std::vector<std::string>& items) {
  BeginArray();
  for (const std::string& s : items) String(s);
  EndArray();
}

}  // namespace prextract::internal
