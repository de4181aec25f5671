#include <gtest/gtest.h>

#include <string_view>

#include "prextract/extract.h"

namespace prextract {
namespace {

struct Case {
  std::string_view date;
  bool valid;
};

const Case kCases[] = {
    {"2024-03-05", true},   {"2024-02-29", true},  {"2000-02-29", true},
    {"1900-02-29", false},  {"2023-02-29", false}, {"2024-04-31", false},
    {"2024-12-31", true},   {"2024-13-01", false}, {"2024-00-10", false},
    {"2024-01-00", false},  {"0000-01-01", true},  {"9999-12-31", true},
    {"2024-1-05", false},   {"2024-01-5", false},  {"2024/01/05", false},
    {"+024-01-05", false},  {" 024-01-05", false}, {"2024-0a-05", false},
    {"2024-01-05 ", false}, {"", false},           {"20240105", false},
};

TEST(IsIsoDate, Table) {
  for (const Case& c : kCases) EXPECT_EQ(IsIsoDate(c.date), c.valid) << c.date;
}

}  // namespace
}  // namespace prextract
