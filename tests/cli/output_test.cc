#include "cli/output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "cli/inputs.h"

namespace prextract::cli {
namespace {

// Reads `fd` to its end on another thread, so a pipe's writer is never stuck.
std::string Drain(int fd) {
  std::string got;
  char buffer[4096];
  ssize_t n;
  while ((n = ::read(fd, buffer, sizeof buffer)) > 0) got.append(buffer, static_cast<std::size_t>(n));
  return got;
}

// Parts arrive whole and in order, whatever their sizes: empty ones, more than a pipe
// holds (partial writes), more parts than one writev takes (IOV_MAX).
TEST(WritePartsToTest, EveryByteInOrder) {
  const std::vector<std::vector<std::string>> cases = {
      {},
      {"", "a", ""},
      {"one\n", "two\n"},
      {std::string(200000, 'x'), "y", std::string(70000, 'z')},
      std::vector<std::string>(3000, "record\n"),
  };
  for (const std::vector<std::string>& parts : cases) {
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    std::string got;
    std::thread reader([&] { got = Drain(fds[0]); });
    EXPECT_TRUE(WritePartsTo(fds[1], parts));
    ::close(fds[1]);
    reader.join();
    ::close(fds[0]);
    std::string want;
    for (const std::string& p : parts) want += p;
    EXPECT_EQ(got, want) << parts.size() << " parts";
  }
}

TEST(WritePartsToTest, FailsWithErrnoWhenTheDeviceIsFull) {
  const int fd = ::open("/dev/full", O_WRONLY);
  if (fd < 0) GTEST_SKIP() << "no /dev/full";
  errno = 0;
  EXPECT_FALSE(WritePartsTo(fd, std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(errno, ENOSPC);
  ::close(fd);
}

// Regular files and folders never wait for a writer; a pipe or FIFO may.
TEST(InputsNeverBlockTest, OnlyFilesAndFolders) {
  const std::string dir = ::testing::TempDir() + "/never_block";
  ::mkdir(dir.c_str(), 0755);
  const std::string file = dir + "/a.jsonl";
  std::FILE* f = std::fopen(file.c_str(), "w");
  ASSERT_NE(f, nullptr);
  std::fclose(f);
  const std::string fifo = dir + "/gate";
  ::unlink(fifo.c_str());
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0644), 0);
  const struct {
    std::vector<std::string> paths;
    bool never_block;
  } cases[] = {
      {{file}, true},
      {{dir, file}, true},
      {{dir + "/missing"}, true},   // an error record, nothing read
      {{file, fifo}, false},
  };
  for (const auto& c : cases) {
    CliOptions options;
    options.paths = c.paths;
    EXPECT_EQ(InputsNeverBlock(options), c.never_block) << c.paths.back();
  }
  ::unlink(fifo.c_str());
}

}  // namespace
}  // namespace prextract::cli
