#include "records/records.h"

#include "lexicon/lexicon.h"
#include "records/event_cues.h"
#include "records/event_triggers.h"
#include "records/phrases.h"
#include "records_test_util.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
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
    // A speaker's words report no occasion of the release.
    {"\"We will launch a new fund next year,\" he said.", "", ""},
    {"\xE2\x80\x9CI am pleased to appoint him,\xE2\x80\x9D said the chief executive.", "", ""},
    // An event word that only qualifies a noun, or a participle used as an adjective.
    {"Zoom serves 300 million daily meeting participants.", "", ""},
    {"Shares are sold at a public offering price of $2.63.", "", ""},
    {"Reports show how award fees are doled out to contractors.", "", ""},
    {"Users may share in a prize pool of 5,000 USDT.", "", ""},
    {"The Medical Bill Acquisition Industry is a new micro industry.", "", ""},
    {"Only 5% rate their talent acquisition function as world-class.", "", ""},
    {"It uses speech recognition from OpenAI.", "", ""},
    {"Owners can schedule an appointment by calling us.", "", ""},
    // A participle describing the noun that "is a" classifies; after "that", the act.
    {"JABE is a peer-reviewed academic journal published by the Academy.", "", ""},
    {"Acme is a company that launched a new app.", "announcement", "launched"},
    {"It came at his request after her telephone conversation with the Secretary.", "meeting",
     "telephone conversation"},
    {"Acme completed the acquisition of Widget Co. on May 2.", "other", "acquisition"},
    {"With SASMAR's acquisition, plans are underway.", "other", "acquisition"},
    {"It funds training and equipment acquisition for the college.", "", ""},
    {"Sights give soldiers a rapid target acquisition display.", "", ""},
    {"Through the recently announced partnership, sales grew.", "", ""},
    // After an article or a possessive, a participle qualifies the noun after it.
    {"Jane Roe is a published author and blogger.", "", ""},
    {"The company keeps growing its published gym footprint.", "", ""},
    {"We need a signed letter giving us permission.", "", ""},
    {"The company published its results today.", "announcement", "published"},
    {"The study was published in the journal Stroke.", "announcement", "published"},
    // A standing plan or a prospect is no occasion.
    {"They agreed to continue close bilateral consultations.", "", ""},
    {"They reviewed the preparations for follow-up consultations.", "", ""},
    // An invitation to visit a page or a shop.
    {"To contribute to the programme, visit the fundraising page.", "", ""},
    {"If this is your initial visit, the check is free.", "", ""},
    {"Call 604-299-5006 or visit the contact page to reach us.", "", ""},
    {"Teeth could start to show signs of gum disease.", "", ""},
    // An introduction is legislative only with a legislation word in its sentence.
    {"Nuvonex has introduced a Quantum-Enhanced Deep Neural Network.", "announcement", "introduced"},
    {"Sen. Dodd today introduced legislation creating a memorial.", "other", "introduced"},
    {"Most parents won\xC3\xA2t know any better.", "", ""},   // "won't" decoded twice
    {"09:17 - Bingaman talks about the 2008 presidential election.", "", ""},
    {"It restores eligibility for children meeting the presumptive eligibility requirements.", "",
     ""},
    {"The facility will meet the educational and tactical training needs of police.", "", ""},
    {"The two leaders held talks about trade on Monday.", "meeting", "held talks"},
    {"The senator will meet the governor's staff on Monday.", "meeting", "will meet"},
    {"People report strange signs they haven't seen before.", "", ""},
    {"President Bush signs the pool-safety bill today.", "signing", "signs"},
    {"Learn more and visit www.acme.com today.", "", ""},
    {"The senator will tour the plant and visit the site of the flood.", "visit", "visit"},
    // A verb of giving followed by an amount reports funding.
    {"The minister today announced $725,000 for the programme.", "funding", "announced"},
    {"KAB will grant another $100,000 to survivors.", "funding", "grant"},
    {"The government will also contribute US$50,000 to a memorial.", "funding", "contribute"},
    // Contributing without an amount is taking part; a reader's offer pays no one.
    {"Judy will contribute expert analysis on luxury real estate.", "", ""},
    {"- Spend $129, get $20 OFF with the code.", "", ""},
    {"* 1-Day Bot: Invest $50, earn a $0.3 profit in a day.", "", ""},
    // A launch near a weapon is a military act.
    {"North Korea launched a ballistic missile on July 4.", "other", "launched"},
    {"Acme launched a new phone on July 4.", "announcement", "launched"},
    // An occasion in a background phrase gives way to the one the sentence reports.
    {"Following his visit to New York, Yun will attend the Munich Security Conference.", "conference",
     "Conference"},
    {"Ahead of the summit, the two sides signed an MOU.", "signing", "signed"},
    {"They announced this year's award at the conference.", "award", "award"},
    // Awards in the plural are a list or a programme's habit, no award given ("His awards
    // include", "The program awards one-year grants to fire departments").
    {"His awards and accolades include a Peabody.", "", ""},
    {"The AFGP awards one-year grants directly to fire departments.", "", ""},
    // Visits in the plural are a service's or a statistic's ("office visits", "outpatient
    // visits totaled 317"), unless they go to places ("The tour included visits to ...").
    {"The center will offer primary care and office visits for chronic illnesses.", "", ""},
    {"The tour included visits to the Prosthetic Treatment Center.", "visit", "visits to"},
    // A place in a ranking is an award; a place on a court or among a body's members is a post.
    {"Boulder Care has been named to Newsweek's list of the best clinics.", "award",
     "has been named"},
    {"Smith was named one of the Top 40 Executives this year.", "award", "was named"},
    {"Acme was named among the World's Most Ethical Companies.", "award", "was named"},
    {"Kavanaugh has been nominated to one of the most important federal courts.", "appointment",
     "nominated"},
    {"Reid has been named as one of three members of the conference.", "appointment",
     "has been named"},
    // Signing off on funds approves them; signing on as a cosponsor joins a bill.
    {"The Senate signed off on over $4 million for the schools.", "", ""},
    {"Domenici signed on as an original cosponsor to the bill.", "", ""},
    // Hearing from someone is listening, no hearing held.
    {"I look forward to hearing from you on this matter.", "", ""},
    {"The committee held a hearing on the bill today.", "conference", "hearing"},
    // Serving in a person's post is an appointment; serving as anything else is not.
    {"Mark will serve as the company's Southcentral Region Manager.", "appointment",
     "will serve as"},
    {"This investment will serve as a foundation for future growth.", "", ""},
    {"Acme will serve as the official marketing partner of the league.", "", ""},
    {"The site will serve as the online home of Senate Democrats.", "", ""},
    // Things chosen with care: no one is selected.
    {"It is made with carefully selected ingredients in Germany.", "", ""},
    // Elected officials hold office already; no one is elected.
    {"As elected officials we have an obligation to protect our citizens.", "", ""},
    {"In 1968 Chisholm was elected to Congress.", "appointment", "elected"},
    // A sentence that points at a letter the release reproduces reports no letter sent; one
    // that says it was sent, or quotes from it, does.
    {"The text of Senator Clinton's letter to President Bush follows.", "", ""},
    {"Below is Sen. Cornyn's letter to Veterans' Committee leadership:", "", ""},
    {"Kennedy sent the following letter to the President; the text is below.", "other",
     "letter to"},
    {"In a letter to Secretary Rice, Schumer urged action on Monday.", "other", "letter to"},
    // A summit with a name of its own and no state in it gathers a trade: a conference.
    {"Acme will present at the ERE Recruiting Innovation Summit on May 5.", "conference",
     "Summit"},
    {"Leaders met at the G20 Summit in Osaka on June 28.", "summit", "Summit"},
    // A part of a gathering takes the gathering's kind.
    {"It came during the opening session of a national summit.", "summit", "summit"},
    // A document is no occasion.
    {"The offering is made by means of the registration statement.", "", ""},
    {"The ministry issued a statement on Monday.", "announcement", "statement"},
    // A standing reputation is no award.
    {"Brafton, recognized as one of the top agencies, brings expertise.", "", ""},
    {"Acme was recognized as Supplier of the Year.", "award", "recognized as"},
    // A large count of occasions is a statistic; an amount of money or a year is not a count.
    {"The service performed 9,000 on-site interpreting visits.", "", ""},
    {"Leaders gathered at the 2024 summits in Paris.", "summit", "summits"},
    // A verb that introduces a quotation reports speech.
    {"MSIT announced, \"the trip aims at a partner.\"", "", ""},
    {"Acme announced \"Project Blue\" today.", "announcement", "announced"},
    // An offer to customers is no occasion.
    {"New customers get a free consultation.", "", ""},
    {"Book an appointment today to learn more about their services.", "", ""},
    {"Book a meeting with our experts today!", "", ""},
    {"This season, the book launch will feature a special video.", "announcement", "launch"},
    // Naming a winner gives an award.
    {"Its lead product has been named the winner of the 2025 AgTech Breakthrough Award.", "award",
     "has been named"},
    {"Jane Roe has been named chief financial officer of Acme.", "appointment", "has been named"},
    // An MOU that is announced is signed.
    {"The ministry announced a MOU with Russia.", "signing", "a MOU"},
    // A passive announcing word with its agent credits an occasion to an official.
    {"The settlement was announced by U.S. Attorney Jane Roe.", "", ""},
    {"The results were announced on Monday.", "announcement", "announced"},
    // A report issued is an announcement; people recognised for a deed receive an award.
    {"The committee issued a report on the budget.", "announcement", "issued a report"},
    {"Three employees are being recognized for their courage.", "award", "being recognized for"},
    // The vaguest kind gives way to a kind that says what took place, unless that one is a
    // bare plural naming occasions in general.
    {"The mall selected three employees for special recognition.", "award", "special recognition"},
    {"Toys are being recalled, Schumer said at a press conference.", "conference",
     "press conference"},
    {"Zoom expanded its relationship with AWS for business meetings.", "other",
     "expanded its relationship"},
    {"Zoom expanded its relationship with AWS for their meetings.", "meeting", "meetings"},
    {"Acme announced that Roe was charged, at a hearing on May 3.", "other", "charged"},
    {"John Doe pleaded guilty today at a change-of-plea hearing in Boston.", "other", "pleaded guilty"},
    {"Roe was sentenced on May 3 after a hearing before Judge Smith.", "other", "sentenced"},
    // An announced agreement is the agreement's record, not an occasion; an object that a
    // break word ends before the agreement noun leaves the announcement.
    {"Acme today announced an enhanced partnership with Beta.", "", ""},
    {"Acme is pleased to announce a new distribution agreement with Beta.", "", ""},
    {"Acme announced that the agreement with Beta took effect.", "announcement", "announced"},
    {"Acme announced the results of its partnership with Beta.", "announcement", "announced"},
    // An announced plan leaves the announcement the occasion.
    {"Acme announced plans to acquire Beta Corp.", "announcement", "announced"},
    {"Acme announced it will acquire Beta Corp.", "other", "acquire"},
    // A feeling about what follows is no honour received.
    {"We are honored to continue our partnership with the food bank.", "", ""},
    {"She was honored at the gala on Friday.", "award", "honored"},
    // A prize that qualifies a winner names no award given here.
    {"Examples include the late Jane Roe, a Nobel Prize winning physicist.", "", ""},
    // A participle after a preposition qualifies the noun after it.
    {"Topic tags are currently available for selected content only.", "", ""},
    {"Jane Doe was selected to serve on the board.", "other", "selected"},
    // A panel is a gathering only in a phrase that says so, not a product part.
    {"Among the panels scheduled this week are trade and tax.", "conference", "panels scheduled"},
    {"We will hear from two panels of witnesses.", "conference", "panels of witnesses"},
    {"While traditional solar panels offer higher output, they are heavy.", "", ""},
    {"These blanking panels prevent airflow disruption.", "", ""},
    // "consultation" and "recognition" alone are mostly "in consultation with", "in recognition of".
    {"The plan was created in consultation with residents.", "", ""},
    {"The grant was made in recognition of the state's progress.", "", ""},
    {"The fourth telephone consultation between the ministers took place.", "meeting", "telephone consultation"},
    {"Users can identify panel types and thicknesses.", "", ""},
    {"She joined a panel discussion on trade.", "conference", "panel discussion"},
    // The release itself is no occasion.
    {"The issuer is solely responsible for the content of this announcement.", "", ""},
    {"This announcement follows a year of talks with Acme.", "meeting", "talks"},
    {"The ministers agreed on the agenda of this meeting in Seoul on May 3.", "meeting", "meeting"},
    // A service offered to customers is no occasion.
    {"Our advisers offer personal consultations to every buyer.", "", ""},
    {"The initial meeting of the committee took place on May 3.", "meeting", "meeting"},
    // A perfect verb after "since" reports a habit; without "since", one occasion.
    {"Since 1981, we have proudly hosted German Fest in Milwaukee.", "", ""},
    {"Since its founding, the group has held workshops for farmers.", "", ""},
    {"The mayor has hosted a reception for the delegates.", "meeting", "hosted"},
    // The host of a show or of web content holds no gathering.
    {"The Building Texas Show, hosted by Justin McKenzie, profiles founders.", "", ""},
    {"Her video series is hosted on a dedicated website.", "", ""},
    // A capitalised event noun before a colon labels a field of a schedule.
    {"Date: Wednesday, February 15, 2017 Time: Announcement: 9:00 a.m.", "", ""},
    {"Location: Conference: Room 4, City Hall", "", ""},
    // A convention kept or ratified is a treaty; one attended is a gathering.
    {"The policy is consistent with the Refugees Convention.", "", ""},
    {"Korea ratified the Hague Convention in 2012.", "", ""},
    {"She spoke at the Democratic National Convention with delegates.", "conference", "Convention"},
    // An event noun that ends the name of a body an office is held in names the body; one
    // that names a place names no occasion; a conference report is a document.
    {"Sen. Roe, Chairman of the Senate Republican Conference, received an award.", "award",
     "award"},
    {"She is a member of the Global Roundtable.", "", ""},
    {"Roe is CEO of InnerScope Hearing Technologies.", "", ""},
    {"The chairman opened the Global Roundtable on Monday.", "conference", "Roundtable"},
    {"The show took place at the Los Angeles Convention Center.", "", ""},
    {"The Senate passed the conference report for the bill.", "", ""},
    {"The hotel has a pool and a conference center.", "", ""},
    {"Visit their exhibit at the Freeman Coliseum Expo Hall A on Sunday.", "", ""},
    {"The Evolved Expendable Launch Vehicle is built in Decatur.", "", ""},
    {"The association awarded Centre for Neuro Skills its top prize.", "award", "awarded"},
    // Money awarded is funding; a named award, a contract or an honour stays an award.
    {"The funds were awarded to the Wauseon Fire Department for fire prevention.", "funding",
     "awarded"},
    {"FEMA expects to award more than 8,000 grants.", "funding", "award"},
    {"The Neighborhood Spotlight Award, supported by a grant program, was presented on Monday.",
     "award", "Award"},
    {"Acme has been awarded the contract to build the bridge.", "award", "awarded"},
    {"She was awarded the Medal of Honor on Monday.", "award", "awarded"},
    // "Meeting" a goal satisfies it; meeting with someone is a gathering.
    {"Providers are rewarded for meeting care quality benchmarks.", "", ""},
    {"The minister is meeting with the mayor to discuss the standards.", "meeting", "meeting"},
    // What is won in a vote or an election is no award; "won t" is "won't".
    {"Sen. Murkowski won Senate approval of a resolution on Monday.", "", ""},
    {"These earmark reforms won t solve every abuse.", "", ""},
    {"Envision won the NOVA Award for Innovation in Technology.", "award", "won"},
    // A legal act said of people in general, a duty or a bill took place nowhere.
    {"The bill would punish those convicted of building a tunnel.", "", ""},
    {"The FTC is charged with protecting consumers from fraud.", "", ""},
    {"Seniors who had not enrolled will be charged a 7-percent penalty.", "", ""},
    {"Roe was charged with wire fraud on Monday.", "other", "charged"},
    // "Sign up" is joining, no signing; the verb alone still signs.
    {"For more information and to sign up, visit our website.", "", ""},
    {"New users are encouraged to sign up for the service.", "", ""},
    {"Acme signed up for the program in July.", "", ""},
    {"The two ministers will sign the accord in Seoul.", "signing", "will sign"},
    // Needs "met with" care were satisfied, and a launch "met with" enthusiasm received; no
    // one met. Hours "by appointment" and returns on "every dollar invested" report nothing.
    {"We ensure that our clients' needs are met with the highest standards.", "", ""},
    {"The token's debut was met with overwhelming enthusiasm.", "", ""},
    {"The new office is now open by appointment only.", "", ""},
    {"It saves $20 for every federal dollar invested in the system.", "", ""},
    // A patient's or customer's appointment is a visit booked, no one appointed to a post.
    {"Rides take older adults to a doctor’s appointment each week.", "", ""},
    {"To make an appointment with Dr. Roe, please call the office.", "", ""},
    {"Upon scheduling an appointment, patients meet our staff.", "", ""},
    {"Acme announced the appointment of Jane Roe as CEO.", "appointment", "appointment of"},
    {"The minister met with the mayor in Seoul on Monday.", "meeting", "met with"},
    // A bill "to be signed into law" has not been signed; one signed into law has.
    {"The bill now goes to the President to be signed into law.", "", ""},
    {"The House must pass it before being signed into law by the President.", "", ""},
    {"President Bush signed into law the Energy Policy Act on Monday.", "signing", "signed"},
    // "signs" after no subject is the noun; entering signs only an agreement.
    {"Too often, the signs may be subtle or hidden.", "", ""},
    {"Acme signs a five-year lease with Beta.", "signing", "signs"},
    {"Her statement was entered into the Congressional Record.", "announcement", "statement"},
    {"Participants were entered into a daily drawing for a cash reward.", "", ""},
    {"SurgePays has entered into a $7 million senior secured convertible note agreement.",
     "signing", "entered into"},
    // What readers can visit is an invitation, no visit.
    {"Travelers can visit world-famous landmarks like the Potala Palace.", "", ""},
    {"The minister will visit Seoul next week.", "visit", "will visit"},
    {"The staff ensures that every visit is positive and stress-free.", "", ""},
    // Buying with no company named acquires things: land, equipment, skills.
    {"The grant helps fire departments acquire new firefighting equipment.", "", ""},
    {"Awards fund safety programs, acquire new firefighting equipment, enhance Emergency "
     "Medical Service programs.", "", ""},
    {"The funds allow the refuge to acquire 4 properties near the river.", "", ""},
    {"It reported fewer hospital-acquired infections this year.", "", ""},
    {"Its CompuSystems acquisition drove revenue growth.", "other", "acquisition"},
    // Embarking is mostly a figure of speech; the trip embarked on is the visit.
    {"Join us today and embark on an exhilarating journey into the world of trading.", "", ""},
    {"Senator Roe will embark on a fact-finding trip to several ports.", "visit", "trip to"},
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

// A place keeps the periods of its initials and abbreviations, and ends before a person's
// title that opens a name.
TEST(EventTest, LocationKeepsAbbreviationsAndStopsAtTitles) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"The ministers held a meeting in Washington, D.C. on Monday.", "Washington, D.C."},
      {"The company held a meeting in St. Louis, Missouri last week.", "St. Louis, Missouri"},
      {"The ministers held a meeting in Iraq, Sen. Reid said.", "Iraq"},
      {"The ministers held a meeting in Maine  Senator Collins said.", "Maine"},
      {"The ministers held a meeting in Washington, D.C. The talks ended.", "Washington, D.C."},
  };
  for (const auto& [text, location] : cases) {
    const Records r = RunRecords(text);
    ASSERT_EQ(r.events.size(), 1u) << text;
    EXPECT_EQ(r.events[0].location, location) << text;
  }
}

// A bare definite event noun with no earlier occasion of its kind points at the latest
// occasion; one that an "of" phrase identifies introduces its own.
struct UnmatchedDefiniteCase {
  std::string text;
  std::size_t events;
  std::size_t mentions_of_first;
};

class UnmatchedDefiniteTest : public testing::TestWithParam<UnmatchedDefiniteCase> {};

TEST_P(UnmatchedDefiniteTest, JoinsTheLatestOccasionUnlessIdentified) {
  const UnmatchedDefiniteCase& c = GetParam();
  const Records r = RunRecords(c.text);
  ASSERT_EQ(r.events.size(), c.events);
  EXPECT_EQ(r.events[0].type, "signing");
  EXPECT_EQ(r.events[0].mentions.size(), c.mentions_of_first);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, UnmatchedDefiniteTest,
    testing::Values(
        UnmatchedDefiniteCase{"Acme signed a share purchase agreement with Beta. "
                              "The shares are issued in connection with the acquisition.",
                              1, 1},
        UnmatchedDefiniteCase{"Acme signed a share purchase agreement with Beta. "
                              "Shares rose since the acquisition of Gamma in 2020.",
                              2, 0}));

TEST(EventTest, TakesDateAndDropsPartOfDay) {
  const std::string text = "On the same morning, he attended the forum.";
  const DateMention d{Span{3, 19}, "2023-05-25TMO", DateType::kTime, 0};
  const Records r = RunRecords(text, {d});
  ASSERT_EQ(r.events.size(), 1u);
  ASSERT_TRUE(r.events[0].date.has_value());
  EXPECT_EQ(r.events[0].date->value, "2023-05-25");
  EXPECT_EQ(r.events[0].date->text, "the same morning");
}

TEST(EventTest, CalendarDateBeatsVagueReferenceAndScope) {
  // "upcoming" (FUTURE_REF) and "for 2025" (a scope) lose to the day of the occasion.
  const std::string text = "Kontron will publish its upcoming results for 2025 on November 5.";
  const DateMention vague{Span{25, 33}, "FUTURE_REF", DateType::kDate, 0};
  const DateMention scope{Span{46, 50}, "2025", DateType::kDate, 0};
  const DateMention day{Span{54, 64}, "2025-11-05", DateType::kDate, 0};
  const Records r = RunRecords(text, {vague, scope, day});
  ASSERT_EQ(r.events.size(), 1u);
  ASSERT_TRUE(r.events[0].date.has_value());
  EXPECT_EQ(r.events[0].date->value, "2025-11-05");
}

// A day of its own in each part that semicolons set apart: one occasion a part, each on its
// day; a year or a range in a part dates no occasion of its own.
TEST(EventTest, SemicolonPartsWithDaysOfTheirOwnAreOccasionsOfTheirOwn) {
  const std::string text =
      "The minister had meetings with the ambassadors of Sweden and France on January 13; from "
      "Poland on January 14; and from Canada on January 15.";
  std::vector<DateMention> dates;
  for (const auto& [day, value] : {std::pair{"January 13", "2020-01-13"},
                                   std::pair{"January 14", "2020-01-14"},
                                   std::pair{"January 15", "2020-01-15"}}) {
    const std::size_t at = text.find(day);
    dates.push_back(DateMention{Span{at, at + 10}, value, DateType::kDate, 0});
  }
  const Records r = RunRecords(text, dates);
  ASSERT_EQ(r.events.size(), 3u);
  const char* const days[] = {"2020-01-13", "2020-01-14", "2020-01-15"};
  const char* const starts[] = {"The minister", "from Poland", "and from Canada"};
  for (std::size_t k = 0; k < 3; ++k) {
    EXPECT_EQ(r.events[k].type, "meeting");
    ASSERT_TRUE(r.events[k].date.has_value());
    EXPECT_EQ(r.events[k].date->value, days[k]);
    EXPECT_EQ(text.substr(r.events[k].evidence.start).rfind(starts[k], 0), 0u) << k;
  }
  EXPECT_EQ(text[r.events[0].evidence.end - 1], '3');   // the first part ends at its semicolon

  const std::string years = "In 2011, he was named to the board; in 2012, he was named its chair.";
  const DateMention y1{Span{3, 7}, "2011", DateType::kDate, 0};
  const DateMention y2{Span{39, 43}, "2012", DateType::kDate, 0};
  EXPECT_EQ(RunRecords(years, {y1, y2}).events.size(), 1u);
}

TEST(EventTest, DateInAnotherClauseLosesToOneInTheTriggersOwn) {
  // The earlier date is nearer "published", but a comma and "and" put it in another clause.
  const std::string text = "The application was filed October 31, 2022, and published May 4, 2023.";
  const std::size_t filed = text.find("October"), published = text.find("May 4");
  const DateMention first{Span{filed, filed + 16}, "2022-10-31", DateType::kDate, 0};
  const DateMention second{Span{published, published + 11}, "2023-05-04", DateType::kDate, 0};
  const Records r = RunRecords(text, {first, second});
  ASSERT_EQ(r.events.size(), 1u);
  ASSERT_TRUE(r.events[0].date.has_value());
  EXPECT_EQ(r.events[0].date->value, "2023-05-04");
}

struct NamedYearCase {
  std::string text;
  std::string year_text;   // a year that an article may make part of a noun phrase
  std::string expected;    // the event's date value
};

class NamedYearTest : public testing::TestWithParam<NamedYearCase> {};

// "the launch of its 2024-2025 Give Back Grant": a year after an article names what is
// launched, so the day of the release places the occasion; without the article the year does.
TEST_P(NamedYearTest, DayBeatsYearInANounPhrase) {
  const NamedYearCase& c = GetParam();
  const std::size_t day_at = c.text.find("November 11");
  const std::size_t year_at = c.text.find(c.year_text);
  const DateMention day{Span{day_at, day_at + 11}, "2024-11-11", DateType::kDate, 0};
  const DateMention year{Span{year_at, year_at + c.year_text.size()}, "2024/2025", DateType::kDate, 0};
  const Records r = RunRecords(c.text, {day, year});
  ASSERT_EQ(r.events.size(), 1u);
  ASSERT_TRUE(r.events[0].date.has_value());
  EXPECT_EQ(r.events[0].date->value, c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, NamedYearTest,
    testing::Values(
        NamedYearCase{"On November 11, the foundation announced the launch of its 2024-2025 Grant.",
                      "2024-2025", "2024-11-11"},
        NamedYearCase{"On November 11, the foundation announced the launch of the 2024-2025 Grant.",
                      "2024-2025", "2024-11-11"},
        NamedYearCase{"On November 11, the foundation said it launched a grant in 2024-2025.",
                      "2024-2025", "2024/2025"}));

TEST(EventTest, ModifiedDefiniteReferenceJoinsAndBringsParticipants) {
  const std::string text =
      "President Moon received letters of credence from new ambassadors. "
      "Today's credentials presentation ceremony was attended by Ambassador Julian Clare.";
  Participant moon{"p1", ParticipantKind::kPerson, "Moon", "President", "", "", "", "", {}, {Span{10, 14}}};
  Participant clare{"p2", ParticipantKind::kPerson, "Julian Clare", "Ambassador", "", "", "", "", {},
                    {Span{text.find("Julian"), text.find("Julian") + 12}}};
  const Records r = RunRecords(text, {}, {moon, clare});
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].type, "ceremony");
  EXPECT_EQ(r.events[0].mentions.size(), 1u);
  EXPECT_EQ(r.events[0].participants, (std::vector<std::string>{"p1", "p2"}));
}

TEST(EventTest, TheEventPointsBackAtTheLatestOccasion) {
  const Records r = RunRecords(
      "She attended the Korea-Germany Forum in Berlin. "
      "The event was organized for in-depth discussions between experts.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].type, "conference");
  EXPECT_EQ(r.events[0].mentions.size(), 1u);
}

TEST(EventTest, OccasionOfAnotherKindAfterAReference) {
  const Records r = RunRecords(
      "The two ministers held a meeting in Seoul. "
      "On the occasion of the meeting, the two sides will sign an MOU on space.");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].type, "meeting");
  EXPECT_EQ(r.events[0].mentions.size(), 1u);
  EXPECT_EQ(r.events[1].type, "signing");
}

TEST(EventTest, SecondOccasionInAClauseOfItsOwn) {
  const std::string text = "Minister Park will meet with Secretary Ebrard, who will visit Korea next week.";
  const Records r = RunRecords(text);
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].type, "meeting");
  EXPECT_EQ(r.events[1].type, "visit");
  EXPECT_EQ(r.events[1].evidence.start, text.find("who"));
  // Without a clause opener the later word is no occasion of its own.
  EXPECT_EQ(RunRecords("Following his visit to Rome, he will attend the Munich Conference.").events.size(), 1u);
}

// "to attend" opens a clause of its own, and each further occasion's evidence ends where
// the next one's clause begins.
TEST(EventTest, OccasionsChainedInClausesOfTheirOwn) {
  const std::string text =
      "Minister Yun met with Minister Cai, who was on a visit to Korea to attend the Journalists Forum.";
  const Records r = RunRecords(text);
  ASSERT_EQ(r.events.size(), 3u);
  EXPECT_EQ(r.events[0].type, "meeting");
  EXPECT_EQ(r.events[1].type, "visit");
  EXPECT_EQ(r.events[1].evidence.start, text.find("who"));
  EXPECT_EQ(r.events[1].evidence.end, text.find(" attend"));
  EXPECT_EQ(r.events[2].type, "conference");
  EXPECT_EQ(r.events[2].evidence.start, text.find("attend"));
}

TEST(EventTest, SequencedClauseReportsAnOccasionOfTheSameKind) {
  const std::string text =
      "Minister Kang talked to Minister Kono over the phone after her telephone conversation "
      "with Secretary Tillerson.";
  const Records r = RunRecords(text);
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[1].type, "meeting");
  EXPECT_EQ(r.events[1].evidence.start, text.find("after"));
}

TEST(EventTest, DescribedSubjectGoesOnWithTheParagraphsActors) {
  const std::string text =
      "Acme announced that Jane Doe coauthored a paper. The article has been published in a journal.";
  Participant acme{"o1", ParticipantKind::kOrganization, "Acme", "", "", "", "", "", {}, {Span{0, 4}}};
  Participant doe{"p1", ParticipantKind::kPerson, "Jane Doe", "", "", "", "", "", {}, {Span{20, 28}}};
  const Records r = RunRecords(text, {}, {acme, doe});
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[1].trigger, "published");
  EXPECT_EQ(r.events[1].participants, (std::vector<std::string>{"o1", "p1"}));
}

// A signing or a gathering whose sentence names no party is the issuer's own; an incident
// may be anyone's.
TEST(EventTest, TheIssuerTakesPartWhereNoOneIsNamed) {
  const std::string text =
      "Korea will expand cooperation by signing an MOU. A fire was recalled by the staff. "
      "The Ministry of Science and ICT hosted it.";
  Participant msit{"o1", ParticipantKind::kOrganization, "Ministry of Science and ICT", "MSIT", "", "",
                   "", "", {}, {Span{text.find("Ministry"), text.find(" hosted")}}};
  std::vector<Sentence> sentences;
  for (Span s : SplitBlock(text, Span{0, text.size()})) sentences.push_back(Sentence{s, 0});
  const std::vector<Participant> participants = {msit};
  const Records r = FindRecords({text, sentences, {}, participants, "Ministry of Science and ICT"});
  ASSERT_EQ(r.events.size(), 3u);
  EXPECT_EQ(r.events[0].type, "signing");
  EXPECT_EQ(r.events[0].participants, (std::vector<std::string>{"o1"}));
  EXPECT_EQ(r.events[1].type, "other");
  EXPECT_TRUE(r.events[1].participants.empty());
  // Without an issuer nothing is added.
  EXPECT_TRUE(RunRecords(text, {}, participants).events[0].participants.empty());
}

TEST(EventTest, TitlesAndPairsReferToPeopleNamedBefore) {
  const std::string text =
      "Foreign Minister Kang spoke with Secretary of State Pompeo. "
      "The telephone talks between the Minister and the Secretary lasted an hour. "
      "Later the two sides held talks in Seoul.";
  Participant kang{"p1", ParticipantKind::kPerson, "Kang", "Foreign Minister", "", "", "", "", {}, {Span{17, 21}}};
  Participant pompeo{"p2", ParticipantKind::kPerson, "Pompeo", "Secretary of State", "", "", "", "", {},
                     {Span{52, 58}}};
  const Records r = RunRecords(text, {}, {kang, pompeo});
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].participants, (std::vector<std::string>{"p1", "p2"}));
  EXPECT_EQ(r.events[1].participants, (std::vector<std::string>{"p1", "p2"}));
}

// A person's title is read word by word, as the tokenizer reads it (a hyphen joins, other
// marks split, case is folded), whether or not it is ASCII: "the Minister" then refers back
// to the person whose title holds that word.
struct TitleCase {
  std::string title;
  bool referred;   // "the Minister" stands for the person
};

const TitleCase kTitleCases[] = {
    {"Foreign Minister", true},
    {"FOREIGN MINISTER", true},
    {"Prime Minister (acting)", true},
    {"Korea\xE2\x80\x99s Foreign Minister", true},
    {"Supercalifragilisticexpialidociousness Minister", true},
    {"Minister-designate", false},
    {"Ambassador", false},
    {"", false},
};

class TitleReferenceTest : public testing::TestWithParam<TitleCase> {};

TEST_P(TitleReferenceTest, TheTitleWordRefersToThePersonWithIt) {
  const TitleCase& c = GetParam();
  const std::string text = "Kang met them. Later the Minister spoke.";
  const std::vector<Sentence> sentences = {Sentence{Span{0, 14}, std::nullopt},
                                           Sentence{Span{15, text.size()}, std::nullopt}};
  const std::vector<DateMention> dates;
  const std::vector<Participant> people = {
      Participant{"p1", ParticipantKind::kPerson, "Kang", c.title, "", "", "", "", {}, {Span{0, 4}}}};
  WordStore store(text);
  WordArray words;
  const std::vector<SentenceContext> contexts =
      BuildContexts(RecordInputs{text, sentences, dates, people}, &store, &words);
  ASSERT_EQ(contexts.size(), 2u);
  EXPECT_EQ(contexts[1].participants.size(), c.referred ? 1u : 0u) << c.title;
}

INSTANTIATE_TEST_SUITE_P(Cases, TitleReferenceTest, testing::ValuesIn(kTitleCases));

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
    // A noun that is a verb too, right after "to" or after a subject before "with".
    {"No secretary has had to deal with as many complex issues.", "", ""},
    {"Federal agencies must deal with tighter budget realities.", "", ""},
    {"Acme struck a trade deal with Beta on May 3.", "agreed", ""},
    // An agreement noun in another sense: a quantity, a program's code, a state of emergency.
    {"She has brought a great deal of respect to the office.", "", ""},
    {"The platform conducts smart contract audits on the chain.", "", ""},
    {"The governor requested a disaster declaration for 34 counties.", "", ""},
    {"Charter schools are independent public schools run by parents.", "", ""},
    // A relative clause in the present says what a body does by habit.
    {"ASBIC is a non-profit corporation that partners with Alabama colleges.", "", ""},
    {"Acme and Beta signed a supply contract on May 3.", "signed", ""},
    {"Acme and Beta closed a deal on May 3.", "agreed", ""},
    // A collaboration widened or deepened is one agreed anew.
    {"Acme has also expanded its collaboration with T-Mobile Poland to include a new offering.",
     "agreed", ""},
    // A bare plural names agreements in general; a determiner or number makes them particular.
    {"Competing for federal contracts is rigorous and highly competitive.", "", ""},
    {"The company works to foster partnerships for future trials.", "", ""},
    {"The two contracts with the county cover road repairs.", "agreed", ""},
    // A reaction to an agreement is not one.
    {"\"We are thrilled to partner with Dragonfly Energy,\" said the CEO.", "", ""},
    {"We are proud to have partnered with the Department of Justice.", "", ""},
    // Once an agreement is known, "under the agreement", "this partnership" point back.
    {"Acme signed a supply agreement with Beta. Under the agreement, Beta will ship parts.",
     "signed", ""},
    {"Acme formed a strategic partnership with Beta. This strategic partnership reinforces "
     "its growth.",
     "agreed", ""},
    {"The United States announced a consent decree today. The consent decree was lodged in "
     "court.",
     "signed", ""},
    // A named agreement is reported once.
    {"Twelve cities joined the National Safety Partnership. Our new National Safety "
     "Partnership program helps them.",
     "agreed", "National Safety Partnership"},
    // An agreement noun inside a longer name of something else.
    {"The President proposes to eliminate the Leveraging Education Assistance Partnership "
     "Grants.",
     "", ""},
    {"AGC Biologics, a Biopharmaceutical Contract Development and Manufacturing Organization, "
     "promoted Dr. Winterhalter.",
     "", ""},
    // Selecting a company for a role engages it; a partnership noun then restates the selection.
    {"Zoom has selected AWS as its preferred cloud provider.", "selected", ""},
    {"Altigen has selected Brafton, a leading content marketing agency, as its new partner. This "
     "partnership marks a significant milestone.",
     "selected", ""},
    {"The router selects the shortest path for each call.", "", ""},
    // After a documented agreement, "the multi-year agreement" points back to it.
    {"Acme signed a supply agreement with Beta. The multi-year agreement runs to 2030.", "signed", ""},
    // A partnership with a named party is one, even after "the" and an adverb.
    {"Through the recently announced partnership with CANCOM, sales grew.", "agreed", ""},
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

// A selection names no document: the contract named next is a first mention, and in the
// same paragraph it shares the selection's date.
TEST(AgreementTest, ContractAfterSelectionSharesItsDate) {
  const std::string text =
      "On November 30, 2020, Zoom announced it has selected AWS as its preferred cloud provider. "
      "The multi-year agreement extends the longstanding relationship.";
  const std::string shown = "November 30, 2020";
  const Records r = RunRecords(
      text, {DateMention{Span{3, 3 + shown.size()}, "2020-11-30", DateType::kDate, 0}});
  ASSERT_EQ(r.agreements.size(), 2u);
  EXPECT_EQ(r.agreements[0].status, "selected");
  ASSERT_TRUE(r.agreements[0].date.has_value());
  ASSERT_TRUE(r.agreements[1].date.has_value());
  EXPECT_EQ(r.agreements[1].date->value, r.agreements[0].date->value);
}

// A relative date ("in the future") places no occasion to share.
TEST(AgreementTest, RelativeDateIsNotShared) {
  const std::string text =
      "The two sides reached a consensus on cooperation in the future. Accordingly, it was "
      "decided to strengthen the partnership.";
  const std::size_t at = text.find("future");
  const Records r =
      RunRecords(text, {DateMention{Span{at, at + 6}, "FUTURE_REF", DateType::kDate, 0}});
  ASSERT_EQ(r.agreements.size(), 2u);
  ASSERT_TRUE(r.agreements[0].date.has_value());
  EXPECT_FALSE(r.agreements[1].date.has_value());
}

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
    // A question announces nothing.
    {"How will you measure success in this mission?", "", ""},
    {"Funds will help seniors in rural areas like Montana,\xC3\xA2?", "help seniors in rural areas like Montana", ""},
    // A period or comma inside a number or an abbreviation does not end the action.
    {"The Government will invest $14.5 million over four years.",
     "invest $14.5 million over four years", ""},
    {"Agencies will receive a total of $188,439 in funding.",
     "receive a total of $188,439 in funding", ""},
    {"Its results will be shared with Congress.Veterans staff should act.",
     "be shared with Congress", ""},
    {"The plant will allow the U.S. to have a domestic source of uranium.",
     "allow the U.S. to have a domestic source of uranium", ""},
    // A prediction or an assessment of an effect is no action; nor is a later "will" in it.
    {"The new center will be a great asset for the community.", "", ""},
    {"This funding will be an important boost for the county.", "", ""},
    {"These grants will go a long way toward easing the backlog.", "", ""},
    // What is upcoming follows only as an occasion of its kind.
    {"The system dispatches reminders for upcoming appointments.", "", ""},
    {"The team is thrilled to announce its upcoming milestones.", "", ""},
    {"The forum discussed the upcoming visit of President Xi Jinping.",
     "visit of President Xi Jinping", ""},
    // A figure forecast is no action; a verb of quantity with an object is.
    {"Global grid investment is expected to exceed $400 billion in 2025.", "", ""},
    {"That demand will continue to grow and prices will climb.", "", ""},
    {"The grant will increase access to clean water.", "increase access to clean water", ""},
    {"The meeting will mark the first of its kind since the two sides agreed to upgrade it.", "", ""},
    {"This experience will be crucial for our growth, and he will positively impact our teams.",
     "", ""},
    {"The budget proposal will cause even more distress for families.", "", ""},
    {"These trials will play a crucial role in validating the treatment.", "", ""},
    {"A combination of entities will likely be needed to cover all Americans.", "", ""},
    {"The results will be shared with the board.", "be shared with the board", ""},
    {"The two sides agreed to mark the anniversary with a concert.",
     "mark the anniversary with a concert", ""},
    // After an article, "plan" names a scheme; announced plans remain intentions.
    {"The strategy is the plan to implement the New York Initiative.", "", ""},
    {"Schumer announced plans to introduce legislation.", "introduce legislation", ""},
    // After an undertaking's noun, "aims to" says what it is for; a party's aim is a plan.
    {"These efforts aim to lead a major leap forward for the economy.", "", ""},
    {"This initiative aims to provide faster risk identification.", "", ""},
    {"Hybrid aims to accelerate the adoption of its systems.", "accelerate the adoption of its systems",
     ""},
    // The present tense of an agreement to act.
    {"Menefee and Carroll agree to pay the United States two million dollars.",
     "pay the United States two million dollars", ""},
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

struct FollowUpWhenCase {
  std::string text;
  std::vector<std::pair<std::string, std::string>> dates;   // shown text, value
  std::string when;   // value of the first follow-up's date; empty: none
  std::size_t follow_up = 0;
};

const FollowUpWhenCase kFollowUpWhenCases[] = {
    // A date that places the action beats one that scopes its object.
    {"Kontron will publish its results for the first nine months of 2025 on November 5.",
     {{"the first nine months of 2025", "2025-01/2025-09"}, {"November 5", "2025-11-05"}},
     "2025-11-05"},
    // A calendar date beats a vague reference.
    {"Stephens will explore these themes in an upcoming podcast launching in spring 2026.",
     {{"upcoming", "FUTURE_REF"}, {"spring 2026", "2026-SP"}},
     "2026-SP"},
    // A relative clause's date belongs to its own verb.
    {"On Monday, July 4, Park will meet Ebrard, who will visit Korea from July 3 to 6.",
     {{"Monday, July 4", "2022-07-04"}, {"from July 3 to 6", "2022-07-03/2022-07-06"}},
     "2022-07-04"},
    // ... and is an action of its own: the visit, dated by the clause's own date.
    {"On Monday, July 4, Park will meet Ebrard, who will visit Korea from July 3 to 6.",
     {{"Monday, July 4", "2022-07-04"}, {"from July 3 to 6", "2022-07-03/2022-07-06"}},
     "2022-07-03/2022-07-06", 1},
    // A year that opens a name does not date the action.
    {"Park will speak at the 2022 Korea-LAC Forum to be held on Tuesday, July 5.",
     {{"2022", "2022"}, {"Tuesday, July 5", "2022-07-05"}},
     "2022-07-05"},
    // A past reference never dates what is to come.
    {"Revenue for the full year 2025 is expected to be EUR 1.7 billion (previously EUR 1.8 "
     "billion).",
     {{"the full year 2025", "2025"}, {"previously", "PAST_REF"}},
     "2025"},
    // An undated action of a paragraph goes on at its dated occasion.
    {"Yun will visit the UN from February 9 to 10. Yun will request action.",
     {{"from February 9 to 10", "2016-02-09/2016-02-10"}},
     "2016-02-09/2016-02-10", 1},
};

class FollowUpWhenTest : public testing::TestWithParam<FollowUpWhenCase> {};

TEST_P(FollowUpWhenTest, DatesTheAction) {
  const FollowUpWhenCase& c = GetParam();
  std::vector<DateMention> dates;
  for (const auto& [shown, value] : c.dates) {
    const std::size_t at = c.text.find(shown);
    ASSERT_NE(at, std::string::npos) << shown;
    dates.push_back(DateMention{Span{at, at + shown.size()}, value, DateType::kDate, 0});
  }
  const Records r = RunRecords(c.text, dates);
  ASSERT_GT(r.follow_ups.size(), c.follow_up);
  const FollowUp& f = r.follow_ups[c.follow_up];
  ASSERT_TRUE(f.when.has_value()) << f.action;
  EXPECT_EQ(f.when->value, c.when);
}

INSTANTIATE_TEST_SUITE_P(Cases, FollowUpWhenTest, testing::ValuesIn(kFollowUpWhenCases));

TEST(FollowUpTest, TwoSidesAreBothCountries) {
  const std::string text = "Korea and Germany met. The two sides will meet again in Seoul.";
  Participant kr{"c1", ParticipantKind::kCountry, "Korea", "", "", "", "", "KR", {}, {Span{0, 5}}};
  Participant de{"c2", ParticipantKind::kCountry, "Germany", "", "", "", "", "DE", {}, {Span{10, 17}}};
  const Records r = RunRecords(text, {}, {kr, de});
  ASSERT_EQ(r.follow_ups.size(), 1u);
  EXPECT_TRUE(r.follow_ups[0].actor.empty());   // neither country is named in that sentence
}

// A relative clause about a person, set off by a comma, holds an action of its own and
// bounds the one before it; one a second comma closed does not hold the action after it.
TEST(FollowUpTest, RelativeClauseAboutAPersonIsAnActionOfItsOwn) {
  const std::string text =
      "Moore will join the board and succeed Louis Krause, who will retire in June.";
  const Records r = RunRecords(text);
  ASSERT_EQ(r.follow_ups.size(), 2u);
  const auto evidence = [&](const FollowUp& f) {
    return text.substr(f.evidence.start, f.evidence.end - f.evidence.start);
  };
  EXPECT_EQ(evidence(r.follow_ups[0]), "Moore will join the board and succeed Louis Krause");
  EXPECT_EQ(evidence(r.follow_ups[1]), "who will retire in June.");

  const std::string closed = "Dodd, who opposed the nomination, said he will vote against it.";
  const Records c = RunRecords(closed);
  ASSERT_EQ(c.follow_ups.size(), 1u);
  EXPECT_EQ(c.follow_ups[0].evidence.start, 0u);
}

struct CurrencyCase {
  std::string text;
  bool mentions;
};

const CurrencyCase kCurrencyCases[] = {
    {"The city will grant $100,000 to the fund.", true},
    {"It pledged US$5 million.", true},
    {"It invested EUR 20 million.", true},
    {"It invested \xE2\x82\xAC" "20 million.", true},
    {"It spent \xC2\xA3" "300.", true},
    {"It announced a new partnership with the university.", false},
    {"USDA officials met in Europe.", false},   // "USD" without its space is no currency
    // Longer sentences, read sixteen bytes a step: signs in the last, partial step, or
    // across two steps, and many bytes that open a sign but start none.
    {"Korea's Unified Exchange will pay KRW 5", true},
    {"The Korea-EU panel, under UK rules, paid \xE2\x82\xA9", true},
    {"Officials at the Korean Embassy paid US$1", true},
    {"It will award funds \xC2\xA5" "900 to Kyoto.", true},
    {"Every Unit of the European Union\xE2\x80\x99s Kommission, EURO, USDA", false},
};

class CurrencyTest : public ::testing::TestWithParam<CurrencyCase> {};

TEST_P(CurrencyTest, FindsASignInsideTheSpan) {
  const CurrencyCase& c = GetParam();
  EXPECT_EQ(MentionsCurrency(c.text, Span{0, c.text.size()}), c.mentions) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Records, CurrencyTest, ::testing::ValuesIn(kCurrencyCases));

TEST(CurrencyTest, LooksOnlyInsideTheSpan) {
  const std::string text = "It gave $5. Nothing else.";
  EXPECT_FALSE(MentionsCurrency(text, Span{12, text.size()}));
  EXPECT_TRUE(MentionsCurrency(text, Span{0, 11}));
}

TEST(CurrencyTest, AnswersEachSentenceOfAText) {
  const std::string text = "It gave $5. Nothing else. It paid EUR 4. It ends in USD";
  EXPECT_TRUE(MentionsCurrency(text, Span{0, 11}));
  EXPECT_FALSE(MentionsCurrency(text, Span{12, 25}));
  EXPECT_TRUE(MentionsCurrency(text, Span{26, 40}));
  EXPECT_FALSE(MentionsCurrency(text, Span{26, 37}));   // "EUR " cut short by the span
  EXPECT_FALSE(MentionsCurrency(text, Span{41, text.size()}));   // "USD" without its space
}

// A sentence whose words hold no money verb's open bit gives no amount: FindEvents skips
// its search for currency signs.
TEST(CurrencyTest, MoneyVerbsOpenTheirBit) {
  const std::string text = "The city granted $5 to the fund. Nothing else was paid.";
  const SentenceContexts built(text, {Span{0, 32}, Span{33, text.size()}});
  const std::vector<SentenceContext>& contexts = built.contexts;
  const WordArray& words = built.words;
  ASSERT_EQ(contexts.size(), 2u);
  EXPECT_NE(contexts[0].opens & kOpensMoneyVerb, 0);
  EXPECT_NE(words[2].opens & kOpensMoneyVerb, 0);   // "granted"
  EXPECT_TRUE(MentionsCurrency(text, contexts[0].span));
}

TEST(TokenizeWordsTest, LowersAndFoldsTypographicApostrophes) {
  const std::string text = "Korea\xE2\x80\x99s R&D, co-op \xE2\x80\x99quoted\xE2\x80\x99 end";
  WordStore store(text);
  const std::vector<Word> words = TokenizeWords(Span{0, text.size()}, &store);
  std::vector<std::string> lower;
  for (const Word& w : words) lower.emplace_back(w.lower);
  EXPECT_EQ(lower, (std::vector<std::string>{"korea's", "r&d", "co-op", "quoted", "end"}));
  EXPECT_EQ(words[0].span.end, std::string("Korea\xE2\x80\x99s").size());
}

struct WordsCase {
  std::string text;
  Span span;
  std::string words;   // lower forms joined by '|'
};

// Words longer than eight bytes, and spans that end inside a word, are read as whole words of
// the span; a caller's lower-cased copy of the text gives the words the store's own gives.
const WordsCase kWordsCases[] = {
    {"Internationalisation of R&D-led co-operation", {0, 44}, "internationalisation|of|r&d-led|co-operation"},
    {"Internationalisation of R&D-led co-operation", {3, 38}, "ernationalisation|of|r&d-led|co-ope"},
    {"Extraordinarily long-winded", {0, 20}, "extraordinarily|long"},
    {"Twelve-month\xE2\x80\x99s review", {0, 23}, "twelve-month's|review"},
    {"Twelve-month\xE2\x80\x99s", {0, 16}, "twelve-month's"},
    {"Twelve-month\xE2\x80\x99s", {0, 14}, "twelve-month"},
    {"Rock\xE2\x80\x99n\xE2\x80\x99roll fans", {0, 20}, "rock'n'roll|fans"},
    {"the partners\xE2\x80\x99 plans", {0, 21}, "the|partners|plans"},
};

class TokenizeWordsTableTest : public testing::TestWithParam<WordsCase> {};

std::string JoinedWords(const std::vector<Word>& words) {
  std::string out;
  for (const Word& w : words) {
    if (!out.empty()) out.push_back('|');
    out.append(w.lower);
  }
  return out;
}

TEST_P(TokenizeWordsTableTest, ReadsWholeWordsOfTheSpan) {
  const WordsCase& c = GetParam();
  WordStore own(c.text);
  EXPECT_EQ(JoinedWords(TokenizeWords(c.span, &own)), c.words) << c.text;
  const std::string lowered = AsciiLower(c.text);
  WordStore shared(c.text, lowered);
  EXPECT_EQ(JoinedWords(TokenizeWords(c.span, &shared)), c.words) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Cases, TokenizeWordsTableTest, testing::ValuesIn(kWordsCases));

struct PhraseCase {
  std::string sentence;
  std::size_t word;    // where the match is sought
  std::size_t count;   // words matched; 0: no phrase starts there
};

// A phrase's first word matches only with a second word that continues one of its phrases,
// unless it is a phrase by itself.
const PhraseCase kPhraseCases[] = {
    {"They met with officials", 1, 2},
    {"They met yesterday", 1, 0},
    {"They met", 1, 0},
    {"The trip to Seoul", 1, 2},
    {"The trip ended", 1, 1},
    {"the trip", 1, 1},
    {"a panel on trade", 0, 3},
    {"a panel", 0, 0},
};

class PhraseMatcherTest : public testing::TestWithParam<PhraseCase> {};

TEST_P(PhraseMatcherTest, MatchesWholePhrasesAtAWord) {
  static const PhraseMatcher matcher("en/event_triggers");
  const PhraseCase& c = GetParam();
  WordStore store(c.sentence);
  const std::vector<Word> words = TokenizeWords(Span{0, c.sentence.size()}, &store);
  const PhraseHit hit = matcher.MatchAt(words, c.word);
  EXPECT_EQ(hit.entry >= 0 ? hit.count : 0, c.count) << c.sentence;
}

INSTANTIATE_TEST_SUITE_P(Cases, PhraseMatcherTest, testing::ValuesIn(kPhraseCases));

// A matcher with an open bit finds what one without finds: the bit marks every word that
// may open one of its phrases, and FindAll's scan tests it instead of the filter.
TEST_P(PhraseMatcherTest, OpenBitsFindWhatTheFilterFinds) {
  static const PhraseMatcher plain("en/event_triggers");
  static const PhraseMatcher with_bit("en/event_triggers", 1 << 15);   // made before tokenising
  const PhraseCase& c = GetParam();
  WordStore store(c.sentence);
  const std::vector<Word> words = TokenizeWords(Span{0, c.sentence.size()}, &store);
  const std::vector<PhraseHit> a = plain.FindAll(words), b = with_bit.FindAll(words);
  ASSERT_EQ(a.size(), b.size()) << c.sentence;
  for (std::size_t k = 0; k < a.size(); ++k) {
    EXPECT_EQ(a[k].first, b[k].first) << c.sentence;
    EXPECT_EQ(a[k].count, b[k].count) << c.sentence;
    EXPECT_NE(words[a[k].first].opens & (1 << 15), 0) << c.sentence;
  }
}

// The sentences of a release share one word array: appended span by span, each span's
// words are those TokenizeWords gives it alone.
TEST(AppendWordsTest, AppendsEachSpanAsTokenizeWordsReadsIt) {
  const std::string text = "Korea\xE2\x80\x99s envoy met. They signed it; won\xC3\xA2t stop";
  const Span spans[] = {{0, 20}, {21, 37}, {38, text.size()}};
  WordStore store(text);
  std::vector<Word> all;
  for (const Span& span : spans) AppendWords(span, &store, &all);
  std::size_t at = 0;
  for (const Span& span : spans) {
    for (const Word& w : TokenizeWords(span, &store)) {
      ASSERT_LT(at, all.size());
      EXPECT_EQ(all[at].lower, w.lower);
      EXPECT_EQ(all[at].span.start, w.span.start);
      EXPECT_EQ(all[at].span.end, w.span.end);
      ++at;
    }
  }
  EXPECT_EQ(at, all.size());
}

// AppendWords returns the union of its words' open bits, which lets a sentence skip the
// scans of matchers none of its words may open; a word with an apostrophe counts too.
TEST_P(PhraseMatcherTest, AppendWordsReturnsTheUnionOfOpenBits) {
  static const PhraseMatcher with_bit("en/event_triggers", 1 << 14);   // made before tokenising
  const PhraseCase& c = GetParam();
  WordStore store(c.sentence);
  std::vector<Word> words;
  const std::uint16_t opens = AppendWords(Span{0, c.sentence.size()}, &store, &words);
  std::uint16_t expected = 0;
  for (const Word& w : words) expected |= w.opens;
  EXPECT_EQ(opens, expected) << c.sentence;
  EXPECT_EQ(with_bit.FindAll(words, opens).size(), with_bit.FindAll(words).size()) << c.sentence;
  EXPECT_TRUE(with_bit.FindAll(words, static_cast<std::uint16_t>(opens & ~(1 << 14))).empty());
}

// BuildContexts finds the hits of the three trigger matchers in one scan of a sentence's
// words: each list is what the matcher's own FindAll gives.
void ExpectSameHits(const std::vector<PhraseHit>& expected,
                    const absl::InlinedVector<PhraseHit, 1>& found, const std::string& sentence) {
  ASSERT_EQ(found.size(), expected.size()) << sentence;
  for (std::size_t k = 0; k < expected.size(); ++k) {
    EXPECT_EQ(found[k].first, expected[k].first) << sentence;
    EXPECT_EQ(found[k].count, expected[k].count) << sentence;
    EXPECT_EQ(found[k].entry, expected[k].entry) << sentence;
  }
}

TEST(BuildContextsTest, FindsEachTriggerMatchersHitsInOneScan) {
  const std::string sentences[] = {
      "The two sides signed an agreement and will hold a meeting in Seoul next week.",
      "Minister Yun will visit the UN and plans to attend the summit, signing an MOU.",
      "They agreed to continue talks; the forum was held at COEX.",
      "Nothing happened here.",
      "will meet will meet agreed agreed to sign",
  };
  std::size_t events = 0, agreements = 0, follow_ups = 0;
  for (const std::string& sentence : sentences) {
    const SentenceContexts built(sentence, {Span{0, sentence.size()}});
    ASSERT_EQ(built.contexts.size(), 1u);
    const SentenceContext& s = built.contexts[0];
    ExpectSameHits(EventTriggers().FindAll(s.words), s.event_hits, sentence);
    ExpectSameHits(AgreementTriggers().FindAll(s.words), s.agreement_hits, sentence);
    ExpectSameHits(FollowUpTriggers().FindAll(s.words), s.follow_up_hits, sentence);
    events += s.event_hits.size();
    agreements += s.agreement_hits.size();
    follow_ups += s.follow_up_hits.size();
  }
  EXPECT_GT(events, 3u);
  EXPECT_GT(agreements, 1u);
  EXPECT_GT(follow_ups, 1u);
}

// A quotation runs on across sentences, which are asked about in text order; a sentence
// with no quote outside a quotation has no word quoted.
TEST(QuoteTrackerTest, FollowsQuotationsAcrossSentences) {
  const std::string text = "He said \"we met. They signed\" it. Then they left.";
  const SentenceContexts built(text, {Span{0, 16}, Span{17, 33}, Span{34, text.size()}});
  const std::vector<SentenceContext>& contexts = built.contexts;
  ASSERT_EQ(contexts.size(), 3u);
  QuoteTracker quotes(text);
  const std::vector<std::vector<bool>> expected = {
      {false, false, true, true}, {true, true, false}, {false, false, false}};
  for (std::size_t i = 0; i < contexts.size(); ++i) {
    ASSERT_EQ(contexts[i].words.size(), expected[i].size());
    const QuotedWords quoted = quotes.Inside(contexts[i]);
    for (std::size_t k = 0; k < expected[i].size(); ++k) EXPECT_EQ(quoted[k], expected[i][k]) << i << " " << k;
  }
}


// A word array grows as spans are appended, and keeps the words it moves.
TEST(WordArrayTest, KeepsItsWordsAsItGrows) {
  std::string text;
  for (int k = 0; k < 200; ++k) text += "Word" + std::to_string(k) + " and more. ";
  WordStore store(text);
  WordArray array;
  std::vector<Word> expected;
  for (std::size_t at = 0; at < text.size(); at += 11) {
    const Span span{at, std::min(at + 11, text.size())};
    AppendWords(span, &store, &array);
    for (const Word& w : TokenizeWords(span, &store)) expected.push_back(w);
  }
  ASSERT_EQ(array.size(), expected.size());
  for (std::size_t k = 0; k < expected.size(); ++k) {
    EXPECT_EQ(array[k].lower, expected[k].lower);
    EXPECT_EQ(array[k].span, expected[k].span);
  }
}

}  // namespace
}  // namespace prextract::internal
