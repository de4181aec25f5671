// The one-edit test of the title typo scan; the phrase-start test of the scanners; the
// marks of a token's own lexicons and of plurals; the phrase keys of names.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "participants/lexicons.h"

namespace prextract::internal::parts {
namespace {

TEST(ParticipantsLexicons, OneEditApartSameSize) {
  const struct {
    std::string_view a, b;
    bool one_edit;
  } cases[] = {
      {"minister", "minister", false},   // equal
      {"minsiter", "minister", true},    // neighbours swapped
      {"ninister", "minister", true},    // first letter replaced
      {"ministea", "minister", true},    // last letter replaced
      {"mimister", "minister", true},
      {"mnisiter", "minister", false},   // two edits
      {"ab", "ba", true},
      {"abc", "cba", false},             // a swap over a distance
      {"abcd", "badc", false},           // two swaps
      {"x", "y", true},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(OneEditApartSameSize(c.a, c.b), c.one_edit) << c.a << " " << c.b;
  }
}

// MayBeginPhrase turns a token away only when no phrase of the lexicon starts there.
TEST(ParticipantsLexicons, MayBeginPhrase) {
  const std::string_view text = "Officials of the United States and Germany said";
  OwnTokens own = TokenizeOwn(text);
  TokenVector& tokens = own.tokens;
  ASSERT_EQ(tokens.size(), 8u);
  EXPECT_TRUE(MayBeginPhrase(tokens[0], kCountriesBit));   // not marked yet: may begin any
  MarkPhraseStarts(&tokens);
  const struct {
    std::size_t token;
    bool may_begin_country;
  } cases[] = {{0, false}, {3, true}, {6, true}, {7, false}};
  for (const auto& c : cases) {
    EXPECT_EQ(MayBeginPhrase(tokens[c.token], kCountriesBit), c.may_begin_country) << c.token;
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::string code;
    if (!MayBeginPhrase(tokens[i], kCountriesBit)) {
      EXPECT_EQ(LongestMatch(Lexicons().countries, tokens, i, &code), 0u) << i;
    }
  }
}

// The marks take a token's lexicons through a memo and a table of short words, and past a
// filter of long ones: they must be the table's, for words met again, for words of one size
// that differ only inside, and for long words the table holds or lacks.
TEST(ParticipantsLexicons, MarkedWordBitsAreTheTable) {
  const std::string_view text =
      "The minister said the ministry and the minister of the state said thx tha the Mr Ms Dr "
      "Dr. a I A of or on in an as at ministar secretary secretarial the said "
      // Words of more than eight bytes, some keys and some not.
      "Administration administrations Department Departments Corporation Corporations "
      "international Intergovernmental extraordinarily Netherlands netherlandz";
  const OwnTokens unmarked_own = TokenizeOwn(text);
  const TokenVector& unmarked = unmarked_own.tokens;
  OwnTokens marked_own = TokenizeOwn(text);
  TokenVector& marked = marked_own.tokens;
  MarkPhraseStarts(&marked);
  for (std::size_t i = 0; i < marked.size(); ++i) {
    EXPECT_EQ(WordBits(marked[i]), UnmarkedWordBits(unmarked[i])) << marked[i].text;
  }
}

// The walk from a token marks the lexicons of its longer keys, whose second words go through
// a memo of word pairs: the marks must be those of the keys looked up in the table, for pairs
// met again, for pairs of one size that differ inside, and for words too long for the memo.
TEST(ParticipantsLexicons, MarkedLaterMasksAreTheTable) {
  const std::string_view text =
      "the Secretary of State met the secretary of state and the Secretary of Defense , "
      "the United States and the United Kingdom and the United Nations and the United Natiosn , "
      "of the of the of the Department of Justice and the Department of Defence , "
      "the Vice President and the vice president and the Prime Minister , "
      "Smart & Sassy and AT&T , the Administration of Justice and Intergovernmental Affairs";
  OwnTokens own = TokenizeOwn(text);
  TokenVector& tokens = own.tokens;
  MarkPhraseStarts(&tokens);
  const ParticipantLexicons& lex = Lexicons();
  const auto value = [&](std::size_t from, std::size_t to) -> std::uint32_t {
    const auto it = lex.phrase_table.find(PhraseKey(tokens, from, to));
    return it == lex.phrase_table.end() ? 0 : it->second;
  };
  const std::size_t most = std::min(lex.max_phrase_words, PhraseWalk::kCapacity);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::uint32_t later = 0;
    if ((value(i, i + 1) & kBeginsLongerKey) != 0) {
      for (std::size_t n = 2; n <= most && i + n <= tokens.size(); ++n) {
        const std::uint32_t v = value(i, i + n);
        if (v == 0) break;
        later |= v & ~kBeginsLongerKey;
        if ((v & kBeginsLongerKey) == 0) break;
      }
    }
    EXPECT_EQ(tokens[i].later_masks, later) << i << " " << tokens[i].text;
  }
}

// The plural marks: a head word or programme word of three letters or more with an "s",
// as the scanners read plurals by their singular.
TEST(ParticipantsLexicons, PluralWordBits) {
  const struct {
    std::string_view word;
    std::uint32_t bits;   // of kPluralOrgWordsBit and kPluralNonOrgWordsBit
  } cases[] = {
      {"Departments", kPluralOrgWordsBit},
      {"agencies", 0},   // not the singular with an "s"
      {"Agencys", kPluralOrgWordsBit},
      {"Accords", kPluralNonOrgWordsBit},
      {"Department", 0},
      {"Accord", 0},
      {"Said", 0},
  };
  constexpr std::uint32_t kPlurals = kPluralOrgWordsBit | kPluralNonOrgWordsBit;
  for (const auto& c : cases) {
    OwnTokens own = TokenizeOwn(c.word);
    ASSERT_EQ(own.tokens.size(), 1u) << c.word;
    EXPECT_EQ(UnmarkedWordBits(own.tokens[0]) & kPlurals, c.bits) << c.word;
    MarkPhraseStarts(&own.tokens);
    EXPECT_EQ(WordBits(own.tokens[0]) & kPlurals, c.bits) << c.word;
  }
}

// PhraseKeyOf keys a plain phrase without tokenising it: the key must be the tokeniser's.
TEST(ParticipantsLexicons, PhraseKeyOfIsTheKeyOfTheTokens) {
  const std::string_view cases[] = {
      "FBI",                               // plain: lower-cased as it is
      "Department of Justice",
      "U.S. Department of Justice",        // periods: tokenised
      "Barclays Capital, Inc.",
      "AT&T",
      "Smart & Sassy",                     // "&" keys as "and"
      "Justice  Department",               // two spaces fold to one
      " Acme ",
      "Hershey's",
      "",
  };
  for (const std::string_view s : cases) {
    const OwnTokens own = TokenizeOwn(s);
    const TokenVector& tokens = own.tokens;
    EXPECT_EQ(PhraseKeyOf(s), PhraseKey(tokens, 0, tokens.size())) << s;
  }
  EXPECT_EQ(PhraseKeyOf("Department of Justice"), "department of justice");
}

}  // namespace
}  // namespace prextract::internal::parts
