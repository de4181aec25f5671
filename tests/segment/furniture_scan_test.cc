#include "segment/furniture_scan.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace prextract::internal {
namespace {

// A category looked up once (CueCategoryOf) answers as the look-up by name does.
TEST(StartsWithCategoryTest, ACategoryKeptAnswersAsItsName) {
  constexpr std::string_view kLabels = "en/contact_labels";
  struct Case {
    std::string_view line;
    std::string_view category;
    std::size_t end;
  };
  const Case cases[] = {
      {"Tel: 555 0100", "phone", 3},
      {"Telephone: 555 0100", "phone", 9},
      {"Telegram channel", "phone", 0},
      {"E-mail: press@example.com", "email", 6},
      {"Media contacts:", "email", 0},
      {"Contact: Jane Doe", "opener", 7},
      {"", "opener", 0},
      {"Tel: 555 0100", "no such category", 0},
  };
  for (const Case& c : cases) {
    const CueCategory& kept = CueCategoryOf(kLabels, c.category);
    EXPECT_EQ(StartsWithCategory(c.line, kept), c.end) << c.line << " / " << c.category;
    EXPECT_EQ(StartsWithCategory(c.line, kLabels, c.category), c.end) << c.line << " / " << c.category;
  }
}

// The variants are tried by the line's first byte only: the answer is the one that trying
// every variant, longest first, gives (lines made of each variant in three cases, glued to
// a word, ended by a boundary, cut short, and a few that match none).
TEST(StartsWithCategoryTest, TryingTheFirstBytesVariantsAnswersAsTryingAll) {
  const auto all_variants = [](std::string_view line, const std::vector<std::string>& variants) -> std::size_t {
    for (const std::string& v : variants) {
      if (v.empty() || !StartsWithCi(line, v)) continue;
      const std::size_t end = v.size();
      if (IsAlnumByte(v.back()) && end < line.size() && IsAlnumByte(line[end]) && !GluedBoundary(line, end)) continue;
      return end;
    }
    return 0;
  };
  const std::pair<std::string_view, std::string_view> categories[] = {
      {"en/contact_labels", "phone"},  {"en/contact_labels", "email"},   {"en/contact_labels", "opener"},
      {"en/contact_labels", "inquiry"}, {"en/contact_labels", "person"}, {"en/attachments", "label"},
      {"en/attachments", "download"}};
  for (const auto& [lexicon, category] : categories) {
    const std::vector<std::string>& variants = LexiconCategory(lexicon, category);
    ASSERT_FALSE(variants.empty()) << category;
    std::vector<std::string> lines = {"", "The minister said", "9 am", "(Tel)", "\xC2\xA9 2024"};
    for (const std::string& v : variants) {
      std::string upper = v;
      for (char& c : upper) c = IsLowerByte(c) ? static_cast<char>(c - 'a' + 'A') : c;
      std::string title = v;
      title[0] = upper[0];
      for (const std::string& w : {v, upper, title}) {
        for (const std::string_view tail : {"", ":", " 555", "s", "X", "x: y"}) lines.push_back(w + std::string(tail));
        lines.push_back(w.substr(0, w.size() - 1));
      }
    }
    const CueCategory& kept = CueCategoryOf(lexicon, category);
    for (const std::string& line : lines) {
      EXPECT_EQ(StartsWithCategory(line, kept), all_variants(line, variants)) << line << " / " << category;
    }
  }
}

// A category's cues are its variants, and its set lets through every line holding one of
// them (in any case) while ruling out lines that hold none of their trigrams.
TEST(CategoryCuesTest, TheSetLetsThroughEveryVariant) {
  const CategoryCues cues("en/licences", "US-PD");
  EXPECT_EQ(&cues.variants, &LexiconCategory("en/licences", "US-PD"));
  ASSERT_FALSE(cues.variants.empty());
  for (const std::string& v : cues.variants) {
    const std::string line = "This photo " + v + " was taken today.";
    EXPECT_TRUE(LowerLine(line).MayHoldAny(cues.set)) << v;
  }
  EXPECT_FALSE(LowerLine("The minister met the mayor on Tuesday.").MayHoldAny(cues.set));
  EXPECT_FALSE(LowerLine("").MayHoldAny(cues.set));
}

}  // namespace
}  // namespace prextract::internal
