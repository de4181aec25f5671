#include "text/decode.h"

#include <utf8.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <iterator>

#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
#include <emmintrin.h>
#endif

namespace prextract::internal {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

void AppendCodePoint(char32_t cp, std::string* out) {
  utf8::append(static_cast<std::uint32_t>(cp), std::back_inserter(*out));
}

// Windows-1252 0x80..0x9F; 0 marks the five undefined bytes.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

}  // namespace

int Utf8SequenceLength(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = b(i);
  if (lead < 0x80) return 1;
  int need = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) need = 1;
  else if (lead == 0xE0) { need = 2; lo = 0xA0; }
  else if (lead == 0xED) { need = 2; hi = 0x9F; }
  else if (lead >= 0xE1 && lead <= 0xEF) need = 2;
  else if (lead == 0xF0) { need = 3; lo = 0x90; }
  else if (lead == 0xF4) { need = 3; hi = 0x8F; }
  else if (lead >= 0xF1 && lead <= 0xF3) need = 3;
  else return -1;
  for (int k = 1; k <= need; ++k) {
    if (i + k >= s.size()) return -k;
    const unsigned char c = b(i + k);
    if (c < lo || c > hi) return -k;
    lo = 0x80;
    hi = 0xBF;
  }
  return need + 1;
}

namespace {

struct Utf8Census {
  std::size_t invalid = 0;
  std::size_t multibyte = 0;
  bool nul = false;
};

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

// Eight bytes at `p` are ASCII: no high bit set.
bool IsAsciiWord(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return (w & kHighBits) == 0;
}

#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
// Index of the first 64-byte block from `i` that holds a non-ASCII byte, or of the last,
// partial block: one movemask tests the high bits of all four sixteen-byte loads.
std::size_t SkipAsciiBlocks(std::string_view s, std::size_t i) {
  for (; i + 64 <= s.size(); i += 64) {
    const auto* p = reinterpret_cast<const __m128i*>(s.data() + i);
    const __m128i any = _mm_or_si128(_mm_or_si128(_mm_loadu_si128(p), _mm_loadu_si128(p + 1)),
                                     _mm_or_si128(_mm_loadu_si128(p + 2), _mm_loadu_si128(p + 3)));
    if (_mm_movemask_epi8(any) != 0) break;
  }
  return i;
}
#else
// Index of the first 32-byte block from `i` that holds a non-ASCII byte, or of the last,
// partial block: the high bits of its four words tested at once.
std::size_t SkipAsciiBlocks(std::string_view s, std::size_t i) {
  for (; i + 32 <= s.size(); i += 32) {
    std::uint64_t w[4];
    std::memcpy(w, s.data() + i, sizeof w);
    if (((w[0] | w[1] | w[2] | w[3]) & kHighBits) != 0) break;
  }
  return i;
}
#endif

// Index of the first byte from `i` that is not ASCII (or the size): blocks, then words of
// eight, then single bytes.
std::size_t SkipAscii(std::string_view s, std::size_t i) {
  i = SkipAsciiBlocks(s, i);
  while (i + 8 <= s.size() && IsAsciiWord(s.data() + i)) i += 8;
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

// Releases are mostly ASCII: runs of it are skipped before decoding byte by byte. A NUL
// byte is found by memchr apart (decoding skips no byte that could be one), so the skip
// tests only high bits.
Utf8Census TakeCensus(std::string_view s) {
  Utf8Census c;
  c.nul = std::memchr(s.data(), '\0', s.size()) != nullptr;
  for (std::size_t i = SkipAscii(s, 0); i < s.size(); i = SkipAscii(s, i)) {
    const int n = Utf8SequenceLength(s, i);
    if (n < 0) ++c.invalid;
    else ++c.multibyte;
    i += n < 0 ? -n : n;
  }
  return c;
}

bool DecodeUtf16(std::string_view bytes, bool big_endian, std::string* out) {
  if (bytes.size() % 2 != 0) return false;
  std::u16string units(bytes.size() / 2, u'\0');
  for (std::size_t k = 0; k < units.size(); ++k) {
    const auto hi = static_cast<unsigned char>(bytes[2 * k + (big_endian ? 0 : 1)]);
    const auto lo = static_cast<unsigned char>(bytes[2 * k + (big_endian ? 1 : 0)]);
    units[k] = static_cast<char16_t>((hi << 8) | lo);
  }
  try {
    utf8::utf16to8(units.begin(), units.end(), std::back_inserter(*out));
  } catch (const utf8::exception&) {
    return false;
  }
  return true;
}

Warning MakeWarning(std::string code, std::string message) {
  return Warning{std::move(code), std::move(message), std::nullopt};
}

Decoded Fail(std::string code, std::string message) {
  Decoded d;
  d.error = Error{std::move(code), std::move(message)};
  return d;
}

Decoded DecodeAsUtf8(std::string_view bytes, const Utf8Census& census) {
  Decoded d;
  if (census.invalid == 0) {   // valid throughout: nothing to replace
    d.text.assign(bytes);
    return d;
  }
  const std::size_t replaced = AppendUtf8Replacing(bytes, &d.text);
  if (replaced > 0) {
    d.warnings.push_back(MakeWarning(
        "input.invalid_utf8", std::to_string(replaced) +
                                  " invalid UTF-8 sequence(s) replaced by U+FFFD"));
  }
  return d;
}

Decoded DecodeAsCp1252(std::string_view bytes, bool warn) {
  Decoded d;
  if (!AppendCp1252(bytes, &d.text)) {
    return Fail("input.bad_encoding", "not valid Windows-1252 text");
  }
  if (warn) {
    d.warnings.push_back(MakeWarning("input.cp1252",
                                     "not valid UTF-8; read as Windows-1252"));
  }
  return d;
}

Decoded DecodeUtf16Input(std::string_view bytes) {
  const bool big = bytes.substr(0, 2) == kUtf16BeBom;
  const bool little = bytes.substr(0, 2) == kUtf16LeBom;
  if (!big && !little) return Fail("input.bad_encoding", "UTF-16 input needs a byte-order mark");
  Decoded d;
  if (!DecodeUtf16(bytes.substr(2), big, &d.text)) {
    return Fail("input.bad_encoding", "malformed UTF-16");
  }
  if (d.text.find('\0') != std::string::npos) return Fail("input.binary", "input holds NUL characters");
  return d;
}

}  // namespace

std::size_t AppendUtf8Replacing(std::string_view bytes, std::string* out) {
  std::size_t replaced = 0;
  out->reserve(out->size() + bytes.size());
  for (std::size_t i = 0; i < bytes.size();) {
    const int n = Utf8SequenceLength(bytes, i);
    if (n > 0) {
      out->append(bytes.substr(i, n));
      i += n;
    } else {
      out->append(kReplacement);
      ++replaced;
      i += -n;
    }
  }
  return replaced;
}

bool AppendCp1252(std::string_view bytes, std::string* out) {
  out->reserve(out->size() + bytes.size() + bytes.size() / 8);
  for (const char ch : bytes) {
    const auto b = static_cast<unsigned char>(ch);
    if (b < 0x80) {
      out->push_back(ch);
      continue;
    }
    const char32_t cp = b >= 0xA0 ? b : kCp1252High[b - 0x80];
    if (cp == 0) return false;
    AppendCodePoint(cp, out);
  }
  return true;
}

Decoded Decode(std::string_view bytes, Encoding encoding) {
  if (encoding == Encoding::kUtf16) return DecodeUtf16Input(bytes);
  if (encoding == Encoding::kAuto &&
      (bytes.substr(0, 2) == kUtf16LeBom || bytes.substr(0, 2) == kUtf16BeBom)) {
    return DecodeUtf16Input(bytes);
  }
  if (bytes.substr(0, 3) == kUtf8Bom && encoding != Encoding::kCp1252) bytes.remove_prefix(3);
  const Utf8Census census = TakeCensus(bytes);
  if (census.nul) return Fail("input.binary", "input holds NUL bytes: not text");
  if (encoding == Encoding::kCp1252) return DecodeAsCp1252(bytes, false);
  // Auto: text with no valid multi-byte sequence but invalid bytes was most likely
  // written in Windows-1252; text that mixes both is damaged UTF-8.
  if (encoding == Encoding::kAuto && census.invalid > 0 && census.multibyte == 0) {
    Decoded d = DecodeAsCp1252(bytes, true);
    if (!d.error) return d;
  }
  return DecodeAsUtf8(bytes, census);
}

}  // namespace prextract::internal
