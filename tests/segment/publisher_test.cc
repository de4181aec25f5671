// Publisher clues (src/segment/publisher.h).
#include "segment/publisher.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace prextract::internal {
namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

TEST(PublisherTest, LeadingName) {
  const Pairs cases = {
      {"Taizhou Kaimi Biotech Co., Ltd., a global leader in diagnostics", "Taizhou Kaimi Biotech Co., Ltd."},
      {"Today, Amazon Web Services, Inc. (AWS), an Amazon.com company", "Amazon Web Services, Inc."},
      {"The Keep A Breast Foundation proudly announces", "The Keep A Breast Foundation"},
      {"RapidFire Safety & Security (RapidFire), the expert", "RapidFire Safety & Security"},
      {"cyan AG, a provider of cybersecurity", "cyan AG"},
      {"Intelagen, Google Cloud partner", "Intelagen"},
      {"imagine a material so critical", ""}};
  for (const auto& [in, want] : cases) EXPECT_EQ(LeadingName(in), want) << in;
}

TEST(PublisherTest, GovernmentBodyIn) {
  const Pairs cases = {
      {"\xE2\x96\xA1 Ministry of Science and ICT(MSIT, Minister You) announced", "Ministry of Science and ICT"},
      {"On February 5, the Ministry of Foreign Affairs delivered a letter", "Ministry of Foreign Affairs"},
      {"Minister You Youngmin of Science and ICT underscored the need", "Ministry of Science and ICT"},
      {"As the Department of Justice continues its efforts", "Department of Justice"},
      {"NOAA and the Korean Ministry of Land, Transport and Maritime Affairs (MLTM) signed",
       "Ministry of Land, Transport and Maritime Affairs"},
      {"the Department of Justice, EPA, and the State of Missouri", "Department of Justice"},
      // A date after a preposition ends the name; a number that is no date does not.
      {"The press release issued by the Department of Science, Innovation and Technology on 27 May 2025.",
       "Department of Science, Innovation and Technology"},
      {"the Department of Health on May 27, 2025 said", "Department of Health"},
      {"the Ministry of 20 Regions said", "Ministry of 20 Regions"},
      {"the ministry said on Monday", ""}};
  for (const auto& [in, want] : cases) EXPECT_EQ(GovernmentBodyIn(in), want) << in;
}

TEST(PublisherTest, SenatorIn) {
  const Pairs cases = {
      {"Sen. Jeff Bingaman today outlined his priorities", "Senator Jeff Bingaman"},
      {"U.S. Senator Joe Biden (D-DE) today announced", "Senator Joe Biden"},
      {"Senator Charles E  Schumer today urged", "Senator Charles E Schumer"},
      {"Senator Kay Patterson Parliamentary Secretary to the Minister", "Senator Kay Patterson"},
      {"Montana Senator Max Baucus\xE2\x80\x99 tireless work", "Senator Max Baucus"},
      {"Senator Brownback is a member of the committee", ""},
      // Punctuation stripped to a wide gap ends the name: "(D-IL)" became "  D IL  ".
      {"Senator Dick Durbin  D IL  today announced", "Senator Dick Durbin"},
      {"Senator Edward M  Kennedy  Chairman of the committee", "Senator Edward M Kennedy"},
      {"Senator Mikulski  I will keep fighting", ""},
      {"Senator   R Colorado  said that the bill passed", ""},
      {"Senator Carl Levin News Release about the bill", "Senator Carl Levin"},
      {"It was written by Senator Jim Talent. The bill passed.", "Senator Jim Talent"},
      {"Statement of Sen  Lamar Alexander   The retirement of Justice O Connor", "Senator Lamar Alexander"},
      // A name run on into a headline's capitals gives way to a later mention that starts it.
      {"Senator Bob Corker Praises Passage of Bill   Senator Bob Corker today said",
       "Senator Bob Corker"},
      {"Senator Bob Corker Praises Passage of the bill", "Senator Bob Corker Praises Passage"},
      // A weekday after the name is when, not a name.
      {"Senator Dick Lugar Thursday announced", "Senator Dick Lugar"},
      // A leader's title names its senator as the subject of the clause, not as its object.
      {"Senate Republican Leader Mitch McConnell made the following remarks", "Senator Mitch McConnell"},
      {"WASHINGTON  United States Senate Majority Leader Harry Reid  D Nev  today sent",
       "Senator Harry Reid"},
      {"The bill passed. Senate Majority Leader Bill Frist said", "Senator Bill Frist"},
      {"a group of senators is urging Senate Majority Leader Harry Reid to act", ""},
      {"House Majority Leader Tom DeLay said", ""},
      {"Senate Majority Leader Harry Reid and Senator Patty Murray said", "Senator Patty Murray"},
      // Cues are taken in their order, not the text's: "Senator" before "Sen.".
      {"Sen. Tom Harkin and Senator Chuck Grassley said", "Senator Chuck Grassley"}};
  for (const auto& [in, want] : cases) EXPECT_EQ(SenatorIn(in), want) << in;
}

TEST(PublisherTest, FromClues) {
  const std::string text =
      "KOGL Type 1 : Source Indication The works of the Ministry of Science and ICT can be used freely.";
  PublisherClues c;
  c.text = text;
  c.licence_lines.push_back(Span{0, text.size()});
  const std::optional<Publisher> p = FindPublisher(c);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->name, "Ministry of Science and ICT");
  EXPECT_EQ(p->acronym, "MSIT");
  EXPECT_EQ(p->country, "KR");

  PublisherClues acronym;
  acronym.text = "";
  acronym.title = "MOFAT to host talks";
  const std::optional<Publisher> q = FindPublisher(acronym);
  ASSERT_TRUE(q);
  EXPECT_EQ(q->name, "Ministry of Foreign Affairs and Trade");

  // A joint release's byline: the office, without the comma before the minister's name.
  PublisherClues byline;
  byline.text = "";
  byline.bylines = {"Minister for Immigration and Citizenship, Senator Chris Evans"};
  const std::optional<Publisher> office = FindPublisher(byline);
  ASSERT_TRUE(office);
  EXPECT_EQ(office->name, "Minister for Immigration and Citizenship");

  // A subject before a parenthesis is a company only when it acts after it.
  PublisherClues field;
  field.text = "February 11, 2021 - Information and Communications Technology (ICT) remains key if the "
               "Ministry of Communications is to prosper.";
  field.dateline_bytes = 20;
  field.lead_paragraphs.push_back(Span{0, field.text.size()});
  const std::optional<Publisher> ministry = FindPublisher(field);
  ASSERT_TRUE(ministry);
  EXPECT_EQ(ministry->name, "Ministry of Communications");

  PublisherClues company;
  company.text = "MIAMI - SKYX Platforms Corp. (NASDAQ: SKYX), a smart home company, will present.";
  company.dateline_bytes = 8;
  company.lead_paragraphs.push_back(Span{0, company.text.size()});
  const std::optional<Publisher> skyx = FindPublisher(company);
  ASSERT_TRUE(skyx);
  EXPECT_EQ(skyx->name, "SKYX Platforms Corp.");

  // A lead opening on "A" is no subject named in the title, whose "Announces" holds an "a".
  const std::string headline = "Waterloo Records Announces Newest Subsidiary";
  const std::string release = headline + "\n\nAUSTIN - A new chapter begins at the reimagined Waterloo Records.";
  PublisherClues article;
  article.text = release;
  article.title = headline;
  article.dateline_bytes = 9;
  article.lead_paragraphs.push_back(Span{headline.size() + 2, release.size()});
  const std::optional<Publisher> records = FindPublisher(article);
  ASSERT_TRUE(records);
  EXPECT_EQ(records->name, "Waterloo Records");

  PublisherClues none;
  none.text = "Nothing here names anyone.";
  EXPECT_FALSE(FindPublisher(none));

  // A clue that caught only words that never name anyone.
  PublisherClues opener;
  opener.text = "In Las Vegas, locks fail. In a city that never sleeps, it happens.";
  opener.title = "In Las Vegas";
  opener.about_names = {"In"};
  EXPECT_FALSE(FindPublisher(opener));
}

// The words before a headline verb, when the text names them again.
TEST(PublisherTest, HeadlineSubject) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Meticap Announces Clinic Options\n\nTODAY -- Meticap, a timing cap, is now available.", "Meticap"},
      {"TOMY International Gives Back\n\nStaff of TOMY International volunteered.", "TOMY International"},
      {"Pineapple Financial Reports Significant Growth\n\nPineapple Financial grew.", "Pineapple Financial"},
      {"BrightKey Provides Member Training\n\nBrightKey trains call centers.", "BrightKey"},
      // A senator's office names its senator by surname.
      {"Alexander Introduces Park Act\n\nU.S. Senator Lamar Alexander (R-Tenn.) said Alexander's bill "
       "passed.",
       "Senator Lamar Alexander"},
      // A ticker after the name: the name is the subject.
      {"Clene (NASDAQ: CLNN) Announces Results\n\nClene reported its results.", "Clene"},
      {"D-Wave Quantum (NYSE: QBTS) Names New Board Member\n\nD-Wave Quantum named a director.",
       "D-Wave Quantum"},
      {"Asia Broadband Inc. (OTC:AABB): A Gold Duel\n\nAsia Broadband Inc. mines gold.", ""},
      {"FLIP Program (FLIP) Introduces Recall Cover\n\nFLIP Program sells cover.", "FLIP Program"},
      // The subject after a kicker's colon; a count is no subject.
      {"Expanding the Horizon: DefiQuant Adds Coins\n\nDefiQuant adds coins.", "DefiQuant"},
      {"AC Repair: 9 Signs a Cooling System Fails\n\nHere are 9 signs.", ""},
      // Not named again, or a lower-case word first: no subject.
      {"Acme Launches Widget\n\nThe widget is now on sale.", ""},
      {"New Book Launches Today\n\nA new book launches today.", ""}};
  for (const auto& [text, want] : cases) {
    PublisherClues c;
    c.text = text;
    c.title = text.substr(0, text.find('\n'));
    const std::optional<Publisher> p = FindPublisher(c);
    EXPECT_EQ(p ? p->name : "", want) << text;
  }
}

TEST(PublisherTest, CountryFromCues) {
  const Pairs cases = {{"\xEB\xB0\x94\xEB\xA1\x9C\xEA\xB0\x80\xEA\xB8\xB0 menu", "KR"},
                       {"the Republic of Korea and Japan", "KR"},
                       {"\xC2\xA9 Commonwealth of Australia 2005", "AU"},
                       {"Sen. Tim Johnson (D-SD) said", "US"},
                       {"A company in Berlin", ""}};
  for (const auto& [in, want] : cases) EXPECT_EQ(CountryFromCues(in), want) << in;
}

// Hangul is counted in blocks of 255 bytes: leads on both sides of a block's end still add
// up, three are not enough, and a lead in the last two bytes opens no syllable.
TEST(PublisherTest, CountryFromHangulAcrossBlocks) {
  const std::string two = "\xEB\xB0\x94\xEB\xA1\x9C";
  const Pairs cases = {{two + std::string(300, 'a') + two, "KR"},
                       {std::string(254, 'a') + two + two, "KR"},
                       {two + std::string(600, 'a') + "\xEA\xB0\x80", ""},
                       {two + "\xEA\xB0\x80" + std::string(10, 'a') + "\xEA\xB0", ""}};
  for (const auto& [in, want] : cases) EXPECT_EQ(CountryFromCues(in), want) << in.size();
}

// Sixty-four bytes are counted at a time, in runs of 4032 bytes, and the rest one by one:
// leads anywhere add up, and the last two bytes still open no syllable.
TEST(PublisherTest, CountryFromHangulLeadsFarApart) {
  const auto with_leads = [](std::size_t size, const std::vector<std::size_t>& at) {
    std::string text(size, 'a');
    for (const std::size_t k : at) text[k] = '\xED';
    return text;
  };
  const Pairs cases = {{with_leads(9000, {5, 4040, 8070, 8995}), "KR"},
                       {with_leads(9000, {5, 4090, 8170, 8998}), ""},
                       {with_leads(9000, {0, 15, 16, 4031}), "KR"},
                       {with_leads(9000, {4031, 4032, 8063, 8064}), "KR"},
                       {with_leads(4100, {4031, 4085, 4096}), ""},
                       {with_leads(100, {63, 64, 90, 97}), "KR"},
                       {with_leads(40, {33, 34, 36, 37}), "KR"}};
  for (const auto& [in, want] : cases) EXPECT_EQ(CountryFromCues(in), want) << in.size();
}

}  // namespace
}  // namespace prextract::internal
