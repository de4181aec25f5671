// The word filter's shape (src/lexicon/word_filter.h).
#include "lexicon/word_filter.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <string>

namespace prextract::internal {
namespace {

// The hash a shape is, written as nested products: ShapeOf multiplies them out.
std::uint16_t NestedShape(const std::string& w) {
  const auto byte = [](char c) { return static_cast<std::size_t>(static_cast<unsigned char>(c)); };
  const std::size_t h = ((byte(w[0]) * 31 + byte(w[w.size() / 2])) * 31 + byte(w.back())) * 31 + w.size();
  return static_cast<std::uint16_t>(h % (1 << 14));
}

// The tokenizers' shape of a word is the filter's, which every matcher's filter reads.
TEST(WordFilterTest, ShapeOfIsTheNestedHash) {
  const std::string words[] = {"a", "of", "the", "meeting", "co-operation", "r&d", "korea's", "2025",
                               "internationalisation", std::string(300, 'z'), "\xE2\x80\x99s", "Zoom"};
  for (const std::string& w : words) {
    EXPECT_EQ(WordFilter::ShapeOf(w.data(), w.size()), NestedShape(w)) << w;
    EXPECT_EQ(WordFilter::Shape(w), NestedShape(w)) << w;
  }
  EXPECT_EQ(WordFilter::Shape(""), 0);
}

}  // namespace
}  // namespace prextract::internal
