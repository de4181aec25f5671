#include "segment/trigram_filter.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
#include <emmintrin.h>
#endif

#include "lexicon/lexicon.h"

namespace prextract::internal {

namespace {

std::uint32_t Byte(char c) { return static_cast<unsigned char>(c); }

constexpr std::uint32_t kMultiplier = 2654435761u;

bool AnyNonAscii(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return Byte(c) >= 0x80; });
}

// Multiplicative hashing of the 24-bit trigram onto 12 bits.
std::size_t SlotOfTrigram(std::uint32_t trigram) { return static_cast<std::size_t>((trigram * kMultiplier) >> 20); }
static_assert(TrigramFilter::kSlots == std::size_t{1} << 12);

}  // namespace

// A trigram is its three bytes read little-endian (the first byte lowest), the order in
// which they sit in a word loaded from memory.
std::size_t TrigramFilter::Slot(const char* p) {
  return SlotOfTrigram(Byte(p[0]) | (Byte(p[1]) << 8) | (Byte(p[2]) << 16));
}

TrigramFilter::TrigramFilter(std::string_view text) { Add(text); }

void TrigramFilter::Reset(std::string_view text) {
  if (generation_ == UINT8_MAX) {
    stamp_.fill(0);
    generation_ = 0;
  }
  ++generation_;
  Add(text);
}

#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
namespace {

// SlotOfTrigram of eight trigrams, each given as its first two bytes (`low`, a 16-bit lane)
// and its third (`high`), in 16-bit lanes: bits 20 to 31 of the 32-bit product are the high
// half of low * kLow plus the low halves of low * kHigh and high * kLow, shifted down by 4.
__m128i SlotsOfLanes(__m128i low, __m128i high) {
  const __m128i k_low = _mm_set1_epi16(static_cast<short>(kMultiplier & 0xFFFFu));
  const __m128i k_high = _mm_set1_epi16(static_cast<short>(kMultiplier >> 16));
  const __m128i sum = _mm_add_epi16(_mm_mulhi_epu16(low, k_low),
                                    _mm_add_epi16(_mm_mullo_epi16(low, k_high), _mm_mullo_epi16(high, k_low)));
  return _mm_srli_epi16(sum, 4);
}

// Sets the slots of eight trigrams (as SlotsOfLanes gives them).
void SetLanes(__m128i slots, std::uint8_t* stamp, std::uint8_t generation) {
  stamp[_mm_extract_epi16(slots, 0)] = generation;
  stamp[_mm_extract_epi16(slots, 1)] = generation;
  stamp[_mm_extract_epi16(slots, 2)] = generation;
  stamp[_mm_extract_epi16(slots, 3)] = generation;
  stamp[_mm_extract_epi16(slots, 4)] = generation;
  stamp[_mm_extract_epi16(slots, 5)] = generation;
  stamp[_mm_extract_epi16(slots, 6)] = generation;
  stamp[_mm_extract_epi16(slots, 7)] = generation;
}

}  // namespace
#endif

void TrigramFilter::Add(std::string_view text) {
  static_assert(std::endian::native == std::endian::little);
  if (text.size() < 3) {
    non_ascii_ = AnyNonAscii(text);
    return;
  }
  // Every byte of every body line passes here. The generation is held in a local: a byte
  // store may alias the member, which was reloaded after every one.
  const std::uint8_t generation = generation_;
  std::uint8_t* const stamp = stamp_.data();
  const char* const p = text.data();
  std::size_t i = 0;
#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
  // Sixteen trigrams a step, hashed eight at a time in 16-bit lanes: those at even offsets
  // take their first two bytes from the lanes of a load at i, their third from a load at
  // i + 2; those at odd offsets from loads at i + 1 and i + 3.
  const __m128i low_byte = _mm_set1_epi16(0xFF);
  const auto load = [p](std::size_t at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at)); };
  int high = 0;   // the top bits of the bytes loaded at i, OR-ed: MayHoldNonAscii
  for (; i + 19 <= text.size(); i += 16) {
    const __m128i bytes = load(i);
    high |= _mm_movemask_epi8(bytes);
    SetLanes(SlotsOfLanes(bytes, _mm_and_si128(load(i + 2), low_byte)), stamp, generation);
    SetLanes(SlotsOfLanes(load(i + 1), _mm_and_si128(load(i + 3), low_byte)), stamp, generation);
  }
  // At most 18 bytes are left from i: the 16 at i and the last 16 of the text cover them.
  if (text.size() >= 16) {
    high |= _mm_movemask_epi8(load(text.size() - 16));
    if (i + 16 <= text.size()) high |= _mm_movemask_epi8(load(i));
    non_ascii_ = high != 0;
  } else {
    non_ascii_ = AnyNonAscii(text);
  }
#else
  non_ascii_ = AnyNonAscii(text);
#endif
  // Elsewhere each trigram is loaded as a 4-byte word with its top byte masked off.
  const auto set_at = [&](std::size_t at) {
    std::uint32_t word = 0;
    std::memcpy(&word, p + at, 4);
    stamp[SlotOfTrigram(word & 0xFFFFFFu)] = generation;
  };
  for (; i + 11 <= text.size(); i += 8) {
    for (std::size_t k = 0; k < 8; ++k) set_at(i + k);
  }
  for (; i + 4 <= text.size(); ++i) set_at(i);
  stamp[Slot(p + i)] = generation;   // the last trigram: i == text.size() - 3
}

bool TrigramFilter::MayContain(std::string_view phrase) const {
  for (std::size_t i = 0; i + 3 <= phrase.size(); ++i) {
    if (!Has(Slot(phrase.data() + i))) return false;
  }
  return true;
}

bool TrigramFilter::MayContainAnyLong(const PhraseSet& set) const {
  for (const PhraseSet::Group& group : set.groups()) {
    if (!Has(group.key) || !Has(group.second_key)) continue;
    for (const std::vector<std::uint16_t>& slots : group.phrases) {
      if (std::all_of(slots.begin(), slots.end(), [this](std::uint16_t slot) { return Has(slot); })) return true;
    }
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

namespace {

// The slots a phrase (its `slots`, as SlotsOf) may be keyed by: those of the trigrams inside
// its words of five bytes or more, which a line holds far less often than "the" or "of "
// (all of its slots for a phrase with no such word).
std::vector<std::uint16_t> KeyCandidates(std::string_view phrase, const std::vector<std::uint16_t>& slots) {
  constexpr std::size_t kLongWord = 5;
  std::vector<std::uint16_t> keys;
  for (std::size_t start = 0; start < phrase.size();) {
    const std::size_t end = std::min(phrase.find(' ', start), phrase.size());
    if (end - start >= kLongWord) keys.insert(keys.end(), slots.begin() + start, slots.begin() + (end - 2));
    start = end + 1;
  }
  if (keys.empty()) keys = slots;
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

// Each phrase's key is the candidate that the most phrases share, so that few keys cover
// the list.
std::vector<PhraseSet::Group> GroupByKey(const std::vector<std::string_view>& phrases) {
  std::vector<std::vector<std::uint16_t>> candidates;
  std::vector<std::size_t> sharing(TrigramFilter::kSlots);   // slot -> phrases it is a candidate of
  std::vector<std::vector<std::uint16_t>> slots;
  for (const std::string_view p : phrases) {
    slots.push_back(TrigramFilter::SlotsOf(p));
    candidates.push_back(KeyCandidates(p, slots.back()));
    for (const std::uint16_t slot : candidates.back()) ++sharing[slot];
  }
  std::vector<PhraseSet::Group> groups;
  std::vector<std::vector<std::uint16_t>> group_candidates;   // those every phrase of a group has
  for (std::size_t k = 0; k < phrases.size(); ++k) {
    const std::vector<std::uint16_t>& c = candidates[k];
    const std::uint16_t key =
        *std::max_element(c.begin(), c.end(), [&](std::uint16_t a, std::uint16_t b) { return sharing[a] < sharing[b]; });
    auto group = std::find_if(groups.begin(), groups.end(), [&](const PhraseSet::Group& g) { return g.key == key; });
    if (group == groups.end()) {
      group = groups.insert(groups.end(), PhraseSet::Group{key, key, {}});
      group_candidates.push_back(c);
    }
    std::vector<std::uint16_t>& shared = group_candidates[static_cast<std::size_t>(group - groups.begin())];
    std::erase_if(shared, [&](std::uint16_t slot) { return !std::binary_search(c.begin(), c.end(), slot); });
    group->phrases.push_back(std::move(slots[k]));
  }
  for (std::size_t g = 0; g < groups.size(); ++g) {
    for (const std::uint16_t slot : group_candidates[g]) {
      if (slot != groups[g].key) groups[g].second_key = slot;
    }
  }
  return groups;
}

}  // namespace

PhraseSet::PhraseSet(const std::vector<std::string>& phrases) {
  std::vector<std::string_view> long_phrases;
  for (const std::string& p : phrases) {
    if (p.size() < 3) {
      short_.push_back(p);
    } else {
      long_phrases.push_back(p);
    }
  }
  groups_ = GroupByKey(long_phrases);
}

namespace {

// Whether `text` may hold `phrase`, one of under three bytes: a search, unless the phrase
// holds a byte from 0x80 ("©") and the filter tells that the text holds none, as nearly
// every line of an English release does not.
bool MayHoldShort(std::string_view text, const TrigramFilter& filter, std::string_view phrase) {
  const bool ascii = std::none_of(phrase.begin(), phrase.end(), [](char c) { return Byte(c) >= 0x80; });
  if (!ascii && !filter.MayHoldNonAscii()) return false;
  return text.find(phrase) != std::string_view::npos;
}

}  // namespace

bool MayHoldAny(std::string_view text, const TrigramFilter& filter, const std::vector<std::string>& phrases) {
  for (const std::string& p : phrases) {
    if (p.size() < 3 ? MayHoldShort(text, filter, p) : filter.MayContain(p)) return true;
  }
  return false;
}

LowerLine::LowerLine(std::string_view line, std::string_view lowered, TrigramFilter* reuse)
    : own_lower_(lowered.size() == line.size() ? std::string() : AsciiLower(line)),
      lower_(lowered.size() == line.size() ? lowered : own_lower_),
      filter_(reuse) {
  if (reuse != nullptr) {
    reuse->Reset(lower_);
  } else {
    filter_ = &own_filter_.emplace(lower_);
  }
}

std::string_view LowerLine::Part(std::size_t offset, std::size_t size) const {
  return lower_.substr(offset, size);
}

bool LowerLine::MayHoldAny(const std::vector<std::string>& phrases) const {
  return internal::MayHoldAny(lower_, *filter_, phrases);
}

bool LowerLine::MayHoldAny(const PhraseSet& phrases) const {
  for (const std::string& p : phrases.short_phrases()) {
    if (MayHoldShort(lower_, *filter_, p)) return true;
  }
  return filter_->MayContainAnyLong(phrases);
}

bool LowerLine::MayHold(std::string_view phrase) const {
  return filter_->MayContain(phrase);
}

}  // namespace prextract::internal
