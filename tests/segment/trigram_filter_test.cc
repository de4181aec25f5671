#include "segment/trigram_filter.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"

namespace prextract::internal {
namespace {

TEST(TrigramFilterTest, EverySubstringMayOccur) {
  const std::string line = "this work may be used under the terms of kogl type 1.";
  const TrigramFilter filter(line);
  for (std::size_t start = 0; start < line.size(); ++start) {
    for (std::size_t length = 0; start + length <= line.size(); ++length) {
      ASSERT_TRUE(filter.MayContain(std::string_view(line).substr(start, length)))
          << line.substr(start, length);
    }
  }
}

// A long text's trigrams are hashed many at a time: its filter answers for every 3-byte
// probe as the filters of its trigrams one by one (hashed one at a time) do together.
TEST(TrigramFilterTest, ALongTextSetsTheSlotsItsTrigramsSetOneByOne) {
  std::string text, probes;
  std::uint32_t state = 12345;
  const auto next_byte = [&state] {
    state = state * 1103515245u + 12345u;
    return static_cast<char>(state >> 23);
  };
  for (int i = 0; i < 203; ++i) text.push_back(next_byte());
  for (int i = 0; i < 3000; ++i) probes.push_back(next_byte());
  const TrigramFilter whole(text);
  std::vector<TrigramFilter> one_by_one;
  for (std::size_t k = 0; k + 3 <= text.size(); ++k) one_by_one.emplace_back(std::string_view(text).substr(k, 3));
  for (std::size_t k = 0; k + 3 <= probes.size(); ++k) {
    const std::string_view probe = std::string_view(probes).substr(k, 3);
    bool expected = false;
    for (const TrigramFilter& f : one_by_one) expected = expected || f.MayContain(probe);
    ASSERT_EQ(whole.MayContain(probe), expected) << k;
  }
}

TEST(TrigramFilterTest, AbsentPhrasesAreRuledOut) {
  const TrigramFilter filter("the minister met her counterpart in berlin on tuesday.");
  EXPECT_FALSE(filter.MayContain("creative commons"));
  EXPECT_FALSE(filter.MayContain("all rights reserved"));
  EXPECT_FALSE(filter.MayContain("please refer to the attached"));
}

TEST(TrigramFilterTest, ShortPhrasesAndEmptyTextsStayPossible) {
  const TrigramFilter empty("");
  EXPECT_TRUE(empty.MayContain("cc"));
  EXPECT_TRUE(empty.MayContain(""));
  EXPECT_FALSE(empty.MayContain("kogl"));
}

TEST(TrigramFilterTest, AResetFilterAnswersForItsNewTextOnly) {
  TrigramFilter filter("creative commons attribution");
  // Past 255 resets the generations wrap and the table is cleared: no old trigram survives.
  for (int round = 0; round < 600; ++round) {
    const bool odd = round % 2 == 1;
    filter.Reset(odd ? "all rights reserved" : "please refer to the attached file");
    ASSERT_FALSE(filter.MayContain("creative commons")) << round;
    ASSERT_EQ(filter.MayContain("rights reserved"), odd) << round;
    ASSERT_EQ(filter.MayContain("the attached"), !odd) << round;
  }
}

// The non-ASCII note is read in the trigram pass, sixteen bytes a step and the rest one
// trigram at a time: a byte from 0x80 is seen wherever it stands, in texts of every length,
// and a filter Reset to a plain text forgets it.
TEST(TrigramFilterTest, NotesANonAsciiByteAnywhere) {
  TrigramFilter reused{std::string_view()};
  for (std::size_t length = 0; length < 48; ++length) {
    const std::string plain(length, 'a');
    EXPECT_FALSE(TrigramFilter(plain).MayHoldNonAscii()) << length;
    for (std::size_t at = 0; at < length; ++at) {
      std::string text = plain;
      text[at] = '\xE2';
      EXPECT_TRUE(TrigramFilter(text).MayHoldNonAscii()) << length << " " << at;
      reused.Reset(text);
      EXPECT_TRUE(reused.MayHoldNonAscii()) << length << " " << at;
      reused.Reset(plain);
      EXPECT_FALSE(reused.MayHoldNonAscii()) << length << " " << at;
    }
  }
  EXPECT_TRUE(LowerLine("Caf\xC3\xA9").MayHoldNonAscii());
  EXPECT_FALSE(LowerLine("Cafe").MayHoldNonAscii());
}

TEST(LowerLineTest, ALineGivenAFilterToReuseAnswersAsOneWithItsOwn) {
  TrigramFilter reused("licensed under cc by 4.0");
  const std::string line = "Please refer to the ATTACHED PDF.";
  const LowerLine own(line);
  const LowerLine shared(line, {}, &reused);
  for (const std::string_view phrase : {"attached pdf", "refer to", "cc by 4.0", "licensed"}) {
    EXPECT_EQ(shared.MayHold(phrase), own.MayHold(phrase)) << phrase;
  }
  EXPECT_FALSE(shared.MayHold("licensed"));
}

TEST(TrigramFilterTest, MayHoldAnySearchesShortPhrasesInTheText) {
  const std::string line = "licensed under cc by 4.0";
  const TrigramFilter filter(line);
  EXPECT_TRUE(MayHoldAny(line, filter, {"zz", "cc"}));
  EXPECT_TRUE(MayHoldAny(line, filter, {"kogl", "licensed"}));
  EXPECT_FALSE(MayHoldAny(line, filter, {"zz", "kogl", "copyright"}));
  EXPECT_FALSE(MayHoldAny("", TrigramFilter(""), {"zz", "kogl"}));
}

TEST(TrigramFilterTest, MayHoldAnyFindsNonAsciiShortPhrasesOnlyWhereTheyAre) {
  const std::string sign = "\u00A9";   // two bytes, searched for, not ruled out by trigrams
  const std::string lines[] = {sign + " 2024 Acme", "Acme Corporation, all rights held " + sign,
                               "caf\u00E9 with no sign", "Copyright 2024 Acme", "ab"};
  for (const std::string& line : lines) {
    const bool holds = line.find(sign) != std::string::npos;
    EXPECT_EQ(MayHoldAny(line, TrigramFilter(line), {sign, "zz"}), holds) << line;
    EXPECT_EQ(LowerLine(line).MayHoldAny(PhraseSet({sign, "kogl"})), holds) << line;
  }
}

TEST(LowerLineTest, PartsAreLowerCaseAtTheSameOffsets) {
  const std::string line = "  Please refer to the ATTACHED PDF.";
  const LowerLine lower(line);
  EXPECT_EQ(lower.Part(2, 6), "please");
  EXPECT_EQ(lower.Part(line.find("ATTACHED"), 8), "attached");
  EXPECT_EQ(lower.Part(line.find("PDF"), 100), "pdf.");   // a size past the end is cut
}

TEST(LowerLineTest, ALineLoweredByTheCallerAnswersAsOneItLowers) {
  const std::string text = "Intro.\nThis work is under KOGL Type 1.";
  const std::string lowered = AsciiLower(text);
  const std::string_view line = std::string_view(text).substr(7);
  const LowerLine own(line);
  const LowerLine given(line, std::string_view(lowered).substr(7));
  EXPECT_EQ(given.Part(0, 4), own.Part(0, 4));
  EXPECT_EQ(given.Part(line.find("KOGL"), 4), "kogl");
  EXPECT_TRUE(given.MayHold("kogl type"));
  EXPECT_EQ(given.MayHoldAny({"creative commons", "kogl"}), own.MayHoldAny({"creative commons", "kogl"}));
}

TEST(LowerLineTest, MayHoldAnyIgnoresCase) {
  const LowerLine lower("This work is under KOGL Type 1.");
  EXPECT_TRUE(lower.MayHoldAny({"kogl type 1"}));
  EXPECT_FALSE(lower.MayHoldAny({"creative commons", "copyright"}));
}

TEST(LowerLineTest, APhraseSetAnswersAsItsList) {
  const std::vector<std::vector<std::string>> lists = {
      {"kogl type 1", "copyright"}, {"zz", "cc"}, {"creative commons", "ogl"}, {}, {"type", "x"}};
  for (const std::string line : {"This work is under KOGL Type 1.", "licensed under CC BY 4.0", "", "Ty"}) {
    const LowerLine lower(line);
    for (const std::vector<std::string>& list : lists) {
      EXPECT_EQ(lower.MayHoldAny(PhraseSet(list)), lower.MayHoldAny(list)) << line;
    }
  }
}

TEST(LowerLineTest, APhraseSetOfVariantsSharingWordsAnswersAsItsList) {
  const std::vector<std::string> list = {"creative commons", "creative commons attribution", "attribution",
                                         "cc by-sa",         "all rights reserved",          "rights",
                                         "copyright",        "copyright notice",             "zz"};
  const PhraseSet set(list);
  for (const std::string line :
       {"Licensed under Creative Commons.", "Some rights are reserved.", "All Rights Reserved 2024",
        "COPYRIGHT", "creative", "no cue here at all", "cc by-nd", "attributio", ""}) {
    const LowerLine lower(line);
    EXPECT_EQ(lower.MayHoldAny(set), lower.MayHoldAny(list)) << line;
  }
}

}  // namespace
}  // namespace prextract::internal
