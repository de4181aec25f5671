// A test over the bytes of a paragraph, far cheaper than tokenizing it, that tells most
// paragraphs without a date apart: the scanner runs only over the others.
#ifndef PREXTRACT_TEMPORAL_DATE_FILTER_H_
#define PREXTRACT_TEMPORAL_DATE_FILTER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "temporal/word_keys.h"

namespace prextract::internal {

class DateFilter {
 public:
  /// The process-wide filter, built once from the embedded lexicons. Thread-safe.
  static const DateFilter& Get();

  /// False when text[begin, end) holds no temporal expression: it holds no digit and no
  /// anchor word. Every expression the scanner finds holds one of these: a number, a
  /// capitalised month or weekday name, or a word of a phrase of a category that names a time
  /// by itself (a unit, a day word, a season, a set, a part of day, PRESENT_REF and the like);
  /// the other words ("the", "last", "about", "first") only go with those. A word is a run of
  /// ASCII letters, as the tokenizer reads it in valid UTF-8 (whose other bytes are none).
  /// REQUIRES: valid UTF-8; lower_text.size() == text.size() (AsciiLower).
  bool MayHoldDate(std::string_view text, std::string_view lower_text, std::size_t begin, std::size_t end) const;

 private:
  // A word that anchors, on conditions.
  struct Anchor {
    std::string word;                 // lower case
    bool capital_only = false;        // a month or weekday name, which opens a date only so
    std::vector<std::string> after;   // the words it anchors only after ("at this time"); empty: any
  };

  DateFilter();
  void Add(Anchor anchor);
  // MayHoldDate's test of the words, for a range with no digit: a word at a time, or (with
  // SSE2) sixty-four bytes at a time, their digits too.
  bool HoldsAnchor(std::string_view text, std::string_view lower_text, std::size_t begin, std::size_t end) const;
  bool HoldsDigitOrAnchor(std::string_view text, std::string_view lower_text, std::size_t begin,
                          std::size_t end) const;
  // Whether the word of `length` letters at lower_text[at] (`eight`: its first eight bytes as
  // loaded, and maybe more) anchors a date in the range from `begin`.
  bool WordAnchors(std::string_view text, std::string_view lower_text, std::size_t begin, std::size_t at,
                   std::size_t length, std::uint64_t eight) const {
    const std::uint64_t key = length >= 8 ? (length == 8 ? eight : eight | kLongWordBit)
                                          : eight & ((std::uint64_t{1} << (8 * length)) - 1);
    return bloom_[BloomSlot(key)] != 0 && Confirms(key, text, lower_text, begin, at, length);
  }
  // WordAnchors past the bloom filter, which lets through a few words that are no anchor.
  bool Confirms(std::uint64_t key, std::string_view text, std::string_view lower_text, std::size_t begin,
                std::size_t at, std::size_t length) const;
  // Most words are no anchor: a byte of their key's hash, clear for them, spares them the probe.
  static std::size_t BloomSlot(std::uint64_t key) {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> (64 - kBloomLog2));
  }

  static constexpr int kBloomLog2 = 12;
  std::uint8_t bloom_[std::size_t{1} << kBloomLog2] = {};
  // KeyOf each anchor -> its index in groups_: longer words share their first eight letters'.
  WordKeyTable groups_by_key_;
  std::vector<std::vector<Anchor>> groups_;
};

}  // namespace prextract::internal

#endif  // PREXTRACT_TEMPORAL_DATE_FILTER_H_
