// Rules "body start", "glued title", "title near body" and the header reader.
#include "segment/header.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "segment/text_scan.h"

namespace prextract::internal {
namespace {

struct BodyStartCase {
  std::string line;
  bool title_found;
  bool want;
};

TEST(HeaderTest, BodyStart) {
  const std::vector<BodyStartCase> cases = {
      {"Press Releases", false, false},
      {"On May 25, vice minister Joo discussed cooperation with Germany.", true, true},
      {"Good afternoon. Let me start today's briefing.", true, true},
      {"Two Former Barclays Executives Agree to Pay $2 Million to Resolve Claims", true, false},
      {"1. The 1st Session of the Intergovernmental Commission on Trade and Economic", true, true},
      {"- OECD Council Recommendation on Artificial Intelligence Reconfirmed at G20 meeting", true, false},
      {"SINGAPORE, March 10, 2024 /24-7PressRelease/ -- Creta Class, a leading platform, announces", true, true},
      {"Carrier Connect Data Solutions Inc. Signs Definitive Agreement to Acquire Purecolo Inc.", false, false},
      // Punctuation stripped: the opening paragraph ends no sentence, but reports.
      {"U S  Senator Carl Levin  D Mich  said today that the committee will hold hearings", true, true},
      {"U S  Senator Carl Levin  D Mich  said today that the committee will hold hearings", false, false},
      {"Senators Say Farm Bill Is Ready Today and Call for a Vote Next Week", true, false},
      {"Bill would fund new schools in rural counties across the state", true, false},
  };
  for (const BodyStartCase& c : cases) EXPECT_EQ(IsBodyStart(c.line, c.title_found, false), c.want) << c.line;
  EXPECT_TRUE(IsBodyStart("The 1st Session of the Intergovernmental ROK-Ukrainian Commission on", true, true));
}

TEST(HeaderTest, BodyStartLongLines) {
  // A title-cased line of 200 to 300 bytes is a headline before the title is found, and
  // body after; past 300 bytes it is body either way, whatever its words.
  const std::string phrase = "Senator Announces Major Funding For Rural Schools ";
  std::string headline, longer;
  for (int k = 0; k < 5; ++k) headline += phrase;
  for (int k = 0; k < 7; ++k) longer += phrase;
  ASSERT_EQ(headline.size(), 250u);
  EXPECT_FALSE(IsBodyStart(headline, false, false));
  EXPECT_TRUE(IsBodyStart(headline, true, false));
  EXPECT_TRUE(IsBodyStart(longer, false, false));
  EXPECT_TRUE(IsBodyStart(longer, true, false));
}

TEST(HeaderTest, GluedTitle) {
  const std::string glued =
      "ACT Signs Agreement on Interpreting Services The Parliamentary Secretary to the Minister for "
      "Immigration, Senator Kay Patterson, today signed a Memorandum of Understanding.";
  EXPECT_EQ(glued.substr(0, GluedTitleEnd(glued)), "ACT Signs Agreement on Interpreting Services ");
  // The dateline's place glued to its dashes opens the body.
  const std::string dashed =
      "Bayh Calls on Bush to Meet With Auto Industry Leaders Before Election Washington-- U.S. "
      "Senator Evan Bayh today wrote to President Bush urging him to reconsider his decision.";
  EXPECT_EQ(dashed.substr(0, GluedTitleEnd(dashed)),
            "Bayh Calls on Bush to Meet With Auto Industry Leaders Before Election ");
  const std::string place =
      "Evan Bayh Kicks-Off Lafayette Job Fair and Summit Lafayette, IN-- U.S. Senator Evan Bayh "
      "came to Lafayette today to open the job fair and the small business summit.";
  EXPECT_EQ(place.substr(0, GluedTitleEnd(place)), "Evan Bayh Kicks-Off Lafayette Job Fair and Summit ");
  // The headline's date opens the body.
  const std::string dated =
      "Casey Questions Legality Of Recess Appointment April 5, 2007 WASHINGTON, DC- U.S. Senator Bob "
      "Casey (D-PA) today joined colleagues in asking for a review of the appointment.";
  EXPECT_EQ(dated.substr(0, GluedTitleEnd(dated)), "Casey Questions Legality Of Recess Appointment ");
  const std::vector<std::string> none = {
      "The senator said that on April 5, 2007 the committee would meet again to review the appointment.",
      "President Moon Jae-in received letters of credence from six new ambassadors to Korea today.",
      "The representatives of The U.S. National Oceanic and Atmospheric Administration visited KUSCO.",
      "WASHINGTON - U.S. Senator Sam Brownback today welcomed a bipartisan Senate agreement on bills."};
  for (const std::string& s : none) EXPECT_EQ(GluedTitleEnd(s), 0u) << s;
}

struct HeaderCase {
  std::string text;
  std::string title;
  std::string first_body;
};

TEST(HeaderTest, ReadHeader) {
  const std::vector<HeaderCase> cases = {
      {"News & Notice\n\n  \xE2\x80\xA2 Home\n  \xE2\x80\xA2 Press Releases\n\nPress Releases\n\n"
       "MSIT Cooperates with Germany\n\n\nOn May 25, vice minister Joo discussed cooperation.\n",
       "MSIT Cooperates with Germany", "On May 25"},
      {"You are here\n\nHome \xC2\xBB Office of Public Affairs \xC2\xBB News\nShare\n\nDepartment of Justice\n"
       "FOR IMMEDIATE RELEASE\nWednesday, April 4, 2018\n\nUnited States Reaches Agreement With Doe Run\n\n"
       "The United States announced a consent decree today with the company.\n",
       "United States Reaches Agreement With Doe Run", "The United States"},
      {"# Copper Supercycle On The Horizon?\n\nBy Johnny Rice, Benzinga\n\n DETROIT, MICHIGAN - November 6, "
       "2025 (NEWMEDIAWIRE) - Imagine a material so critical.\n",
       "Copper Supercycle On The Horizon?", "DETROIT"},
      {"Latest News   TOPICS   FOR IMMEDIATE RELEASE  August 16  2007 Schumer Urges Action On Toys   "
       "Senator Urges Checks   Washington  DC  Citing the urgent need to clamp down on the flow of hazardous "
       "products into the United States from China  Senator Charles E  Schumer today urged the State "
       "Department to act on the toy recalls that worry parents\n",
       "Schumer Urges Action On Toys", "Washington"},
      // A letterhead above the release marker and the date: the headline comes after them.
      {"CHRIS BOWEN MP\n\nMINISTER FOR IMMIGRATION AND CITIZENSHIP\n\nMEDIA RELEASE\n\n20 June 2012\n\n"
       "NEW SERVICES TO HELP MIGRANTS\n\nThe Minister for Immigration today announced four new projects.\n",
       "NEW SERVICES TO HELP MIGRANTS", "The Minister"},
      // A date and place run on after the headline: the title stops before them.
      {"Press Releases\n\nEnzi supports tool for fiscal responsibility March 7 2006 Washington D C\n\n"
       "U.S. Senator Mike Enzi said today that the budget tool will help the committee.\n",
       "Enzi supports tool for fiscal responsibility", "U.S. Senator"},
      {"Committee Will Hold a Public Hearing on Water Rights On March 5, 2024\n\nThe committee announced today that it will hold a hearing.\n",
       "Committee Will Hold a Public Hearing on Water Rights On March 5, 2024", "The committee"},
      {"President Moon Jae-in received letters of credence from six new ambassadors today.\n", "", "President"},
      // Below the headline, what follows the capital's name on its line is the body, with or
      // without its "D C".
      {"SENATOR ALLARD PRAISES FINAL PASSAGE OF TAX BILL          May 11th  2006   WASHINGTON  D C     "
       "U S  Senator   R Colorado  said that the tax bill that was approved on final passage will protect "
       "families\n",
       "SENATOR ALLARD PRAISES FINAL PASSAGE OF TAX BILL", "U S  Senator"},
      {"Reed Files Amicus Brief with Supreme Court\n\nFebruary 8  2006\n\nWASHINGTON     U S  Senator Jack "
       "Reed  D RI  today filed an Amicus Brief with the U S  Supreme Court\n",
       "Reed Files Amicus Brief with Supreme Court", "U S  Senator"},
  };
  for (const HeaderCase& c : cases) {
    const std::vector<Piece> pieces = SplitPieces(c.text);
    const Header h = ReadHeader(c.text, pieces);
    EXPECT_EQ(CollapseSpaces(View(c.text, h.title)), c.title) << c.text;
    EXPECT_EQ(c.text.substr(h.body_from, c.first_body.size()), c.first_body) << c.text;
  }
}

TEST(HeaderTest, TitleNearBody) {
  std::string text = "Select country:  Global\n";
  for (int i = 0; i < 20; ++i) text += "Country " + std::to_string(i) + "\n";
  text += "Acme affiliate signs power purchase agreement with utility\n";
  text += "Acme Corporation, Company Announcement, 25 September 2012\n";
  text += "Amman Power, a company owned by Acme and others, has signed a long-term agreement with the utility.\n";
  const Header h = ReadHeader(text, SplitPieces(text));
  EXPECT_EQ(View(text, h.title), "Acme affiliate signs power purchase agreement with utility");
}

}  // namespace
}  // namespace prextract::internal
