// The packed short-word table (src/lexicon/short_word_table.h).
#include "lexicon/short_word_table.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace prextract::internal {
namespace {

struct ProbeCase {
  std::string_view word;
  int value;   // 0: not held
};

// Words of every size from 1 to 8 (the two packings, and their overlap), neighbours that
// differ in one byte or in size only, and words too long or empty to be keys.
const ProbeCase kProbeCases[] = {
    {"a", 1},      {"an", 2},      {"the", 3},       {"june", 4},    {"march", 5},  {"friday", 6},
    {"january", 7}, {"thursday", 8}, {"aa", 0},      {"aaa", 0},     {"tha", 0},    {"thee", 0},
    {"jun", 0},    {"junes", 0},   {"marcg", 0},     {"fridays", 0}, {"januar", 0}, {"thursdai", 0},
    {"", 0},       {"september", 0}, {"a b", 0},
};

class ShortWordTableTest : public testing::TestWithParam<ProbeCase> {};

TEST_P(ShortWordTableTest, FindsExactlyTheWordsInserted) {
  ShortWordTable<int> table;
  for (const ProbeCase& c : kProbeCases) {
    if (c.value != 0) table.Insert(c.word, c.value);
  }
  const ProbeCase& c = GetParam();
  const int* found = table.Find(c.word);
  if (c.value == 0) {
    EXPECT_EQ(found, nullptr) << c.word;
  } else {
    ASSERT_NE(found, nullptr) << c.word;
    EXPECT_EQ(*found, c.value) << c.word;
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, ShortWordTableTest, testing::ValuesIn(kProbeCases));

TEST(ShortWordTableTest, KeepsEveryWordAcrossGrowthAndReplacesValues) {
  ShortWordTable<int> table;
  EXPECT_EQ(table.Find("x"), nullptr);   // an empty table answers too
  for (int n = 0; n < 500; ++n) table.Insert(std::to_string(n), n);
  table.Insert("42", -42);
  for (int n = 0; n < 500; ++n) {
    const int* found = table.Find(std::to_string(n));
    ASSERT_NE(found, nullptr) << n;
    EXPECT_EQ(*found, n == 42 ? -42 : n);
  }
  EXPECT_EQ(table.Find("500"), nullptr);
}

}  // namespace
}  // namespace prextract::internal
