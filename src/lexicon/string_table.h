// Hash sets and maps keyed by std::string that a std::string_view can look up without
// building a string first (C++20 heterogeneous lookup): the scanners probe lexicons with
// views into the text, once per token, and an allocation per probe dominated their cost.
#ifndef PREXTRACT_LEXICON_STRING_TABLE_H_
#define PREXTRACT_LEXICON_STRING_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>

#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>

namespace prextract::internal {

/// A multiply-rotate hash over 8-byte words. Lexicon keys are short words and phrases, and
/// every token probes several tables, so the hash itself was the scanners' largest single
/// cost with std::hash (a byte-wise Murmur with out-of-line calls). The final fold brings the
/// product's well-mixed high bits down: the tables below take both their probe position and
/// their one-byte tags from the hash.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const {
    const char* p = s.data();
    const std::size_t n = s.size();
    std::uint64_t h = n * 0x9E3779B97F4A7C15ULL;
    if (n >= 8) {
      for (std::size_t i = 0; i + 8 <= n; i += 8) h = Mix(h, Load64(p + i));
      if (n % 8 != 0) h = Mix(h, Load64(p + n - 8));   // the tail, overlapping the last word
    } else if (n >= 4) {
      h = Mix(h, Load32(p) << 32 | Load32(p + n - 4));
    } else if (n > 0) {
      h = Mix(h, static_cast<std::uint64_t>(Byte(p[0])) << 16 | Byte(p[n / 2]) << 8 | Byte(p[n - 1]));
    }
    return static_cast<std::size_t>(h ^ (h >> 29));
  }

 private:
  static std::uint64_t Byte(char c) noexcept { return static_cast<unsigned char>(c); }
  static std::uint64_t Load64(const char* p) noexcept {
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    return word;
  }
  static std::uint64_t Load32(const char* p) noexcept {
    std::uint32_t word;
    std::memcpy(&word, p, sizeof word);
    return word;
  }
  static std::uint64_t Mix(std::uint64_t h, std::uint64_t word) noexcept {
    return ((h << 5 | h >> 59) ^ word) * 0x517CC1B727220A95ULL;
  }
};

// Open-addressing tables (Abseil's, already linked through libphonenumber): a probe reads one
// group of tag bytes and then the slot, where std::unordered_* chased a bucket pointer to a
// node, and those cache misses made lexicon look-ups about a tenth of the run time. Their
// iteration order differs from run to run, so nothing may depend on it: tables are built and
// probed, and walks over them only compute order-free things (unions, maxima, bit sets). They
// also move their entries as they grow: pointers into a table are taken once it is complete.
using StringSet = absl::flat_hash_set<std::string, StringHash, std::equal_to<>>;
template <typename V>
using StringMap = absl::flat_hash_map<std::string, V, StringHash, std::equal_to<>>;

/// Inserts every word prefix of `phrase` ("secretary", "secretary of", "secretary of state",
/// words split at single spaces), the phrase included: scanners grow a key word by word and
/// stop as soon as it begins no phrase.
inline void AddWordPrefixes(const std::string& phrase, StringSet* prefixes) {
  for (std::size_t space = phrase.find(' '); space != std::string::npos; space = phrase.find(' ', space + 1)) {
    prefixes->insert(phrase.substr(0, space));
  }
  prefixes->insert(phrase);
}

}  // namespace prextract::internal

#endif  // PREXTRACT_LEXICON_STRING_TABLE_H_
