// Word-level phrase matching for trigger lexicons: a sentence becomes lower-cased word
// tokens with byte spans; lexicon phrases match whole words, longest first.
#ifndef PREXTRACT_RECORDS_PHRASES_H_
#define PREXTRACT_RECORDS_PHRASES_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/string_table.h"
#include "lexicon/word_filter.h"
#include "prextract/release.h"

namespace prextract::internal {

struct Word {
  std::string lower;   // ASCII-lower-cased; typographic apostrophes become '
  Span span;
};

/// Words of text[span): runs of letters, digits, '-', '\'' and '&'; other characters split.
std::vector<Word> TokenizeWords(std::string_view text, Span span);

struct PhraseHit {
  std::size_t first = 0;   // index of the first word
  std::size_t count = 0;   // words matched
  int entry = -1;          // index into the lexicon's entries
};

class PhraseMatcher {
 public:
  /// Matches every variant of every entry of lexicon `name` ("en/event_triggers").
  explicit PhraseMatcher(std::string_view lexicon_name);

  /// The longest phrase starting at word `i`, or a hit with entry -1. Inline: most words
  /// start no phrase, and the filter turns them away without a call.
  PhraseHit MatchAt(const std::vector<Word>& words, std::size_t i) const {
    return first_words_.MayHold(words[i].lower) ? MatchFrom(words, i) : PhraseHit{};
  }

  /// Every non-overlapping hit, left to right, longest first.
  std::vector<PhraseHit> FindAll(const std::vector<Word>& words) const;

 private:
  /// MatchAt for a word the filter let through.
  PhraseHit MatchFrom(const std::vector<Word>& words, std::size_t i) const;

  struct Phrase {
    std::vector<std::string> words;
    int entry;
  };
  /// The first words of the phrases: most words of a sentence start no phrase, and the
  /// filter rules them out before any hashing.
  WordFilter first_words_;
  StringMap<std::vector<Phrase>> by_first_word_;
};

}  // namespace prextract::internal

#endif  // PREXTRACT_RECORDS_PHRASES_H_
