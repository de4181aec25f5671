#include "segment/body.h"

#include <algorithm>

#include "lexicon/lexicon.h"
#include "segment/furniture.h"
#include "segment/line_rules.h"
#include "segment/stripped_rules.h"
#include "segment/text_scan.h"
#include "segment/trigram_filter.h"

namespace prextract::internal {
namespace {

// Lines of a contact block are short: names, titles, numbers, addresses.
constexpr std::size_t kContactLineWords = 10;
// Lengths of hard-wrapped lines.
constexpr std::size_t kWrapMin = 60;
constexpr std::size_t kWrapMax = 300;

class BodyReader {
 public:
  BodyReader(std::string_view text, std::string_view lowered, const std::vector<Piece>& pieces, bool plain)
      : text_(text), lowered_(lowered), pieces_(pieces), plain_(plain) {
    // The furniture rules' LowerLine of every line views one lowered text: a copy per line
    // cost an allocation each.
    if (!plain_ && lowered_.size() != text_.size()) {
      AsciiLowerInto(text_, &own_lowered_);
      lowered_ = own_lowered_;
    }
  }

  Body Read(const Header& header) {
    if (header.body_after_place) lead_piece_ = header.body_piece;
    // About a label a piece: grown one push at a time, the list was reallocated and copied
    // some five times a release.
    if (header.body_piece < pieces_.size()) body_.labels.reserve(pieces_.size() - header.body_piece);
    for (std::size_t i = header.body_piece; i < pieces_.size(); ++i) {
      Span s = pieces_[i].span;
      if (i == header.body_piece) s = TrimBlanks(text_, Span{header.body_from, s.end});
      if (!s.empty()) Step(s, i);
    }
    return std::move(body_);
  }

 private:
  void Add(Span s, SegmentKind kind, bool new_paragraph = false) {
    s = TrimBlanks(text_, s);
    if (s.empty()) return;
    body_.labels.push_back(Label{s, kind, new_paragraph});
    if (kind == SegmentKind::kHeading) body_.furniture_lines.push_back(s);
  }

  void CloseContact() { in_contact_ = false; }

  void AddContact(Span s) {
    if (in_contact_ && !body_.contact_blocks.empty()) {
      body_.contact_blocks.back().end = s.end;
    } else {
      body_.contact_blocks.push_back(s);
    }
    in_contact_ = true;
    Add(s, SegmentKind::kContact);
    body_.furniture_lines.push_back(s);
  }

  bool LastIsBody() const { return !body_.labels.empty() && body_.labels.back().kind == SegmentKind::kBody; }

  // The last piece read as a heading ("U S  Senator") opens a paragraph after all.
  void HeadingToParagraph() {
    Label& last = body_.labels.back();
    if (!body_.furniture_lines.empty() && body_.furniture_lines.back() == last.span) body_.furniture_lines.pop_back();
    last.kind = SegmentKind::kBody;
    last.new_paragraph = true;
  }

  void Step(Span s, std::size_t i);
  bool StepFurniture(Span s, std::string_view v, std::size_t i);
  void StepText(Span s, std::string_view v, std::size_t i);
  bool JoinsPieceBefore(Span s, std::string_view v, std::size_t i);

  std::string_view text_;
  std::string_view lowered_;   // text_ ASCII-lower-cased (unless plain_): the caller's or own_lowered_
  std::string own_lowered_;
  // Every line's filter, Reset per line: a fresh one cleared 4 KB for each line.
  TrigramFilter line_filter_{std::string_view()};
  const std::vector<Piece>& pieces_;
  bool plain_;
  Body body_;
  bool tail_ = false;        // after "About X", a disclaimer or an end mark
  bool in_contact_ = false;
  std::size_t last_piece_ = 0;
  std::size_t lead_piece_ = static_cast<std::size_t>(-1);   // Header::body_after_place
};

void BodyReader::Step(Span s, std::size_t i) {
  const std::string_view v = View(text_, s);
  if (plain_ || !StepFurniture(s, v, i)) StepText(s, v, i);
  last_piece_ = i;
}

// Rules that hold anywhere in the body, in order: end mark, licence, attachment,
// contact opener, "About X", boilerplate, contact continuation, note.
bool BodyReader::StepFurniture(Span s, std::string_view v, std::size_t i) {
  if (IsEndMark(v)) {
    tail_ = true;
    CloseContact();
    Add(s, SegmentKind::kBoilerplate);
    return true;
  }
  const LowerLine lower(v, View(lowered_, s), &line_filter_);
  if (std::optional<Licence> lic = DetectLicence(text_, s, lower)) {
    if (!body_.licence || LicenceRank(lic->id) > LicenceRank(body_.licence->id)) body_.licence = *lic;
    body_.licence_lines.push_back(s);
    CloseContact();
    Add(s, SegmentKind::kLicence);
    return true;
  }
  if (std::optional<Attachment> att = DetectAttachment(text_, s, lower)) {
    body_.attachments.push_back(*att);
    CloseContact();
    Add(s, SegmentKind::kAttachment);
    return true;
  }
  if (IsAttachmentHeading(v)) {
    CloseContact();
    Add(s, SegmentKind::kAttachment);
    return true;
  }
  if (LooksLikeContact(v)) {
    AddContact(s);
    return true;
  }
  // AboutName reads only lines opening with "About ": asked here, the others (nearly every
  // line) skip building and freeing its empty answer.
  if (std::string about = v.starts_with("About ") ? AboutName(v) : std::string(); !about.empty()) {
    body_.about_names.push_back(std::move(about));
    tail_ = true;
    CloseContact();
    Add(s, SegmentKind::kBoilerplate);
    return true;
  }
  const std::string_view kind = BoilerplateKind(v, lower);
  if (!kind.empty() || IsPointerLine(v, lower) || IsMarkdownImage(v) || IsImageCaption(v, lower) ||
      IsForeignScript(v, lower)) {
    if (kind == "disclaimer") tail_ = true;
    CloseContact();
    Add(s, SegmentKind::kBoilerplate);
    return true;
  }
  if (in_contact_ && pieces_[i].blanks_before <= 2 && WordCount(v, kContactLineWords) <= kContactLineWords) {
    AddContact(s);
    return true;
  }
  CloseContact();
  if (IsNoteLine(v)) {
    Add(s, SegmentKind::kNote);
    return true;
  }
  if (tail_) {
    Add(s, SegmentKind::kBoilerplate);
    return true;
  }
  return false;
}

// Whether piece i goes on with the paragraph of the piece before it on its line, which a
// page's stripped punctuation split mid-sentence; a piece before it that read as a heading
// ("U S  Senator") then opens that paragraph.
bool BodyReader::JoinsPieceBefore(Span s, std::string_view v, std::size_t i) {
  if (body_.labels.empty() || last_piece_ + 1 != i || pieces_[i].line_start) return false;
  const std::string_view above = View(text_, body_.labels.back().span);
  // '"...," Frist said. "..."': the speaker, split from the quotation at the gap its closing
  // quote left, ends the quotation's paragraph.
  if (LastIsBody() && IsSpeakerAttribution(v)) {
    body_.speaker_joins.push_back(s.start);
    return true;
  }
  // "... a boat access facility to the" before the gap of a quotation mark or a bracket.
  if (LastIsBody() && EndsUnfinished(above)) return true;
  // "U S  Senator Jane Roe  R Colorado  said": a name goes on after its party tag's stripped
  // brackets, as does "U S" after its stripped periods ("U S" | "Senator Jane Roe ...").
  if (!OpensWithPartyTag(v) && !IsInitials(above)) return false;
  if (body_.labels.back().kind == SegmentKind::kHeading) HeadingToParagraph();
  return LastIsBody();
}

// Running text: a continued paragraph, a heading, navigation or a new paragraph.
void BodyReader::StepText(Span s, std::string_view v, std::size_t i) {
  if (LastIsBody() && ContinuesParagraph(View(text_, body_.labels.back().span), pieces_[last_piece_], v, pieces_[i])) {
    Add(s, SegmentKind::kBody);
    return;
  }
  if (JoinsPieceBefore(s, v, i)) {
    Add(s, SegmentKind::kBody);
    return;
  }
  if (plain_) {
    Add(s, SegmentKind::kBody, true);
    return;
  }
  if (HoldsAtLeast(v, '|', 3) || HoldsAtLeast(v, '[', 3)) {
    Add(s, SegmentKind::kNavigation);   // "[Top][ | About us][ | Search]"
    return;
  }
  if (v.front() == '[') {   // "[Market Availability] The Unow device will ..."
    const std::size_t close = v.find(']');
    if (close != std::string_view::npos && close < 100 && close + 1 < v.size() && !IsEndMark(v)) {
      Add(Span{s.start, s.start + close + 1}, SegmentKind::kHeading);
      Add(Span{s.start + close + 1, s.end}, SegmentKind::kBody, true);
      return;
    }
  }
  if (i != lead_piece_ && (v.front() == '#' || IsHeadingLine(v))) {
    Add(s, SegmentKind::kHeading);
  } else if (IsNavigation(v)) {
    Add(s, SegmentKind::kNavigation);
  } else {
    Add(s, SegmentKind::kBody, true);
  }
}

}  // namespace

bool ContinuesParagraph(std::string_view above, const Piece& above_piece, std::string_view line,
                        const Piece& piece) {
  if (!above_piece.line_end || !piece.line_start || above.empty() || line.empty()) return false;
  if (ListMarkerLength(line) > 0 || EndsSentence(above)) return false;
  const char last = above.back();
  if (last == ':' || last == ';') return false;
  if (IsLower(line[0]) && piece.blanks_before <= 2) return true;
  // Wrapped lines are of a typesetting width; a 400-byte line ended its paragraph.
  if (above_piece.line_bytes < kWrapMin || above_piece.line_bytes > kWrapMax) return false;
  const char first = line[0];
  if (!IsAlpha(first) && first != '(' && first != '"' && static_cast<unsigned char>(first) < 0x80) return false;
  if (piece.blanks_before == 0) return true;
  if (piece.blanks_before > 2) return false;
  // Across a blank line a capital only continues a block that is already running text
  // (it holds a sentence end or ends in a comma) or a list item; a lone headline does not.
  if (!IsLower(first) && last != ',' && above.find(". ") == std::string_view::npos && ListMarkerLength(above) == 0) {
    return false;
  }
  return IsAlnum(last) || last == ',' || last == '-' || static_cast<unsigned char>(last) >= 0x80;
}

Body ReadBody(std::string_view text, std::string_view lowered, const std::vector<Piece>& pieces,
              const Header& header, bool plain) {
  return BodyReader(text, lowered, pieces, plain).Read(header);
}

}  // namespace prextract::internal
