// libFuzzer target over the command line's JSONL reader (src/cli/inputs.cc): the input
// is a JSONL stream; every record it yields goes through Extract() and the JSON writer,
// as the command line does. The stream is handed over as an in-memory file.
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "cli/inputs.h"
#include "cli/options.h"
#include "fuzz/invariants.h"
#include "prextract/extract.h"

namespace {

void Die(const std::string& what) {
  std::fprintf(stderr, "prextract jsonl fuzz: %s\n", what.c_str());
  std::abort();
}

void Consume(prextract::cli::Job job) {
  if (job.error) {
    if (job.error->code.rfind("jsonl.", 0) != 0 && job.error->code.rfind("io.", 0) != 0) {
      Die("unexpected error code " + job.error->code);
    }
    return;
  }
  prextract::Options options;
  if (job.id) {
    options.source_id = *job.id;
    options.has_source_id = true;
  }
  options.reference_date = job.reference_date;
  const prextract::Release release = prextract::Extract(job.text, options);
  const std::string problem = prextract::fuzz::InvariantChecker(release).Check();
  if (!problem.empty()) Die("invariant broken: " + problem);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const int fd = memfd_create("jsonl", MFD_CLOEXEC);
  if (fd < 0) Die("memfd_create failed");
  for (std::size_t done = 0; done < size;) {
    const ssize_t n = write(fd, data + done, size - done);
    if (n <= 0) Die("write to memfd failed");
    done += static_cast<std::size_t>(n);
  }
  prextract::cli::CliOptions options;
  options.input_format = prextract::cli::InputFormat::kJsonl;
  options.paths = {"/proc/self/fd/" + std::to_string(fd)};
  {
    prextract::cli::InputStream inputs(options);
    prextract::cli::Job job;
    std::size_t lines = 0;
    while (inputs.Next(&job)) {
      if (++lines > size + 1) Die("more records than lines");
      Consume(std::move(job));
    }
  }
  close(fd);
  return 0;
}
