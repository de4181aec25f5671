// Stage "sentences": body paragraphs and notes -> sentence spans.
#ifndef PREXTRACT_SENTENCES_SENTENCES_H_
#define PREXTRACT_SENTENCES_SENTENCES_H_

#include <optional>
#include <string_view>
#include <vector>

#include "prextract/release.h"
#include "segment/segment.h"

namespace prextract::internal {

struct Sentence {
  Span span;                      // trimmed: starts and ends on non-space
  std::optional<int> paragraph;   // body paragraph index; nullopt in a note
};

/// Splits every body paragraph and note of `layout` into sentences, in text order.
/// Abbreviations (data/lexicons/en/abbreviations.txt), initials, leading list numbers
/// and decimals do not end a sentence; a closing quote after the stop stays with it.
std::vector<Sentence> SplitSentences(std::string_view text, const Layout& layout);

/// Sentence spans of one block [span.start, span.end) of `text`.
std::vector<Span> SplitBlock(std::string_view text, Span span);

}  // namespace prextract::internal

#endif  // PREXTRACT_SENTENCES_SENTENCES_H_
