// The annotated HTML view: escaping, well-formed nesting of crossing spans, code-point
// offsets over non-ASCII text, and the empty and failed releases.
#include "prextract/html.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "emit/html_nest.h"
#include "prextract/extract.h"

namespace prextract {
namespace {

// Byte span of the first `needle` in `text`.
Span Find(const std::string& text, const std::string& needle) {
  const std::size_t at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return Span{at, at + needle.size()};
}

std::string Unescape(std::string s) {
  const std::vector<std::pair<std::string, std::string>> entities = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&#13;", "\r"}, {"&amp;", "&"}};
  for (const auto& [from, to] : entities) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
      s.replace(at, from.size(), to);
    }
  }
  return s;
}

// Tags open and close in order (<mark>/<div> only: the page's own tags are not nested wrong).
bool MarksBalanced(const std::string& html) {
  std::vector<std::string> open;
  for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    for (const std::string name : {"mark", "div"}) {
      if (html.compare(at + 1, name.size(), name) == 0) open.push_back(name);
      if (html.compare(at + 1, name.size() + 1, "/" + name) == 0) {
        if (open.empty() || open.back() != name) return false;
        open.pop_back();
      }
    }
  }
  return open.empty();
}

// The text content of the element whose opening tag holds `attribute` (e.g. id="d1").
std::string ElementText(const std::string& html, const std::string& attribute) {
  std::size_t at = html.find(attribute);
  if (at == std::string::npos) return "<missing " + attribute + ">";
  at = html.find('>', at) + 1;
  std::string text;
  int depth = 1;
  while (depth > 0 && at < html.size()) {
    if (html[at] != '<') {
      text += html[at++];
      continue;
    }
    depth += html[at + 1] == '/' ? -1 : 1;
    at = html.find('>', at) + 1;
  }
  return Unescape(text);
}

// The texts of all pieces whose opening tag holds `attribute`, joined in document order.
std::string PiecesText(const std::string& html, const std::string& attribute) {
  std::string text;
  for (std::size_t at = html.find(attribute); at != std::string::npos; at = html.find(attribute, at + 1)) {
    text += ElementText(html.substr(at), attribute);
  }
  return text;
}

Release OneBodyRelease(const std::string& text) {
  Release r;
  r.source.path = "test.txt";
  r.text = text;
  r.segments.push_back(Segment{SegmentKind::kBody, Span{0, text.size()}});
  return r;
}

TEST(HtmlTest, EscapesTextAndAttributes) {
  Release r = OneBodyRelease("<script>alert(1)</script> & \"quotes\" 'single'");
  Participant p;
  p.id = "o1";
  p.kind = ParticipantKind::kOrganization;
  p.name = "<script>x</script>\"><img src=x>";
  p.mentions.push_back(Find(r.text, "<script>alert(1)</script>"));
  r.participants.push_back(p);
  r.document.title = "<b>Title</b>";
  const std::string html = ToHtml(r);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;</mark> &amp; &quot;quotes&quot; &#39;single&#39;"),
            std::string::npos);
  EXPECT_EQ(ElementText(html, "id=\"o1-1\""), "<script>alert(1)</script>");
  EXPECT_TRUE(MarksBalanced(html));
}

TEST(HtmlTest, ExtractedScriptInputRendersAsText) {
  const std::string input = "Title <script>alert(1)</script>\n\nOn May 25, 2023, Korea met Germany.\n";
  const std::string html = ToHtml(Extract(input, Options{}));
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_TRUE(MarksBalanced(html));
}

TEST(HtmlTest, CrossingSpansNestAndAtomsStayWhole) {
  const std::string text = "On May 25 the vice minister Joo Young-chang met them. Later on.";
  Release r = OneBodyRelease(text);
  r.dates.push_back(DateMention{Find(text, "May 25"), "2023-05-25", DateType::kDate, 0});
  Event e;
  e.id = "e1";
  e.type = "meeting";
  e.evidence = Span{0, Find(text, "May").start + 2};   // ends inside "May 25"
  e.mentions.push_back(Find(text, "Joo Young-chang met them. Later"));
  r.events.push_back(e);
  Participant person;
  person.id = "p1";
  person.name = "Joo Young-chang";
  person.mentions = {Find(text, "vice minister Joo Young-chang")};
  Participant org;
  org.id = "o1";
  org.kind = ParticipantKind::kOrganization;
  org.name = "Young-chang met";   // crosses the person: the later one is cut
  org.mentions = {Find(text, "Young-chang met")};
  r.participants = {person, org};
  const std::string html = ToHtml(r);
  ASSERT_TRUE(MarksBalanced(html)) << html;
  EXPECT_EQ(ElementText(html, "id=\"d1\""), "May 25");
  EXPECT_EQ(ElementText(html, "id=\"p1-1\""), "vice minister Joo Young-chang");
  // The wide evidence yields to the date; the organisation, crossing an equal, is cut.
  EXPECT_EQ(ElementText(html, "id=\"e1\""), "On ");
  EXPECT_NE(html.find("data-id=\"e1\" data-role=\"evidence\" data-value=\"meeting\" data-start=\"0\" "
                      "data-end=\"5\" data-part=\"2/2\""),
            std::string::npos);
  EXPECT_EQ(ElementText(html, "id=\"o1-1\""), "Young-chang");
  EXPECT_NE(html.find("data-part=\"2/2\" title=\"organization o1"), std::string::npos);
  // The event mention starts inside the person: cut at its edge, then by the organisation.
  EXPECT_EQ(ElementText(html, "id=\"e1-1\""), "Joo ");
  EXPECT_EQ(PiecesText(html, "data-id=\"e1\" data-role=\"mention\""), "Joo Young-chang met them. Later");
  EXPECT_EQ(PiecesText(html, "data-id=\"o1\""), "Young-chang met");
  EXPECT_EQ(PiecesText(html, "data-id=\"e1\" data-role=\"evidence\""), "On Ma");
}

TEST(HtmlTest, NestPiecesCoverEachMarkExactly) {
  using internal::Mark;
  using internal::MarkLayer;
  const std::vector<Mark> marks = {
      {{0, 20}, MarkLayer::kSegment, "body", "", "", "", "", "s1"},
      {{20, 40}, MarkLayer::kSegment, "note", "", "", "", "", "s2"},
      {{15, 25}, MarkLayer::kAtom, "date", "d1", "", "", "", "d1"},      // crosses both segments
      {{2, 30}, MarkLayer::kWide, "event", "e1", "", "", "", "e1"},      // crosses segments
      {{5, 10}, MarkLayer::kAtom, "person", "p1", "", "", "", "p1-1"},   // inside the event
      {{0, 20}, MarkLayer::kWide, "contact", "k1", "", "", "", "k1"},    // same span as s1
  };
  std::vector<internal::MarkPiece> pieces;
  const std::vector<internal::Boundary> tags = internal::Nest(marks, &pieces);
  std::vector<std::size_t> covered(marks.size(), 0);
  std::vector<std::size_t> open;
  for (const internal::Boundary& b : tags) {
    const internal::MarkPiece& p = pieces[b.piece];
    if (b.open) {
      if (!open.empty()) {   // nested inside the enclosing piece, blocks never inside a span
        EXPECT_LE(pieces[open.back()].span.start, p.span.start);
        EXPECT_GE(pieces[open.back()].span.end, p.span.end);
        if (marks[p.mark].layer == MarkLayer::kSegment) {
          EXPECT_EQ(marks[pieces[open.back()].mark].layer, MarkLayer::kSegment);
        }
      }
      open.push_back(b.piece);
      covered[p.mark] += p.span.end - p.span.start;
    } else {
      ASSERT_FALSE(open.empty());
      ASSERT_EQ(open.back(), b.piece);
      open.pop_back();
    }
  }
  EXPECT_TRUE(open.empty());
  for (std::size_t i = 0; i < marks.size(); ++i) {
    EXPECT_EQ(covered[i], marks[i].span.end - marks[i].span.start) << marks[i].anchor;
  }
}

TEST(HtmlTest, NonAsciiOffsetsAreCodePoints) {
  const std::string text = "서울에서 Müller 🎉 met café owner 김민수 on 5월 25일.\r\nDone.";
  Release r = OneBodyRelease(text);
  Participant p;
  p.id = "p1";
  p.name = "김민수";
  p.mentions = {Find(text, "김민수"), Find(text, "Müller")};
  r.participants.push_back(p);
  r.dates.push_back(DateMention{Find(text, "5월 25일"), "XXXX-05-25", DateType::kDate, 0});
  const std::string html = ToHtml(r);
  EXPECT_EQ(ElementText(html, "id=\"p1-1\""), "김민수");
  EXPECT_EQ(ElementText(html, "id=\"p1-2\""), "Müller");
  EXPECT_EQ(ElementText(html, "id=\"d1\""), "5월 25일");
  // Code points: "서울에서 " is 5, "Müller 🎉 met café owner " 24 more (the emoji is one).
  EXPECT_NE(html.find("data-id=\"p1\" data-role=\"mention\" data-value=\"김민수\" data-start=\"29\" data-end=\"32\""),
            std::string::npos);
  EXPECT_NE(html.find("data-start=\"5\" data-end=\"11\""), std::string::npos);
  EXPECT_NE(html.find("data-start=\"36\" data-end=\"42\""), std::string::npos);
  EXPECT_NE(html.find(".&#13;\nDone."), std::string::npos);   // CR survives the HTML parser
}

TEST(HtmlTest, EmptyReleaseIsAWholePage) {
  const std::string html = ToHtml(Extract("", Options{}));
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("The input holds no text."), std::string::npos);
  EXPECT_NE(html.find("</html>\n"), std::string::npos);
  EXPECT_EQ(html.find("<mark"), std::string::npos);
  EXPECT_TRUE(MarksBalanced(html));
}

TEST(HtmlTest, FailedReleaseStatesTheError) {
  Release r;
  r.source.path = "<bad>.txt";
  r.error = Error{"io.not_found", "no such file or folder"};
  const std::string html = ToHtml(r);
  EXPECT_NE(html.find("source &lt;bad&gt;.txt · io.not_found: no such file or folder"), std::string::npos);
}

TEST(HtmlTest, NothingLoadsFromElsewhere) {
  const std::string html = ToHtml(Extract("See the photos on May 25, 2023.\n", Options{}));
  for (const std::string bad : {"src=", "href=\"http", "@import", "url(", "<link", "<script", "http:"}) {
    EXPECT_EQ(html.find(bad), std::string::npos) << bad;
  }
  EXPECT_NE(html.find("Content-Security-Policy"), std::string::npos);
}

}  // namespace
}  // namespace prextract
