#include "segment/trigram_filter.h"

#include <cstdint>

#include "lexicon/lexicon.h"

namespace prextract::internal {

std::size_t TrigramFilter::Slot(const char* p) {
  const std::uint32_t a = static_cast<unsigned char>(p[0]);
  const std::uint32_t b = static_cast<unsigned char>(p[1]);
  const std::uint32_t c = static_cast<unsigned char>(p[2]);
  // Multiplicative hashing of the 24-bit trigram onto 12 bits.
  return static_cast<std::size_t>((((a << 16) | (b << 8) | c) * 2654435761u) >> 20);
}

TrigramFilter::TrigramFilter(std::string_view text) {
  for (std::size_t i = 0; i + 3 <= text.size(); ++i) {
    const std::size_t slot = Slot(text.data() + i);
    words_[slot >> 6] |= std::uint64_t{1} << (slot & 63);
  }
}

bool TrigramFilter::MayContain(std::string_view phrase) const {
  for (std::size_t i = 0; i + 3 <= phrase.size(); ++i) {
    const std::size_t slot = Slot(phrase.data() + i);
    if ((words_[slot >> 6] & (std::uint64_t{1} << (slot & 63))) == 0) return false;
  }
  return true;
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

}  // namespace prextract::internal
