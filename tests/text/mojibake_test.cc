// The "â" left of a typographic apostrophe by a double decoding.
#include "text/mojibake.h"

#include <gtest/gtest.h>

#include <string>

namespace prextract::internal {
namespace {

struct MojibakeCase {
  std::string text;
  std::size_t at;   // byte offset of "â"
  bool apostrophe;
};

TEST(Mojibake, TheLetterLeftOfAnApostrophe) {
  const MojibakeCase cases[] = {
      {"parents won\xC3\xA2t know", 11, true},
      {"Hershey\xC3\xA2s Kiss", 7, true},
      {"Baucus\xC3\xA2 tireless", 6, true},
      {"we\xC3\xA2ll see", 2, true},
      {"the ch\xC3\xA2teau", 6, false},        // a letter of the word
      {"\xC3\xA2 la carte", 0, false},         // no word before it
      {"BUSH\xC3\xA2S plan", 4, false},        // only after a lower-case letter
  };
  for (const MojibakeCase& c : cases) {
    EXPECT_EQ(IsMojibakeApostrophe(c.text, c.at, c.text.size()), c.apostrophe) << c.text;
  }
}

}  // namespace
}  // namespace prextract::internal
