// The letter-case flags of the tokeniser and the list of capitalised words the scanners visit.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lexicon/lexicon.h"
#include "participants/lexicons.h"
#include "participants/name_parts.h"
#include "participants/tokens.h"

namespace prextract::internal::parts {
namespace {

// The tokens of all of `text` into *b, marked as the stage marks a block it reads.
// `lowered`: AsciiLower(text), which the tokens view.
void ReadMarked(std::string_view text, std::string_view lowered, BlockTokens* b) {
  TokenizeBlockInto(text, Span{0, text.size()}, lowered, &b->tokens);
  MarkPhraseStarts(&b->tokens);
  MarkNameWords(b);
}

std::vector<std::size_t> Indices(std::span<const std::uint32_t> s) { return {s.begin(), s.end()}; }

// One word alone: its capitalisation, whether read off its ASCII letters or decoded.
TEST(ParticipantsTokens, CaseFlags) {
  const struct {
    std::string_view word;
    bool cap, upper;
  } cases[] = {
      {"department", false, false},
      {"Department", true, false},
      {"BMBF", true, true},
      {"U.S.", true, true},
      {"AT&T", true, true},
      {"McDonald", true, false},
      {"eBay", false, false},
      {"3M", true, false},      // one letter: not upper case
      {"3COM", true, true},
      {"A", true, false},
      {"Éric", true, false},
      {"ÉCOLE", true, true},
      {"Ökonomie", true, false},
      {"Café", true, false},
      {"CAFé", true, false},    // a lower-case letter outside ASCII
      {"2024", false, false},
      {"O'Brien", true, false},   // a capital second: decoded
      {"Ab", true, false},
      {"AB", true, true},
  };
  for (const auto& c : cases) {
    const OwnTokens own = TokenizeOwn(c.word);
    const TokenVector& t = own.tokens;
    ASSERT_EQ(t.size(), 1u) << c.word;
    EXPECT_EQ(t[0].cap, c.cap) << c.word;
    EXPECT_EQ(t[0].upper, c.upper) << c.word;
  }
}

// Tokens that view a lower-cased copy of the text and the tokens of TokenizeOwn agree, in
// their lower case and in their case flags.
TEST(ParticipantsTokens, LowerCaseOfBlockAndOwnTokens) {
  const std::string_view cases[] = {
      "",
      "The U.S. Department of Justice's AT&T",
      "McDonald ÉCOLE Café eBay 3COM O'Brien x 'S",
      "ACME's  Inc. Ph.D. HR.com. Hersheyâs",
  };
  for (const std::string_view text : cases) {
    const std::string lowered = AsciiLower(text);
    OwnTokens made = TokenizeOwn(text);
    const OwnTokens own_tokens = std::move(made);   // the tokens' views survive the move
    const TokenVector& own = own_tokens.tokens;
    const TokenVector viewed = TokenizeBlock(text, Span{0, text.size()}, lowered);
    ASSERT_EQ(own.size(), viewed.size()) << text;
    for (std::size_t i = 0; i < own.size(); ++i) {
      EXPECT_EQ(Lower(own[i]), AsciiLower(own[i].text)) << own[i].text;
      EXPECT_EQ(Lower(viewed[i]), Lower(own[i])) << own[i].text;
      EXPECT_EQ(viewed[i].span, own[i].span) << own[i].text;
      EXPECT_EQ(viewed[i].cap, own[i].cap) << own[i].text;
      EXPECT_EQ(viewed[i].upper, own[i].upper) << own[i].text;
    }
  }
}

// The tokeniser writes its tokens into room sized ahead, about one token per four bytes: text
// denser in tokens (a mark per byte) grows the room, and a vector that held a longer block
// before holds this block's tokens alone, each with the marks of a fresh token.
TEST(ParticipantsTokens, TokenizeBlockIntoGrowsAndReusesItsRoom) {
  const struct {
    std::string_view text;
    std::size_t count;
  } cases[] = {
      {"", 0},
      {",", 1},
      {"(a),(b),(c),(d),(e),(f),(g),(h),(i),(j),(k),(l),(m),(n),(o),(p)", 63},
      {"Mr. Smith, the CEO of Acme Inc., said.", 11},
  };
  TokenVector reused;
  TokenizeBlockInto("one two three four five six seven eight nine ten", Span{0, 48},
                    "one two three four five six seven eight nine ten", &reused);
  for (const auto& c : cases) {
    const std::string lowered = AsciiLower(c.text);
    TokenizeBlockInto(c.text, Span{0, c.text.size()}, lowered, &reused);
    const OwnTokens own = TokenizeOwn(c.text);
    ASSERT_EQ(reused.size(), c.count) << c.text;
    ASSERT_EQ(own.tokens.size(), c.count) << c.text;
    for (std::size_t i = 0; i < c.count; ++i) {
      const Token& t = reused[i];
      EXPECT_EQ(t.span, own.tokens[i].span) << c.text << " " << i;
      EXPECT_EQ(t.text, c.text.substr(t.span.start, t.span.end - t.span.start)) << c.text;
      EXPECT_EQ(t.word, own.tokens[i].word) << c.text << " " << i;
      EXPECT_EQ(t.sentence_start, own.tokens[i].sentence_start) << c.text << " " << i;
      EXPECT_FALSE(t.used) << c.text;
      EXPECT_EQ(t.phrase_start, -1) << c.text;
      EXPECT_EQ(t.name_word, -1) << c.text;
      EXPECT_EQ(t.first_mask | t.later_masks, 0u) << c.text;
    }
  }
}

// MarkNameWords lists the capitalised words in order; punctuation and lower-case words are
// left out.
TEST(ParticipantsTokens, MarkNameWordsListsCapitals) {
  const struct {
    std::string_view text;
    std::vector<std::size_t> capitals;
  } cases[] = {
      {"", {}},
      {"said the minister.", {}},
      {"Foreign Minister Annalena Baerbock said", {0, 1, 2, 3}},
      {"the U.S. Department of Justice, and Acme's CEO", {1, 2, 4, 7, 9}},
      {"\"Germany\" - yes", {1}},
  };
  for (const auto& c : cases) {
    BlockTokens b;
    const std::string lowered = AsciiLower(c.text);
    ReadMarked(c.text, lowered, &b);
    EXPECT_EQ(Indices(b.capitals()), c.capitals) << c.text;
  }
}

// The words "the ministry" may stand for: those whose own key the anaphora lexicon holds,
// in any case, and no word of a longer phrase alone.
TEST(ParticipantsTokens, AnaphoraWordsListsTheLexiconsWords) {
  const struct {
    std::string_view text;
    std::vector<std::size_t> anaphora;
  } cases[] = {
      {"", {}},
      {"said the minister.", {}},
      {"the ministry and the Company said", {1, 4}},
      {"Ministry of Justice, ministries", {0}},
  };
  for (const auto& c : cases) {
    BlockTokens b;
    const std::string lowered = AsciiLower(c.text);
    ReadMarked(c.text, lowered, &b);
    const std::span<const std::uint32_t> words = b.anaphora_words();
    EXPECT_EQ(Indices(words), c.anaphora) << c.text;
    for (std::size_t i = 0; i < b.tokens.size(); ++i) {
      const bool listed = std::find(words.begin(), words.end(), i) != words.end();
      EXPECT_EQ(listed, HasWord(kOrgAnaphoraBit, b.tokens[i])) << c.text << " " << i;
    }
  }
}

// MarkNameWords lists a word among the person openers when it is a name word, begins a
// title, modifier or honorific, or comes before a name word; every other token is no name
// word. Its lists agree with those marks token by token.
TEST(ParticipantsTokens, MarkNameWordsListsPersonOpeners) {
  const std::string_view texts[] = {
      "",
      "said the minister.",
      "said the minister Jane Smith.",
      "Foreign Minister Annalena Baerbock said the ministry, and Dr. Aziz",
      "the U.S. Department of Justice, and Acme's CEO Vice President Kamala Harris",
      "\"Germany\" - yes, Mr. Aziz of the European Union; secretary of state John Kerry",
  };
  constexpr std::uint32_t kTitleStarts = kTitlesBit | kModifiersBit | kHonorificsBit;
  for (const std::string_view text : texts) {
    const std::string lowered = AsciiLower(text);
    BlockTokens b;
    ReadMarked(text, lowered, &b);
    const TokenVector& t = b.tokens;
    std::vector<std::size_t> openers, capitals, anaphora;
    for (std::size_t i = 0; i < t.size(); ++i) {
      const bool name_next = i + 1 < t.size() && t[i + 1].name_word == 1;
      if (t[i].word && (name_next || t[i].name_word == 1 || MayBeginPhrase(t[i], kTitleStarts))) {
        openers.push_back(i);
      }
      if (t[i].word && t[i].cap) capitals.push_back(i);
      if (HasWord(kOrgAnaphoraBit, t[i])) anaphora.push_back(i);
      EXPECT_EQ(t[i].name_word, t[i].word && t[i].cap && NameWordUncached(t[i]) ? 1 : 0)
          << text << " " << i;
    }
    EXPECT_EQ(Indices(b.person_openers()), openers) << text;
    EXPECT_EQ(Indices(b.capitals()), capitals) << text;
    EXPECT_EQ(Indices(b.anaphora_words()), anaphora) << text;
  }
}

// A block whose vector and index array are reused for the next text (as the stage reuses
// the blocks of earlier releases) reads that text exactly as a new block does: no token,
// mark or index of the text before is left over, whether the next text is longer or shorter.
TEST(ParticipantsTokens, ReusedBlockReadsLikeNewOne) {
  const std::string_view texts[] = {
      "Foreign Minister Annalena Baerbock said the U.S. Department of Justice and Acme's CEO",
      "said the minister.",
      "",
      "\"Germany\" - yes, Mr. Aziz of the European Union",
      "The World Bank",
  };
  BlockTokens reused;
  for (const std::string_view text : texts) {
    const std::string lowered = AsciiLower(text);
    BlockTokens fresh;
    for (BlockTokens* b : {&fresh, &reused}) ReadMarked(text, lowered, b);
    ASSERT_EQ(reused.tokens.size(), fresh.tokens.size()) << text;
    for (std::size_t i = 0; i < fresh.tokens.size(); ++i) {
      EXPECT_EQ(reused.tokens[i].span, fresh.tokens[i].span) << text;
      EXPECT_EQ(reused.tokens[i].name_word, fresh.tokens[i].name_word) << text;
      EXPECT_EQ(reused.tokens[i].first_mask, fresh.tokens[i].first_mask) << text;
      EXPECT_EQ(reused.tokens[i].used, false) << text;
    }
    EXPECT_EQ(Indices(reused.capitals()), Indices(fresh.capitals())) << text;
    EXPECT_EQ(Indices(reused.person_openers()), Indices(fresh.person_openers())) << text;
    EXPECT_EQ(Indices(reused.anaphora_words()), Indices(fresh.anaphora_words())) << text;
    // A scanner's claim, which the next read must clear.
    if (!reused.tokens.empty()) reused.tokens[0].used = true;
  }
}

// The connectors of a capitalised run, and the runs told to be one word by the token after
// their first: each such run is the one ParseCapRun reads.
TEST(ParticipantsTokens, RunEndsAfterFirst) {
  for (std::string_view k : {"of", "and", "for", "the", "on", "&", "'s", "\u2019s", "de", "du"}) {
    EXPECT_TRUE(IsConnector(k)) << k;
  }
  for (std::string_view k : {"", "a", "to", "in", "or", "ands", "fort", "s", "\u2019", "des"}) {
    EXPECT_FALSE(IsConnector(k)) << k;
  }
  const struct {
    std::string_view text;
    std::size_t i;
    bool alone;
  } cases[] = {
      {"The company said so.", 0, true},
      {"He met Smith yesterday.", 2, true},
      {"He met Smith", 2, true},
      {"He met Smith.", 2, false},   // punctuation: the parse tells
      {"Bureau of Prisons staff", 0, false},
      {"Acme and Beta Labs", 0, false},
      {"New York officials", 0, false},
      {"New York officials", 1, true},
  };
  for (const auto& c : cases) {
    const std::string text(c.text);
    const std::string lowered = AsciiLower(text);
    BlockTokens b;
    ReadMarked(text, lowered, &b);
    EXPECT_EQ(RunEndsAfterFirst(b.tokens, c.i), c.alone) << c.text;
    if (c.alone) {
      EXPECT_EQ(ParseCapRun(b.tokens, c.i), c.i + 1) << c.text;
    }
  }
}

}  // namespace
}  // namespace prextract::internal::parts
