// Searching a whole text for a few fixed phrases by a rare byte of each. A phrase sought
// with std::string_view::find stops at every occurrence of its first byte, often a capital
// that opens many words; its rarest byte stops the search far less often, and one pass
// for a byte serves every phrase anchored at it.
#ifndef PREXTRACT_SEGMENT_ANCHORED_SEARCH_H_
#define PREXTRACT_SEGMENT_ANCHORED_SEARCH_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace prextract::internal {

/// The offset in `pattern` of its byte least often met in English prose (a rare capital or
/// symbol before a common capital, any capital before a lower-case letter, a space last).
std::size_t AnchorOf(std::string_view pattern);

/// A fixed list of phrases (views: the strings must outlive the list), all sought at once.
class AnchoredPhrases {
 public:
  explicit AnchoredPhrases(std::vector<std::string_view> phrases);

  /// The least index of a phrase that occurs in `text`, or npos when none does: the same
  /// as trying text.find(phrase) for each phrase in order.
  std::size_t FirstIn(std::string_view text) const;

 private:
  bool Matches(std::string_view text, std::size_t at, std::size_t phrase) const;
  // Checks the phrases anchored at text[at]; lowers *best to the least that matches.
  void CheckAnchor(std::string_view text, std::size_t at, std::size_t* best) const;

  std::vector<std::string_view> phrases_;
  std::vector<std::size_t> anchors_;                            // AnchorOf each phrase
  std::vector<unsigned char> anchor_bytes_;                     // distinct, by first use
  std::array<std::vector<std::uint16_t>, 256> by_anchor_byte_;  // phrase indexes, ascending
  bool has_empty_ = false;
  std::size_t first_empty_ = 0;
};

}  // namespace prextract::internal

#endif  // PREXTRACT_SEGMENT_ANCHORED_SEARCH_H_
