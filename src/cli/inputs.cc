#include "cli/inputs.h"

#include <fnmatch.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace prextract::cli {
namespace fs = std::filesystem;
namespace {

std::string BaseName(const std::string& path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool MatchesAny(const std::vector<std::string>& globs, const std::string& relative) {
  const std::string name = BaseName(relative);
  for (const std::string& g : globs) {
    const bool whole = g.find('/') != std::string::npos;
    if (fnmatch(g.c_str(), (whole ? relative : name).c_str(), 0) == 0) return true;
  }
  return false;
}

Job FailedJob(const std::string& path, std::string code, std::string message) {
  Job job;
  job.path = path;
  job.output_name = JsonName(BaseName(path));
  job.error = Error{std::move(code), std::move(message)};
  return job;
}

// The job of a text read from stdin, named "-".
Job StdinJob(const std::string& dash) {
  Job job;
  job.path = dash;
  job.output_name = "stdin.json";
  job.file_to_read = dash;
  return job;
}

// A JSONL id names an output file under -o: it must stay inside the folder.
bool IsSafeId(const std::string& id) {
  return !id.empty() && id.find('/') == std::string::npos && id != "." && id != ".." &&
         id.find('\0') == std::string::npos;
}

// stdio reads 4 KB at a time: one read call per record of a typical JSONL stream.
// Larger blocks make those calls rare.
constexpr std::size_t kJsonlReadBytes = std::size_t{256} << 10;

// stdin is never closed, and stdio may still touch its buffer at exit: a static one.
char* StdinBuffer() {
  alignas(64) static char buffer[kJsonlReadBytes];
  return buffer;
}

}  // namespace

InputStream::InputStream(const CliOptions& options) : options_(options) {}

InputStream::~InputStream() {
  if (jsonl_ != nullptr && jsonl_ != stdin) std::fclose(jsonl_);
}

bool InputStream::IsBatch() const {
  return options_.jsonl || options_.paths.size() > 1 || options_.recursive ||
         options_.input_format == InputFormat::kJsonl;
}

bool InputStream::Next(Job* job) {
  while (true) {
    if (jsonl_ != nullptr) {
      if (NextJsonlRecord(job)) return true;
      continue;
    }
    if (!pending_.empty()) {
      *job = std::move(pending_.back());
      pending_.pop_back();
      if (options_.input_format == InputFormat::kJsonl && !job->error) {
        StartJsonl(std::fopen(job->file_to_read.c_str(), "rb"), job->path);
        if (jsonl_ == nullptr) {
          *job = FailedJob(job->path, "io.unreadable", "cannot open");
          return true;
        }
        continue;
      }
      return true;
    }
    if (next_path_ >= options_.paths.size()) return false;
    if (NextPath(job)) return true;
  }
}

// Queues the jobs of the next command-line path; returns true when `job` holds a
// job that is ready now (stdin, an error).
bool InputStream::NextPath(Job* job) {
  const std::string& path = options_.paths[next_path_++];
  if (path == "-") {
    if (options_.input_format == InputFormat::kJsonl) {
      StartJsonl(stdin, path);
      return false;
    }
    *job = StdinJob(path);
    return true;
  }
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  // Anything but a missing path (a symlink loop, a permission error) is unreadable.
  if (ec && ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory) {
    *job = FailedJob(path, "io.unreadable", "cannot open: " + ec.message());
    return true;
  }
  if (!fs::exists(st)) {
    *job = FailedJob(path, "io.not_found", "no such file or folder");
    return true;
  }
  if (fs::is_directory(st)) {
    if (!options_.recursive) {
      *job = FailedJob(path, "io.is_directory", "is a folder (use -r to read folders)");
      return true;
    }
    ExpandFolder(path);
    return false;
  }
  Job file;
  file.path = path;
  file.output_name = JsonName(BaseName(path));
  file.file_to_read = path;
  pending_.push_back(std::move(file));
  return false;
}

void InputStream::ExpandFolder(const std::string& root) {
  std::vector<std::string> relatives;
  std::error_code ec;
  const auto opts = fs::directory_options::skip_permission_denied;
  for (fs::recursive_directory_iterator it(root, opts, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code type_ec;
    if (!it->is_regular_file(type_ec)) continue;
    const std::string rel = fs::relative(it->path(), root, type_ec).generic_string();
    if (MatchesAny(options_.globs, rel)) relatives.push_back(rel);
  }
  if (ec) {
    pending_.push_back(FailedJob(root, "io.unreadable", "cannot read folder: " + ec.message()));
  }
  std::sort(relatives.begin(), relatives.end(), std::greater<>());   // popped from the back
  const std::string prefix = root.back() == '/' ? root : root + "/";
  for (const std::string& rel : relatives) {
    Job job;
    job.path = prefix + rel;
    job.output_name = JsonName(rel);
    job.file_to_read = job.path;
    pending_.push_back(std::move(job));
  }
}

void InputStream::StartJsonl(std::FILE* source, const std::string& path) {
  // setvbuf only before the stream's first read: stdin ("-" given twice) gets it once.
  static bool stdin_buffered = false;
  if (source == stdin && !stdin_buffered) {
    stdin_buffered = true;
    std::setvbuf(source, StdinBuffer(), _IOFBF, kJsonlReadBytes);
  } else if (source != nullptr && source != stdin) {
    if (!file_buffer_) file_buffer_ = std::make_unique_for_overwrite<char[]>(kJsonlReadBytes);
    std::setvbuf(source, file_buffer_.get(), _IOFBF, kJsonlReadBytes);
  }
  jsonl_ = source;
  jsonl_path_ = path;
  jsonl_line_ = 0;
}

bool InputStream::NextJsonlRecord(Job* job) {
  std::string_view line;
  while (jsonl_lines_.Next(jsonl_, &line)) {
    ++jsonl_line_;
    if (line.find_first_not_of(" \t\r\n") == std::string_view::npos) continue;
    FillJsonlJob(jsonl_parser_.Parse(line), job);
    return true;
  }
  if (jsonl_ != stdin) std::fclose(jsonl_);
  jsonl_ = nullptr;
  return false;
}

// The job of the record on line jsonl_line_ (nullopt: the line is not a JSON object).
void InputStream::FillJsonlJob(std::optional<JsonlRecord> record, Job* job) const {
  *job = Job{};
  job->path = jsonl_path_;
  const std::string where = "line " + std::to_string(jsonl_line_);
  const std::string stem = JsonName(BaseName(jsonl_path_ == "-" ? "stdin" : jsonl_path_));
  job->output_name = stem.substr(0, stem.size() - 5) + "-" + std::to_string(jsonl_line_) + ".json";
  if (!record) {
    job->error = Error{"jsonl.malformed", where + ": not a JSON object"};
    return;
  }
  job->id = std::move(record->id);
  if (job->id && !options_.output_dir.empty() && !IsSafeId(*job->id)) {
    job->error = Error{"jsonl.malformed", where + ": id cannot name an output file"};
  } else if (job->id) {
    job->output_name = *job->id + ".json";
  }
  job->reference_date = std::move(record->reference_date);
  if (job->error) {
  } else if (!record->text) {
    job->error = Error{"jsonl.missing_text", where + ": no \"text\" string"};
  } else if (!job->reference_date.empty() && !IsIsoDate(job->reference_date)) {
    job->error = Error{"jsonl.malformed", where + ": reference_date is not YYYY-MM-DD"};
  } else {
    job->text = std::move(*record->text);
  }
}

}  // namespace prextract::cli
