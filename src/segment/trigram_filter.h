// A line's byte trigrams in a small Bloom-style set. The furniture detectors look for
// each of a hundred lexicon phrases in every body line; asking the filter first skips the
// phrases whose trigrams the line lacks, which is nearly all of them. A "no" is certain
// (the phrase is not a substring); a "maybe" still needs the real search.
#ifndef PREXTRACT_SEGMENT_TRIGRAM_FILTER_H_
#define PREXTRACT_SEGMENT_TRIGRAM_FILTER_H_

#include <array>
#include <cstdint>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prextract::internal {

class PhraseSet;

class TrigramFilter {
 public:
  static constexpr std::size_t kSlots = 4096;   // every slot a trigram hashes to is below this

  explicit TrigramFilter(std::string_view text);

  /// Makes this the filter of `text` instead, without clearing the table (a reader that
  /// filters every body line keeps one filter for all of them).
  void Reset(std::string_view text);

  /// False only when `phrase` cannot occur in the text (phrases under three bytes: true).
  bool MayContain(std::string_view phrase) const;

  /// False only when no phrase of `set` of three bytes or more can occur in the text.
  bool MayContainAnyLong(const PhraseSet& set) const;

  /// False only when the text holds no byte from 0x80: read in the same pass as the
  /// trigrams, so that a rule about non-ASCII letters skips the many plain ASCII lines
  /// without a pass of its own.
  bool MayHoldNonAscii() const { return non_ascii_; }

  /// The bits a phrase's trigrams set, in order.
  static std::vector<std::uint16_t> SlotsOf(std::string_view phrase);

 private:
  static std::size_t Slot(const char* p);
  void Add(std::string_view text);
  bool Has(std::size_t slot) const { return stamp_[slot] == generation_; }
  // A byte per slot, not a bit: setting one takes a single store, and every byte of every
  // body line sets one. A slot is set when it holds the current generation, so a Reset
  // clears the 4 KB (as costly as a line of a hundred bytes) only when generations run out.
  std::array<std::uint8_t, kSlots> stamp_{};
  std::uint8_t generation_ = 1;
  bool non_ascii_ = false;
};

/// A fixed list of phrases asked of many filters (a detector's cues, asked of every body
/// line), with each phrase's trigram slots worked out once instead of at every asking.
class PhraseSet {
 public:
  /// Phrases of three bytes or more (each as TrigramFilter::SlotsOf) under one slot that all
  /// of them set. Cue lists are variants of a few words ("creative commons", "cc by"...) that
  /// share trigrams: a filter lacking a group's key rules the whole group out in one test.
  struct Group {
    std::uint16_t key;
    // Another slot all of them set (`key` when they share no other): a line that sets the
    // most shared slot by chance seldom sets this one too.
    std::uint16_t second_key;
    std::vector<std::vector<std::uint16_t>> phrases;
  };

  explicit PhraseSet(const std::vector<std::string>& phrases);

  const std::vector<std::string>& short_phrases() const { return short_; }
  const std::vector<Group>& groups() const { return groups_; }

 private:
  std::vector<std::string> short_;   // under three bytes: searched for
  std::vector<Group> groups_;
};

/// False only when no phrase of `phrases` occurs in `text`, the text `filter` was built from:
/// phrases of three bytes or more are ruled out by the filter, shorter ones searched for.
bool MayHoldAny(std::string_view text, const TrigramFilter& filter, const std::vector<std::string>& phrases);

/// A line lower-cased once, with its trigram filter. Several furniture detectors ask of the
/// same body line whether it may hold one of their cue phrases; each lowering the line and
/// building a filter of its own was the segmenter's largest repeated cost.
class LowerLine {
 public:
  /// `lowered`: AsciiLower(line) when the caller has it (a part of a text lowered once; it
  /// must outlive this); empty: the line makes its own copy.
  /// `reuse`: a filter to Reset to this line (it must outlive this and serve no other
  /// LowerLine meanwhile); null: the line builds its own.
  explicit LowerLine(std::string_view line, std::string_view lowered = {}, TrigramFilter* reuse = nullptr);
  LowerLine(const LowerLine&) = delete;
  LowerLine& operator=(const LowerLine&) = delete;

  /// The lower-case form of line.substr(offset, size) (ASCII lowering keeps every offset).
  std::string_view Part(std::size_t offset, std::size_t size) const;

  /// False only when no phrase of `phrases` (lower case) occurs in the line.
  bool MayHoldAny(const std::vector<std::string>& phrases) const;
  bool MayHoldAny(const PhraseSet& phrases) const;

  /// False only when `phrase` (lower case) does not occur in the line (under three bytes:
  /// true). A detector that searches a line for each of many phrases asks this first.
  bool MayHold(std::string_view phrase) const;

  /// False only when the line holds no byte from 0x80 (TrigramFilter::MayHoldNonAscii).
  bool MayHoldNonAscii() const { return filter_->MayHoldNonAscii(); }

 private:
  std::string own_lower_;
  std::string_view lower_;   // the caller's lowered line or own_lower_
  std::optional<TrigramFilter> own_filter_;
  const TrigramFilter* filter_;   // the caller's reused filter or own_filter_
};

}  // namespace prextract::internal

#endif  // PREXTRACT_SEGMENT_TRIGRAM_FILTER_H_
