// Replays every input under fuzz/regressions/extract (crashers the fuzzer found, kept as
// regression tests) through Extract() with the options the fuzz target would pick, and
// checks the invariants the fuzz target checks.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "../../fuzz/invariants.h"
#include "prextract/extract.h"

namespace prextract {
namespace {

TEST(FuzzRegressionsTest, ExtractKeepsInvariants) {
  const std::filesystem::path dir =
      std::filesystem::path(PREXTRACT_SOURCE_DIR) / "fuzz" / "regressions" / "extract";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no folder " << dir;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().filename().string().front() == '.') continue;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const Release r = Extract(bytes, fuzz::OptionsFor(bytes.size()));
    EXPECT_EQ(fuzz::InvariantChecker(r).Check(), "") << entry.path();
  }
}

// The checker itself must catch what it is meant to catch.
TEST(FuzzRegressionsTest, CheckerCatchesBrokenReleases) {
  struct Case {
    const char* what;
    void (*edit)(Release*);
    const char* problem_prefix;
  };
  const std::vector<Case> cases = {
      {"span past the end", [](Release* r) { r->segments.push_back({SegmentKind::kBody, {0, 999}}); },
       "segment: span"},
      {"span inside a UTF-8 sequence", [](Release* r) { r->paragraphs.push_back({{1, 2}}); },
       "paragraph: span cuts"},
      {"unknown participant id", [](Release* r) {
         r->events.push_back(Event{"e1", "meeting", "met", "", {}, "", {"p9"}, {0, 2}, {}});
       }, "event.participants"},
  };
  for (const Case& c : cases) {
    Release r;
    r.text = "\xC3\xA9t\xC3\xA9";
    c.edit(&r);
    EXPECT_EQ(fuzz::InvariantChecker(r).Check().rfind(c.problem_prefix, 0), 0u) << c.what;
  }
  Release fine;
  fine.text = "\xC3\xA9t\xC3\xA9";
  fine.paragraphs.push_back({{0, 5}});
  EXPECT_EQ(fuzz::InvariantChecker(fine).Check(), "");
}

}  // namespace
}  // namespace prextract
