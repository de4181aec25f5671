#include "text/decode.h"

#include <gtest/gtest.h>

namespace prextract::internal {
namespace {

struct Case {
  const char* name;
  std::string input;
  Encoding encoding;
  std::string expected;   // decoded text; empty with `error` set
  const char* warning;    // expected warning code, or ""
  const char* error;      // expected error code, or ""
};

const Case kCases[] = {
    {"ascii", "hello", Encoding::kAuto, "hello", "", ""},
    {"utf8 bom dropped", "\xEF\xBB\xBFhi", Encoding::kAuto, "hi", "", ""},
    {"crlf kept", "a\r\nb", Encoding::kAuto, "a\r\nb", "", ""},
    {"valid multibyte", "caf\xC3\xA9 \xE2\x80\xA2", Encoding::kAuto, "caf\xC3\xA9 \xE2\x80\xA2", "", ""},
    // Maximal subpart: E2 80 then 'x' is one replacement; a lone C3 at the end one more.
    {"maximal subpart", "\xC3\xA9 \xE2\x80x \xC3", Encoding::kAuto,
     "\xC3\xA9 \xEF\xBF\xBDx \xEF\xBF\xBD", "input.invalid_utf8", ""},
    {"surrogate bytes are three subparts", "\xC3\xA9\xED\xA0\x80", Encoding::kAuto,
     "\xC3\xA9\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", "input.invalid_utf8", ""},
    {"overlong", "\xC3\xA9\xC0\xAF", Encoding::kAuto, "\xC3\xA9\xEF\xBF\xBD\xEF\xBF\xBD",
     "input.invalid_utf8", ""},
    {"cp1252 quotes", "Montana\x92s \x93jobs\x94", Encoding::kAuto,
     "Montana\xE2\x80\x99s \xE2\x80\x9Cjobs\xE2\x80\x9D", "input.cp1252", ""},
    {"cp1252 forced", "caf\xE9", Encoding::kCp1252, "caf\xC3\xA9", "", ""},
    {"utf8 forced keeps replacement", "caf\xE9", Encoding::kUtf8, "caf\xEF\xBF\xBD",
     "input.invalid_utf8", ""},
    {"utf16le bom", std::string("\xFF\xFEh\0i\0", 6), Encoding::kAuto, "hi", "", ""},
    {"utf16be bom", std::string("\xFE\xFF\0h\0i", 6), Encoding::kAuto, "hi", "", ""},
    {"nul is binary", std::string("ab\0cd", 5), Encoding::kAuto, "", "", "input.binary"},
    {"utf16 forced without bom", "ab", Encoding::kUtf16, "", "", "input.bad_encoding"},
    // Plain ASCII is skipped eight bytes at a time: what follows a long run is still seen.
    {"nul after whole words", std::string("0123456789abcdef\0gh", 19), Encoding::kAuto, "", "", "input.binary"},
    {"nul inside a word", std::string("01234567890\0cdefgh", 19), Encoding::kAuto, "", "", "input.binary"},
    {"multibyte after whole words", "0123456789abcdef caf\xC3\xA9", Encoding::kAuto,
     "0123456789abcdef caf\xC3\xA9", "", ""},
    {"invalid after whole words", "0123456789abcdef\xC3\xA9 \xC3", Encoding::kAuto,
     "0123456789abcdef\xC3\xA9 \xEF\xBF\xBD", "input.invalid_utf8", ""},
    {"cp1252 after whole words", "The minister\x92s remarks", Encoding::kAuto,
     "The minister\xE2\x80\x99s remarks", "input.cp1252", ""},
};

class DecodeTest : public testing::TestWithParam<Case> {};

TEST_P(DecodeTest, Decodes) {
  const Case& c = GetParam();
  const Decoded d = Decode(c.input, c.encoding);
  if (*c.error) {
    ASSERT_TRUE(d.error.has_value());
    EXPECT_EQ(d.error->code, c.error);
    return;
  }
  ASSERT_FALSE(d.error.has_value()) << d.error->message;
  EXPECT_EQ(d.text, c.expected);
  if (*c.warning) {
    ASSERT_EQ(d.warnings.size(), 1u);
    EXPECT_EQ(d.warnings[0].code, c.warning);
  } else {
    EXPECT_TRUE(d.warnings.empty());
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, DecodeTest, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<Case>& info) {
                           std::string name;
                           for (const char* p = info.param.name; *p; ++p) {
                             name += std::isalnum(static_cast<unsigned char>(*p)) ? *p : '_';
                           }
                           return name;
                         });


// The census skips ASCII in blocks and words: one odd byte at every offset of a text longer
// than two blocks must be seen wherever it falls.
TEST(DecodeCensus, SeesOneByteAtEveryOffset) {
  for (std::size_t k = 0; k < 140; ++k) {
    const std::string before(k, 'a'), after(139 - k, 'b');
    EXPECT_EQ(Decode(before + '\0' + after, Encoding::kAuto).error->code, "input.binary") << k;
    const Decoded valid = Decode(before + "\xC3\xA9" + after, Encoding::kAuto);
    EXPECT_EQ(valid.text, before + "\xC3\xA9" + after) << k;
    EXPECT_TRUE(valid.warnings.empty()) << k;
    const Decoded cp1252 = Decode(before + "\xE9" + after, Encoding::kAuto);
    EXPECT_EQ(cp1252.text, before + "\xC3\xA9" + after) << k;
    ASSERT_EQ(cp1252.warnings.size(), 1u) << k;
    EXPECT_EQ(cp1252.warnings[0].code, "input.cp1252") << k;
    const Decoded mixed = Decode("\xC3\xA9" + before + "\xE9" + after, Encoding::kAuto);
    EXPECT_EQ(mixed.text, "\xC3\xA9" + before + "\xEF\xBF\xBD" + after) << k;
  }
}

}  // namespace
}  // namespace prextract::internal
