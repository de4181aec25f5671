// Licence and attachment notices (src/segment/licence.cc, attachments.cc). Rows marked
// "corpus" are lines of /work/shared/corpus/dev or extra releases.
#include "segment/furniture.h"

#include <gtest/gtest.h>

#include <string>

namespace prextract::internal {
namespace {

struct LicenceCase {
  const char* text;
  const char* id;      // "" when no notice
  const char* notice;  // the text the span should cover ("" = whole input)
};

TEST(DetectLicenceTest, Ids) {
  const LicenceCase cases[] = {
      // corpus: msit/msit-2023-05-25-germany.txt
      {"KOGL Korea Open Government License, BY Type 1 : Source Indication The works of the Ministry of "
       "Science and ICT can be used under the terms of \"KOGL Type 1\".",
       "KOGL-1", ""},
      {"Korea Open Government License Type 3: Source Indication + Change Prohibition", "KOGL-3", ""},
      {"KOGL: Source Indication + Commercial Use Prohibition + Change Prohibition", "KOGL-4", ""},
      {"This work is licensed under a Creative Commons Attribution 4.0 International License.", "CC-BY-4.0",
       ""},
      {"Licensed under CC BY-SA 4.0.", "CC-BY-SA-4.0", ""},
      {"Text available under Creative Commons Attribution-NonCommercial-NoDerivs 3.0", "CC-BY-NC-ND-3.0", ""},
      {"Creative Commons Attribution 2.5 Australia", "CC-BY-2.5", ""},
      {"Dedicated to the public domain under CC0 1.0 Universal.", "CC0-1.0", ""},
      // corpus: footers/au-greens-brown-higgins-20091023.txt
      {"Site Map | Contact Us | Privacy | Disclaimer & Licence | RSS Feeds and Podcasts | Unsubscribe  This "
       "website's content is licensed under a Creative Commons License. Some  rights reserved.  Authorised "
       "by B. Brown",
       "CC", "This website's content is licensed under a Creative Commons License."},
      {"All content is available under the Open Government Licence v3.0, except where otherwise stated",
       "OGL-UK-3.0", ""},
      {"Published under the Open Government Licence.", "OGL-UK-3.0", ""},
      {"This is a U.S. government work and is not subject to copyright in the United States.", "US-PD", ""},
      // corpus: extra/footers/ecb-pr-mp250911.txt
      {"Reproduction is permitted provided that the source is acknowledged.", "attribution", ""},
      {"Material may be reproduced provided the source is acknowledged.", "attribution", ""},
      // corpus: footers/*
      {"\xC2\xA9 Commonwealth of Australia 2005", "proprietary", ""},
      {"[Accessibility][ | Disclaimer][ | Privacy][ | \xC2\xA9 Commonwealth of Australia 2005]",
       "proprietary", "\xC2\xA9 Commonwealth of Australia 2005"},
      {"Copyright 2023 Lionheart Health, Inc. All Rights Reserved ", "proprietary", ""},
      {"All rights reserved. Kontron is a trademark or registered trademark of Kontron Europe GmbH.",
       "proprietary", "All rights reserved."},
      {"\xC2\xA9 2021 Business Wire, Inc. ", "proprietary", ""},
      {"\xC2\xA9"
       "2025 All Rights Reserved.",
       "proprietary", ""},
      {"Crown copyright", "proprietary", ""},
      {"(c) 2019 Example Ltd", "proprietary", ""},
      {"The lawsuit alleges copyright infringement by the platform.", "", ""},
      {"See sections (a), (b) and (c) of the act.", "", ""},
      {"The company holds over 500 patent claims and copyrights.", "", ""},
      {"Culturelle\xC2\xAE is a trademark of the dsm-firmenich group.", "", ""},
      {"Some rights reserved.", "", ""},
      {"The Commonwealth Copyright Act was amended in 2006.", "", ""},
      {"Copyright \xC2\xA9 2024 Acme Inc. All rights reserved.", "proprietary", ""},
      {"The sanctions regime is a matter of public record.", "", ""},
      {"The technology is in the public domain and free to use.", "", ""},
  };
  for (const LicenceCase& c : cases) {
    const std::string text = c.text;
    const std::optional<Licence> l = DetectLicence(text, {0, text.size()});
    if (std::string(c.id).empty()) {
      EXPECT_FALSE(l.has_value()) << c.text << " -> " << (l ? l->id : "");
      continue;
    }
    ASSERT_TRUE(l.has_value()) << c.text;
    EXPECT_EQ(l->id, c.id) << c.text;
    EXPECT_FALSE(l->name.empty()) << c.text;
    std::string want = c.notice;
    if (want.empty()) {
      want = text;
      while (!want.empty() && want.back() == ' ') want.pop_back();
    }
    EXPECT_EQ(text.substr(l->span.start, l->span.end - l->span.start), want) << c.text;
  }
}

TEST(DetectLicenceTest, Names) {
  const std::string kogl = "KOGL Type 1 : Source Indication";
  EXPECT_EQ(DetectLicence(kogl, {0, kogl.size()})->name,
            "Korea Open Government License Type 1 (Source Indication)");
  const std::string cc = "CC BY-SA 4.0";
  EXPECT_EQ(DetectLicence(cc, {0, cc.size()})->name,
            "Creative Commons Attribution-ShareAlike 4.0 International");
}

TEST(DetectLicenceTest, SpanIsInsideTheGivenSpan) {
  const std::string text = "Body text.\n\n\xC2\xA9 2024 dsm-firmenich group,\n";
  const std::size_t start = text.find("\xC2\xA9");
  const std::optional<Licence> l = DetectLicence(text, {start, text.size()});
  ASSERT_TRUE(l.has_value());
  EXPECT_EQ(l->span.start, start);
  EXPECT_EQ(l->span.end, text.size() - 1);
}

TEST(LicenceRankTest, Order) {
  EXPECT_GT(LicenceRank("KOGL-1"), LicenceRank("CC"));
  EXPECT_GT(LicenceRank("CC"), LicenceRank("US-PD"));
  EXPECT_GT(LicenceRank("US-PD"), LicenceRank("attribution"));
  EXPECT_GT(LicenceRank("attribution"), LicenceRank("proprietary"));
  EXPECT_GT(LicenceRank("proprietary"), LicenceRank(""));
}

struct AttachmentCase {
  const char* text;
  bool notice;
  const char* format;
  const char* covered;  // "" = the whole (trimmed) input
};

TEST(DetectAttachmentTest, Notices) {
  const AttachmentCase cases[] = {
      {"Please refer to the attached PDF.", true, "pdf", ""},
      {"Attachment: plan.hwp", true, "hwp", ""},
      {"[Attachments] 1. 2024 budget.hwpx", true, "hwpx", ""},
      {"Download the full report (PDF)", true, "pdf", ""},
      {"Attached file: results.xlsx", true, "xlsx", ""},
      {"[Attachment] 1. Press release.hwp 2. Photo.jpg", true, "hwp", ""},
      {"Attached: 2025 work plan.pdf", true, "pdf", ""},
      {"See attached: photos.zip", true, "zip", ""},
      // corpus: us-doj/doj-opa-release-00099.txt
      {"[applicatio] Download barclays_settlement_agreement_fully_executed_w_annex_and_appx_3.29.18", true,
       "", ""},
      {"[application/pdf] Download PSP Backgrounder", true, "pdf", ""},
      // corpus: footers/au-campbell-sharing-stories-20050705.txt
      {"A selection of Sharing Australia's Stories projects in each State is attached. For more "
       "information,  including a complete list, http://www.deh.gov.au/heritage/",
       true, "", "A selection of Sharing Australia's Stories projects in each State is attached."},
      // corpus: footers/nd-culturelle-rewild-20240605.txt
      {"A video accompanying this announcement is available at: https://youtu.be/JT_Nv2wpwrU", true, "", ""},
      {"The draft is attached below.", true, "", ""},
      {"Photos of the event are available for download at https://example.org/media.", true, "", ""},
      {"Download the app today!", false, "", ""},
      {"Download the free app from the App Store and register before the deadline to receive the offer.",
       false, "", ""},
      {"Download Fact Sheet", true, "", ""},
      {"Korea attached great importance to the talks.", false, "", ""},
      {"The conditions attached to the loan were eased.", false, "", ""},
      {"The full article is available through JABE's current issue: https://acrobat.adobe.com/id/x", false,
       "", ""},
      {"View original content with multimedia: http://www.prnewswire.com/news-releases/x.html", false, "",
       ""},
      {"High-resolution images and b-roll footage available upon request.", false, "", ""},
      {"To enroll in One Key, download Expedia, Hotels.com and Vrbo mobile apps for free.", false, "", ""},
      {"Attachment(s):", false, "", ""},
      // A media word needs both a link and an availability phrase in its line.
      {"The presentation is available at the meeting.", false, "", ""},
      {"See the photo here: https://example.org/p.jpg", false, "", ""},
      {"The slides can be viewed at https://example.org/deck after the call.", true, "", ""},
  };
  for (const AttachmentCase& c : cases) {
    const std::string text = c.text;
    const std::optional<Attachment> a = DetectAttachment(text, {0, text.size()});
    EXPECT_EQ(a.has_value(), c.notice) << c.text;
    if (!a || !c.notice) continue;
    EXPECT_EQ(a->format, c.format) << c.text;
    const std::string want = std::string(c.covered).empty() ? text : c.covered;
    EXPECT_EQ(a->text, want) << c.text;
    EXPECT_EQ(text.substr(a->span.start, a->span.end - a->span.start), a->text);
  }
}

struct HeadingCase {
  const char* line;
  bool heading;
};

TEST(IsAttachmentHeadingTest, Lines) {
  const HeadingCase cases[] = {
      {"Attachment(s): ", true},       {"[Attachments]", true},
      {"Attached files", true},        {"Downloads", true},
      {"Attachment: plan.hwp", false}, {"Please refer to the attached PDF.", false},
      {"Attachments and body", false},
      // The longest heading, padded and bracketed, still is one; a longer line never.
      {"  [Related Documents]:  ", true}, {"Related documents list", false},
      {"Related documents\t\t\t\t\t", true}, {"[Related documents list]", false},
  };
  for (const HeadingCase& c : cases) {
    EXPECT_EQ(IsAttachmentHeading(c.line), c.heading) << c.line;
  }
}

}  // namespace
}  // namespace prextract::internal
