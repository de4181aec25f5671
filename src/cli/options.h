// Command-line options (CONTRACT.md "Command line") and their parsing.
#ifndef PREXTRACT_CLI_OPTIONS_H_
#define PREXTRACT_CLI_OPTIONS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "prextract/extract.h"

namespace prextract::cli {

enum class InputFormat { kText, kJsonl };
enum class OutputFormat { kJson, kHtml };

struct CliOptions {
  std::vector<std::string> paths;   // empty: stdin
  Options extract;                  // reference date, body-only, date style, encoding, limit
  InputFormat input_format = InputFormat::kText;
  bool recursive = false;
  std::vector<std::string> globs;   // default *.txt, *.text, *.md
  OutputFormat format = OutputFormat::kJson;   // html: one page per input, never a stream
  bool jsonl = false;
  bool pretty = false;
  std::string output_dir;
  unsigned jobs = 0;                // 0: the number of cores
  std::optional<bool> progress;     // unset: only when stderr is a terminal
};

/// Parses argv. On --help/--version/--schema or a usage error, prints what it must and
/// returns the exit code to end with; otherwise returns nullopt and fills `options`.
std::optional<int> ParseCommandLine(int argc, char** argv, CliOptions* options);

}  // namespace prextract::cli

#endif  // PREXTRACT_CLI_OPTIONS_H_
