// Lexicon hash tables (src/lexicon/string_table.h).
#include "lexicon/string_table.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_set>

namespace prextract::internal {
namespace {

TEST(StringHashTest, EqualTextsHashEqualWhateverTheirStorage) {
  const StringHash hash;
  const std::string owned = "minister of science and ict";
  for (std::size_t n = 0; n <= owned.size(); ++n) {
    const std::string copy = owned.substr(0, n);
    EXPECT_EQ(hash(copy), hash(std::string_view(owned).substr(0, n))) << n;
  }
}

TEST(StringHashTest, TextsOfEveryLengthDiffer) {
  // Lengths 0 to 24 cover the short (< 4), medium (4-7) and word-at-a-time paths.
  const StringHash hash;
  std::unordered_set<std::size_t> seen;
  std::string s;
  for (int n = 0; n <= 24; ++n) {
    for (char c : {'a', 'b', 'z'}) {
      std::string t = s;
      t.push_back(c);
      EXPECT_TRUE(seen.insert(hash(t)).second) << t;
    }
    s.push_back(static_cast<char>('a' + n % 26));
  }
}

TEST(StringSetTest, LooksUpByViewAndFindsEveryPrefix) {
  StringSet prefixes;
  AddWordPrefixes("secretary of state", &prefixes);
  EXPECT_TRUE(prefixes.count(std::string_view("secretary")));
  EXPECT_TRUE(prefixes.count(std::string_view("secretary of")));
  EXPECT_TRUE(prefixes.count(std::string_view("secretary of state")));
  EXPECT_FALSE(prefixes.count(std::string_view("secretary of stat")));
  EXPECT_FALSE(prefixes.count(std::string_view("state")));
}

}  // namespace
}  // namespace prextract::internal
