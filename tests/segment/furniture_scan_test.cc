#include "segment/furniture_scan.h"

#include <gtest/gtest.h>

#include <string_view>

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

}  // namespace
}  // namespace prextract::internal
