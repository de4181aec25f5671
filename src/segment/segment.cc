// Stage "segment": pieces -> header -> body -> segments, paragraphs and publisher.
#include "segment/segment.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "segment/body.h"
#include "segment/date_scan.h"
#include "segment/furniture.h"
#include "segment/header.h"
#include "segment/line_rules.h"
#include "segment/pieces.h"
#include "segment/publisher.h"
#include "segment/text_scan.h"
#include "text/char_refs.h"

namespace prextract::internal {
namespace {

// Body labels become one segment per paragraph; other neighbours of one kind merge.
void Assemble(const std::vector<Label>& labels, Layout* layout) {
  for (const Label& l : labels) {
    if (l.kind == SegmentKind::kBody) {
      if (l.new_paragraph || layout->paragraphs.empty() || layout->segments.empty() ||
          layout->segments.back().kind != SegmentKind::kBody) {
        layout->paragraphs.push_back(Paragraph{l.span});
        layout->segments.push_back(Segment{SegmentKind::kBody, l.span});
      } else {
        layout->paragraphs.back().span.end = l.span.end;
        layout->segments.back().span.end = l.span.end;
      }
      continue;
    }
    if (!layout->segments.empty() && layout->segments.back().kind == l.kind) {
      layout->segments.back().span.end = l.span.end;
    } else {
      layout->segments.push_back(Segment{l.kind, l.span});
    }
  }
}

// `dateline_bytes`: DatelineLength of the first paragraph (0 when there is none). The
// header's and body's clues are moved in, not copied: SegmentText reads them no more.
PublisherClues CollectClues(std::string_view text, Header* h, Body* b, const Layout& layout,
                            std::size_t dateline_bytes) {
  PublisherClues c;
  c.text = text;
  c.title = layout.title;
  c.organisation = std::move(h->organisation);
  c.bylines = std::move(h->bylines);
  c.licence_lines = std::move(b->licence_lines);
  c.furniture_lines = std::move(b->furniture_lines);
  c.about_names = std::move(b->about_names);
  for (std::size_t k = 0; k < layout.paragraphs.size() && k < 2; ++k) c.lead_paragraphs.push_back(layout.paragraphs[k].span);
  for (const Segment& s : layout.segments) {
    if (s.kind == SegmentKind::kSubtitle) c.subtitles.push_back(s.span);
  }
  if (!c.lead_paragraphs.empty()) c.dateline_bytes = dateline_bytes;
  return c;
}

std::size_t FirstDatelineLength(std::string_view text, const Layout& layout) {
  return layout.paragraphs.empty() ? 0 : DatelineLength(View(text, layout.paragraphs.front().span));
}

// "Wednesday  August 22  2007  U S  Senator Jim Bunning today announced ...": a full date
// (after its weekday at most) opening the first paragraph dates the release even when
// stripped punctuation left no separator to make a dateline of it. Its end, or 0.
std::size_t LeadingDateEnd(std::string_view paragraph) {
  constexpr std::size_t kReach = 60;
  const std::string_view head = paragraph.substr(0, kReach);
  const std::optional<Span> date = FindFullDate(head);
  if (!date) return 0;
  const std::string_view before = TrimView(head.substr(0, date->start));
  if (before.empty()) return date->end;
  std::string_view weekday = before;
  if (weekday.back() == ',') weekday.remove_suffix(1);
  return IsWeekdayName(weekday) ? date->end : 0;
}

bool StartsWithToday(std::string_view line) {
  const std::string_view v = TrimView(line);
  return v.size() > 6 && StartsWithNoCase(v, "today:");
}

// "NEW YORK, NY, June 28, 2024 /24-7PressRelease/ -- Crypto and TradFi": a dateline that a
// subheading follows on its line opens a heading before the first paragraph. Its span, or none.
std::optional<Span> DatelineOfHeading(std::string_view text, const Layout& layout) {
  const std::size_t body_start = layout.paragraphs.empty() ? text.size() : layout.paragraphs.front().span.start;
  for (const Segment& s : layout.segments) {
    if (s.span.start >= body_start) break;
    if (s.kind != SegmentKind::kHeading) continue;
    const std::size_t n = DatelineLength(View(text, s.span));
    if (n > 0) return Span{s.span.start, s.span.start + n};
  }
  return std::nullopt;
}

// "United States Senator · John Thune · July 31  2008 · Press Releases · <title> · September
// 22nd  2005": a date line above the title with the site's navigation between them is the
// day the page was served, when a date line below the title dates the release.
bool IsBannerDate(const Layout& layout, Span date, Span title) {
  if (date.start >= title.start) return false;
  const bool nav_between = std::any_of(layout.segments.begin(), layout.segments.end(), [&](const Segment& s) {
    return s.kind == SegmentKind::kNavigation && s.span.start >= date.end && s.span.start < title.start;
  });
  return nav_between && std::any_of(layout.date_lines.begin(), layout.date_lines.end(),
                                    [&](const Span& d) { return d.start >= title.end; });
}

void DropBannerDates(Layout* layout) {
  const auto title = std::find_if(layout->segments.begin(), layout->segments.end(),
                                  [](const Segment& s) { return s.kind == SegmentKind::kTitle; });
  if (title == layout->segments.end()) return;
  const Span t = title->span;
  std::erase_if(layout->date_lines, [&](const Span& d) { return IsBannerDate(*layout, d, t); });
}

// "Food and beverage entrepreneurs can now protect ... / PLEASANT GROVE, UTAH - September 15,
// 2025 (NEWMEDIAWIRE) - ...": a summary the wire set above its dateline reads as the first
// paragraph, and the second opens with the dateline. Its span, or none.
std::optional<Span> DatelineAfterSummary(std::string_view text, const Layout& layout) {
  if (layout.paragraphs.size() < 2) return std::nullopt;
  const Span second = layout.paragraphs[1].span;
  const std::size_t n = DatelineLength(View(text, second));
  if (n == 0) return std::nullopt;
  return Span{second.start, second.start + n};
}

void AddDateLines(std::string_view text, Header* h, std::size_t dateline_bytes, Layout* layout) {
  layout->date_lines = std::move(h->date_lines);
  DropBannerDates(layout);
  if (layout->paragraphs.empty()) return;
  const Span first = layout->paragraphs.front().span;
  // The header reader reads on past where the body turns out to start: a line it took for a
  // subtitle there ("The latest moratorium will expire on January 1  2006") may be a later
  // paragraph, and its date no date of the release.
  // "Today: July 24, 2008" is the day a site's page was served, which says nothing of when
  // the release came out.
  std::erase_if(layout->date_lines, [&](const Span& d) {
    return StartsWithToday(View(text, d)) ||
           std::any_of(layout->paragraphs.begin() + 1, layout->paragraphs.end(),
                       [&](const Paragraph& p) { return p.span.start <= d.start && d.start < p.span.end; });
  });
  const std::size_t opening = std::max(dateline_bytes, LeadingDateEnd(View(text, first)));
  if (opening > 0) {
    layout->date_lines.push_back(Span{first.start, first.start + opening});
  } else if (const std::optional<Span> d = DatelineOfHeading(text, *layout)) {
    layout->date_lines.push_back(*d);
  } else if (const std::optional<Span> second = DatelineAfterSummary(text, *layout)) {
    layout->date_lines.push_back(*second);
  }
}

void AddContacts(std::string_view text, const Body& b, Layout* layout) {
  const std::string region = layout->publisher ? layout->publisher->country : std::string();
  for (const Span& block : b.contact_blocks) {
    layout->contacts.push_back(ParseContact(text, block, region, &layout->warnings));
  }
  // Phones and e-mails in running text and notes count too.
  for (const Segment& s : layout->segments) {
    if (s.kind != SegmentKind::kBody && s.kind != SegmentKind::kNote && s.kind != SegmentKind::kBoilerplate) continue;
    if (std::optional<Contact> c = FindInlineContact(text, s.span, region)) {
      layout->contacts.push_back(std::move(*c));
    }
  }
}

}  // namespace

Layout SegmentText(std::string_view text, const SegmentOptions& options) {
  Layout layout;
  const std::vector<Piece> pieces = SplitPieces(text);
  Header header;
  if (!options.body_only) header = ReadHeader(text, pieces);
  Body body = ReadBody(text, options.lowered, pieces, header, options.body_only);
  // The header's labels, then the body's: one list assembled in two runs, not copied into one.
  // A label opens one segment and one paragraph at most: room for them up front, not grown.
  layout.segments.reserve(header.labels.size() + body.labels.size());
  layout.paragraphs.reserve(body.labels.size());
  Assemble(header.labels, &layout);
  Assemble(body.labels, &layout);
  layout.speaker_joins = std::move(body.speaker_joins);
  if (options.body_only) return layout;
  // The headline as shown: "Tables &amp; Decor" is scraped markup for "Tables & Decor".
  if (!header.title.empty()) {
    layout.title = DecodeCharRefs(CollapseSpaces(View(text, header.title)));
  }
  layout.breadcrumbs = std::move(header.breadcrumbs);
  const std::size_t dateline_bytes = FirstDatelineLength(text, layout);
  AddDateLines(text, &header, dateline_bytes, &layout);
  layout.attachments = std::move(body.attachments);
  layout.licence = std::move(body.licence);
  layout.publisher = FindPublisher(CollectClues(text, &header, &body, layout, dateline_bytes));
  AddContacts(text, body, &layout);
  return layout;
}

}  // namespace prextract::internal
