#include "inputs.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace prextract::bench {
namespace {

std::string& Dir() {
  static std::string dir = [] {
    const char* env = std::getenv("PREXTRACT_BENCH_CORPUS");
    return std::string(env != nullptr && *env != '\0' ? env : "/work/shared/corpus/dev");
  }();
  return dir;
}

std::vector<std::string> ReadReleases(const std::string& dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> paths;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ".txt") paths.push_back(it->path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> texts;
  for (const std::string& p : paths) {
    std::ifstream in(p, std::ios::binary);
    texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  return texts;
}

// Sentences in the shape of the corpus: each exercises a different extractor.
constexpr std::array<const char*, 8> kSentences = {
    "On May 25, 2023, Vice Minister Joo Young-chang of the Ministry of Science and ICT (MSIT) "
    "met German Federal Minister Bettina Stark-Watzinger in Berlin, Germany.",
    "The two sides signed a Memorandum of Understanding on quantum technology and agreed to "
    "hold the Joint Committee in the second half of this year.",
    "\"We will continue practical discussions (including on semiconductors [and AI]) to "
    "materialize the partnership,\" said Senator Daniel K. Akaka (D-Hawaii).",
    "The U.S. Department of Justice announced on Tuesday that a federal grand jury in "
    "Honolulu returned a 12-count indictment on March 3, 2024.",
    "France, Japan and the Republic of Korea will co-host the forum from June 3 to June 5, "
    "2025, at 2:00 p.m. local time, every year for the next three years.",
    "Prime Minister Kishida Fumio and President Yoon Suk Yeol discussed supply chains during "
    "the summit at the Presidential Office in Seoul last week.",
    "The Ministry of Economy and Finance (MOEF) will provide KRW 1.2 trillion in FY2025 to "
    "small businesses affected by the floods of the 1990s.",
    "Applications are open until the end of Q3 2024; the award ceremony follows in autumn.",
};

}  // namespace

void TakeCorpusArgument(int* argc, char** argv) {
  constexpr std::string_view kFlag = "--corpus=";
  int out = 1;
  for (int i = 1; i < *argc; ++i) {
    if (std::strncmp(argv[i], kFlag.data(), kFlag.size()) == 0) {
      Dir() = argv[i] + kFlag.size();
    } else {
      argv[out++] = argv[i];
    }
  }
  *argc = out;
}

const std::string& CorpusDir() { return Dir(); }

const std::vector<std::string>& CorpusReleases() {
  static const std::vector<std::string> releases = ReadReleases(Dir());
  return releases;
}

std::string SyntheticRelease(std::size_t bytes, bool one_line) {
  std::string text = "Home > News & Notice > Press Releases\n\nMinistries agree on cooperation\n\n";
  const char* paragraph_break = one_line ? "  " : "\n\n";
  for (std::size_t i = 0; text.size() < bytes; ++i) {
    text += kSentences[i % kSentences.size()];
    text += (i % 3 == 2) ? paragraph_break : " ";
    if (i % 40 == 39) {
      text += "For further information, contact the Public Relations Division (+82-44-202-4033, "
              "press@msit.go.kr).";
      text += paragraph_break;
    }
  }
  return text;
}

}  // namespace prextract::bench
