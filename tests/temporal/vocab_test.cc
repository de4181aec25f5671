#include "temporal/vocab.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"
#include "temporal/scanner.h"
#include "temporal/tokens.h"
#include "temporal/word_keys.h"
#include "temporal_test_util.h"

namespace prextract::internal {
namespace {

// A lexicon category without an enum value would be dropped silently: no rule could ask for it.
TEST(TemporalVocab, EveryLexiconCategoryIsInterned) {
  for (const LexiconEntry& e : Lexicon("en/temporal_words")) {
    const std::string_view canonical = e.canonical;
    const std::size_t colon = canonical.find(':');
    ASSERT_NE(colon, std::string_view::npos) << canonical;
    EXPECT_TRUE(CategoryNamed(canonical.substr(0, colon)).has_value()) << canonical;
  }
  EXPECT_EQ(CategoryNamed("ord"), Category::kOrd);
  EXPECT_EQ(CategoryNamed("zone"), Category::kZone);
  EXPECT_FALSE(CategoryNamed("nosuchcategory").has_value());
}

TEST(TemporalVocab, WordFilterNeverRejectsAnAddedWord) {
  WordFilter filter;
  EXPECT_FALSE(filter.MayHold("march"));
  const char* words[] = {"the", "a", "march", "fiscal", "'", "-", "q", "2023", "nineteenth", "x"};
  for (const char* w : words) filter.Add(w);
  for (const char* w : words) EXPECT_TRUE(filter.MayHold(w)) << w;
}

// The scanner derives a table from the vocabulary's first words, indexed by their ids: each id
// names the word FirstWords lists at it, and a word's category mask is that of its own hits.
TEST(TemporalVocab, FirstWordsAreIndexedByTheirIds) {
  const Vocab& vocab = Vocab::Get();
  const std::vector<std::string_view> words = vocab.FirstWords();
  ASSERT_FALSE(words.empty());
  for (std::size_t id = 0; id < words.size(); ++id) {
    const Vocab::FirstWord* first = vocab.FirstWordOf(words[id]);
    ASSERT_NE(first, nullptr) << words[id];
    EXPECT_EQ(first->id, id) << words[id];
    std::uint32_t categories = 0;
    for (const VocabHit& hit : first->hits) categories |= CategoryBit(hit.category);
    EXPECT_EQ(first->categories, categories) << words[id];
  }
  EXPECT_EQ(vocab.FirstWordOf("company"), nullptr);
  EXPECT_EQ(vocab.FirstWordOf("internationalisation"), nullptr);
}

// The scanner turns a trigger word away by longer_categories alone when no longer phrase it
// begins has a category a rule reads at its start: the mask must cover every such phrase.
TEST(TemporalVocab, LongerCategoriesCoverThePhrasesAWordBegins) {
  const Vocab& vocab = Vocab::Get();
  const struct {
    const char* word;
    Category category;   // of a phrase of two words or more that begins with the word
  } cases[] = {{"to", Category::kTense}, {"in", Category::kRef}, {"a", Category::kNum}, {"the", Category::kRel}};
  for (const auto& c : cases) {
    const Vocab::FirstWord* first = vocab.FirstWordOf(c.word);
    ASSERT_NE(first, nullptr) << c.word;
    EXPECT_TRUE(first->begins_longer) << c.word;
    EXPECT_NE(first->longer_categories & CategoryBit(c.category), 0u) << c.word;
  }
  const Vocab::FirstWord* to = vocab.FirstWordOf("to");
  EXPECT_EQ(to->longer_categories & ~(CategoryBit(Category::kPrep) | CategoryBit(Category::kTense)), 0u);
}

// Month, Weekday and IsFullName read the first word's entry: short and long names, abbreviations.
TEST(TemporalVocab, NamesAreReadFromTheFirstWords) {
  const Vocab& vocab = Vocab::Get();
  const struct {
    const char* word;
    int month;
    int weekday;
    bool full;
  } cases[] = {{"january", 1, 0, true},  {"jan", 1, 0, false},     {"september", 9, 0, true},
               {"sept", 9, 0, false},    {"wednesday", 0, 3, true}, {"wed", 0, 3, false},
               {"sunday", 0, 7, true},   {"company", 0, 0, false},  {"", 0, 0, false},
               {"the", 0, 0, false},     {"internationalisation", 0, 0, false}};
  for (const auto& c : cases) {
    EXPECT_EQ(vocab.Month(c.word), c.month) << c.word;
    EXPECT_EQ(vocab.Weekday(c.word), c.weekday) << c.word;
    EXPECT_EQ(vocab.IsFullName(c.word), c.full) << c.word;
  }
}

struct LongerCase {
  std::string text;
  std::size_t longest;   // the longest phrase MatchLonger finds at the first token, 0 none
};

// MatchLonger finds the phrases of two words and more, shortest first; a first word's own
// phrase stays in its hits.
const LongerCase kLongerCases[] = {
    {"the near future", 3}, {"in the coming months", 4}, {"the company", 0}, {"first", 0}, {"March", 0},
};

TEST(TemporalVocab, MatchLongerFindsPhrasesOfTwoWordsAndMore) {
  const Vocab& vocab = Vocab::Get();
  for (const LongerCase& c : kLongerCases) {
    std::string lowered;
    const TokenVector tokens = Tokenize(c.text, 0, c.text.size(), &lowered);
    const Vocab::FirstWord* first = vocab.FirstWordOf(tokens[0].lower);
    ASSERT_NE(first, nullptr) << c.text;
    std::vector<VocabHit> hits;
    vocab.MatchLonger(*first, tokens, 0, &hits);
    std::size_t longest = 0;
    for (const VocabHit& hit : hits) {
      EXPECT_GE(hit.length, std::max<std::size_t>(2, longest)) << c.text;
      longest = hit.length;
    }
    EXPECT_EQ(longest, c.longest) << c.text;
    // The scanner turns a trigger away unrecorded on this gate: it must pass every real phrase.
    if (c.longest > 0) {
      EXPECT_TRUE(vocab.MayMatchLonger(*first, tokens, 0)) << c.text;
    }
  }
  EXPECT_FALSE(vocab.FirstWordOf("first")->hits.empty());   // "ord:1"
}

// Prepositions are skipped as starts, but an expression that begins with one still does.
TEST(TemporalVocab, ExpressionsStartingWithTriggerWordsKeepTheirStart) {
  EXPECT_EQ(RunDates("The plan runs between 2005 and 2007 in full.", "2024-03-01"),
            "between 2005 and 2007=2005/2007");
  EXPECT_EQ(RunDates("Sales grew in the coming months of the year.", "2024-03-01"),
            "in the coming months=FUTURE_REF");
  EXPECT_EQ(RunDates("It was signed in March and on Monday.", "2024-03-06"), "March=2024-03; Monday=2024-03-04");
}

struct TokenizeCase {
  std::string text;
  std::size_t begin, end;   // the range tokenised
  std::string lower;        // the tokens' lower forms joined by '|'
};

// Words longer than eight letters, and ranges that end inside a word, are read as whole words
// of the range; a caller's lower-cased copy of the whole text gives the tokens Tokenize gives.
// Marks packed a token a byte fill all the room the tokenizer makes (a token a byte of the
// range).
const TokenizeCase kTokenizeCases[] = {
    {"(a),(b);[1]-{2}/\"Q\".", 0, 20, "(|a|)|,|(|b|)|;|[|1|]|-|{|2|}|/|\"|q|\"|."},
    {"Internationalisation resumed", 0, 28, "internationalisation|resumed"},
    {"Internationalisation resumed", 0, 12, "internationa"},
    {"Internationalisation resumed", 3, 24, "ernationalisation|res"},
    {"ABCDEFGH IJKLMNOPQ 23rd mid-2008", 0, 32, "abcdefgh|ijklmnopq|23rd|mid|-|2008"},
    {"Q1", 0, 2, "q|1"},
    // Words that end at, one short of and one past the range's last eight bytes.
    {"Q1 abcdefgh", 0, 11, "q|1|abcdefgh"},
    {"Q1 abcdefgh", 0, 10, "q|1|abcdefg"},
    {"Q1 ab cdefgh", 0, 12, "q|1|ab|cdefgh"},
    {"a bcdefghij", 0, 11, "a|bcdefghij"},
    // Longer words that end within their second eight bytes, or exactly at their first eight.
    {"abcdefghijkl mnopqrstuvwx", 0, 25, "abcdefghijkl|mnopqrstuvwx"},
    {"abcdefgh,ijklmnopqrstuvw", 0, 24, "abcdefgh|,|ijklmnopqrstuvw"},
};

class TokenizeTest : public testing::TestWithParam<TokenizeCase> {};

std::string JoinedLower(const TokenVector& tokens) {
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out.push_back('|');
    out.append(t.lower);
  }
  return out;
}

TEST_P(TokenizeTest, ReadsWholeWordsOfTheRange) {
  const TokenizeCase& c = GetParam();
  std::string lowered;
  EXPECT_EQ(JoinedLower(Tokenize(c.text, c.begin, c.end, &lowered)), c.lower) << c.text;
  const std::string lower_text = AsciiLower(c.text);
  TokenVector tokens(3, Token{});   // replaced, not appended to
  TokenizeLowered(c.text, lower_text, c.begin, c.end, &tokens);
  EXPECT_EQ(JoinedLower(tokens), c.lower) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Cases, TokenizeTest, testing::ValuesIn(kTokenizeCases));

struct SpacingCase {
  std::string text;
  std::string tokens;   // each token's lower form after "s" (space before) and "n" (newline before), joined by '|'
};

// The tokenizer takes the single space after a token with it, and reads a no-break space as
// spacing: the flags must come out as a byte-by-byte reading gives them.
const SpacingCase kSpacingCases[] = {
    {"a b", "a|sb"},
    {"a  b", "a|sb"},
    {"a \n b", "a|snb"},
    {"a\nb c", "a|snb|sc"},
    {"a,b", "a|,|b"},
    {"a, 5th", "a|,|s5th"},
    {"a\u00a0b", "a|sb"},
    {"a \u00a0 b", "a|sb"},
    {"x \u2019 y`z", "x|s'|sy|'|z"},
    {" \tlead trail ", "slead|strail"},
};

std::string Spacing(const TokenVector& tokens) {
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out.push_back('|');
    if (t.space_before) out.push_back('s');
    if (t.newline_before) out.push_back('n');
    out.append(t.lower);
  }
  return out;
}

TEST(TemporalTokens, SpacingFlagsFollowTheText) {
  for (const SpacingCase& c : kSpacingCases) {
    std::string lowered;
    const TokenVector tokens = Tokenize(c.text, 0, c.text.size(), &lowered);
    EXPECT_EQ(Spacing(tokens), c.tokens) << c.text;
    for (const Token& t : tokens) {
      EXPECT_LT(t.begin, t.end) << c.text;
      EXPECT_LE(t.end, c.text.size()) << c.text;
    }
  }
}

// A range longer than the tokenizer's chunk of room (64 KiB), one token a byte at most: every
// token is kept, in order, across the chunks' seams, and each view matches its text.
TEST(TemporalTokens, LongRangesKeepEveryToken) {
  std::string text;
  for (int k = 0; text.size() < 200000; ++k) text += (k % 7 == 0) ? "Monday,2024;" : "abcdefghijklm,";
  std::string lowered;
  const TokenVector tokens = Tokenize(text, 0, text.size(), &lowered);
  std::size_t at = 0;
  for (const Token& t : tokens) {
    ASSERT_EQ(t.begin, at);
    EXPECT_EQ(t.lower, AsciiLower(text.substr(t.begin, t.end - t.begin)));
    at = t.end;
  }
  EXPECT_EQ(at, text.size());
}

// What the scanner finds in `text`, as "first-last=value" items, trying the rules at every
// trigger token or skipping those that open nothing: with the word ids FindDates reads
// (ScanText), so that the words they mark as opening nothing are checked too.
std::string ScanWith(const std::string& text, bool try_every_trigger) {
  std::string out;
  for (const Found& f : ScanText(text, try_every_trigger)) {
    out += std::to_string(f.first) + "-" + std::to_string(f.last) + "=" + f.value + "; ";
  }
  return out;
}

// The skip rests on a hand-kept list of the words rules read at their start: every word of
// the categories it skips (prepositions, tense and not-a-year words), in both cases, before
// every vocabulary phrase and a few expressions, must give what trying every trigger gives.
TEST(TemporalVocab, SkippingWordsThatOpenNothingDropsNoExpression) {
  std::vector<std::string> starts;
  std::vector<std::string> continuations = {
      "2023",       "5 years",      "May 5, 2024",          "the first quarter of 2023", "Monday",
      "10 a.m.",    "the 1990s",    "three weeks ago",      "spring",                    "2005 to 2007",
      "Q3 2024",    "January until March", "May 3 to May 5, 2024",
      // A word no phrase goes on with: the skip passes it with the word before (SkipQuiet), and
      // a preposition with an article before it.
      "company",    "company 5 years", "Iraq in 2023", "plan , 2023", "xyz - 5 June", "the company 5 years",
      "a plan in 2023", "the Smith 2023", "this plan , 2023", "the past company"};
  for (const LexiconEntry& e : Lexicon("en/temporal_words")) {
    const bool skipped_kind = e.canonical.rfind("prep:", 0) == 0 || e.canonical.rfind("tense:", 0) == 0 ||
                              e.canonical.rfind("notyear:", 0) == 0;
    for (std::size_t v = 1; v < e.variants.size(); ++v) {
      continuations.push_back(e.variants[v]);
      if (!skipped_kind) continue;
      starts.push_back(e.variants[v]);
      std::string capital = e.variants[v];
      capital[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capital[0])));
      starts.push_back(capital);
    }
  }
  ASSERT_FALSE(starts.empty());
  for (const std::string& start : starts) {
    for (const std::string& rest : continuations) {
      const std::string text = "It was " + start + " " + rest + " here.";
      ASSERT_EQ(ScanWith(text, false), ScanWith(text, true)) << text;
    }
  }
}

// Articles, demonstratives, leads and marks are skipped before a plain word, and for a mark
// but "'" everywhere: before every vocabulary phrase, after a plain word or not, the skip must
// give what trying every trigger gives.
TEST(TemporalVocab, SkippingArticlesBeforePlainWordsDropsNoExpression) {
  std::vector<std::string> continuations = {
      "2023", "5 years", "May 5, 2024", "the first quarter of 2023", "Monday", "10 a.m.", "'90s",
      "1990s", "three weeks ago", "spring", "quarter", "comparable quarter", "year-earlier period",
      "new year", "day before", "same day", "latest quarter", "Q3 2024", "company", "company 2023",
      "calendar year", "full year", "whole three months", "more years", "pair of years", "couple of weeks"};
  for (const LexiconEntry& e : Lexicon("en/temporal_words")) {
    for (std::size_t v = 1; v < e.variants.size(); ++v) continuations.push_back(e.variants[v]);
  }
  for (const std::string start : {"the", "The", "a", "an", "this", "That", "from", "between", "-", "'", ","}) {
    for (const std::string& rest : continuations) {
      for (const std::string plain : {"", "company "}) {
        const std::string text = "It was " + start + " " + plain + rest + " here.";
        ASSERT_EQ(ScanWith(text, false), ScanWith(text, true)) << text;
      }
    }
  }
}

// Numbers that can be no year, ordinal or decade are skipped before a plain word: before every
// vocabulary phrase and every word a rule names, after a plain word or not, the skip must give
// what trying every number gives.
TEST(TemporalVocab, SkippingNumbersBeforePlainWordsDropsNoExpression) {
  std::vector<std::string> continuations = {
      "2023", "5 years", "May 5, 2024", "June", "Monday", "a.m.", "p.m.", "am", "pm", "PM", "o'clock", ":30",
      "%", "percent", "- 5 June", "to 5 June", "till 7 June", "thru 7 June", "until 9 May", "and 7 June", "of May",
      "full years", "more weeks", "consecutive quarters", "million", "times a year", "company", "PressRelease",
      "square feet", "'s", "s", "th", "-year", "- year", "century", "quarter", "half", "ago", "years ago",
      "earlier", "later", "hours", "months", "weeks", "days", "o", "m", "p", "q", "fy", "new", "same",
      // Marks: most open nothing after a count (MarkMayFollowCount).
      ",", ", 2023", ".", ". 2023", ".6.2023", "/6/2023", "/", "/ June", ")", "; 5 June", "& 7 June", "*",
      "#", "+ 5 years", "=", "?"};
  for (const LexiconEntry& e : Lexicon("en/temporal_words")) {
    for (std::size_t v = 1; v < e.variants.size(); ++v) continuations.push_back(e.variants[v]);
  }
  for (const std::string number : {"1", "5", "12", "24", "31", "99", "100", "250", "12345", "0", "05"}) {
    for (const std::string& rest : continuations) {
      for (const std::string plain : {"", "company "}) {
        for (const std::string lead : {"It was ", "It was the ", "from ", "between "}) {
          const std::string text = lead + number + " " + plain + rest + " here.";
          ASSERT_EQ(ScanWith(text, false), ScanWith(text, true)) << text;
        }
      }
    }
  }
}

// A count before a mark it touches ("5,", "20%", "5/6/2023") is skipped unless the mark may go
// on with a date, a clock time or a duration: the skip must give what trying every number gives.
TEST(TemporalVocab, SkippingNumbersBeforeMarksDropsNoExpression) {
  for (const std::string text :
       {"On 5/6/2023 and 5.6.2023 and 5-6-2023 we met.", "At 5:30 pm, 20%, (3), 12, 7. 8; 9) or 3/4 of it.",
        "From 5,6 June to 7.June and 3/ May, 10.30 a.m.", "It took 5, 10 and 15 years; 3 - 5 years later.",
        "Rated 5/5 by 3/10 of them, 2.5 million in 1.5 years.", "It was 11/2023 and 3.2023 then."}) {
    EXPECT_EQ(ScanWith(text, false), ScanWith(text, true)) << text;
  }
}

// MayBeTwoWordPhrase may err only towards true: every phrase of two first words that has hits
// where it matches (what the scanner's skip of "in the company" relies on) is in the table.
TEST(TemporalVocab, TwoWordPhraseTableHoldsEveryPhraseOfTwoFirstWords) {
  const Vocab& vocab = Vocab::Get();
  int checked = 0;
  for (const LexiconEntry& e : Lexicon("en/temporal_words")) {
    for (std::size_t v = 1; v < e.variants.size(); ++v) {
      std::string lowered;
      const TokenVector tokens = Tokenize(e.variants[v], 0, e.variants[v].size(), &lowered);
      if (tokens.size() != 2) continue;
      const Vocab::FirstWord* first = vocab.FirstWordOf(tokens[0].lower);
      const Vocab::FirstWord* second = vocab.FirstWordOf(tokens[1].lower);
      if (first == nullptr || second == nullptr) continue;
      std::vector<VocabHit> hits;
      vocab.MatchLonger(*first, tokens, 0, &hits);
      const bool spelled = std::any_of(hits.begin(), hits.end(), [](const VocabHit& h) { return h.length == 2; });
      if (!spelled) continue;
      EXPECT_TRUE(vocab.MayBeTwoWordPhrase(first->id, second->id)) << e.variants[v];
      ++checked;
    }
  }
  EXPECT_GT(checked, 0);
}

// Month and weekday names in lower case, and words that open only a duration, are passed with a
// word no phrase goes on with (SkipQuiet): before such words, the skip must give what trying
// every trigger gives.
TEST(TemporalVocab, SkippingNamesAndCountWordsBeforePlainWordsDropsNoExpression) {
  for (const std::string start : {"may", "May", "march", "March", "sunday", "Sunday", "one", "One", "many", "about",
                                   "About", "several", "two", "some", "nearly", "both", "in", "In", "for", "at"}) {
    for (const std::string rest : {"company", "company 5 years", "Smith 2023", "people in 2023", "plan , 2023",
                                   "the company 2023", "the people 5 years", "a Smith 5 June", "Smith 5 June"}) {
      for (const std::string lead : {"It was ", "", "the ", "from "}) {
        const std::string text = lead + start + " " + rest + " here.";
        ASSERT_EQ(ScanWith(text, false), ScanWith(text, true)) << text;
      }
    }
  }
}

// MatchAt tries at a token only the rules whose first test it passes (RulesAt): at every
// vocabulary phrase, month and weekday name, in both cases, and at numbers of every shape,
// before a few expressions, what it finds must be what trying every rule finds.
TEST(TemporalVocab, SkippingRulesByTheirFirstTestDropsNoExpression) {
  std::vector<std::string> starts = {"1", "5", "12", "24", "31", "32", "99", "2023", "1990s", "5th", "'",
                                     "-", "Q", "H", "FY", "the", "The", "from", "between", "a", "an",
                                     "that", "this", "earlier", "later", "comparable", "year", "1000", "0",
                                     // PeriodOfYear reads these by name; lowercase words open no date.
                                     "fiscal", "last", "latter", "Latter", "first", "one", "about", "company"};
  for (const std::string_view name : {"en/temporal_words", "en/months", "en/weekdays"}) {
    for (const LexiconEntry& e : Lexicon(name)) {
      for (std::size_t v = 1; v < e.variants.size(); ++v) {
        starts.push_back(e.variants[v]);
        std::string capital = e.variants[v];
        capital[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capital[0])));
        starts.push_back(capital);
      }
    }
  }
  const std::vector<std::string> continuations = {
      "2023", "5 years", "May 5, 2024", "5th of May", "the first quarter of 2023", "Monday", "10 a.m.",
      "'90s", "three weeks ago", "spring 2023", "Q3 2024", "year", "years ago", "quarter", "half of 2024",
      "- 2025", "/ 05 / 2024", "months of 2025", "century", "company", "morning", "earlier", "fiscal 2024",
      // What the rules read after their start (NarrowSpelled, NarrowOneWord, NumberRulesAt):
      ":30 a.m.", "am", "pm", "a.m.", "p.m.", "o'clock", "of May 2024", "to 5 June", "through 7 June",
      "until 9 May", "till 7 June", "thru 7 June", "and 7 June", "- 5 June", "June 2024", "third quarter",
      "'s third quarter", "year's third quarter", "year - earlier period", "comparable quarter",
      "comparable year - ago quarter", "latest quarter", "same quarter", "new year", "day before.",
      "first nine months of 2025", "last three months", "full years", "more weeks", "to three years",
      "or two weeks", "- year", "past three years", "calendar year", "fiscal year 2024", "in the day",
      "on that day", "that week", "the week", "5th century", "20th century", "Monday morning", "few years",
      "couple of weeks", "dozen years", "twenty - four months", "the past year", "mid-2024", "end of 2024",
      "- 5 of June", "to the 5th of June", "- 05 - 2024", ". 05 . 2024", "- 1 - 2", "than three years",
      "a couple of years", "long - term", "more than a year", "- 7 ,",
      // What PeriodOfYear reads after an ordinal, "last" or "latter"; what opens nothing.
      "fiscal quarter", "- quarter", "fiscal - half", "half", "quarter results", "of the", "the", "is",
      "million", ", 2024", "."};
  for (const std::string& start : starts) {
    for (const std::string& rest : continuations) {
      const std::string text = "It was " + start + " " + rest + " here.";
      ASSERT_EQ(ScanWith(text, false), ScanWith(text, true)) << text;
    }
  }
}

struct WordKeyCase {
  std::string_view word;
  std::uint32_t id;   // kNoWordId: not in the table
};

// Words that share bytes, a prefix or a length with the keys are no keys; every key of one to
// eight letters finds its own id.
TEST(WordKeyTable, FindsEachKeyByItsBytes) {
  WordKeyTable table;
  const std::string_view keys[] = {"a", "an", "the", "may", "march", "tomorrow", "q"};
  for (std::uint32_t k = 0; k < std::size(keys); ++k) table.Insert(keys[k], k);
  const WordKeyCase cases[] = {{"a", 0},         {"an", 1},         {"the", 2},   {"may", 3},  {"march", 4},
                               {"tomorrow", 5},  {"q", 6},          {"th", kNoWordId}, {"ma", kNoWordId},
                               {"marc", kNoWordId}, {"tomorro", kNoWordId}, {"b", kNoWordId}, {"aa", kNoWordId}};
  for (const WordKeyCase& c : cases) EXPECT_EQ(table.Find(WordKey(c.word)), c.id) << c.word;
  EXPECT_EQ(WordKey("ab"), 0x6261u);
  EXPECT_EQ(WordKeyTable().Find(WordKey("a")), kNoWordId);
  EXPECT_EQ(WordKeyTable().Find(0), kNoWordId);
  // A longer word is found by its first eight bytes, apart from the word of those eight.
  table.Insert("yesterday", 9);
  EXPECT_EQ(table.Find(LongWordKey("yesterdays")), 9u);
  EXPECT_EQ(table.Find(WordKey("yesterda")), kNoWordId);
  EXPECT_EQ(table.Find(LongWordKey("tomorrows")), kNoWordId);
}

// FindAscii, the tokenizer's lookup of a mark, answers as Find does for every byte.
TEST(WordKeyTable, FindsOneByteKeysWithoutAProbe) {
  WordKeyTable table;
  table.Insert("q", 1);
  table.Insert(",", 2);
  table.Insert("'", 3);
  table.Insert("-", 4);
  table.Insert("-", 5);   // the last id stays, as in the slots
  for (int c = 1; c < 256; ++c) {
    const auto byte = static_cast<unsigned char>(c);
    const std::uint32_t expected = c < 0x80 ? table.Find(byte) : kNoWordId;
    EXPECT_EQ(table.FindAscii(byte), expected) << c;
  }
  EXPECT_EQ(table.FindAscii('-'), 5u);
  EXPECT_EQ(WordKeyTable().FindAscii(','), kNoWordId);
}

// The scanner takes a word the table lacks for one that continues no phrase (NextMayExtend):
// every later word of a phrase that the tokenizer looks up must be in it.
TEST(TemporalVocab, EveryLaterWordOfAPhraseIsInTheWordTable) {
  const std::vector<std::string_view> later = Vocab::Get().LaterWords();
  ASSERT_FALSE(later.empty());
  for (const std::string_view word : later) {
    const std::string text(word);
    const std::string lowered = AsciiLower(text);
    TokenVector tokens;
    TokenizeLowered(text, lowered, 0, text.size(), &tokens, &Scanner::WordIds());
    ASSERT_EQ(tokens.size(), 1u) << word;
    EXPECT_NE(tokens[0].word_id, kNoWordId) << word;
  }
}

// The ids the tokenizer gives words and ASCII marks, at the start, the middle and the end of
// a range, in any case and of any length, are those FirstWordOf gives (past the scanner's mark
// for words that open nothing); tokens it does not look up say so.
TEST(TemporalVocab, TokenizerWordIdsAgreeWithFirstWordOf) {
  const Vocab& vocab = Vocab::Get();
  const std::string text =
      "The company said THAT in March, on Monday the 5th, it would begin; Internationalisation "
      "resumed this Quarter - and `90 NEXT year \u2019s. Last a an of (Tomorrow) more fiscal Yesterday";
  const std::string lower_text = AsciiLower(text);
  for (std::size_t end = text.size() - 12; end <= text.size(); ++end) {
    TokenVector tokens;
    TokenizeLowered(text, lower_text, 0, end, &tokens, &Scanner::WordIds());
    for (const Token& t : tokens) {
      const Vocab::FirstWord* word = vocab.FirstWordOf(t.lower);
      const bool ascii_mark = t.kind == TokenKind::kPunct && static_cast<unsigned char>(text[t.begin]) < 0x80;
      if (t.kind == TokenKind::kNumber || (t.kind == TokenKind::kPunct && !ascii_mark)) {
        EXPECT_EQ(t.word_id, kWordIdUnknown) << t.lower;
      } else if (t.lower.size() > WordKeyTable::kMaxSize) {
        // Known by its first eight letters only: the scanner asks the vocabulary.
        EXPECT_EQ(t.word_id, word != nullptr || t.lower.starts_with("yesterda") ? kWordIdUnknown : kNoWordId) << t.lower;
      } else if (word == nullptr) {
        // Words the scanner's skips read by name ("s", "more") are marked so; others are none.
        const bool named = t.lower == "s" || t.lower == "more";
        EXPECT_EQ(t.word_id, named ? kNamedWordId : kNoWordId) << t.lower;
      } else {
        EXPECT_EQ(&vocab.FirstWordById(t.word_id & 0xFFFFFu), word) << t.lower;   // less the quiet and lead marks
      }
    }
  }
}

}  // namespace
}  // namespace prextract::internal
