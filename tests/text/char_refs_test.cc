#include "text/char_refs.h"

#include <gtest/gtest.h>

namespace prextract::internal {
namespace {

struct Case {
  const char* input;
  const char* expected;
};

TEST(DecodeCharRefs, ReplacesReferencesAndKeepsTheRest) {
  const Case cases[] = {
      {"Tables &amp; D\xC3\xA9" "cor", "Tables & D\xC3\xA9" "cor"},
      {"J&amp;Y Law", "J&Y Law"},
      {"&lt;b&gt; &quot;RI&quot; &apos;x&apos;", "<b> \"RI\" 'x'"},
      {"Half&nbsp;Moon", "Half Moon"},
      {"Zoe&#39;s &#x2019; &#X41;", "Zoe's \xE2\x80\x99 A"},
      // One pass: a decoded "&" starts no second reference.
      {"&amp;amp;", "&amp;"},
      // A bare "&", an unknown name, a control character, a surrogate, or a value past
      // Unicode stay as written.
      {"AT&T and R&D; Q&A", "AT&T and R&D; Q&A"},
      {"&copy; &#7; &#xD800; &#x110000; &#;", "&copy; &#7; &#xD800; &#x110000; &#;"},
      {"&amp", "&amp"},
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(DecodeCharRefs(c.input), c.expected) << c.input;
}

}  // namespace
}  // namespace prextract::internal
