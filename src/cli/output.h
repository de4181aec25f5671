// Where results go: stdout (one JSON document or JSON Lines) or one file each under -o.
#ifndef PREXTRACT_CLI_OUTPUT_H_
#define PREXTRACT_CLI_OUTPUT_H_

#include <optional>
#include <span>
#include <string>

#include "prextract/release.h"

namespace prextract::cli {

enum class WriteStatus { kOk, kFailed, kClosedPipe };

/// Writes `data` to stdout whole; kClosedPipe when the reader went away (| head).
WriteStatus WriteStdout(const std::string& data, std::string* error);

/// Writes `parts` to stdout one after another, in as few system calls as it can.
WriteStatus WriteStdout(std::span<const std::string> parts, std::string* error);

/// Writes `parts` to `fd` whole, however the system cuts the writes; false with errno set.
bool WritePartsTo(int fd, std::span<const std::string> parts);

/// Writes `data` to dir/relative through a temporary file and a rename, so the final
/// name never holds a partial file. Creates missing folders.
bool WriteFileAtomically(const std::string& dir, const std::string& relative,
                         const std::string& data, std::string* error);

/// Removes the temporary files still being written (from a signal handler).
void RemovePendingTempFiles();

}  // namespace prextract::cli

#endif  // PREXTRACT_CLI_OUTPUT_H_
