// A filter that rules out, in a few instructions, most words that are not in a set: the
// scanners probe lexicons word by word, and most words are in none.
#ifndef PREXTRACT_LEXICON_WORD_FILTER_H_
#define PREXTRACT_LEXICON_WORD_FILTER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace prextract::internal {

/// A filter over a set of words that answers "certainly not in the set" for almost every other
/// word at the cost of a few instructions: a bit per (first byte, middle byte, last byte, length)
/// shape. Most words probed against a lexicon are in none of its phrases; the filter spares them
/// the hash lookup.
class WordFilter {
 public:
  void Add(std::string_view word) { bits_[Shape(word) / 64] |= std::uint64_t{1} << (Shape(word) % 64); }
  bool MayHold(std::string_view word) const { return MayHoldShape(Shape(word)); }

  /// A word's shape, for a caller that probes several filters with one word: computed once,
  /// it answers MayHoldShape in every filter. MayHoldShape(Shape(w)) == MayHold(w).
  static std::uint16_t Shape(std::string_view w) { return w.empty() ? 0 : ShapeOf(w.data(), w.size()); }

  /// Shape of the word of `size` > 0 bytes at `word`, for a tokenizer that knows its words
  /// hold a byte: the hash ((first * 31 + middle) * 31 + last) * 31 + size, its products
  /// multiplied out.
  static std::uint16_t ShapeOf(const char* word, std::size_t size) {
    const auto byte = [](char c) { return static_cast<std::size_t>(static_cast<unsigned char>(c)); };
    const std::size_t h = byte(word[0]) * (31 * 31 * 31) + byte(word[size / 2]) * (31 * 31) +
                          byte(word[size - 1]) * 31 + size;
    return static_cast<std::uint16_t>(h % kBits);
  }
  bool MayHoldShape(std::uint16_t shape) const { return bits_[shape / 64] >> (shape % 64) & 1; }

 private:
  static constexpr std::size_t kBits = 1 << 14;
  static_assert(kBits <= 1 << 16, "a shape must fit 16 bits");
  std::uint64_t bits_[kBits / 64] = {};
};

}  // namespace prextract::internal

#endif  // PREXTRACT_LEXICON_WORD_FILTER_H_
