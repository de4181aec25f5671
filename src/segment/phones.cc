// FindPhones and PhoneToE164: candidate runs found by a byte scanner, shapes that are
// never phones rejected up front, the rest validated by libphonenumber one by one.
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <string>

#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
#include <emmintrin.h>
#endif

#include "lexicon/lexicon.h"
#include "segment/contact_scan.h"
#include "segment/furniture_scan.h"
#include "segment/text_scan.h"

namespace prextract::internal {
namespace {

using ::i18n::phonenumbers::PhoneNumber;
using ::i18n::phonenumbers::PhoneNumberUtil;

constexpr std::size_t kMinDigits = 7;
constexpr std::size_t kMaxDigits = 15;
constexpr std::size_t kMaxTokens = 8;          // space-separated groups tried as one number
constexpr std::size_t kMaxOneDigitTokens = 2;  // "+1", "(0)"; "1 2 3 4 5 6 7" is no phone

bool IsPhoneByte(char c) {
  return IsDigitByte(c) || c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')';
}

// Digit groups of `s` ("202/224-5521" -> {3, 3, 4}) and the separators between them.
std::vector<std::size_t> Groups(std::string_view s, std::string* separators) {
  std::vector<std::size_t> groups;
  std::size_t run = 0;
  for (char c : s) {
    if (IsDigitByte(c)) {
      ++run;
      continue;
    }
    if (run > 0) groups.push_back(run);
    if (run > 0 && separators != nullptr) separators->push_back(c);
    run = 0;
  }
  if (run > 0) groups.push_back(run);
  return groups;
}

// DigitsOf(s).size() without building the string: asked of every token of every run.
std::size_t DigitCount(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), IsDigitByte));
}

std::string DigitsOf(std::string_view s) {
  std::string d;
  for (char c : s) {
    if (IsDigitByte(c)) d.push_back(c);
  }
  return d;
}

bool IsYear(std::string_view digits) {
  return digits.size() == 4 && (digits.substr(0, 2) == "19" || digits.substr(0, 2) == "20");
}

// "1986-2023", "2000-01", "2023-05-25", "07/01/2022", "25.05.2023": not phones.
bool LooksLikeDateOrRange(std::string_view s) {
  const std::vector<std::size_t> groups = Groups(s, nullptr);
  const std::string digits = DigitsOf(s);
  if (groups.size() == 2 && groups[0] == 4 && IsYear(digits.substr(0, 4))) {
    return groups[1] == 2 || (groups[1] == 4 && IsYear(digits.substr(4)));
  }
  if (groups.size() != 3) return false;
  const bool year_first = groups[0] == 4 && IsYear(digits.substr(0, 4));
  const bool year_last = groups[2] == 4 && IsYear(digits.substr(digits.size() - 4));
  if (year_first) return groups[1] <= 2 && groups[2] <= 2;
  if (year_last) return groups[0] <= 2 && groups[1] <= 2;
  return false;
}

// "(202) 514-2007", "202-224-2651", "1-800-555-0199", "888.622.1813".
bool LooksNorthAmerican(std::string_view s) {
  std::vector<std::size_t> groups = Groups(s, nullptr);
  std::string digits = DigitsOf(s);
  if (digits.size() == 11 && digits[0] == '1') {
    digits.erase(0, 1);
    if (!groups.empty() && groups[0] == 1) groups.erase(groups.begin());
  }
  if (digits.size() != 10 || digits[0] < '2' || digits[3] < '2') return false;
  return groups == std::vector<std::size_t>{3, 3, 4} || groups == std::vector<std::size_t>{10};
}

bool ParseValid(const std::string& s, const std::string& region, std::string* e164) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber number;
  if (util.Parse(s, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR) return false;
  if (!util.IsValidNumber(number)) return false;
  util.Format(number, PhoneNumberUtil::E164, e164);
  return true;
}

// ParseValid(s, "US") for `s` of North American shape (LooksNorthAmerican): Parse's
// regular expressions, most of a validation's cost, make of such a number country code 1
// and its last ten digits (no international prefix, national prefix, extension or leading
// zero can be read in it), so the number is built from those directly.
bool NorthAmericanValid(std::string_view s, std::string* e164) {
  const std::string digits = DigitsOf(s);
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber number;
  number.set_country_code(1);
  number.set_national_number(std::stoull(digits.substr(digits.size() - 10)));
  // IsValidNumber first finds the number's region by trying country code 1's regions in
  // turn, US (its main country, without leading digits) first, and then validates for that
  // region again: a number valid for US is valid, and is checked once instead of twice.
  if (!util.IsValidNumberForRegion(number, "US") && !util.IsValidNumber(number)) return false;
  util.Format(number, PhoneNumberUtil::E164, e164);
  return true;
}

// Whether `s` (no '+') read for region US is sure to be no valid number, without asking
// libphonenumber, whose first question of a text compiles its parsing expressions. With a
// first digit from 2 to 9 (no international prefix "011", no national prefix "1") its
// national number is its 7 to 9 digits, and every region of country code 1 takes ten
// digits (its metadata's general lengths), but Canada also seven starting with '3'.
bool NeverValidInUs(std::string_view s) {
  const std::string digits = DigitsOf(s);
  if (digits.size() < 7 || digits.size() > 9 || digits[0] < '2') return false;
  return digits.size() > 7 || digits[0] != '3';
}

// The word that ends just before offset `at` ("No." in "No. 2024-123"), lower case,
// without ':'; `*start` receives where it starts.
std::string WordBefore(std::string_view text, std::size_t at, std::size_t floor, std::size_t* start) {
  std::size_t end = at;
  while (end > floor && (text[end - 1] == ' ' || text[end - 1] == ':')) --end;
  std::size_t begin = end;
  while (begin > floor &&
         (IsAlnumByte(text[begin - 1]) || text[begin - 1] == '.' || text[begin - 1] == '#')) {
    --begin;
  }
  *start = begin;
  return AsciiLower(text.substr(begin, end - begin));
}

bool InCategory(const std::string& word, std::string_view category) {
  const std::vector<std::string>& v = LexiconCategory("en/contact_labels", category);
  return std::find(v.begin(), v.end(), word) != v.end();
}

// "No. 2024-123", "ID 5551234", "Case #1234567": the number is an identifier. "Tel No."
// still introduces a phone.
bool AfterNumberLabel(std::string_view text, std::size_t at, std::size_t floor) {
  std::size_t start = 0;
  std::string word = WordBefore(text, at, floor, &start);
  const bool hash = !word.empty() && word.back() == '#';
  if (!hash && !InCategory(word, "not_phone")) return false;
  std::string before = WordBefore(text, start, floor, &start);
  while (!before.empty() && before.back() == '.') before.pop_back();
  return !InCategory(before, "phone");
}

// The E.164 form of `written` by libphonenumber, or "" when it is no valid number.
std::string ParsePhone(std::string_view written, std::string_view region) {
  std::string s(written);
  std::string e164;
  if (!s.empty() && s[0] == '+') {
    for (std::size_t at = s.find("(0)"); at != std::string::npos; at = s.find("(0)")) s.erase(at, 3);
    return ParseValid(s, "ZZ", &e164) ? e164 : "";
  }
  std::string upper(region);
  for (char& c : upper) c = IsLowerByte(c) ? static_cast<char>(c - 'a' + 'A') : c;
  const bool nanp_shape = LooksNorthAmerican(s);
  const bool nanp_region =
      !upper.empty() && PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(upper) == 1;
  // Each validation is asked once: region US with a North American shape is the last
  // line's question, and outside the plan that line would repeat the first.
  if (nanp_shape && !nanp_region && NorthAmericanValid(s, &e164)) return e164;
  const bool us_settled = upper == "US" && (nanp_shape || NeverValidInUs(s));
  if (!upper.empty() && !us_settled && ParseValid(s, upper, &e164)) return e164;
  if (nanp_shape && nanp_region && NorthAmericanValid(s, &e164)) return e164;
  // "82-2-2100-7044": the region's country code written without its "+".
  const int code = upper.empty() ? 0 : PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(upper);
  if (code > 0 && DigitsOf(s).rfind(std::to_string(code), 0) == 0 && ParseValid("+" + s, "ZZ", &e164)) {
    return e164;
  }
  return "";
}

}  // namespace

bool LooksLikePhoneText(std::string_view s) {
  if (!s.empty() && s[0] == '+') s.remove_prefix(1);
  if (s.empty() || !std::all_of(s.begin(), s.end(), IsPhoneByte)) return false;
  const std::size_t digits = DigitCount(s);
  return digits >= kMinDigits && digits <= kMaxDigits && !LooksLikeDateOrRange(s);
}

std::string PhoneToE164(std::string_view written, std::string_view region) {
  // libphonenumber parses with ICU regular expressions, tens of thousands of instructions a
  // number, and an office repeats its numbers in release after release: answers are kept per
  // thread, and forgotten in bulk so that memory stays bounded.
  constexpr std::size_t kRemembered = 4096;
  thread_local StringMap<std::string> answers;
  std::string key;
  key.reserve(region.size() + 1 + written.size());
  key.append(region).push_back('\n');   // a region code holds no newline: keys are unambiguous
  key.append(written);
  if (const auto it = answers.find(key); it != answers.end()) return it->second;
  if (answers.size() >= kRemembered) answers.clear();
  std::string e164 = ParsePhone(written, region);
  answers.emplace(std::move(key), e164);
  return e164;
}

namespace {

struct Token {
  std::size_t start;
  std::size_t end;
};

// Tries one candidate text[start, end): shape filters, then libphonenumber.
bool TryCandidate(std::string_view text, std::size_t start, std::size_t end, bool glued,
                  std::string_view region, std::vector<Phone>* out) {
  if (text[start] == '(' && text.substr(start, end - start).find(')') == std::string_view::npos) ++start;
  const std::string_view s = text.substr(start, end - start);
  const std::size_t digits = DigitCount(s);
  if (digits < kMinDigits || digits > kMaxDigits) return false;
  if (LooksLikeDateOrRange(s)) return false;
  std::string separators;
  if (glued && Groups(s, &separators).size() < 3) return false;
  std::string e164 = PhoneToE164(s, region);
  if (e164.empty()) return false;
  out->push_back({std::string(s), std::move(e164), {start, end}});
  return true;
}

// Splits a run at spaces and takes, left to right, the longest groups that validate.
void ScanRun(std::string_view text, Span run, bool glued, std::string_view region, std::vector<Phone>* out) {
  std::vector<Token> tokens;
  for (std::size_t i = run.start; i < run.end;) {
    while (i < run.end && text[i] == ' ') ++i;
    std::size_t j = i;
    while (j < run.end && text[j] != ' ') ++j;
    if (j > i) tokens.push_back({i, j});
    i = j;
  }
  for (std::size_t a = 0; a < tokens.size();) {
    bool taken = false;
    for (std::size_t b = std::min(tokens.size(), a + kMaxTokens); b > a && !taken; --b) {
      const auto one_digit = std::count_if(tokens.begin() + a, tokens.begin() + b, [&](const Token& t) {
        return DigitCount(text.substr(t.start, t.end - t.start)) == 1;
      });
      if (static_cast<std::size_t>(one_digit) > kMaxOneDigitTokens) continue;
      if (TryCandidate(text, tokens[a].start, tokens[b - 1].end, glued && a == 0, region, out)) {
        a = b;
        taken = true;
      }
    }
    if (!taken) ++a;
  }
}

// End of the candidate run starting at `i`: phone bytes, no double space, no sentence end.
std::size_t RunEnd(std::string_view text, std::size_t i, std::size_t end) {
  std::size_t j = i + 1;
  while (j < end && IsPhoneByte(text[j])) {
    if (text[j] == ' ' && j + 1 < end && !IsDigitByte(text[j + 1]) && text[j + 1] != '(') break;
    if (text[j] == '.' && (j + 1 >= end || !IsDigitByte(text[j + 1]))) break;
    ++j;
  }
  while (j > i && !IsDigitByte(text[j - 1])) --j;
  return j;
}

bool RejectedByPrefix(std::string_view text, std::size_t i) {
  if (i == 0) return false;
  const char p = text[i - 1];
  if (IsDigitByte(p)) return true;
  if (p == '-' || p == '/' || p == '_' || p == '=' || p == '#' || p == '@' || p == '$' || p == '%')
    return true;
  return p == '.' && i >= 2 && IsAlnumByte(text[i - 2]) && !IsAlphaByte(text[i - 2]);
}

#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
// 0x80 in each byte of `v` that is a digit, '+' or '('. A digit is told by one signed
// compare: adding 0x80 - '0' maps '0'..'9' onto the ten least signed values, every other
// byte above them.
__m128i PhoneStartBytes(__m128i v) {
  const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - '0'))),
                                       _mm_set1_epi8(static_cast<char>(0x80 + 10)));
  const __m128i opener = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('+')), _mm_cmpeq_epi8(v, _mm_set1_epi8('(')));
  return _mm_or_si128(digit, opener);
}
#endif

// The first byte at or after `i` (before `end`) that may start a phone: a digit, '+' or '('
// (without SSE2, any byte from '(' to '9', a range that holds them). Running text is mostly
// letters and punctuation: 32 bytes are tested a step, eight without SSE2.
std::size_t NextPhoneStartCandidate(std::string_view text, std::size_t i, std::size_t end) {
#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
  const auto load = [&text](std::size_t at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at)); };
  for (; i + 32 <= end; i += 32) {
    const auto low = static_cast<std::uint32_t>(_mm_movemask_epi8(PhoneStartBytes(load(i))));
    const auto high = static_cast<std::uint32_t>(_mm_movemask_epi8(PhoneStartBytes(load(i + 16))));
    const std::uint32_t flagged = low | (high << 16);
    if (flagged != 0) return i + static_cast<std::size_t>(std::countr_zero(flagged));
  }
  for (; i + 16 <= end; i += 16) {
    const auto flagged = static_cast<std::uint32_t>(_mm_movemask_epi8(PhoneStartBytes(load(i))));
    if (flagged != 0) return i + static_cast<std::size_t>(std::countr_zero(flagged));
  }
#endif
  for (; i + 8 <= end; i += 8) {
    const std::uint64_t flagged = BytesBetween(EightBytesAt(text, i), '(', '9');
    if (flagged != 0) return i + static_cast<std::size_t>(std::countr_zero(flagged) / 8);
  }
  while (i < end && (text[i] < '(' || text[i] > '9')) ++i;
  return i;
}

}  // namespace

std::vector<Phone> FindPhones(std::string_view text, Span span, std::string_view region) {
  std::vector<Phone> out;
  span.end = std::min(span.end, text.size());
  for (std::size_t i = span.start; i < span.end;) {
    i = NextPhoneStartCandidate(text, i, span.end);
    if (i >= span.end) break;
    const char c = text[i];
    const bool opener = (c == '+' || c == '(') && i + 1 < span.end && IsDigitByte(text[i + 1]);
    if (!IsDigitByte(c) && !opener) {
      ++i;
      continue;
    }
    const std::size_t j = RunEnd(text, i, span.end);
    const bool glued = i > 0 && IsAlphaByte(text[i - 1]);
    // Every candidate lies within the run: a run of fewer digits than a phone holds (a
    // year, an amount: most runs of running text) needs neither the label test nor a scan.
    if (DigitCount(text.substr(i, j - i)) >= kMinDigits && !RejectedByPrefix(text, i) &&
        !AfterNumberLabel(text, i, span.start)) {
      ScanRun(text, {i, j}, glued, region, &out);
    }
    i = std::max(j, i + 1);
    while (i < span.end && IsDigitByte(text[i])) ++i;
  }
  return out;
}

}  // namespace prextract::internal
