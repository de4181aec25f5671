// Phones, e-mails and contact blocks (src/segment/contacts.cc, phones.cc, emails.cc).
// Rows marked "corpus" are lines of /work/shared/corpus/dev releases, named by file.
#include <gtest/gtest.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>
#include <vector>

#include "segment/contact_scan.h"
#include "segment/furniture.h"

namespace prextract::internal {
namespace {

struct PhoneCase {
  const char* written;
  const char* region;
  const char* e164;  // "" when it is no valid phone
};

TEST(PhoneToE164Test, Formats) {
  const PhoneCase cases[] = {
      {"+82-44-202-4033", "KR", "+82442024033"},
      {"+82-44-202-4033", "", "+82442024033"},
      {"44-202-4033", "KR", "+82442024033"},
      {"044-211-2253", "KR", "+82442112253"},
      {"(202) 514-2007", "US", "+12025142007"},
      {"(202) 514-2007", "", "+12025142007"},
      {"(202) 514-2007", "KR", "+12025142007"},
      {"202-224-2651", "US", "+12022242651"},
      {"202/224-5521", "US", "+12022245521"},
      {"888.622.1813", "US", "+18886221813"},
      {"1-800-903-3268", "US", "+18009033268"},
      {"866-549-2743", "CA", "+18665492743"},
      {"02 6277 7640", "AU", "+61262777640"},
      {"0400 389 580", "AU", "+61400389580"},
      {"(02) 6205 0022", "AU", "+61262050022"},
      {"+61 (0)2 6274 1111", "AU", "+61262741111"},
      {"+49 (0) 151 151 938 81", "AT", "+4915115193881"},
      {"+43 (0) 664 60191 5153", "AT", "+43664601915153"},
      {"+49 89 71042 2073", "DE", "+4989710422073"},
      {"+1 212-736-2727", "", "+12127362727"},
      {"+1 416 543 7951", "US", "+14165437951"},
      {"+65 80388730", "", "+6580388730"},
      {"82-2-2100-7044", "KR", "+82221007044"},
      {"+82 (0)2 2100 7044", "US", "+82221007044"},
      {"02 6277 7640", "", ""},  // no region, not North-American: needs a "+"
      {"2023-05-25", "US", ""},
      {"20001", "US", ""},
      {"12345", "KR", ""},
  };
  for (const PhoneCase& c : cases) {
    EXPECT_EQ(PhoneToE164(c.written, c.region), c.e164) << c.written << " / " << c.region;
  }
}

// Numbers of North American shape read for region US are built without Parse: valid and
// invalid ones answer as libphonenumber's Parse(written, "US") and IsValidNumber do.
TEST(PhoneToE164Test, NorthAmericanShapesAnswerAsParsed) {
  const PhoneCase cases[] = {
      {"604-299-5006", "US", "+16042995006"},     // Canadian, valid in the plan
      {"1 (800) 746-0226", "US", "+18007460226"},
      {"1-876-926-1234", "", "+18769261234"},
      {"242 502 2200", "US", "+12425022200"},
      {"(202) 555-0100", "US", "+12025550100"},
      {"(555) 123-4567", "US", ""},               // no such area code
      {"211-555-0100", "US", ""},
      {"(555) 123-4567", "", ""},
  };
  for (const PhoneCase& c : cases) {
    EXPECT_EQ(PhoneToE164(c.written, c.region), c.e164) << c.written << " / " << c.region;
  }
}

// Numbers read for region US answer as libphonenumber's own Parse and IsValidNumber, also
// those turned away without it (7 to 9 digits; Canada's 7-digit "3..." numbers are valid).
TEST(PhoneToE164Test, RegionUsAnswersAsLibphonenumber) {
  const auto& util = *i18n::phonenumbers::PhoneNumberUtil::GetInstance();
  for (const std::string written :
       {"7 221 888", "722-1888", "310 1234", "310-4567", "1 310 1234", "268 460 1234", "2684601234",
        "22 345 678", "876 123 45", "555 1234", "911 1234 56", "(212) 555 1234", "1-876-926-1234"}) {
    i18n::phonenumbers::PhoneNumber number;
    std::string expected;
    if (util.Parse(written, "US", &number) == i18n::phonenumbers::PhoneNumberUtil::NO_PARSING_ERROR &&
        util.IsValidNumber(number)) {
      util.Format(number, i18n::phonenumbers::PhoneNumberUtil::E164, &expected);
    }
    EXPECT_EQ(PhoneToE164(written, "US"), expected) << written;
  }
}

// A North American number valid for US is valid, whichever region of the plan it is
// placed in; others (Canada, the Caribbean, none) answer as IsValidNumber does.
TEST(PhoneToE164Test, NorthAmericanValidityAsIsValidNumber) {
  const auto& util = *i18n::phonenumbers::PhoneNumberUtil::GetInstance();
  for (const std::string digits : {"2025550100", "6042995006", "8769261234", "2425022200", "8007460226",
                                   "5551234567", "2115550100", "3065550123", "6495550123", "9005550123"}) {
    i18n::phonenumbers::PhoneNumber number;
    number.set_country_code(1);
    number.set_national_number(std::stoull(digits));
    std::string expected;
    if (util.IsValidNumber(number)) util.Format(number, i18n::phonenumbers::PhoneNumberUtil::E164, &expected);
    const std::string written = digits.substr(0, 3) + "-" + digits.substr(3, 3) + "-" + digits.substr(6);
    EXPECT_EQ(PhoneToE164(written, ""), expected) << written;
    EXPECT_EQ(PhoneToE164(written, "JM"), expected) << written;
  }
}

// Answers are remembered per (region, number): asked again, in any order and past the
// point where the memory is cleared, each gives what it gave the first time.
TEST(PhoneToE164Test, RememberedAnswersKeepTheRegion) {
  const PhoneCase cases[] = {
      {"02 6277 7640", "AU", "+61262777640"},
      {"02 6277 7640", "", ""},
      {"44-202-4033", "KR", "+82442024033"},
      {"44-202-4033", "US", ""},
  };
  for (int round = 0; round < 3; ++round) {
    for (const PhoneCase& c : cases) {
      EXPECT_EQ(PhoneToE164(c.written, c.region), c.e164) << c.written << " / " << c.region;
    }
    for (int i = 0; i < 5000; ++i) PhoneToE164(std::to_string(1000000 + i), "");   // fills it
  }
}

struct FindCase {
  const char* text;
  const char* region;
  std::vector<std::string> e164;
};

std::vector<std::string> E164s(const std::string& text, const char* region) {
  std::vector<std::string> out;
  for (const Phone& p : FindPhones(text, {0, text.size()}, region)) {
    EXPECT_EQ(text.substr(p.span.start, p.span.end - p.span.start), p.text);
    out.push_back(p.e164);
  }
  return out;
}

TEST(FindPhonesTest, FindsPhonesAndRejectsNumbersThatAreNot) {
  const FindCase cases[] = {
      // corpus: msit/msit-2023-05-25-germany.txt
      {"(Phone: +82-44-202-4033, E-mail: of the Ministry", "KR", {"+82442024033"}},
      // corpus: footers/au-campbell-sharing-stories-20050705.txt
      {"Media Contact: Marianne McCabe 02 6277 7640 or 0400 389 580", "AU", {"+61262777640", "+61400389580"}},
      // corpus: footers/nmw-kontron-prelim-9m-20251029.txt
      {"Kontron AG - CommunicationsTel: +49 (0) 151 151 938 81group-pr@kontron.com",
       "AT",
       {"+4915115193881"}},
      // corpus: cheongwadae/pa-archive-briefing-114.txt
      {"\xEB\x8B\xB4\xEB\x8B\xB9\xEC\x9E\x90(044-211-2253)\xEC\x97\x90\xEA\xB2\x8C", "KR", {"+82442112253"}},
      {"Contact: Jude McCartin and Maria Najera, 202/224-5521.", "US", {"+12022245521"}},
      {"contact your financial professional or call 888.622.1813. Read", "US", {"+18886221813"}},
      {"Washington, DC 20530 202-514-2007", "US", {"+12025142007"}},
      {"www.InvestorWire.com310.299.1717 Office", "US", {"+13102991717"}},
      {"On 2023-05-25 the agreement of 1986-2023 was renewed.", "US", {}},
      {"Case No. 2024-123 and Docket No. 2025-1234567 were filed.", "US", {}},
      {"between 1933-1944 and 2000-2001 and 2024-2025", "AU", {}},
      {"Washington, DC 20001", "US", {}},
      {"on 07/01/2022 at 05/16/2024 03", "US", {}},
      {"https://newsdirect.com/news/agc-biologics-105916827", "US", {}},
      {"HALIFAX, NS, May 20, 2025 /24-7PressRelease/ -- Taizhou", "CN", {}},
      {"revenue of EUR 1,182 million and 9.2 million users", "DE", {}},
      {"Tel No. 02-2100-7044", "KR", {"+82221007044"}},
      {"ISBN 978-0-306-40615-7", "US", {}},
      // Past the scanner's first blocks of 32 and 16 bytes, and in a second half-block.
      {"For questions about the programme please call the office at (202) 514-2007 today.", "US",
       {"+12025142007"}},
      {"Questions about the grant programme?  Call 202-224-5521.", "US", {"+12022245521"}},
  };
  for (const FindCase& c : cases) {
    EXPECT_EQ(E164s(c.text, c.region), c.e164) << c.text;
  }
}

struct EmailCase {
  const char* text;
  std::vector<std::string> emails;
};

std::vector<std::string> Emails(const std::string& text) {
  const Span all{0, text.size()};
  std::vector<std::string> out;
  for (const Email& e : FindEmails(text, all, FindPhones(text, all, "US"))) {
    EXPECT_EQ(text.substr(e.span.start, e.span.end - e.span.start), e.text);
    out.push_back(e.text);
  }
  return out;
}

TEST(FindEmailsTest, CutsWhatScrapingGluedOn) {
  const EmailCase cases[] = {
      {"E-mail: press@msit.go.kr.", {"press@msit.go.kr"}},
      {"Amazon-pr@amazon.com ", {"Amazon-pr@amazon.com"}},
      // corpus rows (glued lines of wire releases)
      {"Tel: +43 (0) 664 60191 5153ir@kontron.com", {"ir@kontron.com"}},
      {"Press Inquiries:IntelagenTom RicherCEOinvestorrelations@intelagen.ai",
       {"investorrelations@intelagen.ai"}},
      {"SVP of Marketing, WorkSpansam.gong@workspan.com", {"sam.gong@workspan.com"}},
      {"ArhasiChiru BhavansikarChief AI Officercontactus@arhasi.com ", {"contactus@arhasi.com"}},
      {"Attention: Mark Binns, CEOEmail: mark@carrierconnectds.comPhone: 778-945-1074",
       {"mark@carrierconnectds.com"}},
      {"Hybrid Power SolutionsE: invest@hybridps.caT: 866-549-2743www.investhps.com", {"invest@hybridps.ca"}},
      {"Mail: ir@cyansecurity.comcyan AG Press Contact:Kirchhoff Consult GmbHPhone: +49 40 60 91 86 65"
       "Mail: cyan@kirchhoff.de",
       {"ir@cyansecurity.com", "cyan@kirchhoff.de"}},
      {"please contact: Jill Randloph JRandolph@mediamgmtgroup.com", {"JRandolph@mediamgmtgroup.com"}},
      {"Email: Margaret.Mckoin@UnionMak.com ", {"Margaret.Mckoin@UnionMak.com"}},
      {"classiqPR@rainierco.com", {"classiqPR@rainierco.com"}},
      // corpus: extra/wire-more/wire-94945cfe66c5.txt, extra/wire/wire-0043d18a23e7.txt
      {"Mail: sp@crossalliance.dewww.crossalliance.de", {"sp@crossalliance.de"}},
      {"www.InvestorBrandNetwork.com310.299.1717 OfficeEditor@InvestorBrandNetwork.com",
       {"Editor@InvestorBrandNetwork.com"}},
      {"Officeholders@example.gov", {"Officeholders@example.gov"}},
      {"[media@ecb.europa.eu](mailto:media@ecb.europa.eu)", {"media@ecb.europa.eu", "media@ecb.europa.eu"}},
      {"Partnerships@acme.com and partnerships@acme.org", {"Partnerships@acme.com", "partnerships@acme.org"}},
      {"Cooper@example.com", {"Cooper@example.com"}},
      {"follow @AmazonNews on X", {}},
      {"an @ sign alone, or user@localhost", {}},
  };
  for (const EmailCase& c : cases) {
    EXPECT_EQ(Emails(c.text), c.emails) << c.text;
  }
}

struct LineCase {
  const char* line;
  bool contact;
};

TEST(LooksLikeContactTest, Lines) {
  const LineCase cases[] = {
      {"For further information, please contact the Public Relations Division (Phone: +82-44-202-4033, "
       "E-mail: of the Ministry of Science and ICT.",
       true},
      {"Media Contact: Marianne McCabe 02 6277 7640 or 0400 389 580", true},
      {" Media Contacts", true},
      {"Contacts ", true},
      {"Contact DetailsAGC Biologics", true},
      {"ContactJoanne Gore Joanne Gore Communications Inc. Email Us Here", true},
      {"Press Inquiries:IntelagenTom RicherCEOinvestorrelations@intelagen.ai", true},
      {"Press contact", true},
      {"Contact: Jane Doe", true},
      {"Phone:", true},
      {"Tel. 02-2100-7044", true},
      {"E-mail:", true},
      {"nmcdonald@agcbio.com", true},
      {"+1 425-419-3555", true},
      {"Jane Doe | Press Officer | +1 202 555 0134", true},
      {"Media enquiries for Senator Patterson: Louise Ahern (02) 6277 3800", true},
      {"For further information, inquiries, or media opportunities, please contact:", true},
      {"Connect with Darwin Stephens: www.sellingdallas4all.com | Instagram: @sellingdallas4all | "
       "Phone: (469) 765-3221",
       true},
      {"For further information: Media Relations, National Research Council of Canada, 613-991-1431", true},
      // Labels and openers in any case, a one-letter label before its colon.
      {"T: 202 555 0100", true},
      {"TEL: 202 555 0100", true},
      {"E: jane.doe@example.org", true},
      {"Cell: 0400 389 580", true},
      {"MEDIA CONTACT: Jane Doe", true},
      {"Tomorrow: the ministers meet in Berlin to discuss the agreement and its terms.", false},
      {"Contact Us", false},
      {"Site Map | Contact Us | Privacy | Disclaimer & Licence", false},
      {"Contact tracing has been expanded to all provinces.", false},
      {"The ministers agreed to stay in close contact on the issue.", false},
      {"For more information, including a complete list of successful projects, "
       "http://www.deh.gov.au/heritage/programs/index.html#sharing",
       false},
      {"For more information on Evertise AI PR's solutions or to schedule a demo, visit www.evertise.net.",
       false},
      {"On May 25, vice minister Joo met his counterpart in Berlin.", false},
      {"2023-05-25", false},
      {"", false},
  };
  for (const LineCase& c : cases) {
    EXPECT_EQ(LooksLikeContact(c.line), c.contact) << c.line;
  }
}

TEST(FindContactOpenerTest, FindsBlockInsideLongLine) {
  const std::string line =
      "celebrating the everyday heroes who help keep the community safe.  Media Contact: Margaret "
      "McKoin Telephone: 817-403-0866";
  EXPECT_EQ(FindContactOpener(line), line.find("Media Contact"));
  EXPECT_EQ(FindContactOpener("Contact tracing continues."), std::string_view::npos);
  EXPECT_EQ(FindContactOpener("For inquiries, contact Scenesafe at Halifax@scenesafe.ca."), 0u);
}

struct BlockCase {
  const char* block;
  const char* region;
  const char* department;
  const char* person;
  std::vector<std::string> phones;
  std::vector<std::string> emails;
  std::vector<std::string> warnings;
};

TEST(ParseContactTest, Blocks) {
  const BlockCase cases[] = {
      {"For further information, please contact the Public Relations Division (Phone: +82-44-202-4033, "
       "E-mail: of the Ministry of Science and ICT.",
       "KR",
       "Public Relations Division",
       "",
       {"+82442024033"},
       {},
       {"contact.email_missing"}},
      {"Media Contact: Marianne McCabe 02 6277 7640 or 0400 389 580",
       "AU",
       "",
       "Marianne McCabe",
       {"+61262777640", "+61400389580"},
       {},
       {}},
      {"Contact: Name: Shawn Saad Hameed Email: shawn@evertise.net",
       "US",
       "",
       "Shawn Saad Hameed",
       {},
       {"shawn@evertise.net"},
       {}},
      {"Leon-Philipp KleissKontron AG \xE2\x80\x93 Investor RelationsTel: +43 (0) 664 60191 "
       "5153ir@kontron.com",
       "AT",
       "Investor Relations",
       "",
       {"+43664601915153"},
       {"ir@kontron.com"},
       {}},
      {"Contacts \nAmazon.com, Inc.\nMedia Hotline\nAmazon-pr@amazon.com \nwww.amazon.com/pr ",
       "US",
       "Media Hotline",
       "",
       {},
       {"Amazon-pr@amazon.com"},
       {}},
      {"Attn: Prospectus Department, Email: prospectus@needhamco.com, Telephone: (800) 903-3268.",
       "US",
       "Prospectus Department",
       "",
       {"+18009033268"},
       {"prospectus@needhamco.com"},
       {}},
      {"Contact: Jude McCartin and Maria Najera, 202/224-5521.",
       "US",
       "",
       "Jude McCartin",
       {"+12022245521"},
       {},
       {}},
      {"Media Contact: Jane Roe\nPhone: \nEmail: jane@example.org",
       "US",
       "",
       "Jane Roe",
       {},
       {"jane@example.org"},
       {"contact.phone_missing"}},
      {"Phone: +1 416 543 7951\n+1-416-543-7951", "US", "", "", {"+14165437951"}, {}, {}},
      {"MEDIA CONTACT:\nJohn Smith\nAcme Corp.\n+44 (0)20 7946 0958\njohn.smith@acme.co.uk", "GB", "",
       "John Smith", {"+442079460958"}, {"john.smith@acme.co.uk"}, {}},
      // corpus: wire-newsdirect/20240325-agc-biologics-strengthens-executive-leadership-with-appointm.txt
      {"Contact DetailsAGC Biologics\n\nNick McDonald\n\n+1 425-419-3555\n\nnmcdonald@agcbio.com", "", "",
       "Nick McDonald", {"+14254193555"}, {"nmcdonald@agcbio.com"}, {}},
      {"Media enquiries: Louise Ahern (02) 6277 3800\n[Home Page]   [Minister]   [Department]",
       "AU",
       "",
       "Louise Ahern",
       {"+61262773800"},
       {},
       {}},
      // An organisation's name on a line of its own is no person.
      {"CONTACT\n\nEuropean Central Bank\n\nmedia@ecb.europa.eu", "DE", "", "", {}, {"media@ecb.europa.eu"}, {}},
      {"Media Contact: Splash Beverage Group\nPhone: 954-745-5815", "US", "", "", {"+19547455815"}, {}, {}},
      {"Media Contact: Joanne Gore Joanne Gore Communications pr@joannegorecommunications.com",
       "US",
       "Joanne Gore Communications",
       "Joanne Gore",
       {},
       {"pr@joannegorecommunications.com"},
       {}},
  };
  for (const BlockCase& c : cases) {
    const std::string text = std::string("x\n") + c.block;
    std::vector<Warning> warnings;
    const Contact contact = ParseContact(text, {2, text.size()}, c.region, &warnings);
    EXPECT_EQ(contact.department, c.department) << c.block;
    EXPECT_EQ(contact.person, c.person) << c.block;
    std::vector<std::string> phones, emails, codes;
    for (const Phone& p : contact.phones) phones.push_back(p.e164);
    for (const Email& e : contact.emails) emails.push_back(e.text);
    for (const Warning& w : warnings) codes.push_back(w.code);
    EXPECT_EQ(phones, c.phones) << c.block;
    EXPECT_EQ(emails, c.emails) << c.block;
    EXPECT_EQ(codes, c.warnings) << c.block;
    EXPECT_EQ(contact.span.start, 2u);
  }
}

TEST(ParseContactTest, MissingEmailWarningSpansTheLabel) {
  const std::string text = "(Phone: +82-44-202-4033, E-mail: of the Ministry";
  std::vector<Warning> warnings;
  ParseContact(text, {0, text.size()}, "KR", &warnings);
  ASSERT_EQ(warnings.size(), 1u);
  ASSERT_TRUE(warnings[0].span.has_value());
  EXPECT_EQ(text.substr(warnings[0].span->start, warnings[0].span->end - warnings[0].span->start), "E-mail:");
}

TEST(FindInlineContactTest, RunningText) {
  const std::string text =
      "For inquiries, contact Scenesafe Trauma Scene Remediation at Halifax@scenesafe.ca. Please visit "
      "the website or give them a call at (561) 440-1470 to book.";
  const std::optional<Contact> c = FindInlineContact(text, {0, text.size()}, "US");
  ASSERT_TRUE(c.has_value());
  ASSERT_EQ(c->emails.size(), 1u);
  EXPECT_EQ(c->emails[0].text, "Halifax@scenesafe.ca");
  ASSERT_EQ(c->phones.size(), 1u);
  EXPECT_EQ(c->phones[0].e164, "+15614401470");
  EXPECT_EQ(c->span.start, text.find("Halifax"));
  EXPECT_EQ(c->span.end, text.find(" to book"));
  const std::string plain = "Revenue rose 30% to EUR 9.2 million in 2025.";
  EXPECT_FALSE(FindInlineContact(plain, {0, plain.size()}, "DE").has_value());
}

}  // namespace
}  // namespace prextract::internal
