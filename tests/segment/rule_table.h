// Table tests of the segment stage's yes-or-no rules on one line of text.
#ifndef PREXTRACT_TESTS_SEGMENT_RULE_TABLE_H_
#define PREXTRACT_TESTS_SEGMENT_RULE_TABLE_H_

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace prextract::internal {

struct BoolCase {
  std::string line;
  bool want;
};

inline void ExpectAll(bool (*rule)(std::string_view), const std::vector<BoolCase>& cases) {
  for (const BoolCase& c : cases) EXPECT_EQ(rule(c.line), c.want) << c.line;
}

}  // namespace prextract::internal

#endif  // PREXTRACT_TESTS_SEGMENT_RULE_TABLE_H_
