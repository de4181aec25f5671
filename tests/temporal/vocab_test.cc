#include "temporal/vocab.h"

#include <gtest/gtest.h>

#include <string>

#include "lexicon/lexicon.h"
#include "temporal_test_util.h"

namespace prextract::internal {
namespace {

// A lexicon category without an enum value would be dropped silently: no rule could ask for it.
TEST(TemporalVocab, EveryLexiconCategoryIsInterned) {
  for (const LexiconEntry& e : Lexicon("en/temporal_words")) {
    const std::string_view canonical = e.canonical;
    const std::size_t colon = canonical.find(':');
    ASSERT_NE(colon, std::string_view::npos) << canonical;
    EXPECT_TRUE(CategoryNamed(canonical.substr(0, colon)).has_value()) << canonical;
  }
  EXPECT_EQ(CategoryNamed("ord"), Category::kOrd);
  EXPECT_EQ(CategoryNamed("zone"), Category::kZone);
  EXPECT_FALSE(CategoryNamed("nosuchcategory").has_value());
}

TEST(TemporalVocab, WordFilterNeverRejectsAnAddedWord) {
  WordFilter filter;
  EXPECT_FALSE(filter.MayHold("march"));
  const char* words[] = {"the", "a", "march", "fiscal", "'", "-", "q", "2023", "nineteenth", "x"};
  for (const char* w : words) filter.Add(w);
  for (const char* w : words) EXPECT_TRUE(filter.MayHold(w)) << w;
}

// Prepositions are skipped as starts, but an expression that begins with one still does.
TEST(TemporalVocab, ExpressionsStartingWithTriggerWordsKeepTheirStart) {
  EXPECT_EQ(RunDates("The plan runs between 2005 and 2007 in full.", "2024-03-01"),
            "between 2005 and 2007=2005/2007");
  EXPECT_EQ(RunDates("Sales grew in the coming months of the year.", "2024-03-01"),
            "in the coming months=FUTURE_REF");
  EXPECT_EQ(RunDates("It was signed in March and on Monday.", "2024-03-06"), "March=2024-03; Monday=2024-03-04");
}

}  // namespace
}  // namespace prextract::internal
