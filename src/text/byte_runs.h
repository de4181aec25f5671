// Runs of bytes that a test accepts, read eight at a time: the word scanners of the stages.
#ifndef PREXTRACT_TEXT_BYTE_RUNS_H_
#define PREXTRACT_TEXT_BYTE_RUNS_H_

#include <cstddef>
#include <string_view>

namespace prextract::internal {

/// Index after the run of bytes from text[i] (before `end`) that `keep` accepts. Most of
/// prose is such runs (letters, word bytes): eight bytes at a time while eight remain, so
/// that their bytes need no test of the end, and most words end within the first eight.
template <typename Keep>
std::size_t SkipWhile(std::string_view text, std::size_t i, std::size_t end, Keep keep) {
  const char* p = text.data() + i;
  const char* const stop = text.data() + end;
  while (stop - p >= 8) {
    for (int k = 0; k < 8; ++k) {
      if (!keep(p[k])) return static_cast<std::size_t>(p + k - text.data());
    }
    p += 8;
  }
  while (p != stop && keep(*p)) ++p;
  return static_cast<std::size_t>(p - text.data());
}

}  // namespace prextract::internal

#endif  // PREXTRACT_TEXT_BYTE_RUNS_H_
