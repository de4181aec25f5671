// Phrases sought by a rare byte of each (src/segment/anchored_search.h).
#include "segment/anchored_search.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace prextract::internal {
namespace {

constexpr std::size_t kNone = std::string_view::npos;

TEST(AnchorOfTest, PicksTheRarestByte) {
  const struct {
    std::string_view pattern;
    std::size_t anchor;
  } cases[] = {
      {"Republic of Korea", 12},     // 'K'
      {"U.S. Senator", 0},           // 'U' before 'S'
      {"(D-", 0},                    // '(' and '-' alike: the first
      {"Washington, D.C.", 0},       // 'W' before 'D'
      {"the ease", 1},               // 'h' before 't', 'e' and ' '
      {"x", 0},
      {"", 0},
  };
  for (const auto& c : cases) EXPECT_EQ(AnchorOf(c.pattern), c.anchor) << c.pattern;
}

// The index of the first phrase that text.find finds, as FirstIn must answer.
std::size_t FirstByFind(std::string_view text, const std::vector<std::string_view>& phrases) {
  for (std::size_t k = 0; k < phrases.size(); ++k) {
    if (text.find(phrases[k]) != std::string_view::npos) return k;
  }
  return kNone;
}

TEST(AnchoredPhrasesTest, AnswersAsFindInOrder) {
  const std::vector<std::vector<std::string_view>> lists = {
      {"Republic of Korea", "KOGL", "Commonwealth of Australia", "U.S. Senator", "(D-", "(R-"},
      {"(R-", "(D-", "Korea"},
      {"K", "a", "Kenya, Republic"},
      {"zz", "", "Korea"},
      // Later phrases searched by a byte an earlier one is ('C', 'W'), not by their rarest.
      {"Commonwealth of Australia", "Parliament House, Canberra", "Senator for Western Australia",
       "Washington, D.C.", "WASHINGTON, DC"},
      {},
  };
  const std::vector<std::string> texts = {
      "", "K", "Korea", "Republic of Korea", "the Republic of Kore", "Republic of Korea.",
      "KOGL KOGL", "Republic of Kenya, Republic of Korea", "(D-Ky.) and (R-Ky.)", "D-", "(D",
      "Sen. Smith (D-NY) of the Commonwealth of Australia said",
      std::string(40, 'x') + "U.S. Senator" + std::string(40, 'y') + "(R-",
      std::string(33, 'K') + "OGL", "Parliament House, Canberra", "WASHINGTON, DC", "WASHINGTON  DC",
      "Washington, D.C. and Parliament House, Canberra"};
  for (const std::vector<std::string_view>& phrases : lists) {
    const AnchoredPhrases anchored(phrases);
    for (const std::string& text : texts) {
      EXPECT_EQ(anchored.FirstIn(text), FirstByFind(text, phrases)) << text;
    }
  }
}

TEST(AnchoredPhrasesTest, ManyAnchorBytesStillAnswerAsFind) {
  // Many anchor bytes, each met once.
  std::vector<std::string> owned;
  for (char c = 'A'; c <= 'Z'; ++c) owned.push_back(std::string(1, c) + "q!");
  const std::vector<std::string_view> phrases(owned.begin(), owned.end());
  const AnchoredPhrases anchored(phrases);
  const std::string text = std::string(50, '.') + "Mq! and Cq!";
  EXPECT_EQ(anchored.FirstIn(text), FirstByFind(text, phrases));
  EXPECT_EQ(anchored.FirstIn(std::string(50, '.')), kNone);
}

}  // namespace
}  // namespace prextract::internal
