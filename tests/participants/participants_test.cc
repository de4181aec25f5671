// Table-driven tests of the participants stage, one table per pattern of issue 4.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "participants/participants.h"

namespace prextract::internal {
namespace {

// The whole input is one body paragraph.
std::vector<Participant> Participants(const std::string& text) {
  Layout layout;
  layout.paragraphs.push_back(Paragraph{Span{0, text.size()}});
  return FindParticipants(text, layout);
}

std::vector<Participant> OfKind(const std::vector<Participant>& all, ParticipantKind kind) {
  std::vector<Participant> out;
  std::copy_if(all.begin(), all.end(), std::back_inserter(out),
               [&](const Participant& p) { return p.kind == kind; });
  return out;
}

const Participant* Named(const std::vector<Participant>& all, const std::string& name) {
  for (const Participant& p : all) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

struct PersonCase {
  const char* input;
  const char* name;
  const char* title;   // must occur in the output title
};

// The person `c.name` is found in `c.input`, with a title containing `c.title`.
void ExpectPerson(const PersonCase& c) {
  const auto people = OfKind(Participants(c.input), ParticipantKind::kPerson);
  const Participant* p = Named(people, c.name);
  ASSERT_NE(p, nullptr) << c.input;
  EXPECT_NE(p->title.find(c.title), std::string::npos) << c.input << " -> " << p->title;
}

TEST(ParticipantsPeople, NamesAndTitles) {
  const PersonCase cases[] = {
      {"Foreign Minister Kang Kyung-wha met reporters.", "Kang Kyung-wha", "Foreign Minister"},
      {"He called Secretary of State Rex Tillerson of the US on Monday.", "Rex Tillerson",
       "Secretary of State"},
      {"On May 25, vice minister for Science, Technology and Innovation, Joo Young-chang, "
       "discussed measures.",
       "Joo Young-chang", "vice minister for Science, Technology and Innovation"},
      {"Jens Brandenburg, Parliamentary State Secretary to the Federal Minister, spoke.",
       "Jens Brandenburg", "Parliamentary State Secretary to the Federal Minister"},
      {"Acting Assistant Attorney General Jeffrey H. Wood announced the settlement.",
       "Jeffrey H. Wood", "Acting Assistant Attorney General"},
      // Ranks and offices of the forces, the clergy and the kitchen are titles, no names.
      {"The hearing heard Admiral Michael Mullen on Monday.", "Michael Mullen", "Admiral"},
      {"Rev. Tim Barker, District Superintendent, led the prayer.", "Tim Barker", "Rev."},
      {"Chef Roy Yamaguchi cooked for the guests.", "Roy Yamaguchi", "Chef"},
      {"Historian Amanda Podany spoke on Monday.", "Amanda Podany", "Historian"},
      {"Senate Majority Leader Bill Frist made the following remarks.", "Bill Frist",
       "Majority Leader"},
      {"Senate Democratic Leader Harry Reid made the following remarks.", "Harry Reid",
       "Democratic Leader"},
      {"Sen. Max Baucus (D-Mont.) said the bill passed.", "Max Baucus", "Sen."},
      {"Maryland Gov. Wes Moore announced a partnership.", "Wes Moore", "Gov."},
      {"Reps. Zach Wamp and Silvestre Reyes wrote the bill.", "Silvestre Reyes", "Rep"},
      {"Senators Harry Reid and John Ensign, and Congressmen Jon Porter and Dean Heller are "
       "united.",
       "Jon Porter", "Congressmen"},
      {"Jane Doe, CEO of Acme Corp., said the deal closed.", "Jane Doe", "CEO"},
      {"\"We are proud,\" said Mark Procyk, President at Texas Star.", "Mark Procyk", "President"},
      {"The prize went to Dr. Ludwig van Beethoven last year.", "Ludwig van Beethoven", ""},
      {"It was opened by His Excellency Abdul Rahman Al Awar, Minister of Human Resources.",
       "Abdul Rahman Al Awar", "Minister of Human Resources"},
      // A long title runs into the name: a known given name tells where the name starts.
      {"The Minister of Communications and Information Technology Amr Talaat met him.", "Amr Talaat",
       "Minister of Communications and Information Technology"},
      {"He met State Secretary at the Federal Ministry for Economic Affairs Udo Philipp today.",
       "Udo Philipp", "State Secretary at the Federal Ministry for Economic Affairs"},
      {"Senator John Smith Jr. voted against it.", "John Smith Jr.", "Senator"},
      {"The Ministry (MSIT; Minister: Lee Jong-Ho) hosted it.", "Lee Jong-Ho", "Minister"},
      // A plural title shared by a list gives each person the singular.
      {"Founders Mike McLeod and Colin Harrold lead it.", "Colin Harrold", "Founder"},
      {"U S  Senators Bill Frist  R Tenn   and Lamar Alexander  R Tenn   spoke.",
       "Lamar Alexander", "Senator"},
      {"Directors of the Board of Governors John Doe and Ann Roe met.", "John Doe",
       "Director of the Board of Governors"},
      {"Polish Ambassador to Korea Piotr Ostaszewski attended.", "Piotr Ostaszewski",
       "Ambassador to Korea"},
      // What a double decoding left of an apostrophe ends the name.
      {"Montana Senator Max Baucus\xC3\xA2 tireless work was honored.", "Max Baucus", "Senator"},
      // A heading glued to its sentence repeats the name: the name ends at the repetition.
      {"ABOUT Author Kay A. Oliver Kay A. Oliver is a bestselling author.", "Kay A. Oliver", "Author"},
      // A title word between a name and a name suffix is a surname.
      {"From Socrates to Martin Luther King Jr., leaders learned it.", "Martin Luther King Jr.", ""},
      // After a given name and an initial, a country or title word is the surname.
      {"Experts included Dr. Greg J. Holland, Director of the Laboratory.", "Greg J. Holland",
       "Director of the Laboratory"},
      {"They honored Michael R. King and his partner.", "Michael R. King", ""},
      // A nickname in quotes, or a given name in brackets, stands between a name's words.
      {"They said Paul \u201CBear\u201D Bryant won.", "Paul Bryant", ""},
      {"Senator John D. (Jay) Rockefeller IV spoke.", "John D. Rockefeller IV", "Senator"},
      // A business after a preposition does not make the title a description.
      {"Jane Doe, the founder of the company, said so.", "Jane Doe", "founder"},
      // After an honorific the name is a person's, even in a prize's name.
      {"She won the Dr. Gary Edwards Scholarship in 2020.", "Gary Edwards", ""},
  };
  for (const PersonCase& c : cases) ExpectPerson(c);
}

// "Majority" and "Minority" open a leadership title: the chamber before it is no
// organisation named "Senate Minority"; in prose the words make no title.
// The name as written with its nickname is an alias; in brackets only a given name is one.
TEST(ParticipantsPeople, NicknamesAreAliases) {
  const auto people =
      OfKind(Participants("The firm said Cynthia \"Cindi\" Deese joined it."), ParticipantKind::kPerson);
  const Participant* p = Named(people, "Cynthia Deese");
  ASSERT_NE(p, nullptr);
  EXPECT_NE(std::find(p->aliases.begin(), p->aliases.end(), "Cynthia \"Cindi\" Deese"), p->aliases.end());
  const auto listed = OfKind(Participants("Senators Ted Stevens (Alaska) Daniel Inouye spoke."),
                             ParticipantKind::kPerson);
  EXPECT_EQ(Named(listed, "Ted Stevens Inouye"), nullptr);
  EXPECT_EQ(Named(listed, "Ted Stevens Daniel Inouye"), nullptr);
}

TEST(ParticipantsPeople, LeadershipTitlesLeaveNoChamberOrganisation) {
  const auto all = Participants(
      "Senate Minority Leader Harry Reid spoke. The majority of members and a minority of "
      "staff agreed.");
  const auto people = OfKind(all, ParticipantKind::kPerson);
  ASSERT_EQ(people.size(), 1u);
  EXPECT_EQ(people[0].name, "Harry Reid");
  EXPECT_EQ(people[0].title, "Minority Leader");
  EXPECT_EQ(Named(OfKind(all, ParticipantKind::kOrganization), "Senate Minority"), nullptr);
}

// "United States Attorney for the Eastern District of New York" heads the office the release
// names "for the Eastern District of New York": the district is no organisation of its own, and
// the office is the attorney's. Another name that merely ends alike stays a body of its own.
TEST(ParticipantsPeople, AffiliationEndingALongerNameIsThatBody) {
  const auto all = Participants(
      "The case was announced by Richard P. Donoghue, United States Attorney for the Eastern "
      "District of New York. Barclays agreed with the U.S Attorneys Office for the Eastern "
      "District of New York on the matter.");
  const auto orgs = OfKind(all, ParticipantKind::kOrganization);
  EXPECT_EQ(Named(orgs, "Eastern District of New York"), nullptr);
  const Participant* office = Named(orgs, "U.S Attorneys Office for the Eastern District of New York");
  ASSERT_NE(office, nullptr);
  const auto people = OfKind(all, ParticipantKind::kPerson);   // outlives the pointer into it
  const Participant* attorney = Named(people, "Richard P. Donoghue");
  ASSERT_NE(attorney, nullptr);
  EXPECT_EQ(attorney->organization, office->id);
}

TEST(ParticipantsPeople, PostNominalsLeaveTheNameAndKeepTheTitle) {
  const PersonCase cases[] = {
      {"The Minister for Immigration, Chris Bowen MP, said it.", "Chris Bowen",
       "Minister for Immigration"},
      {"The Minister for Immigration, Chris Bowen AO, said it.", "Chris Bowen",
       "Minister for Immigration"},
      {"The Secretary of State for Health, Jeremy Hunt MP, said it.", "Jeremy Hunt",
       "Secretary of State for Health"},
      {"Attorney General Jane Roe QC announced the review.", "Jane Roe", "Attorney General"},
      {"Jane Smith KC OBE, the chair of the panel, said so.", "Jane Smith", "chair"},
      // After "and", a title before the next name is that person's, not an appositive.
      {"The Minister for Immigration, Chris Bowen MP, and Minister for Multicultural Affairs, "
       "Senator Kate Lundy, announced it.",
       "Kate Lundy", "Minister for Multicultural Affairs"},
  };
  for (const PersonCase& c : cases) ExpectPerson(c);
  // The title after "and" is not also given to the person before it.
  const auto people = OfKind(Participants(cases[5].input), ParticipantKind::kPerson);
  const Participant* bowen = Named(people, "Chris Bowen");
  ASSERT_NE(bowen, nullptr);
  EXPECT_EQ(bowen->title.find("Multicultural"), std::string::npos) << bowen->title;
}

// Speaker lists ("Name, Title, Department, Company"): the capitals after a title set off by
// a comma are a name only when they look like one; a title led by words introduces its holder.
TEST(ParticipantsPeople, SpeakerListsKeepTitlesWithTheirHolders) {
  const PersonCase cases[] = {
      {"Henry Schwartz, Vice President, Derivatives Market Intelligence at Cboe, spoke.",
       "Henry Schwartz", "Vice President"},
      {"Speakers: * Chris Coleman, Senior Manager, People Analytics, Verizon * Ann Roe, CEO.",
       "Chris Coleman", "Senior Manager"},
      // A spaced dash sets the title off as a comma does; a hyphen inside a name does not.
      {"Panel: * Chris Ball - CEO, Ball Family Farms * Lauren Carpenter - CEO, Embarc",
       "Chris Ball", "CEO"},
      {"Panel: * Ann Roe \u2013 Founder & CEO, Embarc.", "Ann Roe", "Founder & CEO"},
      // A wide gap is a stripped comma: the title after it is the person's.
      {"He announced that Satnam Gambhir  Chief of Naval Operations  has agreed.",
       "Satnam Gambhir", "Chief of Naval Operations"},
      // Controls: titles led by words name the next person.
      {"I met with Delta's CEO, Gerry Grinstein, today.", "Gerry Grinstein", "CEO"},
      {"These words were spoken by our 30th President, Calvin Coolidge, in 1927.",
       "Calvin Coolidge", "President"},
  };
  for (const PersonCase& c : cases) ExpectPerson(c);
  const char* const departments[] = {
      "Henry Schwartz, Vice President, Derivatives Market Intelligence at Cboe, spoke.",
      "Panel: * Chris Ball - CEO, Ball Family Farms * Lauren Carpenter - CEO, Embarc",
  };
  for (const char* input : departments) {
    const auto people = OfKind(Participants(input), ParticipantKind::kPerson);
    for (const Participant& p : people) {
      EXPECT_EQ(p.name.find("Derivatives"), std::string::npos) << input;
      EXPECT_EQ(p.name.find("Farms"), std::string::npos) << input;
    }
  }
}

TEST(ParticipantsPeople, FullNamesFromContext) {
  const PersonCase cases[] = {
      // An age set off by commas.
      {"Prosecutors said that Jalil Ibn Ameer Aziz, 21, was sentenced.", "Jalil Ibn Ameer Aziz", ""},
      // A family name opens the name after a title's complement.
      {"Minister of Foreign Affairs Park Jin will meet him.", "Park Jin",
       "Minister of Foreign Affairs"},
      // A wide gap where a comma was stripped ends the name; after an initial it does not.
      {"In a letter to Secretary of State Condoleeza Rice  Schumer wrote more.", "Condoleeza Rice",
       "Secretary of State"},
      {"Senator Charles E  Schumer today urged the State Department.", "Charles E Schumer",
       "Senator"},
      // A party's letter, its brackets stripped, ends no name ("Collins (R-Me.)").
      {"The panel and Ranking Member Susan Collins R Me   Tuesday heard testimony.",
       "Susan Collins", "Member"},
      // Given names in a list share the appositive title after it.
      {"Liane, Jourdan, and Brandy, team members at the store, were honored.", "Liane",
       "team member"},
      {"Liane, Jourdan, and Brandy, team members at the store, were honored.", "Brandy",
       "team member"},
      // A full month name after a known given name is a surname.
      {"This follows talks with Prime Minister Theresa May during her visit.", "Theresa May",
       "Prime Minister"},
      {"Jessica March, director of the lab, spoke.", "Jessica March", "director"},
      // A given name that is a country's as well.
      {"It is exceptional,\" said Chad Ross, WPG Community Sales Manager.", "Chad Ross",
       "Manager"},
  };
  for (const PersonCase& c : cases) ExpectPerson(c);
}

TEST(ParticipantsPeople, NotPeople) {
  const char* const cases[] = {
      "Offices in Dallas, Austin and Houston opened.",   // places after a preposition
      "Sales rose in Paris, Virginia and Georgia.",
      "The Walter  Burley Griffin Society met.",   // no person evidence at all
      // The field of a compound title, between its modifier and its title word.
      "It named its first Chief Intellectual Property Officer (CIPO) this year.",
      // A diplomatic rank, not a title before a name.
      "The meeting was attended by Minister Plenipotentiary, Deputy Head of Mission.",
      // Single letters are initials of no name ("U.S." with its periods stripped).
      "The letter urges the U S  Secretary of Interior to act.",
      "He thanked the U S  Navy for its help.",
      // A name before a place word names the place ("Gerald Ford Drive", "Anne Arundel County").
      "It lies at the intersection of Gerald Ford Drive and Portola Road.",
      "The land goes to Anne Arundel County, which must dedicate a site.",
      // A name before a programme, law or prize word is the thing's eponym.
      "The book is a finalist for the Eric Hoffer Award this year.",
      "Funds come from the Ryan White Act and the Edward Byrne Grants.",
      // An appositive that describes a business is no person's title.
      "Stack Identity, a leader in identity security, announced a new platform.",
      "Krasdale Foods, the premier grocery distributor, named three managers.",
      // A past tense one letter from a title ("founder", "designer") is no misspelt title.
      "He founded Latino Rebels in 2012 and designed Klingon Starship Posters.",
      // A title right after capitals, with no mark between, is no evidence of a person: they
      // are as often a business or a product; nor is one word set off after a title.
      "Car Garage Expert, a leading automotive service provider in Dubai, opened.",
      "O1 Flex Mesh Ergonomic Chair: Originally priced at $888.00, it is cheaper now.",
      // A name the release also gives an organisation (here by its ticker) is that organisation.
      "U Power (NASDAQ: UCAR) grew. By adopting it, U Power said costs fell.",
  };
  for (const char* input : cases) {
    const auto people = OfKind(Participants(input), ParticipantKind::kPerson);
    EXPECT_TRUE(people.empty()) << input << " -> " << people.front().name;
  }
}

// A person named as an organisation goes, with the mentions added to the organisation's,
// unless the publisher has that name too: a publisher read off the furniture may be a person.
TEST(ParticipantsPeople, NamedAsOrganisationUnlessPublisher) {
  const std::string text = "U Power (NASDAQ: UCAR) grew. By adopting it, U Power said costs fell.";
  Layout layout;
  layout.paragraphs.push_back(Paragraph{Span{0, text.size()}});
  const std::vector<Participant> plain = FindParticipants(text, layout);
  EXPECT_TRUE(OfKind(plain, ParticipantKind::kPerson).empty());
  const Participant* org = Named(plain, "U Power");
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(org->mentions.size(), 2u);
  layout.publisher = Publisher{"U POWER", "", ""};   // folds as the names do
  const std::vector<Participant> published = FindParticipants(text, layout);
  EXPECT_EQ(OfKind(published, ParticipantKind::kPerson).size(), 1u);
}

struct CountCase {
  const char* input;
  std::size_t people;
  const char* alias;   // an alias one of them must carry, or ""
};

TEST(ParticipantsPeople, AliasMerging) {
  const CountCase cases[] = {
      {"President Yoon Seok-yul met him. Later President Yoon Suk Yeol spoke.", 1, "Yoon Suk Yeol"},
      {"Joo Young-chang, vice minister, came. Then vice minister Joo spoke and vice minsiter Joo "
       "left.",
       1, "vice minsiter Joo"},
      {"Jens Brandenburg, State Secretary, came. Later state secretary Jens spoke.", 1,
       "state secretary Jens"},
      {"Foreign Minister Kang Kyung-wha spoke. Kang also said more.", 1, "Kang"},
      {"Sir Donald Bradman and Don Bradman were praised.", 1, "Don Bradman"},
      // A familiar form of the given name is the same person; another given name is not.
      {"Senator Charles Schumer spoke. Later Chuck Schumer voted.", 1, ""},
      {"Governor Michael Leavitt came. Secretary Mike Leavitt spoke.", 1, ""},
      {"Senator Carl Levin met Representative Sander Levin.", 2, ""},
      {"Senator John Smith met Senator Jane Smith. Smith said no.", 2, ""},
      {"Minister Park Jin met Minister Park Geun-hye.", 2, ""},
      // A partial form confirms the full name it shortens.
      {"Jalil Ibn Ameer Aziz pleaded guilty. Later Mr. Aziz was sentenced.", 1, "Mr. Aziz"},
      // A surname right after a run-in heading still refers back to the person.
      {"Darwin Stephens spoke. The Bigger Conversation Stephens will explore it.", 1, ""},
      // A given name before a surname makes another person.
      {"Darwin Stephens spoke. Then Mary Stephens came.", 2, ""},
  };
  for (const CountCase& c : cases) {
    const auto people = OfKind(Participants(c.input), ParticipantKind::kPerson);
    EXPECT_EQ(people.size(), c.people) << c.input;
    if (*c.alias == '\0') continue;
    bool found = false;
    for (const Participant& p : people) {
      found = found || std::find(p.aliases.begin(), p.aliases.end(), c.alias) != p.aliases.end();
    }
    EXPECT_TRUE(found) << c.input;
  }
}

struct OrgCase {
  const char* input;
  const char* name;      // "" when no organisation may be found
  const char* acronym;
};

// The organisation `c.name` is found in `c.input` with acronym `c.acronym`; an empty name:
// no organisation at all.
void ExpectOrganization(const OrgCase& c) {
  const auto orgs = OfKind(Participants(c.input), ParticipantKind::kOrganization);
  if (*c.name == '\0') {
    EXPECT_TRUE(orgs.empty()) << c.input << " -> " << orgs.front().name;
    return;
  }
  const Participant* o = Named(orgs, c.name);
  ASSERT_NE(o, nullptr) << c.input;
  EXPECT_EQ(o->acronym, c.acronym) << c.input;
}

TEST(ParticipantsOrganizations, Names) {
  const OrgCase cases[] = {
      {"Officials of the Federal Ministry of Education and Research (BMBF) met.",
       "Federal Ministry of Education and Research", "BMBF"},
      {"Barclays Capital, Inc. agreed to pay. Barclays said so.", "Barclays Capital, Inc.", ""},
      {"He visited the United Nations in May.", "United Nations", "UN"},
      {"The plan of the Consumer Product Safety Commission (CPSC) works.",
       "Consumer Product Safety Commission", "CPSC"},
      {"It complies with the Americans with Disabilities Act today.", "", ""},
      {"The Health Insurance Program grew.", "", ""},
      {"Mike Smith, CEO of Kontron AG, said it.", "Kontron AG", ""},
      // A stopword ("Media") right before a head word belongs to the name.
      {"The grant of $45,442 goes to the Walpiri Media Association for a film.",
       "Walpiri Media Association", ""},
      {"Media Contact: Jane Roe, Acme Media Group, said so.", "Acme Media Group", ""},
      // Brands known as companies, alone or as the start of a longer name.
      {"The app runs on Google Cloud and is listed on YouTube.", "Google Cloud", ""},
      {"The app runs on Google Cloud and is listed on YouTube.", "YouTube", ""},
      {"Shares of Coinbase Global Inc. rose, and Samsung Biologics said so.",
       "Coinbase Global Inc.", ""},
      {"Shares of Coinbase Global Inc. rose, and Samsung Biologics said so.", "Samsung Biologics",
       ""},
      // Drug makers' head words.
      {"It was acquired by Jazz Pharmaceuticals for $935 million.", "Jazz Pharmaceuticals", ""},
      {"Hope Biosciences and Prime Therapeutics signed it.", "Hope Biosciences", ""},
      {"Hope Biosciences and Prime Therapeutics signed it.", "Prime Therapeutics", ""},
      // A local government: its head word, "of" and a place.
      // A title word in the plural inside a body's name is no person's title.
      {"The Kanawinka Writers and Historians Inc published the book.",
       "Kanawinka Writers and Historians Inc", ""},
      // A military command.
      {"He leads the U.S. Northern Command in Colorado.", "U.S. Northern Command", ""},
      {"Funds go to the City of Greater Dandenong this year.", "City of Greater Dandenong", ""},
      {"The Village of Richfield approved the plan.", "Village of Richfield", ""},
      // A state's government: "State of" or "Commonwealth of" and an ISO 3166-2 state.
      {"DOJ, EPA, and the State of Missouri announced a consent decree.", "State of Missouri", ""},
      {"The suit was joined by the Commonwealth of Virginia last week.", "Commonwealth of Virginia", ""},
      {"Officials of the State of New South Wales agreed.", "State of New South Wales", ""},
      // Any other "State of" names a report or a theme.
      {"She presented the annual State of Data report to the board.", "", ""},
      // Churches and schools are organisations, not people named after someone.
      {"Members of Zion Baptist Church gathered on Sunday.", "Zion Baptist Church", ""},
      {"Pupils of Benjamin Franklin Elementary won the prize.", "Benjamin Franklin Elementary", ""},
      // So are corps, and "the Corps" refers back to one, naming none of its own.
      {"The U.S. Army Corps of Engineers will study the levee.", "U.S. Army Corps of Engineers", ""},
      {"He joined the Marine Corps in 1961.", "Marine Corps", ""},
      {"The bill would require the Corps to work with the farmers.", "", ""},
      // Widely known bodies named by a name or acronym without a head word (lexicon
      // known_organizations): groups, broadcasters, agencies of the UN, a central bank.
      {"Aziz pledged his allegiance to the leader of ISIS online.", "Islamic State of Iraq and al-Sham",
       "ISIS"},
      {"Three key ECB interest rates stay unchanged.", "European Central Bank", "ECB"},
      {"It works through United Nations Development Programme (UNDP) now.",
       "United Nations Development Programme", "UNDP"},
      {"He told the Associated Press that it was late.", "Associated Press", ""},
      // A run cut where a person's name begins keeps no comma before it.
      {"Guests of the House of Lords, Lisa Cameron and others came.", "House of Lords", ""},
      // A field of study after a head word and "of" ends a school's name, not a law's.
      {"He graduated from Fordham University School of Law in 1990.",
       "Fordham University School of Law", ""},
      // Newspapers, magazines and journals are organisations.
      {"Earlier, the Wall Street Journal reported the deal.", "Wall Street Journal", ""},
      {"A study in the New England Journal of Medicine found it.",
       "New England Journal of Medicine", ""},
      {"As the Chicago Tribune wrote, it was late.", "Chicago Tribune", ""},
      // An acronym whose brackets were stripped may spell the name from its head word, when
      // it has the initial of each capitalised word from there.
      {"It comes from the U S  Department of Homeland Security  DHS  this year.",
       "U S Department of Homeland Security", "DHS"},
      {"The Official Law Firm Partner of New York City FC said so.",
       "Official Law Firm Partner of New York City FC", ""},
      // Or the initials of its last words, a connector giving its letter or none.
      {"Funds from the Department of Veterans Affairs  VA  will help.",
       "Department of Veterans Affairs", "VA"},
      {"The Department of Housing and Urban Development  HUD  said so.",
       "Department of Housing and Urban Development", "HUD"},
      {"The U S  Department of Transportation  DOT  said so.", "U S Department of Transportation",
       "DOT"},
  };
  for (const OrgCase& c : cases) ExpectOrganization(c);
}

TEST(ParticipantsOrganizations, NeighbouringWordsStayOut) {
  const OrgCase cases[] = {
      // "San Diego-based" and "Republican-led" describe the name after them; capitalised,
      // "Community-Based" is part of a name.
      {"Investors led a round for San Diego-based Firestorm Labs this week.", "Firestorm Labs", ""},
      {"The Republican-led Senate Intelligence Committee met.", "Senate Intelligence Committee", ""},
      // A company noun written as an acronym describes the name after it, as a lower-case
      // one would ("the manufacturer Rentschler Biopharma").
      {"He led sales for the CDMO Rentschler Biopharma until May.", "Rentschler Biopharma", ""},
      {"He was Vice President of Sales for the CDMO Rentschler Labs.", "Rentschler Labs", ""},
      {"Veterans visit the Midtown Community-Based Outpatient Clinic often.",
       "Midtown Community-Based Outpatient Clinic", ""},
      // A possessor's acronym names its unit or a figure: the possessor alone is the name.
      {"Enrollment at Wichita State University's KMUW grew.", "Wichita State University", ""},
      {"The company's NII rose in the quarter.", "", ""},
      // Two bodies that each name themselves with one word are two organisations.
      {"The bill passed the House and Senate on Monday.", "House", ""},
      {"The bill passed the House and Senate on Monday.", "Senate", ""},
      // A title after "and" cuts the run there: the "and" joins, and names nothing.
      {"He demands that Congress and President Bush complete the job.", "Congress", ""},
      {"The Senate Judiciary Committee and Chairman Leahy held a hearing.",
       "Senate Judiciary Committee", ""},
      // A numbered part of a building before the name belongs to the address.
      {"Tour: Advanced Research Complex SUNLAB, 3rd Floor University of Ottawa 25 Templeton St.",
       "University of Ottawa", ""},
      {"Visit us at Suite 400 Acme Holdings Inc. in Denver.", "Acme Holdings Inc.", ""},
      // A wide gap after a capitalised word before "the" is a stripped comma.
      {"In releasing this Program  the Minerals Management Service has ignored us.",
       "Minerals Management Service", ""},
      {"He met officials of the Department of  the Treasury on Monday.",
       "Department of the Treasury", ""},
      // A capital "The" before a lower-case word opens the next sentence; before a
      // capitalised word it may be part of the name.
      {"It comes from the United States Fire Administration  The grants are awarded yearly.",
       "United States Fire Administration", ""},
      {"Funds went to the Department of The Treasury this year.", "Department of The Treasury", ""},
      // A capital "The" after a name's word parts two names of a list whose commas were lost.
      {"Partners: University of Vermont The University of Maine and others.",
       "University of Vermont", ""},
      {"Partners: University of Vermont The University of Maine and others.",
       "University of Maine", ""},
      {"As The New York Times noted in May, costs rose.", "The New York Times", ""},
      // So does a head word twice over.
      {"Partners include Clemson University University of Wisconsin and others.",
       "University of Wisconsin", ""},
      // An organ every body has, named alone, is no organisation of its own.
      {"The Board of Directors approved the plan on Monday.", "", ""},
      {"She joined the Scientific Advisory Board of the institute.", "Scientific Advisory Board",
       ""},
      // A title between a body's name and a person's is the person's.
      {"Senator Arlen Specter  a senior member of the Senate Appropriations Committee  and "
       "Senator Rick Santorum  Chairman of the Senate Republican Conference  announced it.",
       "Senate Appropriations Committee", ""},
      // A run that ends in a person's title without a preposition is a title.
      {"She is a Distinguished University Professor at the school.", "", ""},
      {"The deal was advised by Stonebridge Bank Advisors last year.",
       "Stonebridge Bank Advisors", ""},
      // A document named after its body: a law or programme word before the first preposition.
      {"The Council Recommendation on Artificial Intelligence was adopted in May.", "", ""},
      {"The Senate Resolution honors the team.", "", ""},
      {"The Commission on Trade and Economic Cooperation met in Seoul.",
       "Commission on Trade and Economic Cooperation", ""},
      // A place word right after a head word names a site, unless a head word follows.
      {"It held a ceremony at the Government Complex-Sejong on Monday.", "", ""},
      {"It held a ceremony at the Seoul Government Complex on Monday.", "", ""},
      {"The Charleston Harbor Operation Center opened.", "Charleston Harbor Operation Center", ""},
      // A law's title with a list of capitalised words after a comma; a legal suffix after a
      // comma still ends a company's name.
      {"It alleged violations of the Financial Institutions Reform, Recovery, and Enforcement Act "
       "of 1989.",
       "", ""},
  };
  for (const OrgCase& c : cases) ExpectOrganization(c);
}

// A city's name is a place; only "City of" and a place names its government.
TEST(ParticipantsOrganizations, CityNamesArePlaces) {
  const auto orgs = OfKind(Participants("Offices in Kansas City and Ocean City opened."),
                           ParticipantKind::kOrganization);
  EXPECT_TRUE(orgs.empty()) << orgs.front().name;
}

TEST(ParticipantsOrganizations, FullNames) {
  const OrgCase cases[] = {
      // A head word continues over "to" and a country.
      {"He met the EU Delegation to South Korea on Monday.", "EU Delegation to South Korea", ""},
      // A business noun before or after a name without a head word.
      {"It entered the market with telecommunications provider Claro last year.", "Claro", ""},
      {"It works with CANCOM, the leading digital-business provider in the region.", "CANCOM", ""},
      {"Odido was the first provider to launch the product.", "Odido", ""},
      // A brand in lower case before a legal suffix.
      {"Markus Cserna, CEO of cyan AG, said so.", "cyan AG", ""},
      {"More at: www.cyansecurity.comcyan AG Investor Relations.", "", ""},
      // An acronym of the run's initials alone defines a term, not an organisation (see
      // Aliases for the short form of a longer name).
      {"Plants follow Good Manufacturing Practices (GMP) in Europe.", "", ""},
      // A known body under another name takes its canonical name.
      {"The Justice Department created the task force.", "Department of Justice", "DOJ"},
      // A name said twice over is one name.
      {"About XYZ Digital Agency XYZ Digital Agency is a leading firm.", "XYZ Digital Agency", ""},
      // A federal agency named by its acronym alone, or with its country, takes its full name.
      {"Under the decree, EPA will oversee the cleanup.", "Environmental Protection Agency", "EPA"},
      {"The U.S. Department of Agriculture approved it.", "Department of Agriculture", "USDA"},
      {"The California Department of Justice sued.", "California Department of Justice", ""},
      // A lost apostrophe after a body or a plural head word: the body is named too.
      {"He works for the Justice Departments Environment and Natural Resources Division.",
       "Department of Justice", "DOJ"},
      {"A trial attorney of the Department of Justices National Security Division handled it.",
       "National Security Division", ""},
      {"It was handled by the Attorney Generals Task Force on Crime Reduction today.",
       "Task Force on Crime Reduction", ""},
      // A unit of a known body keeps the body's acronym in its name and is known without it.
      {"A delegation from the U.S. DOJ Antitrust Division attended.", "DOJ Antitrust Division", ""},
      // A parent body before "Office of ...".
      {"Laura S. Wertheimer, of the Federal Housing Finance Agency Office of the Inspector General, "
       "spoke.",
       "Federal Housing Finance Agency", ""},
      // A second title after "and" ends the title's organisation.
      {"Dana Boente, Acting Assistant Attorney General of the National Security Division and U.S. "
       "Attorney for the Eastern District of Virginia, said it.",
       "National Security Division", ""},
      {"Two men are not a company: John Smith, a partner at the firm, said so.", "", ""},
      // A legal suffix ends a company's name unless more of the suffix follows.
      {"Ackerman & Co. Headquartered in Atlanta, the firm grew.", "Ackerman & Co.", ""},
      {"Siemens GmbH & Co. KG signed it.", "Siemens GmbH & Co. KG", ""},
      // A legal suffix in capitals is part of the name, not its acronym, and no title.
      {"Acme Holdings PLC said it grew.", "Acme Holdings PLC", ""},
      {"Nostra Terra Oil & Gas Company PLC CEO Paul Welch talked.",
       "Nostra Terra Oil & Gas Company PLC", ""},
      // A state code in a dateline is no legal suffix.
      {"LAS VEGAS, NV, June 3, 2025 -- the city grew.", "", ""},
      {"Visit our stores in Reno, NV to see the collection.", "", ""},
      // A sentence's period after a domain name is not part of it; "U.S." keeps its own.
      {"Debbie McGrath, CEO at HR.com. She said so.", "HR.com", ""},
      // An honorific after "partner of" opens a name, not an organisation.
      {"She was a partner of Dr. John Smith, but also a fighter.", "", ""},
      // A known body's acronym counts only in its own capitals ("Au" is gold).
      {"The stockpile grades 0.77 g/t Au on average.", "", ""},
      {"Leaders met at the AU headquarters in Addis Ababa.", "African Union", "AU"},
  };
  for (const OrgCase& c : cases) ExpectOrganization(c);
}

struct AliasCase {
  const char* input;
  const char* name;
  const char* alias;
};

TEST(ParticipantsOrganizations, Aliases) {
  const AliasCase cases[] = {
      // Without a country short form or demonym in front.
      {"Officials of the U.S. National Oceanic and Atmospheric Administration visited.",
       "U.S. National Oceanic and Atmospheric Administration",
       "National Oceanic and Atmospheric Administration"},
      {"It signed a MOU with the Russian Ministry of Economic Development.",
       "Russian Ministry of Economic Development", "Ministry of Economic Development"},
      // A unit named with its body's acronym is also known without it.
      {"He is attending the OECD Competition Committee in Paris.", "OECD Competition Committee",
       "Competition Committee"},
      // A lost apostrophe and the proper form are one record, named by the proper form.
      {"The National Security Divisions highest priority is counterterrorism. The National "
       "Security Division (NSD) agreed.",
       "National Security Division", "National Security Divisions"},
      // A short form without a head word joins the longer name it begins.
      {"The Keep A Breast Foundation announced a grant. The Keep A Breast (KAB) program grew.",
       "Keep A Breast Foundation", "Keep A Breast"},
      // A later short form that ends the full name after modifiers, or the same words reordered.
      {"The Intergovernmental ROK-Ukrainian Commission on Trade and Economic Cooperation meets. "
       "It replaced the Joint Committee on Trade with the Commission on Trade and Economic "
       "Cooperation.",
       "Intergovernmental ROK-Ukrainian Commission on Trade and Economic Cooperation",
       "Commission on Trade and Economic Cooperation"},
      {"They will meet at the Joint Korea-Germany Committee on Science, Technology and Industry. "
       "The Korea-Germany Joint Committee on Science, Technology and Industry meets in autumn.",
       "Joint Korea-Germany Committee on Science, Technology and Industry",
       "Korea-Germany Joint Committee on Science, Technology and Industry"},
      // A company's first word alone, found later as a capitalised word that opens with a digit.
      {"Shares of 3Com Corp. rose today. Analysts said 3Com would gain.", "3Com Corp.", "3Com"},
  };
  for (const AliasCase& c : cases) {
    const auto orgs = OfKind(Participants(c.input), ParticipantKind::kOrganization);
    const Participant* o = Named(orgs, c.name);
    ASSERT_NE(o, nullptr) << c.input;
    EXPECT_NE(std::find(o->aliases.begin(), o->aliases.end(), c.alias), o->aliases.end())
        << c.input;
  }
}

TEST(ParticipantsOrganizations, Splits) {
  const CountCase cases[] = {
      {"The Korea Science and Technology Assessment Institute and the Fraunhofer-ISI Institute "
       "hosted it.",
       2, ""},
      {"It is a priority for the Trump Administration and EPA now.", 2, ""},
      {"He met the Ministry of Science and ICT today.", 1, ""},
      {"It went to the Judiciary Committee and Appropriations Committee last week.", 2, ""},
      // Field words and another kind of institution after "and" continue one name; a proper
      // word or a generic head word names a second body.
      {"Funds went to the Queen Victoria Museum and Art Gallery in Launceston.", 1, ""},
      {"It was reviewed by the Treasury Department and Federal Reserve last year.", 2, ""},
      {"It was reviewed by the Environmental Protection Agency and Energy Department today.", 2, ""},
      // In a head's complement, words ending in a plural head name a second field.
      {"It was funded by the Department of Health and Human Services last year.", 1, ""},
      {"Officials of the Office of Justice Programs and Bureau of Prisons met.", 2, ""},
      // A chamber's head word, field words and a committee's head word name one committee;
      // two heads joined at once, a plural head or "the" name two bodies.
      {"Domenici chairs the Senate Energy and Natural Resources Committee this year.", 1, ""},
      {"It went to the Senate Health  Education  Labor and Pensions Committee today.", 1, ""},
      {"It is a matter for the Congress and White House to settle.", 2, ""},
      {"She sits on the Senate Judiciary and Foreign Relations Committees this year.", 2, ""},
      {"It went to the Senate Agriculture Committee and the Finance Committee today.", 2, ""},
      // A name ending a longer one stays apart after a nationality, or when it comes first
      // with its own acronym.
      {"The Ministry of Foreign Affairs thanked the German Ministry of Foreign Affairs.", 2, ""},
      {"It appeared in the Journal of Academy of Business and Economics (JABE), published by "
       "the International Academy of Business and Economics.",
       2, ""},
      // "and the" joins two names, unless it goes on with a topic; a lone acronym after it
      // may be a region.
      {"It was studied by the Pentagon and the Supreme Court last year.", 1, ""},
      {"It was funded by the Bureau of Reclamation and the City of Cheyenne today.", 2, ""},
      {"He chairs the Task Force on AI and the Future of Work this year.", 1, ""},
      {"They discussed ties between Korea and the LAC region today.", 0, ""},
      // Each name of a described list.
      {"It is backed by our partners Smart & Sassy and Curvy Couture this year.", 2, ""},
      // "FBIs" and "FBI's": one unit, and the possessor is its own body.
      {"Agents of the FBIs Philadelphia Division and the FBI's Philadelphia Division met.", 2, ""},
  };
  for (const CountCase& c : cases) {
    EXPECT_EQ(OfKind(Participants(c.input), ParticipantKind::kOrganization).size(), c.people) << c.input;
  }
}

struct CountryCase {
  const char* input;
  std::vector<std::string> codes;   // in order of first mention
};

// A comma goes on with a name's complement only as a list's, to the list's "and".
TEST(ParticipantsOrganizations, ListCommas) {
  const OrgCase cases[] = {
      {"Sen. Dodd, a senior Democrat on the Senate Committee on Health, Education, Labor, and "
       "Pensions, and Rep. Roe introduced it.",
       "Senate Committee on Health, Education, Labor, and Pensions", ""},
      {"The Departments of Transportation, Treasury, Housing and Urban Development agreed.",
       "Departments of Transportation, Treasury, Housing and Urban Development", ""},
      // A comma that ends the name: a subject, another sentence's or a person's.
      {"As the Vice Chairman of the Senate Intelligence Committee, Bond was the lead sponsor.",
       "Senate Intelligence Committee", ""},
      {"Officials of the Department of Justice, and Roe said so.", "Department of Justice", "DOJ"},
      // A campus, a company's legal form and the capital's district go on with the name.
      {"She studied at the University of California, Berkeley before.",
       "University of California, Berkeley", ""},
      {"He is Chairman of Minnesota Soybean Processors, Inc. in Mankato.",
       "Minnesota Soybean Processors, Inc.", ""},
  };
  for (const OrgCase& c : cases) ExpectOrganization(c);
}

// After "a" or "an", a capitalised kind of body describes, unless it qualifies a noun after
// it or defines an acronym.
TEST(ParticipantsOrganizations, IndefiniteKindIsNoName) {
  const OrgCase cases[] = {
      {"Acme is a leading Biopharmaceutical Contract Development and Manufacturing Organization, "
       "it said.",
       "", ""},
      {"The grant will build a new Senior Center for the town.", "", ""},
      {"It works through an MVNO (Mobile Virtual Network Operator) in Mexico.", "", ""},
      {"They spoke during a Senate Foreign Relations Committee hearing on Monday.",
       "Senate Foreign Relations Committee", ""},
      {"He spoke at a regional Base Realignment and Closure Commission (BRAC) hearing.",
       "Base Realignment and Closure Commission", "BRAC"},
  };
  for (const OrgCase& c : cases) ExpectOrganization(c);
}

// Capitalised words without a head word or an acronym name a body only when a ticker follows
// them or a company noun describes them (the scan turns the others away before their checks).
TEST(ParticipantsOrganizations, RunsWithoutHeadWords) {
  const OrgCase cases[] = {
      {"Zentrix, a software company, said it would.", "Zentrix", ""},
      {"Zentrix Labs, a software company, said it would.", "Zentrix Labs", ""},
      {"Zentrix Labs is a software company based in Ohio.", "Zentrix Labs", ""},
      {"The provider Zentrix said it would.", "Zentrix", ""},
      {"The provider Zentrix Labs said it would.", "Zentrix Labs", ""},
      {"Yesterday Zentrix (NASDAQ: ZTX) rose.", "Zentrix", ""},
      {"Yesterday Zentrix Labs (NASDAQ: ZTX) rose.", "Zentrix Labs", ""},
      {"On Monday Congress passed the bill.", "Congress", ""},
      {"The firm hired Zentrix Works and the City of Portland agreed.", "City of Portland", ""},
      {"New York officials said the bill passed.", "", ""},
      {"Chief Executive Officer Smith said the bill passed.", "", ""},
  };
  for (const OrgCase& c : cases) ExpectOrganization(c);
}

// A show, a tour, a cup or a trophy named after a person is no person.
TEST(ParticipantsPeople, ThingsNamedAfterPeopleAreNoPeople) {
  for (const char* text : {"She appeared on the Jimmy Kimmel Show last week.",
                           "He won the William V. Campbell Trophy in May.",
                           "They joined the Darwin Bird Tour on Monday.",
                           // A city's name holds a person's or a body's word, and names neither.
                           "Jobs came to Scott City and Kansas City this year.",
                           "The office moved to University City in May."}) {
    const std::vector<Participant> all = Participants(text);
    EXPECT_TRUE(OfKind(all, ParticipantKind::kPerson).empty()) << text;
    EXPECT_TRUE(OfKind(all, ParticipantKind::kOrganization).empty()) << text;
  }
}

// A title a list of people shares is each one's in the singular.
TEST(ParticipantsPeople, SharedTitleIsEachOnesInTheSingular) {
  const auto people = OfKind(
      Participants("Liane, Jourdan, and Brandy, team members at the store, were honored."),
      ParticipantKind::kPerson);
  ASSERT_EQ(people.size(), 3u);
  for (const Participant& p : people) EXPECT_EQ(p.title, "team member") << p.name;
}

// A law or a prize whose name runs on from a person's to its "Act" or "Scholarship" is
// named after the person, who takes part in nothing; a title, a wide gap (a stripped
// comma) or a second person after "and" ends the look-ahead.
TEST(ParticipantsPeople, LongNamesOfThingsAfterPeopleAreNoPeople) {
  for (const char* text : {"The Senate passed the Adam Walsh Child Protection and Safety Act.",
                           "It amends the Robert T. Stafford Disaster Relief and Emergency "
                           "Assistance Act this year.",
                           "Students apply to the David Guillod Creative Arts Scholarship now."}) {
    EXPECT_TRUE(OfKind(Participants(text), ParticipantKind::kPerson).empty()) << text;
  }
  ExpectPerson({"Partners include NBA star Chris Paul and Heisman Trophy winner Tim Tebow.",
                "Chris Paul", ""});
  ExpectPerson({"It featured Jim Belushi and Bill Romanowski in print.", "Jim Belushi", ""});
  ExpectPerson({"The funds were moved,  said John Melia  Wounded Warrior Project Executive "
                "Director.", "John Melia", ""});
}

TEST(ParticipantsPeople, HonorificOpensANameAfterATitlesComplement) {
  ExpectPerson({"They were briefed by U.S. Ambassador to Iraq Dr. Zalmay Khalilzad, Defense "
                "Secretary Donald Rumsfeld, and leading officers.",
                "Zalmay Khalilzad", "Ambassador to Iraq"});
}

TEST(ParticipantsCountries, NamesShortFormsDemonyms) {
  const CountryCase cases[] = {
      {"German Chancellor Olaf Scholz arrived.", {"DE"}},
      {"Talks between the ROK and the U.S. went on.", {"KR", "US"}},
      {"Korean companies grew.", {"KR"}},
      {"North Korean officials left.", {"KP"}},
      {"Let us meet.", {}},
      {"The Korea-Germany Forum opened in France.", {"KR", "DE", "FR"}},
      // "New Jersey" and "New Mexico" are places named after a country, not mentions of it.
      {"Officials from New Jersey and New Mexico met in New Zealand.", {"NZ"}},
      // So are the parts of New Jersey.
      {"Riders in South Jersey and North Jersey waited.", {}},
      {"More than 130,000 refugees have fled to Chad this year.", {"TD"}},
      // Beside another US state, Georgia is the state; beside another country, the country;
      // alone, the state.
      {"Senators from Alabama and Georgia wrote the bill.", {}},
      {"The minister visited Georgia and Armenia.", {"GE", "AM"}},
      {"With offices in Turkiye, Azerbaijan, Georgia, and Romania, it grew.",
       {"TR", "AZ", "GE", "RO"}},
      {"This week, Georgia Senators met with TSA officials.", {}},
      {"The drills run at Fort Benning, Georgia, in March.", {}},
      // Twice alone, beside the United States: the state both times.
      {"This week, Georgia Senators said the U.S. Department of Transportation will give "
       "$713,281. The grant is one of several issued by FAA to Georgia airports.",
       {"US"}},
      // So it is where the release writes the state's postal code, in capitals or abbreviated.
      {"The firm, based in Atlanta, GA, serves clients across Georgia.", {}},
      {"Sen. Saxby Chambliss (R-Ga.) praised the Georgia farmers.", {}},
      {"The bank serves Georgia and Armenia; GAAP figures rose.", {"GE", "AM"}},
      // A state names itself as words of its own, of one word or more, in any case.
      {"The minister visited Georgia; a Kansas-born envoy came along.", {}},
      {"The minister visited Georgia and the NEW HAMPSHIRE delegation.", {}},
      {"The Korean minister visited Georgia and met Texans and Ohioans.", {"KR", "GE"}},
      // New York and Washington tell nothing: foreign ministers meet there.
      {"The Korean minister visited Georgia, then Washington and New York.", {"KR", "GE"}},
      // Puerto Rico is a country of ISO 3166-1 as well as a US territory.
      {"Storms hit Puerto Rico and Florida.", {"PR"}},
      // The Americas' regions hold "America" and "American", and name no United States.
      {"It entered the Latin American market and grew in North America.", {}},
      // Northern Ireland is part of the United Kingdom, not of Ireland.
      {"He was born in Northern Ireland in 1989.", {"GB"}},
      {"The Pan-American games drew Central Americans and American fans.", {"US"}},
  };
  for (const CountryCase& c : cases) {
    std::vector<std::string> codes;
    for (const Participant& p : OfKind(Participants(c.input), ParticipantKind::kCountry)) {
      codes.push_back(p.code);
    }
    EXPECT_EQ(codes, c.codes) << c.input;
  }
}

TEST(ParticipantsIds, NumberedByFirstMention) {
  const std::string text =
      "Minister Lee Jin-gyu of the Ministry of Science and ICT met Deputy Minister Oleg "
      "Fomichev in Russia.";
  const auto all = Participants(text);
  ASSERT_GE(all.size(), 4u);
  EXPECT_EQ(all[0].id, "p1");
  EXPECT_EQ(all[0].name, "Lee Jin-gyu");
  EXPECT_EQ(all[1].id, "p2");
  EXPECT_EQ(all[1].name, "Oleg Fomichev");
  const Participant& first = all[0];
  ASSERT_FALSE(first.mentions.empty());
  EXPECT_EQ(text.substr(first.mentions[0].start, first.mentions[0].end - first.mentions[0].start),
            "Lee Jin-gyu");
}

// A page that lost a senator's name keeps the party tag after the title: no one is named.
TEST(ParticipantsPeople, StrippedPartyTagIsNoName) {
  for (const char* text : {"U S  Senator   R Colorado  said the ramp will open in May",
                           "R Colorado  said the ramp will open in May"}) {
    const auto people = OfKind(Participants(text), ParticipantKind::kPerson);
    EXPECT_TRUE(people.empty()) << text << " -> " << people[0].name;
  }
}

// A paragraph that goes on with a quotation's speaker across a stripped quote is read as two
// blocks there: the place before the gap is no given name of the speaker.
TEST(ParticipantsPeople, SpeakerJoinedAcrossAStrippedQuote) {
  const std::string text =
      "U S  Senator Bill Frist praised the funds     The lab leads research across Tennessee     "
      "Frist said";
  Layout layout;
  layout.paragraphs.push_back(Paragraph{Span{0, text.size()}});
  layout.speaker_joins.push_back(text.find("Frist said"));
  const auto people = OfKind(FindParticipants(text, layout), ParticipantKind::kPerson);
  ASSERT_EQ(people.size(), 1u);
  EXPECT_EQ(people[0].name, "Bill Frist");
  EXPECT_EQ(people[0].mentions.size(), 2u);
}

}  // namespace
}  // namespace prextract::internal
