#include "segment/trigram_filter.h"

#include <cstdint>

namespace prextract::internal {

std::size_t TrigramFilter::Slot(const char* p) {
  const std::uint32_t a = static_cast<unsigned char>(p[0]);
  const std::uint32_t b = static_cast<unsigned char>(p[1]);
  const std::uint32_t c = static_cast<unsigned char>(p[2]);
  // Multiplicative hashing of the 24-bit trigram onto 12 bits.
  return static_cast<std::size_t>((((a << 16) | (b << 8) | c) * 2654435761u) >> 20);
}

TrigramFilter::TrigramFilter(std::string_view text) {
  for (std::size_t i = 0; i + 3 <= text.size(); ++i) bits_.set(Slot(text.data() + i));
}

bool TrigramFilter::MayContain(std::string_view phrase) const {
  for (std::size_t i = 0; i + 3 <= phrase.size(); ++i) {
    if (!bits_.test(Slot(phrase.data() + i))) return false;
  }
  return true;
}

bool TrigramFilter::MayContainAny(const std::vector<std::string>& phrases) const {
  for (const std::string& p : phrases) {
    if (MayContain(p)) return true;
  }
  return false;
}

}  // namespace prextract::internal
