// The one-edit test of the title typo scan.
#include <gtest/gtest.h>

#include <string_view>

#include "participants/lexicons.h"

namespace prextract::internal::parts {
namespace {

TEST(ParticipantsLexicons, OneEditApartSameSize) {
  const struct {
    std::string_view a, b;
    bool one_edit;
  } cases[] = {
      {"minister", "minister", false},   // equal
      {"minsiter", "minister", true},    // neighbours swapped
      {"ninister", "minister", true},    // first letter replaced
      {"ministea", "minister", true},    // last letter replaced
      {"mimister", "minister", true},
      {"mnisiter", "minister", false},   // two edits
      {"ab", "ba", true},
      {"abc", "cba", false},             // a swap over a distance
      {"abcd", "badc", false},           // two swaps
      {"x", "y", true},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(OneEditApartSameSize(c.a, c.b), c.one_edit) << c.a << " " << c.b;
  }
}

}  // namespace
}  // namespace prextract::internal::parts
