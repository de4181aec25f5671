#include "segment/anchored_search.h"

#include <cstring>

namespace prextract::internal {
namespace {

// How often a byte is met in English prose, by rank (higher: more often).
int FrequencyRank(char c) {
  constexpr std::string_view kLower = "zqjxkvbpygfwmucldrhsnioate";   // rarest first
  constexpr std::string_view kUpper = "ZXQYVKJUOLEIGFWRHBNDMPCATS";
  if (c == ' ') return 100;
  if (const std::size_t at = kLower.find(c); at != std::string_view::npos) return 60 + static_cast<int>(at);
  if (c == '.' || c == ',') return 50;
  if (const std::size_t at = kUpper.find(c); at != std::string_view::npos) return 20 + static_cast<int>(at);
  return c >= '0' && c <= '9' ? 15 : 10;
}

// A byte no more common than this (a capital, a digit or a symbol) is rare enough to search
// by: a phrase holding one that an earlier phrase is searched by shares that pass.
constexpr int kShareableRank = 50;

// The anchor of `p` among the bytes `chosen` already (by first use): a pass saved costs more
// than the few more stops at a capital a little commoner than the phrase's rarest byte
// ("WASHINGTON, DC" by the 'W' of "Washington, D.C.", not by its 'O').
std::size_t SharedAnchor(std::string_view p, const std::vector<unsigned char>& chosen) {
  for (const unsigned char byte : chosen) {
    const std::size_t at = p.find(static_cast<char>(byte));
    if (at != std::string_view::npos && FrequencyRank(p[at]) < kShareableRank) return at;
  }
  return AnchorOf(p);
}

}  // namespace

std::size_t AnchorOf(std::string_view pattern) {
  std::size_t anchor = 0;
  for (std::size_t i = 1; i < pattern.size(); ++i) {
    if (FrequencyRank(pattern[i]) < FrequencyRank(pattern[anchor])) anchor = i;
  }
  return anchor;
}

AnchoredPhrases::AnchoredPhrases(std::vector<std::string_view> phrases) : phrases_(std::move(phrases)) {
  for (std::size_t k = 0; k < phrases_.size(); ++k) {
    const std::string_view p = phrases_[k];
    anchors_.push_back(SharedAnchor(p, anchor_bytes_));
    if (p.empty()) {
      if (!has_empty_) first_empty_ = k;
      has_empty_ = true;
      continue;
    }
    const auto byte = static_cast<unsigned char>(p[anchors_.back()]);
    if (by_anchor_byte_[byte].empty()) anchor_bytes_.push_back(byte);
    by_anchor_byte_[byte].push_back(static_cast<std::uint16_t>(k));
  }
}

bool AnchoredPhrases::Matches(std::string_view text, std::size_t at, std::size_t phrase) const {
  const std::string_view p = phrases_[phrase];
  const std::size_t anchor = anchors_[phrase];
  if (at < anchor || text.size() - (at - anchor) < p.size()) return false;
  const char* const start = text.data() + at - anchor;
  // Most anchor bytes met open some other word: the last byte rules them out without a call.
  return start[p.size() - 1] == p.back() && std::memcmp(start, p.data(), p.size()) == 0;
}

void AnchoredPhrases::CheckAnchor(std::string_view text, std::size_t at, std::size_t* best) const {
  for (const std::uint16_t k : by_anchor_byte_[static_cast<unsigned char>(text[at])]) {
    if (k >= *best) return;
    if (Matches(text, at, k)) {
      *best = k;
      return;
    }
  }
}

std::size_t AnchoredPhrases::FirstIn(std::string_view text) const {
  // The empty phrase occurs in every text (find gives 0): no phrase after it can win.
  std::size_t best = has_empty_ ? first_empty_ : std::string_view::npos;
  if (text.empty()) return best;
  // One memchr pass per anchor byte (a vectorised pass of libc's is cheaper than testing
  // sixteen bytes for every anchor byte at once), in the order of the phrases using them.
  for (const unsigned char byte : anchor_bytes_) {
    if (by_anchor_byte_[byte].front() >= best) continue;
    const char* const begin = text.data();
    for (const char* p = begin; best > by_anchor_byte_[byte].front();) {
      p = static_cast<const char*>(std::memchr(p, byte, static_cast<std::size_t>(begin + text.size() - p)));
      if (p == nullptr) break;
      CheckAnchor(text, static_cast<std::size_t>(p - begin), &best);
      ++p;
    }
  }
  return best;
}

}  // namespace prextract::internal
