#include "cli/output.h"

#include <fcntl.h>
#include <limits.h>
#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

namespace prextract::cli {
namespace {

// Temporary files in flight, one slot per writer thread, readable from a signal
// handler (fixed-size C strings, no allocation there).
constexpr std::size_t kSlots = 64;
constexpr std::size_t kPathMax = 4096;
std::array<std::array<char, kPathMax>, kSlots> g_temp_paths{};
std::array<std::atomic<bool>, kSlots> g_temp_used{};

int ClaimSlot(const std::string& path) {
  if (path.size() >= kPathMax) return -1;
  for (std::size_t i = 0; i < kSlots; ++i) {
    bool expected = false;
    if (g_temp_used[i].compare_exchange_strong(expected, true)) {
      std::memcpy(g_temp_paths[i].data(), path.c_str(), path.size() + 1);
      return static_cast<int>(i);
    }
  }
  return -1;
}

void ReleaseSlot(int slot) {
  if (slot >= 0) g_temp_used[slot].store(false);
}

bool WriteAll(int fd, const std::string& data) {
  std::size_t done = 0;
  while (done < data.size()) {
    const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n == 0) errno = EIO;   // no progress and no errno: report it as an I/O error
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

// Skips the first `done` bytes of `iov`, dropping the pieces written whole.
void Advance(std::size_t done, std::vector<iovec>* iov, std::size_t* first) {
  while (done > 0 && done >= (*iov)[*first].iov_len) done -= (*iov)[(*first)++].iov_len;
  if (done == 0) return;
  (*iov)[*first].iov_base = static_cast<char*>((*iov)[*first].iov_base) + done;
  (*iov)[*first].iov_len -= done;
}

WriteStatus StatusOf(bool written, std::string* error) {
  if (written) return WriteStatus::kOk;
  if (errno == EPIPE) return WriteStatus::kClosedPipe;
  *error = std::strerror(errno);
  return WriteStatus::kFailed;
}

}  // namespace

bool WritePartsTo(int fd, std::span<const std::string> parts) {
  std::vector<iovec> iov;
  for (const std::string& part : parts) {
    if (!part.empty()) iov.push_back(iovec{const_cast<char*>(part.data()), part.size()});
  }
  std::size_t first = 0;
  while (first < iov.size()) {
    const int count = static_cast<int>(std::min<std::size_t>(iov.size() - first, IOV_MAX));
    const ssize_t n = ::writev(fd, iov.data() + first, count);
    if (n < 0 && errno == EINTR) continue;
    if (n == 0) errno = EIO;   // no progress and no errno: report it as an I/O error
    if (n <= 0) return false;
    Advance(static_cast<std::size_t>(n), &iov, &first);
  }
  return true;
}

WriteStatus WriteStdout(const std::string& data, std::string* error) {
  return StatusOf(WriteAll(STDOUT_FILENO, data), error);
}

WriteStatus WriteStdout(std::span<const std::string> parts, std::string* error) {
  return StatusOf(WritePartsTo(STDOUT_FILENO, parts), error);
}

bool WriteFileAtomically(const std::string& dir, const std::string& relative,
                         const std::string& data, std::string* error) {
  namespace fs = std::filesystem;
  const fs::path target = fs::path(dir) / relative;
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  std::string temp_name = ".";
  temp_name += target.filename().string();
  temp_name += ".tmp";
  temp_name += std::to_string(::getpid());
  const std::string temp = (target.parent_path() / temp_name).string();
  const int slot = ClaimSlot(temp);
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  // Keep the errno of the first step that failed: later calls overwrite it.
  int failed_errno = 0;
  if (fd < 0 || !WriteAll(fd, data)) failed_errno = errno;
  if (fd >= 0 && ::close(fd) != 0 && failed_errno == 0) failed_errno = errno;
  if (failed_errno == 0 && std::rename(temp.c_str(), target.c_str()) != 0) failed_errno = errno;
  const bool ok = failed_errno == 0;
  if (!ok) {
    *error = target.string() + ": " + std::strerror(failed_errno);
    ::unlink(temp.c_str());
  }
  ReleaseSlot(slot);
  return ok;
}

void RemovePendingTempFiles() {
  for (std::size_t i = 0; i < kSlots; ++i) {
    if (g_temp_used[i].load()) ::unlink(g_temp_paths[i].data());
  }
}

}  // namespace prextract::cli
