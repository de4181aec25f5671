// Inputs of the benchmarks: real releases read at run time (never copied into the
// project) and synthetic long texts generated in memory.
#ifndef PREXTRACT_BENCH_INPUTS_H_
#define PREXTRACT_BENCH_INPUTS_H_

#include <cstddef>
#include <string>
#include <vector>

namespace prextract::bench {

/// The release folder: `--corpus=DIR` (taken out of argv), else $PREXTRACT_BENCH_CORPUS,
/// else the shared dev corpus. Call once before benchmark::Initialize.
void TakeCorpusArgument(int* argc, char** argv);

/// The raw bytes of every *.txt under the corpus folder, in path order; empty when the
/// folder is missing (benchmarks then skip with a message).
const std::vector<std::string>& CorpusReleases();
const std::string& CorpusDir();

/// About `bytes` of release-like text: paragraphs with dates, people, organisations,
/// countries, quotes and contact lines; `one_line` joins everything into a single line.
std::string SyntheticRelease(std::size_t bytes, bool one_line);

}  // namespace prextract::bench

#endif  // PREXTRACT_BENCH_INPUTS_H_
