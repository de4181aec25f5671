#include "records/records.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace prextract::internal {
namespace {

// Runs the records stage over `text` as one body paragraph, with no dates and no
// participants unless given.
Records RunRecords(const std::string& text, const std::vector<DateMention>& dates = {},
            const std::vector<Participant>& participants = {}) {
  std::vector<Sentence> sentences;
  for (Span s : SplitBlock(text, Span{0, text.size()})) sentences.push_back(Sentence{s, 0});
  return FindRecords({text, sentences, dates, participants});
}

struct EventCase {
  std::string text;
  std::string type;   // empty: no event
  std::string trigger;
};

const EventCase kEventCases[] = {
    {"The two ministers met with reporters in Seoul.", "meeting", "met with"},
    {"President Yoon and Chancellor Scholz held a summit.", "summit", "summit"},
    {"The minister will visit New York next week.", "visit", "will visit"},
    {"She attended the Korea-Germany Forum on Technology Sovereignty.", "conference", "Forum"},
    {"The United States announced a consent decree today.", "other", "consent decree"},
    {"Acme today announced its third-quarter results.", "announcement", "announced"},
    {"Jane Doe was appointed chief executive.", "appointment", "appointed"},
    {"The two sides signed an MOU on AI cooperation.", "signing", "signed"},
    {"It was adopted at the OECD Ministerial Council Meeting.", "conference", "Meeting"},
    {"The company plans to meet customer demand.", "", ""},
    {"The weather was fine all week.", "", ""},
    {"The parties did not sign the treaty.", "", ""},
};

class EventTest : public testing::TestWithParam<EventCase> {};

TEST_P(EventTest, FindsTypeAndTrigger) {
  const EventCase& c = GetParam();
  const Records r = RunRecords(c.text);
  if (c.type.empty()) {
    EXPECT_TRUE(r.events.empty()) << r.events[0].type;
    return;
  }
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].type, c.type);
  EXPECT_EQ(r.events[0].trigger, c.trigger);
  EXPECT_EQ(r.events[0].id, "e1");
}

INSTANTIATE_TEST_SUITE_P(Cases, EventTest, testing::ValuesIn(kEventCases));

TEST(EventTest, DefiniteReferenceJoinsEarlierEvent) {
  const Records r = RunRecords("The ministers held a meeting in Berlin. At the meeting, they spoke.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].mentions.size(), 1u);
  EXPECT_EQ(r.events[0].location, "Berlin");
}

TEST(EventTest, TakesDateAndDropsPartOfDay) {
  const std::string text = "On the same morning, he attended the forum.";
  const DateMention d{Span{3, 19}, "2023-05-25TMO", DateType::kTime, 0};
  const Records r = RunRecords(text, {d});
  ASSERT_EQ(r.events.size(), 1u);
  ASSERT_TRUE(r.events[0].date.has_value());
  EXPECT_EQ(r.events[0].date->value, "2023-05-25");
  EXPECT_EQ(r.events[0].date->text, "the same morning");
}

struct AgreementCase {
  std::string text;
  std::string status;   // empty: no agreement
  std::string name;
};

const AgreementCase kAgreementCases[] = {
    {"Since the signing of the Korea-Germany Science and Technology Cooperation Agreement in "
     "1986, they cooperate.",
     "signed", "Korea-Germany Science and Technology Cooperation Agreement"},
    {"The leaders agreed to deepen bilateral solidarity.", "agreed", ""},
    {"The two sides reached a consensus on the need to cooperate.", "agreed", ""},
    {"Accordingly, it was decided to strengthen the partnership.", "decided", ""},
    {"Hybrid announced a new distribution agreement with Dragonfly.", "agreed", ""},
    {"President Bush signed the highway bill into law.", "", ""},
    {"No agreement was reached on tariffs.", "", ""},
    {"The parties may consider a treaty later.", "", ""},
};

class AgreementTest : public testing::TestWithParam<AgreementCase> {};

TEST_P(AgreementTest, FindsStatusAndName) {
  const AgreementCase& c = GetParam();
  const Records r = RunRecords(c.text);
  if (c.status.empty()) {
    EXPECT_TRUE(r.agreements.empty()) << r.agreements[0].status;
    return;
  }
  ASSERT_EQ(r.agreements.size(), 1u);
  EXPECT_EQ(r.agreements[0].status, c.status);
  EXPECT_EQ(r.agreements[0].name, c.name);
}

INSTANTIATE_TEST_SUITE_P(Cases, AgreementTest, testing::ValuesIn(kAgreementCases));

struct FollowUpCase {
  std::string text;
  std::string action;   // empty: no follow-up
  std::string venue;
};

const FollowUpCase kFollowUpCases[] = {
    {"The two countries will continue practical discussions and materialize the partnership "
     "through the Joint Korea-Germany Committee on Science, Technology and Industry to be held "
     "later.",
     "continue practical discussions and materialize the partnership",
     "Joint Korea-Germany Committee on Science, Technology and Industry"},
    {"Kontron will publish its full results on November 5.", "publish its full results on November 5", ""},
    {"The company plans to open two stores.", "open two stores", ""},
    {"The minister did not say what happens next.", "", ""},
    {"The company will not raise prices.", "", ""},
};

class FollowUpTest : public testing::TestWithParam<FollowUpCase> {};

TEST_P(FollowUpTest, FindsActionAndVenue) {
  const FollowUpCase& c = GetParam();
  const Records r = RunRecords(c.text);
  if (c.action.empty()) {
    EXPECT_TRUE(r.follow_ups.empty()) << r.follow_ups[0].action;
    return;
  }
  ASSERT_GE(r.follow_ups.size(), 1u);
  EXPECT_EQ(r.follow_ups[0].action, c.action);
  EXPECT_EQ(r.follow_ups[0].venue, c.venue);
}

INSTANTIATE_TEST_SUITE_P(Cases, FollowUpTest, testing::ValuesIn(kFollowUpCases));

TEST(FollowUpTest, TwoSidesAreBothCountries) {
  const std::string text = "Korea and Germany met. The two sides will meet again in Seoul.";
  Participant kr{"c1", ParticipantKind::kCountry, "Korea", "", "", "", "", "KR", {}, {Span{0, 5}}};
  Participant de{"c2", ParticipantKind::kCountry, "Germany", "", "", "", "", "DE", {}, {Span{10, 17}}};
  const Records r = RunRecords(text, {}, {kr, de});
  ASSERT_EQ(r.follow_ups.size(), 1u);
  EXPECT_TRUE(r.follow_ups[0].actor.empty());   // neither country is named in that sentence
}

}  // namespace
}  // namespace prextract::internal
