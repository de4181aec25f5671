// The slots of an open-addressing table keyed by 64 bits: a power of two of them, found by
// the key's top bits after a Fibonacci multiply and then by linear probing, grown to keep the
// load under a quarter. The core both packed-word tables share (ShortWordTable,
// WordKeyTable): each decides only how its slots hold a key.
#ifndef PREXTRACT_LEXICON_PROBE_SLOTS_H_
#define PREXTRACT_LEXICON_PROBE_SLOTS_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace prextract::internal {

/// `Slot` has bool Empty() const, and its default value is an empty slot.
template <typename Slot>
class ProbeSlots {
 public:
  /// The slot from `hash`'s home on that `matches`, or the first empty one, where a slot that
  /// matched would go. REQUIRES: slots exist (Reserve).
  template <typename Matches>
  const Slot* Probe(std::uint64_t hash, Matches matches) const {
    std::size_t k = static_cast<std::size_t>((hash * 0x9E3779B97F4A7C15ULL) >> shift_);
    while (!matches(slots_[k]) && !slots_[k].Empty()) k = (k + 1) & mask_;
    return &slots_[k];
  }
  template <typename Matches>
  Slot* Probe(std::uint64_t hash, Matches matches) {
    return const_cast<Slot*>(static_cast<const ProbeSlots*>(this)->Probe(hash, matches));
  }

  bool empty() const { return slots_.empty(); }

  /// Room for one more slot (a load under a quarter keeps probes short); `hash_of(slot)` is
  /// the hash a held slot was placed by.
  template <typename HashOf>
  void Reserve(HashOf hash_of) {
    if ((count_ + 1) * 4 > slots_.size()) Grow(hash_of);
  }
  /// Counts a slot filled that was empty.
  void Filled() { ++count_; }

 private:
  template <typename HashOf>
  void Grow(HashOf hash_of) {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.resize(old.empty() ? 64 : old.size() * 2);
    mask_ = slots_.size() - 1;
    shift_ = 64;
    for (std::size_t n = slots_.size(); n > 1; n >>= 1) --shift_;   // the top log2(size) bits
    for (const Slot& s : old) {
      if (!s.Empty()) *Probe(hash_of(s), [](const Slot&) { return false; }) = s;
    }
  }

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;   // slots_.size() - 1, kept: the size is a division away
  int shift_ = 64;
  std::size_t count_ = 0;
};

}  // namespace prextract::internal

#endif  // PREXTRACT_LEXICON_PROBE_SLOTS_H_
