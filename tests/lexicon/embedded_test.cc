// The ISO 3166-2 state names embedded at build time (cmake/embed_data.cmake).
#include "lexicon/embedded.h"

#include <algorithm>
#include <string_view>

#include <gtest/gtest.h>

namespace prextract::internal {
namespace {

bool HasState(std::string_view name) {
  const auto& names = IsoStateNames();
  return std::find(names.begin(), names.end(), name) != names.end();
}

// The build reads the states out of iso-codes' ISO 3166-2 table with a regular expression: it
// must find the states of several countries and the US outlying areas, and nothing of other types.
TEST(IsoStateNamesTest, HoldsStatesAndOutlyingAreasOnly) {
  for (std::string_view state : {"Missouri", "New York", "Virginia", "Queensland", "New South Wales",
                                 "Kerala", "Puerto Rico"}) {
    EXPECT_TRUE(HasState(state)) << state;
  }
  // A province, a county and a district: subdivisions of other types.
  for (std::string_view other : {"Ontario", "Kent", "District of Columbia"}) {
    EXPECT_FALSE(HasState(other)) << other;
  }
  EXPECT_GE(IsoStateNames().size(), 250u);
}

}  // namespace
}  // namespace prextract::internal
