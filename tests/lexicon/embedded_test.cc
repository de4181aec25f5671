// The ISO 3166-2 states embedded at build time (cmake/embed_data.cmake).
#include "lexicon/embedded.h"

#include <algorithm>
#include <string_view>

#include <gtest/gtest.h>

namespace prextract::internal {
namespace {

bool HasState(std::string_view name, std::string_view country = "") {
  const auto& states = IsoStates();
  return std::any_of(states.begin(), states.end(), [&](const IsoState& s) {
    return s.name == name && (country.empty() || s.country == country);
  });
}

// The build reads the states out of iso-codes' ISO 3166-2 table with a regular expression: it
// must find the states of several countries and the US outlying areas, and nothing of other types.
TEST(IsoStatesTest, HoldsStatesAndOutlyingAreasOnly) {
  for (std::string_view state : {"Missouri", "New York", "Georgia", "Puerto Rico"}) {
    EXPECT_TRUE(HasState(state, "US")) << state;
  }
  EXPECT_TRUE(HasState("Queensland", "AU"));
  EXPECT_TRUE(HasState("New South Wales", "AU"));
  EXPECT_TRUE(HasState("Kerala", "IN"));
  // A province, a county and a district: subdivisions of other types.
  for (std::string_view other : {"Ontario", "Kent", "District of Columbia"}) {
    EXPECT_FALSE(HasState(other)) << other;
  }
  EXPECT_GE(IsoStates().size(), 250u);
}

}  // namespace
}  // namespace prextract::internal
