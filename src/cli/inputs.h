// The inputs of one run, produced one at a time in output order, so a folder of a
// hundred thousand files or an endless JSONL stream never sits in memory whole.
#ifndef PREXTRACT_CLI_INPUTS_H_
#define PREXTRACT_CLI_INPUTS_H_

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/jsonl_record.h"
#include "cli/options.h"
#include "prextract/release.h"

namespace prextract::cli {

/// One unit of work: a file to read, text already read (stdin, a JSONL record), or an
/// input that already failed.
struct Job {
  std::string path;                  // as the user named it, or "-"
  std::string output_name;           // relative path for -o DIR, with ".json"
  std::optional<std::string> id;     // JSONL record id
  std::string file_to_read;          // empty: `text` holds the input
  std::string text;
  std::string reference_date;        // per-record override; empty: the option's
  std::optional<Error> error;
};

class InputStream {
 public:
  explicit InputStream(const CliOptions& options);
  ~InputStream();

  /// The next job in order; false at the end.
  bool Next(Job* job);

  /// True when more than one output object may follow (the output becomes JSONL).
  bool IsBatch() const;

 private:
  bool NextPath(Job* job);
  void StartJsonl(std::FILE* source, const std::string& path);
  bool NextJsonlRecord(Job* job);
  void FillJsonlJob(std::optional<JsonlRecord> record, Job* job) const;
  void ExpandFolder(const std::string& root);

  const CliOptions& options_;
  std::size_t next_path_ = 0;
  std::vector<Job> pending_;          // files of an expanded folder, reversed
  std::FILE* jsonl_ = nullptr;        // open JSONL source
  std::unique_ptr<char[]> file_buffer_;   // stdio buffer of a JSONL file (stdin has its own)
  std::string jsonl_path_;
  std::size_t jsonl_line_ = 0;
  PaddedLineReader jsonl_lines_;
  JsonlParser jsonl_parser_;
};

/// Reads a whole file (or stdin for "-"), failing with the contract's codes.
/// Files over `max_bytes` fail with input.too_large without being read whole.
std::optional<Error> ReadInput(const std::string& path, std::size_t max_bytes, std::string* out);

/// True when every input is a regular file or a folder (stdin included, for "-"): reading
/// them never waits for a writer, so output may be gathered before it is written.
bool InputsNeverBlock(const CliOptions& options);

/// "a/b.txt" -> "a/b.json".
std::string JsonName(const std::string& relative);

}  // namespace prextract::cli

#endif  // PREXTRACT_CLI_INPUTS_H_
