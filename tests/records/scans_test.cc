// The word and byte scans the record finders share: NextOpening and ClauseAround.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "records/context.h"
#include "records/event_cues.h"
#include "records_test_util.h"
#include "records/phrases.h"

namespace prextract::internal {
namespace {

struct OpeningCase {
  std::vector<std::uint16_t> opens;   // each word's open bits
  std::size_t from;
  std::uint16_t bits;
  std::size_t want;                   // index of the word found; opens.size(): none
};

const OpeningCase kOpeningCases[] = {
    {{}, 0, 1, 0},
    {{0, 0, 0}, 0, 1, 3},
    {{0, 0, 1}, 0, 1, 2},
    {{2, 0, 0, 0, 0, 0}, 0, 1, 6},         // another matcher's bit
    {{0, 0, 0, 0, 0, 3}, 0, 1, 5},         // past a whole step of four
    {{0, 0, 0, 1, 0, 0, 0, 0, 1}, 0, 1, 3},
    {{0, 0, 0, 1, 0, 0, 0, 0, 1}, 4, 1, 8},
    {{0, 4, 0, 0, 0, 0, 0, 0, 1}, 0, 5, 1},   // any of the bits
    {{1, 1}, 2, 1, 2},                      // from the end
};

class NextOpeningTest : public testing::TestWithParam<OpeningCase> {};

TEST_P(NextOpeningTest, FindsTheFirstWordWithABit) {
  const OpeningCase& c = GetParam();
  std::vector<Word> words(c.opens.size());
  for (std::size_t k = 0; k < words.size(); ++k) words[k].opens = c.opens[k];
  const Word* const end = words.data() + words.size();
  EXPECT_EQ(NextOpening(words.data() + c.from, end, c.bits) - words.data(),
            static_cast<std::ptrdiff_t>(c.want));
}

INSTANTIATE_TEST_SUITE_P(Cases, NextOpeningTest, testing::ValuesIn(kOpeningCases));

struct ClauseCase {
  std::string sentence;
  std::size_t word;
  std::string want;
};

const ClauseCase kClauseCases[] = {
    {"They will meet in May.", 1, "They will meet in May."},
    {"First; they will meet; then sign.", 2, "they will meet"},
    {"First; they will meet; then sign.", 0, "First"},
    {"First; they will meet; then sign.", 4, "then sign."},
    {"Note: a; b: they will meet.", 3, "they will meet."},
    {"Note:   spaced out", 1, "spaced out"},
    {"Ends in a mark;", 1, "Ends in a mark"},
};

class ClauseAroundTest : public testing::TestWithParam<ClauseCase> {};

TEST_P(ClauseAroundTest, BoundsTheClauseByItsMarks) {
  const ClauseCase& c = GetParam();
  const std::string text = "Before. " + c.sentence + " After.";
  const SentenceContexts built(text, {Span{8, 8 + c.sentence.size()}});
  const std::vector<SentenceContext>& contexts = built.contexts;
  ASSERT_EQ(contexts.size(), 1u);
  EXPECT_EQ(Slice(text, ClauseAround(text, contexts[0], c.word)), c.want) << c.sentence;
}

INSTANTIATE_TEST_SUITE_P(Cases, ClauseAroundTest, testing::ValuesIn(kClauseCases));

// The cue of a tokenised word, whose shape may turn it away unhashed, is the cue of its
// lower-case form: for cue words of several roles and for words of none.
class CueOfWordTest : public testing::TestWithParam<std::string> {};

TEST_P(CueOfWordTest, AgreesWithTheCueOfItsForm) {
  WordStore store(GetParam());
  const std::vector<Word> words = TokenizeWords(Span{0, GetParam().size()}, &store);
  for (const Word& w : words) EXPECT_EQ(Cue(w), Cue(w.lower)) << w.lower;
}

INSTANTIATE_TEST_SUITE_P(Cases, CueOfWordTest,
                         testing::Values("The upcoming meeting", "Following his visit, the company",
                                         "announced plans to launch missiles", "zebra quartz xylophone",
                                         ""));

TEST(CueOfWordTest, AgreesForEveryCueWord) {
  std::string text;
  for (const auto& [word, role] : LexiconIndex("en/event_cues")) text += word + "\n";
  WordStore store(text);
  const std::vector<Word> words = TokenizeWords(Span{0, text.size()}, &store);
  ASSERT_FALSE(words.empty());
  for (const Word& w : words) EXPECT_EQ(Cue(w), Cue(w.lower)) << w.lower;
}

// Every phrase of a lexicon opens where it stands: the filters before the look-up (of first
// words, and of the first two words' shapes) let each through.
TEST(PhraseMatcherTest, MatchesEveryPhraseOfItsLexicon) {
  const PhraseMatcher& triggers = EventTriggers();
  for (const LexiconEntry& e : Lexicon("en/event_triggers")) {
    for (std::size_t v = 1; v < e.variants.size(); ++v) {
      const std::string text = "so " + e.variants[v] + " then";
      WordStore store(text);
      const std::vector<Word> words = TokenizeWords(Span{0, text.size()}, &store);
      EXPECT_GE(triggers.MatchAt(words, 1).entry, 0) << e.variants[v];
    }
  }
}

}  // namespace
}  // namespace prextract::internal
