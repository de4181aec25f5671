// libFuzzer target over prextract::Extract() and the JSON writer, with the options
// fuzz::OptionsFor() picks from the input's size. Any broken invariant aborts: a finding.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "fuzz/invariants.h"
#include "prextract/extract.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const prextract::Release release = prextract::Extract(bytes, prextract::fuzz::OptionsFor(size));
  const std::string problem = prextract::fuzz::InvariantChecker(release).Check();
  if (!problem.empty()) {
    std::fprintf(stderr, "prextract invariant broken: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
