// prextract's command line: a thin shell over prextract::Extract(). It owns stdout,
// stderr, files, threads and the exit code (0 ok, 1 an input or output failed, 2 usage).
#include <signal.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <unordered_set>
#include <vector>

#include "cli/inputs.h"
#include "cli/options.h"
#include "cli/ordered_pool.h"
#include "cli/output.h"
#include "prextract/extract.h"
#include "prextract/html.h"
#include "prextract/json.h"

namespace prextract::cli {
namespace {

struct Outcome {
  std::string data;          // the JSON record or the HTML page
  std::string path;
  std::string output_name;
  std::optional<Error> error;
};

// "a/b.json" -> "a/b.html": -o DIR gets one page per input under the same name.
std::string HtmlName(const std::string& json_name) {
  const std::string_view stem = std::string_view(json_name).ends_with(".json")
                                    ? std::string_view(json_name).substr(0, json_name.size() - 5)
                                    : std::string_view(json_name);
  return std::string(stem) + ".html";
}

Outcome Process(Job job, const CliOptions& options, bool pretty) {
  Options extract = options.extract;
  extract.source_path = job.path;
  if (job.id) {
    extract.source_id = *job.id;
    extract.has_source_id = true;
  }
  if (!job.reference_date.empty()) extract.reference_date = job.reference_date;
  if (!job.error && !job.file_to_read.empty()) {
    job.error = ReadInput(job.file_to_read, extract.max_input_bytes, &job.text);
  }
  Release release;
  if (job.error) {
    release.source.path = job.path;
    release.source.id = job.id;
    release.error = job.error;
  } else {
    release = Extract(job.text, extract);
  }
  if (options.format == OutputFormat::kHtml) {
    return Outcome{ToHtml(release), job.path, HtmlName(job.output_name), release.error};
  }
  std::string json = ToJson(release, pretty);
  json += '\n';
  return Outcome{std::move(json), job.path, job.output_name, release.error};
}

void ReportError(const std::string& path, const Error& e) {
  std::cerr << "prextract: " << path << ": " << e.message << " [" << e.code << "]\n";
}

void OnSignal(int sig) {
  RemovePendingTempFiles();
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

// Gathered stdout records are written once they pass this size.
constexpr std::size_t kGatherBytes = std::size_t{64} << 10;

class Run {
 public:
  explicit Run(const CliOptions& options) : options_(options), inputs_(options) {
    batch_ = inputs_.IsBatch();
    pretty_ = options.pretty || (!batch_ && !options.jsonl && isatty(STDOUT_FILENO));
    progress_ = options.progress.value_or(isatty(STDERR_FILENO) != 0);
    // One write per record costs a system call each; gathered records are safe to hold
    // only when no input read can wait on a writer, and no one watches the output live
    // (a terminal, the progress line on stderr).
    gather_ = batch_ && options.output_dir.empty() && options.format == OutputFormat::kJson &&
              !progress_ && !isatty(STDOUT_FILENO) && InputsNeverBlock(options);
  }

  int Go() {
    OrderedPool<Outcome> pool(options_.jobs);
    const std::size_t window = 4 * static_cast<std::size_t>(options_.jobs);
    Job job;
    bool more = true;
    while (more || pool.InFlight() > 0) {
      while (more && pool.InFlight() < window) {
        more = inputs_.Next(&job);
        if (more) pool.Submit([this, j = std::move(job)]() mutable {
          return Process(std::move(j), options_, pretty_);
        });
      }
      if (pool.InFlight() > 0) Emit(pool.Pop());
    }
    Flush();
    if (progress_) std::cerr << "\n";
    return failed_ ? 1 : 0;
  }

 private:
  void Emit(Outcome o) {
    ++done_;
    if (o.error) {
      Flush();   // the diagnostic comes after the records before it, as it always did
      ReportError(o.path, *o.error);
      failed_ = true;
      // A failed input has no page: an error page would pass for the release's view.
      if (options_.format == OutputFormat::kHtml) return Progress();
    }
    std::string message;
    if (!options_.output_dir.empty()) {
      // Two inputs named alike ("a/x.txt b/x.txt") would write one file: the first stays,
      // the later is an error rather than a silent overwrite.
      if (!written_.insert(o.output_name).second) {
        std::cerr << "prextract: " << o.path << ": output " << options_.output_dir << "/" << o.output_name
                  << " already written for an earlier input [io.name_collision]\n";
        failed_ = true;
      } else if (!WriteFileAtomically(options_.output_dir, o.output_name, o.data, &message)) {
        std::cerr << "prextract: " << o.path << ": write failed: " << message << " [io.write_failed]\n";
        failed_ = true;
      }
    } else if (gather_) {
      gathered_bytes_ += o.data.size();
      gathered_.push_back(std::move(o.data));
      if (gathered_bytes_ >= kGatherBytes) Flush();
    } else {
      EndIfFailed(WriteStdout(o.data, &message), message);
    }
    Progress();
  }

  void Flush() {
    if (gathered_.empty()) return;
    std::string message;
    EndIfFailed(WriteStdout(gathered_, &message), message);
    gathered_.clear();
    gathered_bytes_ = 0;
  }

  // Reports a failed write; nothing more can be written then: end now, as SIGPIPE would,
  // rather than wait for the workers still extracting (a long input can take seconds).
  // No temp files are open when writing to stdout.
  void EndIfFailed(WriteStatus s, const std::string& message) {
    if (s == WriteStatus::kFailed) {
      std::cerr << "prextract: -: write failed: " << message << " [io.write_failed]\n";
      failed_ = true;
    }
    if (s != WriteStatus::kOk) std::_Exit(failed_ ? 1 : 0);
  }

  void Progress() const {
    if (progress_) std::cerr << "\rprextract: " << done_ << " input(s) done" << std::flush;
  }

  const CliOptions& options_;
  InputStream inputs_;
  bool batch_ = false;
  bool pretty_ = false;
  bool progress_ = false;
  bool failed_ = false;
  bool gather_ = false;                 // stdout records wait in gathered_
  std::vector<std::string> gathered_;   // records not yet written
  std::size_t gathered_bytes_ = 0;
  std::size_t done_ = 0;
  std::unordered_set<std::string> written_;   // output names of this run, with -o
};

}  // namespace
}  // namespace prextract::cli

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);   // a closed pipe shows up as EPIPE and ends the run quietly
  std::signal(SIGINT, prextract::cli::OnSignal);
  std::signal(SIGTERM, prextract::cli::OnSignal);
  prextract::cli::CliOptions options;
  if (auto code = prextract::cli::ParseCommandLine(argc, argv, &options)) {
    // --help, --version and --schema print to stdout: a failed write is a failure too.
    if (!std::cout.flush() || std::fflush(stdout) != 0) {
      std::cerr << "prextract: -: write failed [io.write_failed]\n";
      return 1;
    }
    return *code;
  }
  const int status = prextract::cli::Run(options).Go();
  if (std::fflush(stdout) != 0) return 1;
  return status;
}
