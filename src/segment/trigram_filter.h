// A line's byte trigrams in a small Bloom-style bit set. The furniture detectors look for
// each of a hundred lexicon phrases in every body line; asking the filter first skips the
// phrases whose trigrams the line lacks, which is nearly all of them. A "no" is certain
// (the phrase is not a substring); a "maybe" still needs the real search.
#ifndef PREXTRACT_SEGMENT_TRIGRAM_FILTER_H_
#define PREXTRACT_SEGMENT_TRIGRAM_FILTER_H_

#include <array>
#include <cstdint>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace prextract::internal {

class PhraseSet;

class TrigramFilter {
 public:
  explicit TrigramFilter(std::string_view text);

  /// False only when `phrase` cannot occur in the text (phrases under three bytes: true).
  bool MayContain(std::string_view phrase) const;

  /// False only when no phrase of `set` of three bytes or more can occur in the text.
  bool MayContainAnyLong(const PhraseSet& set) const;

  /// The bits a phrase's trigrams set, in order.
  static std::vector<std::uint16_t> SlotsOf(std::string_view phrase);

 private:
  static std::size_t Slot(const char* p);
  bool Has(std::size_t slot) const { return (words_[slot >> 6] & (std::uint64_t{1} << (slot & 63))) != 0; }
  void Set(std::size_t slot) { words_[slot >> 6] |= std::uint64_t{1} << (slot & 63); }
  std::array<std::uint64_t, 64> words_{};   // 4096 bits
};

/// A fixed list of phrases asked of many filters (a detector's cues, asked of every body
/// line), with each phrase's trigram slots worked out once instead of at every asking.
class PhraseSet {
 public:
  explicit PhraseSet(const std::vector<std::string>& phrases);

  const std::vector<std::string>& short_phrases() const { return short_; }
  const std::vector<std::vector<std::uint16_t>>& long_slots() const { return long_slots_; }

 private:
  std::vector<std::string> short_;                       // under three bytes: searched for
  std::vector<std::vector<std::uint16_t>> long_slots_;   // the others, as TrigramFilter::SlotsOf
};

/// False only when no phrase of `phrases` occurs in `text`, the text `filter` was built from:
/// phrases of three bytes or more are ruled out by the filter, shorter ones searched for.
bool MayHoldAny(std::string_view text, const TrigramFilter& filter, const std::vector<std::string>& phrases);

/// A line lower-cased once, with its trigram filter. Several furniture detectors ask of the
/// same body line whether it may hold one of their cue phrases; each lowering the line and
/// building a filter of its own was the segmenter's largest repeated cost.
class LowerLine {
 public:
  explicit LowerLine(std::string_view line);

  /// The lower-case form of line.substr(offset, size) (ASCII lowering keeps every offset).
  std::string_view Part(std::size_t offset, std::size_t size) const;

  /// False only when no phrase of `phrases` (lower case) occurs in the line.
  bool MayHoldAny(const std::vector<std::string>& phrases) const;
  bool MayHoldAny(const PhraseSet& phrases) const;

  /// False only when `phrase` (lower case) does not occur in the line (under three bytes:
  /// true). A detector that searches a line for each of many phrases asks this first.
  bool MayHold(std::string_view phrase) const;

 private:
  std::string lower_;
  TrigramFilter filter_;
};

}  // namespace prextract::internal

#endif  // PREXTRACT_SEGMENT_TRIGRAM_FILTER_H_
