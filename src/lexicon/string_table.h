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

}  // namespace prextract::internal

#endif  // PREXTRACT_LEXICON_STRING_TABLE_H_
