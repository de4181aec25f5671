// Whole releases -> expected JSON (tests/golden/<case>/). PREXTRACT_UPDATE_GOLDEN=1
// rewrites the expected files instead of comparing.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "prextract/extract.h"
#include "prextract/json.h"

namespace prextract {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

const fs::path kGoldenDir = fs::path(PREXTRACT_SOURCE_DIR) / "tests" / "golden";

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::string> CaseNames() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(kGoldenDir)) {
    if (fs::exists(entry.path() / "case.json")) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

struct Case {
  std::string source_path;   // as written in case.json: the output names no machine path
  std::string bytes;
  Options options;
};

Case LoadCase(const fs::path& dir) {
  const Json spec = Json::parse(ReadFile(dir / "case.json"));
  Case c;
  if (spec.contains("example")) {
    c.source_path = spec["example"].get<std::string>();
    c.bytes = ReadFile(fs::path(PREXTRACT_SOURCE_DIR) / c.source_path);
  } else {
    c.source_path = spec.value("input", std::string("input.txt"));
    c.bytes = ReadFile(dir / c.source_path);
  }
  c.options.reference_date = spec.value("reference_date", std::string());
  c.options.body_only = spec.value("body_only", false);
  c.options.source_path = c.source_path;
  return c;
}

class GoldenTest : public testing::TestWithParam<std::string> {};

TEST_P(GoldenTest, MatchesExpectedJson) {
  const fs::path dir = kGoldenDir / GetParam();
  const Case c = LoadCase(dir);
  ASSERT_FALSE(c.bytes.empty()) << "no input for " << dir;
  const Json actual = Json::parse(ToJson(Extract(c.bytes, c.options), /*pretty=*/false));
  const fs::path expected_path = dir / "expected.json";
  const char* update = std::getenv("PREXTRACT_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::ofstream(expected_path, std::ios::binary) << actual.dump(2) << "\n";
    GTEST_SKIP() << "rewrote " << expected_path;
  }
  ASSERT_TRUE(fs::exists(expected_path))
      << expected_path << " is missing: run `make golden` to create it";
  const Json expected = Json::parse(ReadFile(expected_path));
  if (expected != actual) {
    const Json patch = Json::diff(expected, actual);
    std::string shown;
    for (std::size_t i = 0; i < patch.size() && i < 20; ++i) shown += patch[i].dump() + "\n";
    ADD_FAILURE() << GetParam() << ": output differs from expected.json (" << patch.size()
                  << " JSON Patch operations; first ones below). If the change is intended, "
                     "run `make golden` and review the diff.\n"
                  << shown;
  }
}

std::string TestName(const testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (char& ch : name) {
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Golden, GoldenTest, testing::ValuesIn(CaseNames()), TestName);

}  // namespace
}  // namespace prextract
