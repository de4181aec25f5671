// The sentence contexts of a text's sentences, with no dates and no participants, and all
// that they view kept alive beside them: the record finders' tests read contexts directly.
#ifndef PREXTRACT_TESTS_RECORDS_RECORDS_TEST_UTIL_H_
#define PREXTRACT_TESTS_RECORDS_RECORDS_TEST_UTIL_H_

#include <string>
#include <utility>
#include <vector>

#include "records/context.h"

namespace prextract::internal {

struct SentenceContexts {
  SentenceContexts(std::string text_in, std::vector<Span> spans)
      : text(std::move(text_in)), store(text) {
    for (const Span s : spans) sentences.push_back(Sentence{s, std::nullopt});
    contexts = BuildContexts(RecordInputs{text, sentences, dates, participants}, &store, &words);
  }
  SentenceContexts(const SentenceContexts&) = delete;
  SentenceContexts& operator=(const SentenceContexts&) = delete;

  std::string text;
  std::vector<Sentence> sentences;
  std::vector<DateMention> dates;
  std::vector<Participant> participants;
  WordStore store;
  WordArray words;
  std::vector<SentenceContext> contexts;
};

}  // namespace prextract::internal

#endif  // PREXTRACT_TESTS_RECORDS_RECORDS_TEST_UTIL_H_
