#include "segment/trigram_filter.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#include "lexicon/lexicon.h"

namespace prextract::internal {

namespace {

std::uint32_t Byte(char c) { return static_cast<unsigned char>(c); }

// Multiplicative hashing of the 24-bit trigram onto 12 bits.
std::size_t SlotOfTrigram(std::uint32_t trigram) { return static_cast<std::size_t>((trigram * 2654435761u) >> 20); }

}  // namespace

// A trigram is its three bytes read little-endian (the first byte lowest), the order in
// which they sit in a word loaded from memory.
std::size_t TrigramFilter::Slot(const char* p) {
  return SlotOfTrigram(Byte(p[0]) | (Byte(p[1]) << 8) | (Byte(p[2]) << 16));
}

TrigramFilter::TrigramFilter(std::string_view text) {
  static_assert(std::endian::native == std::endian::little);
  // Every byte of every body line passes here: eight bytes loaded at once hold six trigrams.
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 6) {
    std::uint64_t word = 0;
    std::memcpy(&word, text.data() + i, 8);
    for (int k = 0; k < 6; ++k) Set(SlotOfTrigram(static_cast<std::uint32_t>(word >> (8 * k)) & 0xFFFFFFu));
  }
  for (; i + 3 <= text.size(); ++i) Set(Slot(text.data() + i));
}

bool TrigramFilter::MayContain(std::string_view phrase) const {
  for (std::size_t i = 0; i + 3 <= phrase.size(); ++i) {
    if (!Has(Slot(phrase.data() + i))) return false;
  }
  return true;
}

bool TrigramFilter::MayContainAnyLong(const PhraseSet& set) const {
  for (const std::vector<std::uint16_t>& slots : set.long_slots()) {
    if (std::all_of(slots.begin(), slots.end(), [this](std::uint16_t slot) { return Has(slot); })) return true;
  }
  return false;
}

std::vector<std::uint16_t> TrigramFilter::SlotsOf(std::string_view phrase) {
  std::vector<std::uint16_t> slots;
  for (std::size_t i = 0; i + 3 <= phrase.size(); ++i) {
    slots.push_back(static_cast<std::uint16_t>(Slot(phrase.data() + i)));
  }
  return slots;
}

PhraseSet::PhraseSet(const std::vector<std::string>& phrases) {
  for (const std::string& p : phrases) {
    if (p.size() < 3) {
      short_.push_back(p);
    } else {
      long_slots_.push_back(TrigramFilter::SlotsOf(p));
    }
  }
}

bool MayHoldAny(std::string_view text, const TrigramFilter& filter, const std::vector<std::string>& phrases) {
  for (const std::string& p : phrases) {
    if (p.size() < 3 ? text.find(p) != std::string_view::npos : filter.MayContain(p)) return true;
  }
  return false;
}

LowerLine::LowerLine(std::string_view line) : lower_(AsciiLower(line)), filter_(lower_) {}

std::string_view LowerLine::Part(std::size_t offset, std::size_t size) const {
  return std::string_view(lower_).substr(offset, size);
}

bool LowerLine::MayHoldAny(const std::vector<std::string>& phrases) const {
  return internal::MayHoldAny(lower_, filter_, phrases);
}

bool LowerLine::MayHoldAny(const PhraseSet& phrases) const {
  for (const std::string& p : phrases.short_phrases()) {
    if (lower_.find(p) != std::string::npos) return true;
  }
  return filter_.MayContainAnyLong(phrases);
}

bool LowerLine::MayHold(std::string_view phrase) const {
  return filter_.MayContain(phrase);
}

}  // namespace prextract::internal
