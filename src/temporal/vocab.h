// The temporal vocabulary (lexicons en/months, en/weekdays, en/temporal_words) as token-level
// lookups: the scanner asks "does a phrase of category C start at token i, and how long is it?".
#ifndef PREXTRACT_TEMPORAL_VOCAB_H_
#define PREXTRACT_TEMPORAL_VOCAB_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/short_word_table.h"
#include "lexicon/string_table.h"
#include "lexicon/word_filter.h"
#include "temporal/tokens.h"

namespace prextract::internal {

/// The CATEGORY of CATEGORY:VALUE, interned when the vocabulary is built: the rules ask about
/// categories tens of times per token, and a bit test is far cheaper than string compares.
enum class Category : std::uint8_t {
  kClock, kDay, kFiscal, kMod, kNotyear, kNum, kOrd, kPart, kPeriodmark, kPod, kPrep,
  kRef, kRefc, kRel, kSeason, kSet, kSetc, kTense, kUnit, kVague, kVaguedur, kZone,
  kCount
};
static_assert(static_cast<int>(Category::kCount) <= 32, "categories must fit a 32-bit mask");

/// The category named `name` in the lexicon ("ord" -> kOrd); nullopt for a name no rule asks about.
std::optional<Category> CategoryNamed(std::string_view name);

/// The bit of `category` in a mask of categories.
constexpr std::uint32_t CategoryBit(Category category) { return std::uint32_t{1} << static_cast<int>(category); }

struct VocabMatch {
  std::size_t length = 0;   // tokens; 0 when nothing matched
  std::string_view value;   // the VALUE of CATEGORY:VALUE (a view into the vocabulary)
};

/// One phrase of the vocabulary found at a token, whatever its category. The views point into
/// the process-wide vocabulary, which lives as long as the process.
struct VocabHit {
  std::size_t length = 0;   // tokens
  Category category = Category::kCount;
  std::string_view value;
};

class Vocab {
 public:
  /// The process-wide vocabulary, built once from the embedded lexicons. Thread-safe.
  static const Vocab& Get();

  /// 1..12 for a month name or abbreviation (lower case), else 0.
  int Month(std::string_view lower) const;
  /// 1..7 (ISO) for a weekday name or abbreviation (lower case), else 0.
  int Weekday(std::string_view lower) const;
  /// True when `lower` is a full month or weekday name (not an abbreviation).
  bool IsFullName(std::string_view lower) const;
  /// What a word that begins phrases, or names a month or weekday, says on its own.
  struct FirstWord {
    std::vector<VocabHit> hits;     // of the one-word phrase it spells, if any
    std::uint32_t categories = 0;   // CategoryBit of every hit
    bool begins_longer = false;     // whether a phrase of two words or more begins with it
    // CategoryBit of every hit of those longer phrases: a scanner that needs only some
    // categories may know, without looking at the next words, that no phrase here has one.
    std::uint32_t longer_categories = 0;
    std::uint32_t id = 0;           // its index in FirstWords(): a caller may index what it derives
    // Month and Weekday of the word, and IsFullName: every name is a first word, so that one
    // probe of the short-word table answers them, with no string hash.
    std::uint8_t month = 0;
    std::uint8_t weekday = 0;
    bool full_name = false;
  };

  /// Every word FirstWordOf knows, by FirstWord::id.
  std::vector<std::string_view> FirstWords() const;
  /// Every word of a phrase but its first ("near" and "future" of "the near future"), once each.
  std::vector<std::string_view> LaterWords() const;
  /// Whether the first words of ids `first` and `second` (FirstWord::id) may spell a phrase of
  /// exactly two words ("so far"): false is sure, true may be another pair's shared slot.
  bool MayBeTwoWordPhrase(std::uint32_t first, std::uint32_t second) const {
    const std::size_t slot = TwoWordSlot(first, second);
    return (two_word_bits_[slot / 64] >> (slot % 64) & 1) != 0;
  }
  /// The first word whose FirstWord::id is `id`. REQUIRES: id < FirstWords().size().
  const FirstWord& FirstWordById(std::uint32_t id) const { return *first_word_by_id_[id]; }

  /// What `word` (lower case) says as the first word of a phrase; nullptr for a word that begins
  /// none and names no month or weekday. With numbers, the words it knows are the tokens that
  /// may start a temporal expression. Inline: most tokens are turned away by one table probe
  /// or a filter test, and pay no call.
  const FirstWord* FirstWordOf(std::string_view word) const {
    if (ShortWordTable<const FirstWord*>::Fits(word)) {
      const FirstWord* const* first = short_first_words_.Find(word);
      return first == nullptr ? nullptr : *first;
    }
    return first_word_filter_.MayHold(word) ? LongFirstWordOf(word) : nullptr;
  }
  /// The phrases of two words or more starting at tokens[i], shortest first (appended to `out`):
  /// after `first.hits`, every phrase there. REQUIRES: `first` is FirstWordOf(tokens[i].lower).
  void MatchLonger(const FirstWord& first, const TokenVector& tokens, std::size_t i,
                   std::vector<VocabHit>* out) const {
    if (MayMatchLonger(first, tokens, i)) MatchLongerSlow(tokens, i, out);
  }
  /// False when no phrase of two words or more can start at tokens[i]: MatchLonger adds nothing.
  /// Most first words begin no longer phrase, and most next words stand in none: neither pays
  /// for the key the longer search builds. REQUIRES: as MatchLonger.
  bool MayMatchLonger(const FirstWord& first, const TokenVector& tokens, std::size_t i) const {
    return first.begins_longer && i + 1 < tokens.size() && later_word_filter_.MayHold(tokens[i + 1].lower);
  }

 private:
  Vocab();
  void AddWordsToFilters(std::string_view key);
  void IndexFirstWords();
  void IndexTwoWordPhrases();
  static std::size_t TwoWordSlot(std::uint32_t first, std::uint32_t second) {
    return ((first * 0x9E3779B1u) ^ second) & (kTwoWordBits - 1);
  }
  const FirstWord* LongFirstWordOf(std::string_view word) const;
  void MatchLongerSlow(const TokenVector& tokens, std::size_t i, std::vector<VocabHit>* out) const;
  static void AppendHits(const std::vector<std::pair<Category, std::string>>& hits, std::size_t length,
                         std::vector<VocabHit>* out) {
    for (const auto& [category, value] : hits) out->push_back(VocabHit{length, category, value});
  }

  StringMap<int> months_;
  StringMap<int> weekdays_;
  StringMap<bool> full_names_;
  // Every word prefix of every phrase key ("the", "the near", "the near future") -> the
  // (category, value) pairs of the phrase it spells, none for a mere prefix: one probe per word
  // both extends a match and finds its hits. Month and weekday names are keys too (without
  // pairs, unless a phrase spells them), so the first probe also tells a trigger word.
  StringMap<std::vector<std::pair<Category, std::string>>> phrases_;
  // The one-word keys of phrases_, as FirstWordOf reads them; those of at most eight bytes, most
  // tokens' words, are also in a table that needs no string hash.
  StringMap<FirstWord> first_words_;
  ShortWordTable<const FirstWord*> short_first_words_;
  std::vector<const FirstWord*> first_word_by_id_;
  WordFilter first_word_filter_;    // the first words of phrases, month and weekday names
  WordFilter later_word_filter_;    // the other words of phrases
  std::size_t max_phrase_ = 1;
  std::size_t max_key_size_ = 0;   // bytes of the longest key of phrases_
  static constexpr std::size_t kKeyBuffer = 64;   // MatchLongerSlow's key, on the stack
  // A bit per slot of a pair of first-word ids that spell a phrase of two words with hits.
  static constexpr std::size_t kTwoWordBits = std::size_t{1} << 16;
  std::array<std::uint64_t, kTwoWordBits / 64> two_word_bits_ = {};
};

}  // namespace prextract::internal

#endif  // PREXTRACT_TEMPORAL_VOCAB_H_
