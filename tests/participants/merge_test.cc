// Name folding, the same-person test of the person merge, and the order of the records.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "participants/merge.h"

namespace prextract::internal::parts {
namespace {

TEST(ParticipantsMerge, FoldName) {
  const struct {
    std::string_view name;
    std::string folded;
  } cases[] = {
      {"Yoon Suk-Yeol", "yoonsukyeol"},
      {"O'Brien", "obrien"},
      {"J.R.R. Tolkien 3rd", "jrrtolkien3rd"},
      {"M\xC3\xBCller", "m\xC3\xBCller"},   // bytes of other scripts stay
      {"", ""},
      {"- . ,", ""},
      // The bytes around each kept range: "@[`{/:" drop, the ranges' ends stay or lower.
      {"@AZ[`az{/09:", "azaz09"},
      {"\x7F\x80\xFF", "\x80\xFF"},
      // Longer than the stack buffer.
      {std::string_view("ABCDEFGHIJ ABCDEFGHIJ ABCDEFGHIJ ABCDEFGHIJ ABCDEFGHIJ ABCDEFGHIJ ABCDEFGHIJ"),
       "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij"},
  };
  for (const auto& c : cases) EXPECT_EQ(FoldName(c.name), c.folded) << c.name;
}

// SameFolded compares as FoldName folds, without building the folds.
TEST(ParticipantsMerge, SameFolded) {
  const struct {
    std::string_view a, b;
    bool same;
  } cases[] = {
      {"U Power", "U-POWER", true},
      {"O'Brien", "obrien", true},
      {"", "- . ,", true},   // both fold to nothing
      {"", "a", false},
      {"Acme", "Acme Inc", false},
      {"Acme Inc", "Acme", false},
      {"M\xC3\xBCller", "M\xC3\xBCLLER", true},
      {"Jane Smith", "Jane Smyth", false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(SameFolded(c.a, c.b), c.same) << c.a << " | " << c.b;
    EXPECT_EQ(SameFolded(c.a, c.b), FoldName(c.a) == FoldName(c.b)) << c.a << " | " << c.b;
    EXPECT_EQ(SameFolded(c.b, c.a), c.same) << c.b << " | " << c.a;
  }
}

TEST(ParticipantsMerge, SamePerson) {
  using Words = std::vector<std::string>;
  const struct {
    Words a, b;
    bool same;
  } cases[] = {
      {{"Yoon", "Suk-Yeol"}, {"Yoon", "Suk", "Yeol"}, true},      // the same letters
      {{"Kim", "Jong", "Un"}, {"Jong", "Un", "Kim"}, true},       // the same words
      {{"Don", "Bradman"}, {"Donald", "Bradman"}, true},          // a shortened given name
      {{"Al", "Smith"}, {"Alfred", "Smith"}, false},              // too short to tell
      {{"Yoon", "Seok-yul"}, {"Yoon", "Suk", "Yeol"}, true},      // the same consonants
      {{"John", "Smith"}, {"Jane", "Smith"}, false},
      {{"Lee", "Ann"}, {"Ann", "Lee"}, true},                     // the same words, reordered
      {{"Kim", "Jong", "Un"}, {"Kim", "Jong", "Il"}, false},      // the same letter count
      {{"Kim", "Jong", "Un"}, {"Kim", "Jong", "Ung"}, false},     // another letter count
      {{"Don", "Bradman"}, {"Donald", "Trump"}, false},
      {{}, {"Smith"}, false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(SamePerson(c.a, c.b), c.same) << c.a.size() << " " << c.b.size();
    EXPECT_EQ(SamePerson(c.b, c.a), c.same);
  }
}

// Records go in the order of their first mentions; records first named at one place keep
// the order they came in, and records without a mention go last. A record's mentions are
// sorted and unique.
TEST(ParticipantsMerge, OrderRecords) {
  const struct {
    std::string name;
    std::vector<Span> mentions;
  } in[] = {
      {"none", {}},
      {"late", {{90, 95}, {10, 15}, {90, 95}}},   // first mentioned at 10
      {"tie one", {{20, 25}}},
      {"early", {{5, 9}}},
      {"tie two", {{20, 25}}},
      {"also none", {}},
  };
  std::vector<Participant> records;
  for (const auto& r : in) {
    Participant p;
    p.name = r.name;
    p.mentions = r.mentions;
    records.push_back(std::move(p));
  }
  OrderRecords(&records);
  std::vector<std::string> names;
  for (const Participant& p : records) names.push_back(p.name);
  EXPECT_EQ(names, (std::vector<std::string>{"early", "late", "tie one", "tie two", "none",
                                             "also none"}));
  EXPECT_EQ(records[1].mentions, (std::vector<Span>{{10, 15}, {90, 95}}));
}

}  // namespace
}  // namespace prextract::internal::parts
