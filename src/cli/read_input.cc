#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "cli/inputs.h"

namespace prextract::cli {
namespace {

Error ErrnoError(int err, const std::string& what) {
  if (err == ENOENT || err == ENOTDIR) return Error{"io.not_found", "no such file"};
  if (err == EISDIR) return Error{"io.is_directory", "is a folder (use -r to read folders)"};
  return Error{"io.unreadable", what + ": " + std::strerror(err)};
}

Error TooLarge(std::size_t max_bytes) {
  return Error{"input.too_large", "input is over --max-input-bytes (" + std::to_string(max_bytes) + ")"};
}

// Reads until EOF, failing once more than `max_bytes` arrived.
std::optional<Error> ReadStream(std::FILE* f, std::size_t max_bytes, std::string* out) {
  char buffer[1 << 16];
  while (true) {
    const std::size_t n = std::fread(buffer, 1, sizeof buffer, f);
    if (n == 0) break;
    if (out->size() + n > max_bytes) return TooLarge(max_bytes);
    out->append(buffer, n);
  }
  if (std::ferror(f)) return ErrnoError(errno, "read failed");
  return std::nullopt;
}

}  // namespace

std::optional<Error> ReadInput(const std::string& path, std::size_t max_bytes, std::string* out) {
  out->clear();
  if (path == "-") return ReadStream(stdin, max_bytes, out);
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return ErrnoError(errno, "cannot open");
  if (S_ISDIR(st.st_mode)) return ErrnoError(EISDIR, "");
  if (S_ISREG(st.st_mode) && static_cast<std::uint64_t>(st.st_size) > max_bytes) {
    return TooLarge(max_bytes);
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return ErrnoError(errno, "cannot open");
  if (S_ISREG(st.st_mode)) out->reserve(static_cast<std::size_t>(st.st_size));
  std::optional<Error> error = ReadStream(f, max_bytes, out);
  std::fclose(f);
  if (error) out->clear();
  return error;
}

std::string JsonName(const std::string& relative) {
  const std::size_t slash = relative.rfind('/');
  const std::size_t dot = relative.rfind('.');
  const bool has_ext = dot != std::string::npos && dot > 0 &&
                       (slash == std::string::npos || dot > slash + 1);
  return (has_ext ? relative.substr(0, dot) : relative) + ".json";
}

bool InputsNeverBlock(const CliOptions& options) {
  for (const std::string& path : options.paths) {
    struct stat st {};
    const int rc = path == "-" ? ::fstat(STDIN_FILENO, &st) : ::stat(path.c_str(), &st);
    if (rc == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) return false;
  }
  return true;
}

}  // namespace prextract::cli
