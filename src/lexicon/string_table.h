// Hash sets and maps keyed by std::string that a std::string_view can look up without
// building a string first (C++20 heterogeneous lookup): the scanners probe lexicons with
// views into the text, once per token, and an allocation per probe dominated their cost.
#ifndef PREXTRACT_LEXICON_STRING_TABLE_H_
#define PREXTRACT_LEXICON_STRING_TABLE_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace prextract::internal {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

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
