// A read-mostly table of short words (at most eight bytes) whose probe costs a few loads, a
// multiply and one integer compare: the word's bytes packed in a 64-bit integer are the key,
// so there is neither a string hash nor a memcmp call. The scanners probe a lexicon with every
// token, and most tokens are short words ("the", "of", "in") that the lexicon does hold, which
// a bit filter cannot turn away.
#ifndef PREXTRACT_LEXICON_SHORT_WORD_TABLE_H_
#define PREXTRACT_LEXICON_SHORT_WORD_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace prextract::internal {

/// Every byte of a word of 1 to 8 bytes in one integer, which with the word's size tells
/// words apart: its first and last four bytes, which overlap in a word of fewer than eight,
/// or its first, middle and last byte. Read within the word, as it may end its buffer.
inline std::uint64_t PackShortWord(std::string_view word) {
  const auto load32 = [](const char* p) {
    std::uint32_t bytes;
    std::memcpy(&bytes, p, sizeof bytes);
    return std::uint64_t{bytes};
  };
  const auto byte = [](char c) { return std::uint64_t{static_cast<unsigned char>(c)}; };
  const char* p = word.data();
  const std::size_t n = word.size();
  if (n >= 4) return load32(p) << 32 | load32(p + n - 4);
  return byte(p[0]) << 16 | byte(p[n / 2]) << 8 | byte(p[n - 1]);
}

template <typename V>
class ShortWordTable {
 public:
  static constexpr std::size_t kMaxSize = 8;

  /// Whether `word` may be a key: 1 to kMaxSize bytes.
  static bool Fits(std::string_view word) { return !word.empty() && word.size() <= kMaxSize; }

  /// Adds `word` -> `value`, or replaces the value of a word already held. REQUIRES: Fits(word).
  void Insert(std::string_view word, V value) {
    if ((count_ + 1) * 4 > slots_.size()) Grow();   // a load under a quarter keeps probes short
    Slot* slot = SlotOf(PackShortWord(word), word.size());
    if (slot->size == 0) ++count_;
    *slot = Slot{PackShortWord(word), static_cast<std::uint32_t>(word.size()), value};
  }

  /// The value of `word`, or nullptr; any word may be asked.
  const V* Find(std::string_view word) const {
    if (!Fits(word) || slots_.empty()) return nullptr;
    const Slot* slot = SlotOf(PackShortWord(word), word.size());
    return slot->size == 0 ? nullptr : &slot->value;
  }

 private:
  struct Slot {
    std::uint64_t packed = 0;
    std::uint32_t size = 0;   // 0: empty, as no key is
    V value{};
  };

  // The slot holding the word, or the empty slot where it would go (linear probing).
  Slot* SlotOf(std::uint64_t packed, std::size_t size) {
    return const_cast<Slot*>(static_cast<const ShortWordTable*>(this)->SlotOf(packed, size));
  }
  const Slot* SlotOf(std::uint64_t packed, std::size_t size) const {
    std::size_t k = static_cast<std::size_t>(((packed + size) * 0x9E3779B97F4A7C15ULL) >> shift_);
    while (slots_[k].size != 0 && (slots_[k].packed != packed || slots_[k].size != size)) k = (k + 1) & mask_;
    return &slots_[k];
  }

  void Grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.resize(old.empty() ? 64 : old.size() * 2);
    mask_ = slots_.size() - 1;
    shift_ = 64;
    for (std::size_t n = slots_.size(); n > 1; n >>= 1) --shift_;   // the top log2(size) bits
    for (const Slot& s : old) {
      if (s.size != 0) *SlotOf(s.packed, s.size) = s;
    }
  }

  std::vector<Slot> slots_;   // a power of two of them, at least one always empty
  std::size_t mask_ = 0;      // slots_.size() - 1, kept: the size is a division away
  int shift_ = 64;
  std::size_t count_ = 0;
};

}  // namespace prextract::internal

#endif  // PREXTRACT_LEXICON_SHORT_WORD_TABLE_H_
