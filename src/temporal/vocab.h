// The temporal vocabulary (lexicons en/months, en/weekdays, en/temporal_words) as token-level
// lookups: the scanner asks "does a phrase of category C start at token i, and how long is it?".
#ifndef PREXTRACT_TEMPORAL_VOCAB_H_
#define PREXTRACT_TEMPORAL_VOCAB_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/string_table.h"
#include "temporal/tokens.h"

namespace prextract::internal {

struct VocabMatch {
  std::size_t length = 0;   // tokens; 0 when nothing matched
  std::string_view value;   // the VALUE of CATEGORY:VALUE (a view into the vocabulary)
};

/// One phrase of the vocabulary found at a token, whatever its category. The views point into
/// the process-wide vocabulary, which lives as long as the process.
struct VocabHit {
  std::size_t length = 0;   // tokens
  std::string_view category;
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
  /// Every phrase of any category starting at tokens[i], shortest first (appended to `out`).
  void MatchAll(const std::vector<Token>& tokens, std::size_t i, std::vector<VocabHit>* out) const;
  /// True when tokens[i] may start a temporal expression (a cheap pre-filter).
  bool IsTrigger(const Token& token) const;

 private:
  Vocab();
  StringMap<int> months_;
  StringMap<int> weekdays_;
  StringMap<bool> full_names_;
  // phrase key ("the near future") -> (category, value) pairs
  StringMap<std::vector<std::pair<std::string, std::string>>> phrases_;
  StringSet prefixes_;   // every word prefix of every phrase, the phrases included
  StringSet triggers_;   // month and weekday names, first words of phrases
  std::size_t max_phrase_ = 1;
};

}  // namespace prextract::internal

#endif  // PREXTRACT_TEMPORAL_VOCAB_H_
