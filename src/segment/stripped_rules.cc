#include "segment/stripped_rules.h"

#include <algorithm>
#include <bitset>
#include <cstdint>

#include "lexicon/lexicon.h"
#include "segment/text_scan.h"

namespace prextract::internal {
namespace {

// A small lexicon of lower-case words, with what a word must have to be one of them: a
// first letter one of theirs opens, and no more bytes than the longest. Most last words
// asked about fail these, and need no hashing.
struct LowerWords {
  explicit LowerWords(const StringMap<std::string>& index) : words(index) {
    for (const auto& [word, canonical] : words) {
      longest = std::max(longest, word.size());
      if (!word.empty() && IsLower(word[0])) first_letters |= std::uint32_t{1} << (word[0] - 'a');
      if (!word.empty()) last_bytes.set(static_cast<unsigned char>(word.back()));
    }
  }
  bool May(std::string_view w) const {
    return w.size() <= longest && IsLower(w[0]) && ((first_letters >> (w[0] - 'a')) & 1) != 0;
  }
  // Whether a text ending in byte `c` may end in one of the words.
  bool MayEndWith(char c) const { return last_bytes.test(static_cast<unsigned char>(c)); }
  const StringMap<std::string>& words;
  std::size_t longest = 0;
  std::uint32_t first_letters = 0;
  std::bitset<256> last_bytes;
};

// Whether the last word of `s` is written in lower case and is one of `words`.
bool EndsWithLowerCaseWordOf(std::string_view s, const LowerWords& words) {
  // Most texts asked about end in punctuation ("... said."), which ends none of the words:
  // their last byte rules them out before the last word is looked for.
  if (s.empty() || !words.MayEndWith(s.back())) return false;
  std::size_t start = s.size();
  while (start > 0 && s[start - 1] != ' ' && s[start - 1] != '\t' && s[start - 1] != '\n') --start;
  const std::string_view last = s.substr(start);
  return !last.empty() && words.May(last) && words.words.count(last) > 0;
}

// A state in a party tag: a postal code ("WA") or one or two capitalised words ("Colo",
// "South Carolina"), each word a capital and lower-case letters.
bool IsStateWord(std::string_view w) {
  if (w.size() < 2 || !IsUpper(w[0])) return false;
  return (w.size() == 2 && IsUpper(w[1])) || std::all_of(w.begin() + 1, w.end(), IsLower);
}

}  // namespace

bool OpensWithPartyTag(std::string_view s) {
  // One space stands for the hyphen ("R-Colo."); an initial's period left two ("R  David").
  if (s.size() < 4 || (s[0] != 'R' && s[0] != 'D') || s[1] != ' ' || s[2] == ' ') return false;
  std::size_t i = 2;
  for (int words = 0; words < 2 && i != std::string_view::npos; ++words) {
    const std::size_t end = std::min(s.find(' ', i), s.size());
    if (!IsStateWord(s.substr(i, end - i))) return false;
    // The tag ends with the piece or at a gap of two spaces or more (its closing bracket).
    if (end == s.size() || s.compare(end, 2, "  ") == 0) return true;
    if (s[i + 1] >= 'A' && s[i + 1] <= 'Z') return false;   // a postal code is the whole state
    i = end + 1;
  }
  return false;
}

bool IsInitials(std::string_view s) {
  // Most texts asked about open with a word of two bytes or more: no initial.
  if (s.size() >= 2 && SpaceAt(s, 0) == 0 && SpaceAt(s, 1) == 0) return false;
  bool any = false, initials = true;
  ForEachWordWhile(s, [&](std::string_view w) {
    any = true;
    initials = w.size() == 1 && IsUpper(w[0]);
    return initials;
  });
  return any && initials;
}

bool EndsWithSpeechVerb(std::string_view s) {
  static const LowerWords verbs(LexiconIndex("en/speech_verbs"));
  return EndsWithLowerCaseWordOf(s, verbs);
}

bool EndsUnfinished(std::string_view s) {
  static const LowerWords words(LexiconIndex("en/unfinished_endings"));
  return EndsWithLowerCaseWordOf(s, words);
}

bool IsSpeakerAttribution(std::string_view s) {
  if (s.empty() || !IsUpper(s[0]) || !EndsWithSpeechVerb(s)) return false;
  const std::size_t words = WordCount(s, 6);
  return words >= 2 && words <= 5;
}

std::string_view AfterUsPrefix(std::string_view s) {
  for (const std::string_view prefix : {"U S ", "U.S. "}) {
    if (s.starts_with(prefix)) return TrimView(s.substr(prefix.size()));
  }
  return s;
}

}  // namespace prextract::internal
