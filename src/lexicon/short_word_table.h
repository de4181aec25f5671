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

#include "lexicon/probe_slots.h"

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
    slots_.Reserve([](const Slot& s) { return Hash(s.packed, s.size); });
    const std::uint64_t packed = PackShortWord(word);
    const auto size = static_cast<std::uint32_t>(word.size());
    Slot* slot = slots_.Probe(Hash(packed, size), Holds{packed, size});
    if (slot->Empty()) slots_.Filled();
    *slot = Slot{packed, size, value};
  }

  /// The value of `word`, or nullptr; any word may be asked.
  const V* Find(std::string_view word) const {
    if (!Fits(word) || slots_.empty()) return nullptr;
    const std::uint64_t packed = PackShortWord(word);
    const auto size = static_cast<std::uint32_t>(word.size());
    const Slot* slot = slots_.Probe(Hash(packed, size), Holds{packed, size});
    return slot->Empty() ? nullptr : &slot->value;
  }

 private:
  struct Slot {
    std::uint64_t packed = 0;
    std::uint32_t size = 0;   // 0: empty, as no key is
    V value{};
    bool Empty() const { return size == 0; }
  };

  static std::uint64_t Hash(std::uint64_t packed, std::uint32_t size) { return packed + size; }
  struct Holds {   // the slot of the word packed in `packed`, of `size` bytes
    std::uint64_t packed;
    std::uint32_t size;
    bool operator()(const Slot& s) const { return s.packed == packed && s.size == size; }
  };

  ProbeSlots<Slot> slots_;
};

}  // namespace prextract::internal

#endif  // PREXTRACT_LEXICON_SHORT_WORD_TABLE_H_
