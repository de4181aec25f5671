// One table per named line rule (src/segment/line_rules.h, date_scan.h).
#include "segment/line_rules.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "rule_table.h"
#include "segment/date_scan.h"
#include "segment/text_scan.h"

namespace prextract::internal {
namespace {

TEST(LineRulesTest, EndMark) {
  ExpectAll(IsEndMark, {{"###", true}, {"-30-", true}, {"---", true}, {"* * *", true}, {"#1 seller", false},
                        {"--", false}, {"- 30 -", true}});
}

// A line is ruled out by its first byte when that is ASCII, no space and no mark; lines led
// by white space (ASCII or not) or by a mark are read whole.
TEST(LineRulesTest, EndMarkLedBySpacesOrOtherBytes) {
  ExpectAll(IsEndMark, {{"  ###  ", true}, {"\t- 30 -", true}, {"\xC2\xA0***", true}, {"\xE3\x80\x80~~~", true},
                        {"___", true}, {"= = =", true}, {"A ###", false}, {"3 ###", false}, {"(###)", false},
                        {"\xE2\x80\xA2 ###", false}, {"", false}, {" ", false}, {"-", false}});
}

TEST(LineRulesTest, Navigation) {
  ExpectAll(IsNavigation, {{"Go to Content Go to Navigation", true},
                           {"\xE2\x80\xA2 Home", true},
                           {"HOME News & Notice Press Releases", true},
                           {"You are here", true},
                           {"UNHCR Press Releases", true},
                           {"Senator Mark Pryor Press Releases", true},
                           {"UNHCR Press Release", false},
                           {"Refugee agency welcomes new press releases", false},
                           {"Homes for veterans", false},
                           {"Press Releases about trade", false},
                           {"Share this story with friends", false}});
}

TEST(LineRulesTest, Breadcrumbs) {
  EXPECT_EQ(Breadcrumbs("Home \xC2\xBB Office of Public Affairs \xC2\xBB News"),
            (std::vector<std::string>{"Home", "Office of Public Affairs", "News"}));
  EXPECT_EQ(Breadcrumbs("HOME News & Notice Press Releases"),
            (std::vector<std::string>{"Home", "News & Notice", "Press Releases"}));
  EXPECT_TRUE(Breadcrumbs("Prices rose > 5% in May").empty());
}

TEST(LineRulesTest, ReleaseMarker) {
  const std::vector<std::pair<std::string, std::size_t>> cases = {
      {"FOR IMMEDIATE RELEASE", 21}, {"Press Release: TITLE", 15}, {"PRESS RELEASE : Fresh", 16},
      {"Pressing issues", 0}, {"Media Release Australian Minister", 14}};
  for (const auto& [line, want] : cases) EXPECT_EQ(ReleaseMarkerPrefix(line), want) << line;
  EXPECT_EQ(ReleaseMarkerInside("Climate expert gives voters  Media Release | Bob"), 29u);
  EXPECT_EQ(ReleaseMarkerInside("Media Release about it"), std::string_view::npos);
}

TEST(LineRulesTest, Byline) {
  ExpectAll(IsBylineLine, {{"Senator the Hon. Ian Campbell", true},
                           {"Minister for the Environment and Heritage Senator for Western Australia", true},
                           {"By Johnny Rice, Benzinga", true},
                           {"Senator Smith Introduces Bill on Farm Credit Reform Today", false},
                           {"Spokesperson's Press Briefing (June 30, 2022)", false},
                           {"Senator Brownback said the bill would pass.", false},
                           // An office's words and their joiners, not a headline's prose.
                           {"Parliamentary Secretary to the Minister for Immigration and Multicultural Affairs", true},
                           {"Senator  Meets with New Under Secretary of Defense Nominee Receives assurances", false}});
}

TEST(LineRulesTest, OrganisationLine) {
  ExpectAll(IsOrganisationLine, {{"Department of Justice", true},
                                 {"Ministry of Foreign Affairs REPUBLIC OF KOREA", true},
                                 {"Office of Public Affairs", true},
                                 {"Department of Justice officials said the case was closed.", false},
                                 {"Departmental news", false}});
}

TEST(LineRulesTest, ReleaseSectionOwner) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"UNHCR Press Releases", "UNHCR"},
      {"Senator Mark Pryor  Press Releases", "Senator Mark Pryor"},
      {"Press Room Press Releases", ""},   // a section within a section
      {"UNHCR Press Release", ""},
      {"The agency and its partners issue many press releases", ""}};
  for (const auto& [line, owner] : cases) EXPECT_EQ(ReleaseSectionOwner(line), owner) << line;
}

// A line is ruled out by its last byte when that is ASCII, no white space and no 's'; lines
// ending in white space (ASCII or not) are trimmed first.
TEST(LineRulesTest, ReleaseSectionOwnerEndingInSpaces) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"UNHCR Press Releases  ", "UNHCR"},
      {"UNHCR PRESS RELEASES\t", "UNHCR"},
      {"UNHCR Press Releases\xC2\xA0", "UNHCR"},
      {"UNHCR Press Releases.", ""},
      {"UNHCR Press Release", ""},
      {"s", ""},
      {"", ""}};
  for (const auto& [line, owner] : cases) EXPECT_EQ(ReleaseSectionOwner(line), owner) << line;
}

TEST(LineRulesTest, LetterheadLine) {
  ExpectAll(IsLetterheadLine, {{"CHRIS BOWEN MP", true},
                               {"Jane Smith QC AO", true},
                               {"The Hon. Stephen Smith MP A U S T R A L I A N  M I N I S T E R", true},
                               {"Chris Bowen MP Announces New Services for Migrants", false},
                               {"CHRIS BOWEN MP ANNOUNCES NEW SERVICES", false},
                               {"The Hon. Stephen Smith MP welcomes the report", false},
                               {"Smith MP", false},
                               {"Bowen Mp", false},
                               {"Senator Kay Patterson Parliamentary Secretary", false}});
}

TEST(LineRulesTest, ListMarkerLength) {
  const std::vector<std::pair<std::string, std::size_t>> cases = {
      {"1. The 1st Session", 3}, {"2) Sharing", 3}, {"\xE2\x80\xA2 Birmingham", 4}, {"- Law", 2},
      {"\xE2\x96\xB2 sharing", 4}, {"o To discuss", 2}, {"1.13.(x).jpg", 0}, {"10 million", 0},
      {"Overview", 0}, {"A. Roe", 0}, {"o", 0}, {"order", 0}, {"(2) Sharing", 4}};
  for (const auto& [line, want] : cases) EXPECT_EQ(ListMarkerLength(line), want) << line;
}

TEST(LineRulesTest, Note) {
  ExpectAll(IsNoteLine, {{"* unofficial translation", true},
                         {"** Data as of May", true},
                         {"\xE2\x80\xBB The signer of the MOU", true},
                         {"(A question-and-answer session followed.)", true},
                         {"(KALISPELL)  Montana's senior senator", false},
                         {"****", false}});
}

TEST(LineRulesTest, AboutName) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"About Kontron", "Kontron"},
      {"About Lionheart Health:", "Lionheart Health"},
      {"About IntelagenIntelagen (formerly Cloudbench) is an AI integrator.", "Intelagen"},
      {"About Keep A BreastThe Keep A Breast Foundation is a nonprofit.", "Keep A Breast"},
      {"About Altigen Technologies Altigen Technologies delivers cloud services to many firms.",
       "Altigen Technologies"},
      {"About Carrier Connect Data Solutions Inc.", "Carrier Connect Data Solutions Inc."},
      {"About 200 people attended the event.", ""},
      {"About half of the budget goes to schools.", ""},
      {"About us", ""}};
  for (const auto& [line, want] : cases) EXPECT_EQ(AboutName(line), want) << line;
}

TEST(LineRulesTest, BoilerplateKind) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"For more information, visit www.example.com.", "pointer"},
      {"Forward-Looking Statements", "disclaimer"},
      {"Disclosure: Individuals mentioned may have a relationship with us.", "disclaimer"},
      {"Topic(s):", "footer"},
      {"Updated April 4, 2018", "footer"},
      {"The post X appeared first on citybiz.", "footer"},
      {"Sincerely", "closing"},
      // A footnote's asterisk does not hide its words; the supplement disclaimer is a footer.
      {"* The Food and Drug Administration has not evaluated these statements.", "footer"},
      {"*These statements have not been evaluated by the Food and Drug Administration.", "footer"},
      {"* Disclaimer: Nothing in this report constitutes financial advice.", "disclaimer"},
      {"* Results may vary with the season.", ""},
      // The safe-harbour and advice disclaimers that close wire releases.
      {"This press release contains forward-looking statements as defined under Section 27A", "disclaimer"},
      {"Certain statements in this press release may constitute forward-looking statements", "disclaimer"},
      {"It should be expressly understood that under no circumstances does any information", "disclaimer"},
      {"Nothing in this article constitutes professional and/or financial advice", "disclaimer"},
      {"Certain statements were made by the minister during the visit.", ""},
      {"This press release contains a link to the full report.", ""},
      {"Following the meeting, the two sides signed an agreement.", ""},
      {"Visitors from 40 countries came to the fair in Seoul last year.", ""}};
  for (const auto& [line, want] : cases) EXPECT_EQ(BoilerplateKind(line), want) << line;
}

// A body line asks with its LowerLine, whose trigrams rule the extensions out first: the
// answer is the one the line alone gets.
TEST(LineRulesTest, ImageCaptionGivenItsLowerLine) {
  const std::vector<std::pair<std::string, bool>> cases = {
      {"1.13.jpg \xEC\x9D\xB4\xEB\xAF\xB8\xEC\xA7\x80\xEC\x9E\x85\xEB\x8B\x88\xEB\x8B\xA4.", true},
      {"Photo: ministers.PNG", true},
      {"Caption: plan.JPEG (the site)", true},
      {"logo.gif", true},
      {"The photo file is named harbour.jpg and was taken by a drone over the bay at dawn.", false},
      {"The ministry met twice. It agreed to talk.", false},
      {"No dot here", false},
      {".jp", false},
      {"", false}};
  for (const auto& [line, want] : cases) {
    EXPECT_EQ(IsImageCaption(line), want) << line;
    EXPECT_EQ(IsImageCaption(line, LowerLine(line)), want) << line;
  }
}

// A body line asks with its LowerLine, whose trigram pass noted whether it holds a byte
// from 0x80: the answer is the one the line alone gets.
TEST(LineRulesTest, ForeignScriptGivenItsLowerLine) {
  const std::vector<std::pair<std::string, bool>> cases = {
      {"\xEC\x9D\xB4\xEB\xAF\xB8\xEC\xA7\x80\xEC\x9E\x85\xEB\x8B\x88\xEB\x8B\xA4.", true},
      {"\xE3\x81\x93\xE3\x82\x93\xE3\x81\xAB\xE3\x81\xA1\xE3\x81\xAF", true},
      {"The minister said \xE2\x80\x9Cyes\xE2\x80\x9D today.", false},
      {"A plain ASCII line of running text that goes on past sixteen bytes.", false},
      {"Seoul \xEC\x84\x9C\xEC\x9A\xB8 and Busan", false},
      {"ab", false},
      {"", false}};
  for (const auto& [line, want] : cases) {
    EXPECT_EQ(IsForeignScript(line), want) << line;
    EXPECT_EQ(IsForeignScript(line, LowerLine(line)), want) << line;
  }
}

// LongestPrefix and BoilerplateKind skip the phrases whose second byte differs from the
// line's: phrases that share the line's first byte only are still no prefix.
TEST(LineRulesTest, PhrasesSharingOnlyTheFirstByte) {
  EXPECT_EQ(BoilerplateKind("Forward-Looking Statements"), "disclaimer");
  EXPECT_EQ(BoilerplateKind("FORWARD-LOOKING STATEMENTS"), "disclaimer");
  EXPECT_EQ(BoilerplateKind("Fo"), "");
  EXPECT_EQ(BoilerplateKind("F"), "");
  EXPECT_EQ(BoilerplateKind("Fxrward-Looking Statements"), "");
  EXPECT_EQ(ReleaseMarkerPrefix("PRESS RELEASE: Acme"), ReleaseMarkerPrefix("Press Release: Acme"));
  EXPECT_EQ(ReleaseMarkerPrefix("P"), 0u);
  EXPECT_EQ(ReleaseMarkerPrefix("Pxess Release: Acme"), 0u);
}

// They also skip the phrases that differ from the line in their third or fourth byte, or
// run past its end: "The ..." is none of the boilerplate's many "this ..." and "these ...".
TEST(LineRulesTest, PhrasesSharingTheFirstBytesOnly) {
  EXPECT_EQ(BoilerplateKind("This press release contains forward-looking statements."), "disclaimer");
  EXPECT_EQ(BoilerplateKind("THESE STATEMENTS HAVE NOT BEEN EVALUATED by the FDA."), "footer");
  EXPECT_EQ(BoilerplateKind("The food and drug administration has not evaluated it."), "footer");
  EXPECT_EQ(BoilerplateKind("The press release contains forward-looking statements."), "");
  EXPECT_EQ(BoilerplateKind("Thes statements"), "");
  EXPECT_EQ(BoilerplateKind("Thi"), "");
  EXPECT_EQ(BoilerplateKind("Source: Acme"), "footer");
  EXPECT_EQ(BoilerplateKind("Sourc"), "");
  EXPECT_EQ(ReleaseMarkerPrefix("FOR IMMEDIATE RELEASE Acme"), ReleaseMarkerPrefix("For Immediate Release Acme"));
  EXPECT_EQ(ReleaseMarkerPrefix("For Immediately"), 0u);
  EXPECT_TRUE(IsNavigation("Home"));
  EXPECT_FALSE(IsNavigation("Hom"));
}

TEST(LineRulesTest, Pointer) {
  ExpectAll(IsPointerLine, {{"A list of the cities is posted at www.example.org.", true},
                            {"The press release announcing the suit can be found here.", true},
                            {"The ministry met twice. It agreed to talk. It will meet again at www.x.org.", false}});
}

// A body line asks with its LowerLine, whose trigrams rule all the cues out at once: the
// answer is the one the line alone gets.
TEST(LineRulesTest, PointerGivenItsLowerLine) {
  const std::vector<std::pair<std::string, bool>> cases = {
      {"A list of the cities is posted at WWW.example.org.", true},
      {"Details: HTTPS://example.org/x", true},
      {"The full text can be found here.", true},
      {"Click Here to register.", true},
      {"The ministry met twice. It agreed to talk. It will meet again at www.x.org.", false},
      {"Nothing to see on this line at all.", false},
      {"www", false},
      {"", false}};
  for (const auto& [line, want] : cases) {
    EXPECT_EQ(IsPointerLine(line), want) << line;
    EXPECT_EQ(IsPointerLine(line, LowerLine(line)), want) << line;
  }
}

TEST(LineRulesTest, Heading) {
  ExpectAll(IsHeadingLine, {{"EDUCATION", true},
                            {"About Our Work", true},
                            {"Over 3,750 Papers Published on Klotho", true},
                            {"[Market Availability]", true},
                            {"Key Services Include:", true},
                            {"Twelve sites have been selected to receive this assistance:", false},
                            {"The text of the letter to the Secretary is reproduced below", false},
                            {"\xE2\x80\xA2 Birmingham, Alabama", false},
                            {"Health care costs rose.", false},
                            // A quotation's speaker, left alone by stripped quotes; a headline
                            // capitalises its verb.
                            {"Senator Allard said", false},
                            {"Reed continued", false},
                            {"New Grants Announced", true},
                            // Past twelve words, names make a sentence look capitalised: a
                            // heading that long has no lower-case word but joiners.
                            {"Following a request from U S  Senator Hillary Rodham Clinton  NY  and U S  Rep  "
                             "Sherwood Boehlert  NY",
                             false},
                            {"Statement of the Committee on the Budget of the United States Senate on the Fiscal "
                             "Year Resolution",
                             true}});
}

TEST(LineRulesTest, BylineAfterUs) {
  ExpectAll(IsBylineLine, {{"U S  Senator Patty Murray   PHOTO", true},
                           {"U.S. Senator Patty Murray", true},
                           {"Senator Patty Murray", true},
                           {"US Senator Patty Murray", false}});
}

TEST(LineRulesTest, DateLine) {
  ExpectAll(IsDateLine, {{"Wednesday, April 4, 2018", true},
                         {"June 30, 2022 14:30 KST", true},
                         {"Friday 23rd October 2009, 8:54am", true},
                         {"5 July 2005 C181/05", true},
                         {"Spokesperson's Press Briefing (June 30, 2022)", false},
                         {"07/01/2022 | Press release | Archived content", false},
                         {"On April 4, 2018, the court entered a judgment against the company.", false}});
}

TEST(LineRulesTest, DatelineLength) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"SINGAPORE, March 10, 2024 /24-7PressRelease/ -- Creta Class, a platform", "Creta Class, a platform"},
      {"SEATTLE--( BUSINESS WIRE )--Today, Amazon Web Services", "Today, Amazon Web Services"},
      {"Dallas, TX \xE2\x80\x93 [November 7, 2024] \xE2\x80\x93 Evertise AI PR is", "Evertise AI PR is"},
      {"LINZ, Austria - October 29, 2025 (NEWMEDIAWIRE) - Kontron, a leader", "Kontron, a leader"},
      {"WASHINGTON - U.S. Senator Sam Brownback today", "U.S. Senator Sam Brownback today"},
      {"(KALISPELL)  Montana's senior senator", "Montana's senior senator"},
      {"February 11, 2021\xE2\x80\xA6Information technology remains key", "Information technology remains key"},
      {"May 5, 2020 ... The ministry said", "The ministry said"},
      {"On May 5, 2020 the minister said\xE2\x80\xA6 nothing", ""},
      {"On December 22, 2015, Aziz was charged in an indictment.", ""},
      {"The ministry - which was founded in 1948 - said", ""},
      {"NEWS RELEASE \xE2\x80\x93 Ministers conclude meeting", ""},
      {"BERLIN \xE2\x80\x94 Europe's largest fair opened", "Europe's largest fair opened"},
      {"BERLIN / Europe's largest fair opened", "Europe's largest fair opened"},
      // A place's separator must start within its first 40 bytes.
      {"ABCDEFGHIJ ABCDEFGHIJ ABCDEFGHIJ ABCDEF - rest of the line", "rest of the line"},
      {"ABCDEFGHIJ ABCDEFGHIJ ABCDEFGHIJ ABCDEFG - rest of the line", ""}};
  for (const auto& [line, rest] : cases) {
    const std::size_t n = DatelineLength(line);
    EXPECT_EQ(rest.empty() ? std::string() : line.substr(n), rest) << line;
    if (rest.empty()) {
      EXPECT_EQ(n, 0u) << line;
    }
  }
}

TEST(LineRulesTest, FindFullDate) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Updated April 4, 2018", "April 4, 2018"}, {"on 27 November 2000", "27 November 2000"},
      {"Date 2023-05-25", "2023-05-25"},          {"07/01/2022 | Press", "07/01/2022"},
      {"Apr 24, 2024 @ noon", "Apr 24, 2024"},    {"August 16  2007 Schumer", "August 16  2007"},
      {"May 25, vice minister", ""},              {"in 2023 and 2024", ""},
      // The scan starts shortly before the first year: the day before a long month name,
      // a date after an earlier year, and a line without four digits in a row.
      {"The report, released in full on 4 September 2024", "4 September 2024"},
      {"Founded 1998; on Wednesday, September 23rd, 2024 it said", "September 23rd, 2024"},
      {"From 12/31/99 to May 5, 24", ""},
      // Past a year that starts no date, the scan goes on from the next year's reach.
      {"In 1998 the firm, which has grown every year since and now employs many people, said on 4 September 2024 that",
       "4 September 2024"},
      {"Founded 1998, moved 2001 and sold 2005; a report of May 5, 2024 says", "May 5, 2024"},
      {"Codes ab2024 and 2024x2025 then 07/01/20221", "07/01/2022"},
      {"Budget 12345 and 2023 lines, no date at all in 2024", ""},
      // MM/DD/YYYY without its slashes, only where it opens the line.
      {"09 13 2007   Levin Statement on Iraq", "09 13 2007"}, {"  8 2 2007", "8 2 2007"},
      {"25  12 2007 Sydney", "25  12 2007"},  {"Contact 09 13 2007", ""},
      {"202 228 3685", ""},                   {"09 13 20071", ""},
      {"13 13 2007", ""},                     {"09   13 2007", ""}};
  for (const auto& [line, want] : cases) {
    const std::optional<Span> d = FindFullDate(line);
    EXPECT_EQ(d ? line.substr(d->start, d->end - d->start) : std::string(), want) << line;
  }
}

TEST(TitleCaseShareAtLeastTest, AnswersAsTheShare) {
  const std::vector<std::string> lines = {
      "Senator Smith Announces Funding For The Bridge",
      "Senator Smith announces funding for the bridge",
      "the senator spoke",
      "Four Of Five words",
      "Four Of Five Words here",
      "Media Contact:",
      "One two",
      "A",
      "2024 Budget and Plans",
      "\u201CQuoted\u201D Title of the Year",
      "",
      "...",
  };
  for (const std::string& line : lines) {
    const std::size_t words = WordCount(line);
    for (const double share : {0.8, 0.999, 0.5}) {
      EXPECT_EQ(TitleCaseShareAtLeast(line, words, share), TitleCaseShare(line) >= share) << line << " " << share;
    }
  }
}

}  // namespace
}  // namespace prextract::internal
