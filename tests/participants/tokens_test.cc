// The letter-case flags of the tokeniser and the list of capitalised words the scanners visit.
#include <gtest/gtest.h>

#include <cstddef>
#include <string_view>
#include <vector>

#include "participants/lexicons.h"
#include "participants/name_parts.h"
#include "participants/tokens.h"

namespace prextract::internal::parts {
namespace {

// One word alone: its capitalisation, whether read off its ASCII letters or decoded.
TEST(ParticipantsTokens, CaseFlags) {
  const struct {
    std::string_view word;
    bool cap, upper;
  } cases[] = {
      {"department", false, false},
      {"Department", true, false},
      {"BMBF", true, true},
      {"U.S.", true, true},
      {"AT&T", true, true},
      {"McDonald", true, false},
      {"eBay", false, false},
      {"3M", true, false},      // one letter: not upper case
      {"3COM", true, true},
      {"A", true, false},
      {"Éric", true, false},
      {"ÉCOLE", true, true},
      {"Ökonomie", true, false},
      {"Café", true, false},
      {"CAFé", true, false},    // a lower-case letter outside ASCII
      {"2024", false, false},
  };
  for (const auto& c : cases) {
    const std::vector<Token> t = TokenizeBlock(c.word, Span{0, c.word.size()});
    ASSERT_EQ(t.size(), 1u) << c.word;
    EXPECT_EQ(t[0].cap, c.cap) << c.word;
    EXPECT_EQ(t[0].upper, c.upper) << c.word;
  }
}

// MarkNameWords lists the capitalised words in order; punctuation and lower-case words are
// left out.
TEST(ParticipantsTokens, MarkNameWordsListsCapitals) {
  const struct {
    std::string_view text;
    std::vector<std::size_t> capitals;
  } cases[] = {
      {"", {}},
      {"said the minister.", {}},
      {"Foreign Minister Annalena Baerbock said", {0, 1, 2, 3}},
      {"the U.S. Department of Justice, and Acme's CEO", {1, 2, 4, 7, 9}},
      {"\"Germany\" - yes", {1}},
  };
  for (const auto& c : cases) {
    BlockTokens b;
    b.tokens = TokenizeBlock(c.text, Span{0, c.text.size()});
    MarkPhraseStarts(&b.tokens);
    b.capitals = {99};   // replaced, not appended to
    MarkNameWords(&b);
    EXPECT_EQ(b.capitals, c.capitals) << c.text;
  }
}

}  // namespace
}  // namespace prextract::internal::parts
