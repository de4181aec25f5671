// libFuzzer target over prextract::Extract() and the JSON writer. The input's size picks
// the options, so every option combination is reached without costing input bytes (the
// dev corpus seeds stay real releases). Any broken invariant aborts: a finding.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "fuzz/invariants.h"
#include "prextract/extract.h"

namespace {

prextract::Options OptionsFor(std::size_t size) {
  prextract::Options o;
  o.body_only = (size & 1) != 0;
  o.date_style = (size & 2) != 0 ? prextract::DateStyle::kTimeml : prextract::DateStyle::kContract;
  if ((size & 4) != 0) o.reference_date = "2023-05-25";
  if ((size & 24) == 8) o.encoding = prextract::Encoding::kCp1252;
  if ((size & 24) == 16) o.encoding = prextract::Encoding::kUtf16;
  return o;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const prextract::Release release = prextract::Extract(bytes, OptionsFor(size));
  const std::string problem = prextract::fuzz::InvariantChecker(release).Check();
  if (!problem.empty()) {
    std::fprintf(stderr, "prextract invariant broken: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
