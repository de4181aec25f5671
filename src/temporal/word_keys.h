// Short lower-case words keyed by their bytes in one integer, the way the temporal tokenizer
// holds a word while it reads it: the tokenizer marks each word with its id in the temporal
// vocabulary at the cost of one multiply and one compare, so that the scanner turns most words
// of prose away by a field of their token instead of a lookup of their text.
#ifndef PREXTRACT_TEMPORAL_WORD_KEYS_H_
#define PREXTRACT_TEMPORAL_WORD_KEYS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lexicon/probe_slots.h"

namespace prextract::internal {

/// A word that is no key of the table.
inline constexpr std::uint32_t kNoWordId = 0xFFFFFFFF;

/// The bytes of `word` (1 to 8 of them, none 0), the first in the lowest byte: what a
/// little-endian load of the word's bytes gives, the bytes past its end cleared.
inline std::uint64_t WordKey(std::string_view word) {
  std::uint64_t key = 0;
  for (std::size_t k = 0; k < word.size() && k < 8; ++k) {
    key |= std::uint64_t{static_cast<unsigned char>(word[k])} << (8 * k);
  }
  return key;
}

/// Set in the key of a longer word's first eight bytes (LongWordKey): no key of ASCII bytes has it.
inline constexpr std::uint64_t kLongWordBit = std::uint64_t{1} << 63;

/// The key under which a word of more than eight bytes is found by its first eight.
inline std::uint64_t LongWordKey(std::string_view word) { return WordKey(word.substr(0, 8)) | kLongWordBit; }

class WordKeyTable {
 public:
  static constexpr std::size_t kMaxSize = 8;

  WordKeyTable() { slots_.Reserve(KeyOfSlot); }   // never empty: Find needs no test for it

  /// The key `word` is held under: WordKey, or LongWordKey for a word of more than kMaxSize bytes.
  static std::uint64_t KeyOf(std::string_view word) {
    return word.size() > kMaxSize ? LongWordKey(word) : WordKey(word);
  }

  /// Adds `word` -> `id` under KeyOf(word) (words that share their first eight bytes share
  /// the entry, which keeps the last id). REQUIRES: `word` of ASCII bytes, none 0, and not yet
  /// added; id != kNoWordId.
  void Insert(std::string_view word, std::uint32_t id) {
    slots_.Reserve(KeyOfSlot);
    const std::uint64_t key = KeyOf(word);
    Slot* slot = slots_.Probe(key, Holds{key});
    if (slot->Empty()) slots_.Filled();
    *slot = Slot{key, id};
    if (key < kAsciiSize) ascii_[key] = id;
  }

  /// The id of the word whose WordKey (or LongWordKey) is `key`, or kNoWordId (an empty
  /// slot's id).
  std::uint32_t Find(std::uint64_t key) const { return slots_.Probe(key, Holds{key})->id; }

  /// Find(c) for a one-byte ASCII word, a mark most often: one load, no probe.
  std::uint32_t FindAscii(unsigned char c) const { return c < kAsciiSize ? ascii_[c] : kNoWordId; }

 private:
  struct Slot {
    std::uint64_t key = 0;   // 0: empty, as no key is
    std::uint32_t id = kNoWordId;
    bool Empty() const { return key == 0; }
  };

  static std::uint64_t KeyOfSlot(const Slot& s) { return s.key; }
  struct Holds {   // the slot of `key`
    std::uint64_t key;
    bool operator()(const Slot& s) const { return s.key == key; }
  };

  static constexpr std::size_t kAsciiSize = 128;
  static constexpr std::array<std::uint32_t, kAsciiSize> NoAsciiIds() {
    std::array<std::uint32_t, kAsciiSize> ids{};
    ids.fill(kNoWordId);
    return ids;
  }

  ProbeSlots<Slot> slots_;
  // The ids of the one-byte keys again, by byte: the tokenizer looks up every ASCII mark.
  std::array<std::uint32_t, kAsciiSize> ascii_ = NoAsciiIds();
};

}  // namespace prextract::internal

#endif  // PREXTRACT_TEMPORAL_WORD_KEYS_H_
