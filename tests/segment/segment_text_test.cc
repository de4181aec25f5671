// Whole texts through SegmentText: paragraphs, title, kinds, coverage.
#include "segment/segment.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"

namespace prextract::internal {
namespace {

std::vector<std::string> ParagraphTexts(const std::string& text, const Layout& l) {
  std::vector<std::string> out;
  for (const Paragraph& p : l.paragraphs) out.push_back(text.substr(p.span.start, p.span.end - p.span.start));
  return out;
}

// ASCII white space, or a byte of a no-break space (which the segmenter counts as blank).
bool IsBlankByte(const std::string& text, std::size_t i) {
  const char c = text[i];
  if (c == ' ' || c == '\n' || c == '\r' || c == '\t') return true;
  const bool lead = c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
  const bool trail = c == '\xA0' && i > 0 && text[i - 1] == '\xC2';
  return lead || trail;
}

// Every non-blank byte lies in exactly one segment, in order.
void ExpectCoverage(const std::string& text, const Layout& l) {
  std::size_t at = 0;
  for (const Segment& s : l.segments) {
    ASSERT_LE(at, s.span.start);
    for (std::size_t i = at; i < s.span.start; ++i) {
      EXPECT_TRUE(IsBlankByte(text, i)) << "uncovered byte " << i << " in " << text;
    }
    ASSERT_LT(s.span.start, s.span.end);
    at = s.span.end;
  }
  for (std::size_t i = at; i < text.size(); ++i) EXPECT_TRUE(IsBlankByte(text, i)) << "uncovered tail " << i;
}

struct TextCase {
  std::string name;
  std::string text;
  std::string title;
  std::vector<std::string> paragraphs;
};

TEST(SegmentTextTest, Layouts) {
  const std::vector<TextCase> cases = {
      {"ministry page with footnote and signature",
       "\xEB\xB0\x94\xEB\xA1\x9C\xEA\xB0\x80\xEA\xB8\xB0 \xEB\xA9\x94\xEB\x89\xB4\n\nPress Releases\n\n"
       "ROK and Ukraine to Hold Talks\n\n\n1. The 1st Session of the Intergovernmental Commission on Trade and Economic \n"
       "Cooperation will be held in Seoul on December 8.\n\n2. The meeting will mark the first of its kind.\n\n"
       "                    Spokesperson and Deputy Minister for Public Relations of MOFAT\n\n"
       "* unofficial translation\n",
       "ROK and Ukraine to Hold Talks",
       {"1. The 1st Session of the Intergovernmental Commission on Trade and Economic \nCooperation will be held in Seoul on December 8.",
        "2. The meeting will mark the first of its kind."}},
      {"wire release with about section",
       "# Acme Launches Widget\n\nSEATTLE, May 1, 2024 /PRNewswire/ -- Acme Inc., a maker of widgets, "
       "launched a widget.\n\n\xE2\x80\x9CWe are proud,\xE2\x80\x9D said the CEO.\n\nFor more information, visit "
       "www.acme.com.\n\nAbout Acme\n\nAcme makes widgets in Seattle.\n\nMedia contact: Jane Doe, jane@acme.com\n",
       "Acme Launches Widget",
       {"SEATTLE, May 1, 2024 /PRNewswire/ -- Acme Inc., a maker of widgets, launched a widget.",
        "\xE2\x80\x9CWe are proud,\xE2\x80\x9D said the CEO."}},
      {"collapsed page on one long line",
       "Title Of The Release\n\nFirst paragraph sentence one. Sentence two follows here.  Second paragraph "
       "starts here and goes on." + std::string(800, 'x') + ".  Third one.\n",
       "Title Of The Release",
       {"First paragraph sentence one. Sentence two follows here.",
        "Second paragraph starts here and goes on." + std::string(800, 'x') + ".", "Third one."}},
      {"hard-wrapped paragraphs without blank lines",
       "The Ministry of Economy and Finance held a ceremony on January 2, the management of currency,\n"
       "foreign exchange and the treasury.\nThe event marked the launch of the new organization and the\n"
       "government's commitment.\n",
       "",
       {"The Ministry of Economy and Finance held a ceremony on January 2, the management of currency,\n"
        "foreign exchange and the treasury.",
        "The event marked the launch of the new organization and the\ngovernment's commitment."}},
      {"end mark and headings",
       "PRESIDENT SIGNS BILL\n  Sen. Jeff Bingaman today outlined his priorities for the base. \n   EDUCATION \n"
       "   The budget cuts education programs for students in the state. \n-30-\nContact: Jude, 202/224-5521.\n",
       "PRESIDENT SIGNS BILL",
       {"Sen. Jeff Bingaman today outlined his priorities for the base.",
        "The budget cuts education programs for students in the state."}},
      // A page whose punctuation was stripped: the date's place is the capital, and the line
      // goes on with the lead, whose first piece (a name and its degree) is no heading, and
      // whose party tag goes on with the name.
      {"lead after a dated capital",
       "Coburn Obama bill establishes transparency  accountability in recovery efforts September 22  2005  "
       "WASHINGTON  D C       U S  Sen  Tom Coburn  M D   R OK  today hailed the committee passage of the bill\n",
       "Coburn Obama bill establishes transparency accountability in recovery efforts",
       {"U S  Sen  Tom Coburn  M D   R OK  today hailed the committee passage of the bill"}},
      // Quotes stripped too: the speaker left between two quotations ends the first one's
      // paragraph; a piece on a line of its own, or one that says more, is its own.
      {"speaker after a stripped quotation",
       "Frist Praises Lab Funds\n\nU S  Senator Bill Frist today praised the funds for the lab in the state"
       "     I m proud that the lab leads this research for Tennessee     Frist said     Clean fuel holds "
       "the promise of independence from foreign oil\n\nAlexander said\n",
       "Frist Praises Lab Funds",
       {"U S  Senator Bill Frist today praised the funds for the lab in the state",
        "I m proud that the lab leads this research for Tennessee     Frist said",
        "Clean fuel holds the promise of independence from foreign oil", "Alexander said"}},
      // The senator's party tag, its brackets stripped, goes on with the name before it.
      {"party tag after a stripped bracket",
       "Roe Hails Boat Ramp\n\nWASHINGTON  D C   U S  Senator Jane Roe   R Colorado  said the ramp will "
       "open in May\n",
       "Roe Hails Boat Ramp",
       {"U S  Senator Jane Roe   R Colorado  said the ramp will open in May"}},
      // The capital's district, split off at its stripped comma, belongs to the dateline.
      {"district after the capital",
       "Thune Announces  200 000 Grant for the College          October 3rd  2005   WASHINGTON    D C    "
       "Senator John Thune announced today that the college will receive a grant\n",
       "Thune Announces 200 000 Grant for the College",
       {"Senator John Thune announced today that the college will receive a grant"}},
      // So does "U S" after its stripped periods, which alone read as a heading.
      {"initials before a name",
       "Roe Hails Funds\n\nWASHINGTON  D C   The funds arrive this week for the county and its schools  "
       "which have waited for years     U S    Senator Jane Roe  R Colorado  said the county will benefit\n",
       "Roe Hails Funds",
       {"The funds arrive this week for the county and its schools  which have waited for years",
        "U S    Senator Jane Roe  R Colorado  said the county will benefit"}},
      // A sentence cut after an article, where a stripped quotation mark left a gap, goes on.
      {"sentence cut at a stripped quote",
       "Roe Hails Boat Ramp\n\nWASHINGTON  D C   Senator Jane Roe today announced funds for the project"
       "     The project entails developing a carry in boat access facility to the     Mill Pond     in "
       "the town of Hudson\n",
       "Roe Hails Boat Ramp",
       {"Senator Jane Roe today announced funds for the project",
        "The project entails developing a carry in boat access facility to the     Mill Pond     in the "
        "town of Hudson"}},
      {"crlf line ends",
       "Headline Here Today\r\n\r\nThe first paragraph ends here with a stop.\r\n\r\nThe second one too.\r\n",
       "Headline Here Today",
       {"The first paragraph ends here with a stop.", "The second one too."}},
  };
  for (const TextCase& c : cases) {
    const Layout l = SegmentText(c.text, {});
    EXPECT_EQ(l.title, c.title) << c.name;
    EXPECT_EQ(ParagraphTexts(c.text, l), c.paragraphs) << c.name;
    ExpectCoverage(c.text, l);
  }
}

// A senator's office line keeps "U S" before "Senator" when the stripped periods of "U.S."
// leave two spaces, an initial's, inside one piece: it still names the publisher.
// Its party tag, set off by the gap of its stripped bracket, is no part of the name.
TEST(SegmentTextTest, SenatorLineAfterStrippedUs) {
  for (const auto& [office, name] : std::vector<std::pair<std::string, std::string>>{
           {"U S  Senator Patty Murray   PHOTO", "Senator Patty Murray"},
           {"U S  Senator Blanche Lincoln  D Ark   PHOTO", "Senator Blanche Lincoln"}}) {
    const std::string text = office +
                             "\n\nCelebrating Our Progress on Farmworker Housing\n\n"
                             "Washington State House Speaker Frank Chopp talked about progress at the state level.\n";
    const Layout l = SegmentText(text, {});
    ASSERT_TRUE(l.publisher) << office;
    EXPECT_EQ(l.publisher->name, name);
  }
}

TEST(SegmentTextTest, KindsOfFurniture) {
  const std::string text =
      "# Acme Launches Widget\n\nSEATTLE, May 1, 2024 /PRNewswire/ -- Acme Inc., a maker, launched it.\n\n"
      "* Figures are preliminary.\n\nAbout Acme\n\nAcme makes widgets.\n\n###\n";
  const Layout l = SegmentText(text, {});
  std::vector<SegmentKind> kinds;
  for (const Segment& s : l.segments) kinds.push_back(s.kind);
  EXPECT_EQ(kinds, (std::vector<SegmentKind>{SegmentKind::kTitle, SegmentKind::kBody, SegmentKind::kNote,
                                             SegmentKind::kBoilerplate}));
  ASSERT_TRUE(l.publisher);
  EXPECT_EQ(l.publisher->name, "Acme Inc.");
  ASSERT_EQ(l.date_lines.size(), 1u);
  EXPECT_EQ(text.substr(l.date_lines[0].start, l.date_lines[0].end - l.date_lines[0].start),
            "SEATTLE, May 1, 2024 /PRNewswire/ -- ");
}

// A line of paragraphs whose breaks were collapsed to two spaces (long enough to read them so),
// which opens with a dateline and a subheading.
std::string DatelineBeforeSubheading() {
  const std::string paragraph =
      "It has been fifteen years since the first network was introduced online, and since then "
      "many other networks have been developed, each offering unique functions to the people who "
      "use them every day in their work and lives.";
  std::string line = "NEW YORK, NY, June 28, 2024 /24-7PressRelease/ -- Crypto and TradFi";
  for (int k = 0; k < 5; ++k) line += "  " + paragraph;
  return "# Crypto and TradFi\n\n" + line + "\n";
}

// A full date opening the first paragraph (after its weekday at most) is a date line even
// with no separator after it, and so is a dateline opening a heading before the first
// paragraph; a date later in the sentence is not.
TEST(SegmentTextTest, DateOpeningTheFirstParagraph) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Bunning Announces Funds\n\nWednesday  August 22  2007  U S  Senator Jim Bunning today announced "
       "funds for fire departments in the state.\n",
       "Wednesday  August 22  2007"},
      {"Collins Acts on Heat\n\nAugust 3  2006 WASHINGTON  D C With triple digit temperatures scorching "
       "communities, the senator acted.\n",
       "August 3  2006"},
      {"Senator Acts\n\nThe senator said that on August 3, 2006 the committee acted on the heating bill.\n", ""},
      // A subheading after the dateline on its line makes a heading of both: the dateline
      // still dates the release.
      {DatelineBeforeSubheading(), "NEW YORK, NY, June 28, 2024 /24-7PressRelease/ -- "},
      // On one line, a date's stripped comma splits no date.
      {"United States Senator   John Thune" + std::string(40, ' ') + "July 31  2008" + std::string(40, ' ') +
           "Press Releases" + std::string(40, ' ') + "Thune Announces  200 000 Grant for the College" +
           std::string(10, ' ') + "October 3rd  2005   WASHINGTON  D C    Senator John Thune announced today "
           "that the college will receive a grant\n",
       "October 3rd  2005"},
      // The day a site served the page says nothing of the release.
      {"Today: July 24, 2008\n\nSenator Acts on Therapy Caps\n\nWASHINGTON - Senator Jane Roe "
       "introduced legislation today that would repeal the therapy caps for seniors.\n",
       "WASHINGTON - "},
      // A date in a later paragraph, which the header took for a subtitle, dates no release.
      {" Washington  D C   Senator Jane Roe introduced legislation today that would provide greater "
       "access for Medicare recipients to physical therapy  occupational therapy and speech services   "
       "The Access Act of 2005 would repeal the caps that prevent many seniors from receiving therapy"
       "        It is irresponsible to set an arbitrary cap on how much therapy a beneficiary can "
       "receive     said Roe     It ignores the health needs of our senior population   Congress has "
       "placed a moratorium on the cap in 1999  2000 and 2003   The latest moratorium will expire on "
       "January 1  2006   Without action  seniors will pay the price  \n",
       ""},
      // A summary the wire set above its dateline reads as the first paragraph.
      {"# Acme Introduces Recall Cover\n\nFood makers can now protect their businesses from the cost "
       "of a recall with cover bought online.\n\nPLEASANT GROVE, UTAH - September 15, 2025 "
       "(NEWMEDIAWIRE) - Acme today introduced recall cover for food makers across the state.\n",
       "PLEASANT GROVE, UTAH - September 15, 2025 (NEWMEDIAWIRE) - "},
      // A site's banner date above its navigation is the day the page was served, when a
      // date line below the title dates the release; without one, it is the only date there is.
      {"United States Senator   John Thune\n\nJuly 31  2008\n\nPress Releases\n\n"
       "Thune Applauds Judiciary Committee Confirmation of Judge Roberts\n\nSeptember 22nd  2005\n\n"
       "Sen  John Thune  R SD  today issued the following statement on the vote of the committee.\n",
       "September 22nd  2005"},
      {"United States Senator   John Thune\n\nJuly 31  2008\n\nPress Releases\n\n"
       "Thune Applauds Judiciary Committee Confirmation of Judge Roberts\n\n"
       "Sen  John Thune  R SD  today issued the following statement on the vote of the committee.\n",
       "July 31  2008"},
  };
  for (const auto& [text, want] : cases) {
    const Layout l = SegmentText(text, {});
    std::string got;
    for (const Span& d : l.date_lines) got += text.substr(d.start, d.end - d.start);
    EXPECT_EQ(got, want) << text;
  }
}

// A member's office or its contact line above the headline is no headline; the capital's name
// split from its sentence is a dateline, and with no headline before it the release has none.
TEST(SegmentTextTest, LetterheadsAndPlacesAreNoTitles) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"United States Senator Richard Shelby\n\nShelby Announces Funds for Mobile County\n\n"
       "WASHINGTON - Senator Richard Shelby today announced funds for the county.\n",
       "Shelby Announces Funds for Mobile County"},
      {"U S  Senator Patty Murray\n\nMurray Applauds Air Wing on Drug Ring\n\nSeattle - Senator "
       "Patty Murray today applauded the work of the air wing.\n",
       "Murray Applauds Air Wing on Drug Ring"},
      {"Washington  D C   Senator Tom Harkin today released the following statement on the "
       "reauthorization of the Patriot Act, which he supported last year.\n",
       ""},
      {"United States Senator James Inhofe : Press Room\n\nInhofe Bill Re-establishes FEMA\n\n"
       "WASHINGTON - Senator James Inhofe today introduced a bill.\n",
       "Inhofe Bill Re-establishes FEMA"},
      // So is its press office's contact line.
      {"Contact Kyle DowneyPhone 202 224 2321\n\nThune Votes to Protect Second Amendment Rights\n\n"
       "WASHINGTON - Senator John Thune today voted for the bill.\n",
       "Thune Votes to Protect Second Amendment Rights"},
      // And the rest of a contact line that opens with a telephone number.
      {"Press Releases\n\n202 224 5972  or Kevin Bishop\n\nGraham Announces Funds for the Airport\n\n"
       "WASHINGTON - Senator Lindsey Graham today announced funds for the county airport.\n",
       "Graham Announces Funds for the Airport"},
      // And the press contact's name and number under a "Contact" label, but not an amount.
      {"September 12  2005 Contact\n\nCasey Aden Wansbury  202 224 0414\n\nLieberman Statement on "
       "Michael Brown Resignation\n\nWASHINGTON - Senator Joe Lieberman made the following statement.\n",
       "Lieberman Statement on Michael Brown Resignation"},
      {"Senators Smith Secure 1 500 000 000\n\nWASHINGTON - Senator Gordon Smith today secured funds "
       "for the state and its schools.\n",
       "Senators Smith Secure 1 500 000 000"},
      // A release marker glued to the body heads no release.
      {"      FOR IMMEDIATE RELEASE  A decade ago  I stood here and asked the Senate to vote to raise "
       "the minimum wage  At that moment  I had no idea it would take us so long.\n\nThe time has come.\n",
       ""},
      // A headline that opens with a senator's name says what the senator did.
      {"Senator Murray Applauds Air Wing for Drug Ring Bust\n\nSeattle - Senator Patty Murray "
       "today applauded the air wing.\n",
       "Senator Murray Applauds Air Wing for Drug Ring Bust"},
      // A headline scraped as markup says "&" where the page showed one.
      {"# Polito &amp; Harrington Partners with Habitat for Humanity\n\nNORWICH, CT - Polito "
       "& Harrington is building a home with the charity this year.\n",
       "Polito & Harrington Partners with Habitat for Humanity"},
  };
  for (const auto& [text, want] : cases) EXPECT_EQ(SegmentText(text, {}).title, want) << text;
}

// The owner of a site's release section issues its releases.
TEST(SegmentTextTest, ReleaseSectionNamesThePublisher) {
  const std::string text =
      "Senator Mark Pryor Press Releases\n\nPryor Secures Funds for Arkansas Schools\n\n"
      "WASHINGTON - The senator said the funds will help schools across the state this year.\n";
  const Layout l = SegmentText(text, {});
  EXPECT_EQ(l.title, "Pryor Secures Funds for Arkansas Schools");
  ASSERT_TRUE(l.publisher);
  EXPECT_EQ(l.publisher->name, "Senator Mark Pryor");
}

TEST(SegmentTextTest, ALoweredCopyFromTheCallerChangesNothing) {
  const std::string text =
      "# Acme Launches Widget\n\nSEATTLE, May 1, 2024 /PRNewswire/ -- Acme Inc., a maker, launched it.\n\n"
      "This work is licensed under a Creative Commons Attribution 4.0 License.\n\n"
      "* Figures are preliminary.\n\nAbout Acme\n\nAcme makes widgets.\n\n###\n";
  const std::string lowered = AsciiLower(text);
  const Layout own = SegmentText(text, {});
  const Layout given = SegmentText(text, {false, lowered});
  ASSERT_EQ(given.segments.size(), own.segments.size());
  for (std::size_t k = 0; k < own.segments.size(); ++k) {
    EXPECT_EQ(given.segments[k].kind, own.segments[k].kind);
    EXPECT_EQ(given.segments[k].span.start, own.segments[k].span.start);
    EXPECT_EQ(given.segments[k].span.end, own.segments[k].span.end);
  }
  EXPECT_EQ(given.licence.has_value(), own.licence.has_value());
}

TEST(SegmentTextTest, BodyOnlyKeepsEverything) {
  const std::string text = "About Acme\n\nFor more information, visit www.acme.com.\n\n###\n";
  const Layout l = SegmentText(text, {true});
  EXPECT_EQ(ParagraphTexts(text, l),
            (std::vector<std::string>{"About Acme", "For more information, visit www.acme.com.", "###"}));
  EXPECT_TRUE(l.title.empty());
}

TEST(SegmentTextTest, FoundingRelease) {
  std::ifstream in(std::string(PREXTRACT_SOURCE_DIR) + "/data/examples/msit-2023-05-25-germany.txt");
  std::stringstream buf;
  buf << in.rdbuf();
  const std::string text = buf.str();
  ASSERT_FALSE(text.empty());
  const Layout l = SegmentText(text, {});
  EXPECT_EQ(l.title, "MSIT Cooperates with technology powerhouse Germany to strengthen technology sovereignty");
  EXPECT_EQ(l.breadcrumbs, (std::vector<std::string>{"Home", "News & Notice", "Press Releases"}));
  EXPECT_EQ(l.paragraphs.size(), 8u);
  ASSERT_TRUE(l.publisher);
  EXPECT_EQ(l.publisher->name, "Ministry of Science and ICT");
  EXPECT_EQ(l.publisher->acronym, "MSIT");
  EXPECT_EQ(l.publisher->country, "KR");
  ExpectCoverage(text, l);
}

}  // namespace
}  // namespace prextract::internal
