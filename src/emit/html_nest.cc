#include "emit/html_nest.h"

#include <queue>

#include "emit/codepoints.h"
#include "emit/html_text.h"

namespace prextract::internal {
namespace {

// Who stays whole when two marks cross.
int Strength(MarkLayer layer) {
  switch (layer) {
    case MarkLayer::kSegment: return 3;
    case MarkLayer::kAtom: return 2;
    case MarkLayer::kWide: return 1;
  }
  return 0;
}

struct Pending {
  Span span;
  std::size_t mark;
  MarkLayer layer;
  std::size_t seq;
};

// Priority order of the queue: by start, segments first (blocks never sit inside a span),
// longer first, outer layers first, then input order.
struct PopsLater {
  bool operator()(const Pending& a, const Pending& b) const {
    if (a.span.start != b.span.start) return a.span.start > b.span.start;
    const bool a_block = a.layer == MarkLayer::kSegment, b_block = b.layer == MarkLayer::kSegment;
    if (a_block != b_block) return b_block;
    if (a.span.end != b.span.end) return a.span.end < b.span.end;
    if (a.layer != b.layer) return a.layer > b.layer;
    return a.seq > b.seq;
  }
};

class Nester {
 public:
  Nester(const std::vector<Mark>& marks, std::vector<MarkPiece>* pieces) : marks_(marks), pieces_(*pieces) {
    for (std::size_t i = 0; i < marks.size(); ++i) Push(marks[i].span, i);
  }

  std::vector<Boundary> Run() {
    while (!queue_.empty()) {
      Pending next = queue_.top();
      queue_.pop();
      Place(next);
    }
    while (!open_.empty()) Close();
    return std::move(tags_);
  }

 private:
  void Push(Span span, std::size_t mark) {
    if (!span.empty()) queue_.push(Pending{span, mark, marks_[mark].layer, seq_++});
  }
  const Span& Top() const { return pieces_[open_.back()].span; }
  // A segment is a <div>: no open <mark> may hold it, even whole.
  bool BlockInsideSpan(const Pending& next) const {
    return next.layer == MarkLayer::kSegment && marks_[pieces_[open_.back()].mark].layer != MarkLayer::kSegment;
  }
  void Close() {
    tags_.push_back(Boundary{false, open_.back()});
    open_.pop_back();
  }

  void Place(Pending next) {
    while (!open_.empty() && Top().end <= next.span.start) Close();
    while (!open_.empty() && (Top().end < next.span.end || BlockInsideSpan(next))) {
      MarkPiece& top = pieces_[open_.back()];
      if (Strength(next.layer) > Strength(marks_[top.mark].layer)) {
        // The open mark yields: it ends here and its rest reopens inside `next`.
        Push(Span{next.span.start, top.span.end}, top.mark);
        top.span.end = next.span.start;
        Close();
      } else {
        // `next` yields: the part inside the open mark goes now, the rest waits its turn.
        Push(Span{top.span.end, next.span.end}, next.mark);
        next.span.end = top.span.end;
        break;
      }
    }
    pieces_.push_back(MarkPiece{next.mark, next.span});
    open_.push_back(pieces_.size() - 1);
    tags_.push_back(Boundary{true, pieces_.size() - 1});
  }

  const std::vector<Mark>& marks_;
  std::vector<MarkPiece>& pieces_;
  std::priority_queue<Pending, std::vector<Pending>, PopsLater> queue_;
  std::vector<std::size_t> open_;   // pieces, innermost last
  std::vector<Boundary> tags_;
  std::size_t seq_ = 0;
};

// Blank as the segmenter sees it: ASCII spacing plus the Unicode spaces scraped pages carry
// (no-break, en/em and ideographic spaces, zero-width space, BOM).
std::size_t BlankLength(std::string_view text) {
  static constexpr std::string_view kSpaces[] = {"\u00A0", "\u2000", "\u2001", "\u2002", "\u2003",
      "\u2004", "\u2005", "\u2006", "\u2007", "\u2008", "\u2009", "\u200A", "\u200B", "\u202F",
      "\u205F", "\u3000", "\uFEFF"};
  if (std::string_view(" \t\r\n\f\v").find(text.front()) != std::string_view::npos) return 1;
  for (const std::string_view space : kSpaces) {
    if (text.starts_with(space)) return space.size();
  }
  return 0;
}

bool IsBlank(std::string_view text) {
  while (!text.empty()) {
    const std::size_t n = BlankLength(text);
    if (n == 0) return false;
    text.remove_prefix(n);
  }
  return true;
}

// Writes the text between tags and the tags themselves, numbering the pieces of cut marks.
class Renderer {
 public:
  Renderer(const Release& r, const std::vector<Mark>& marks, const std::vector<MarkPiece>& pieces,
           std::string* out)
      : text_(r.text), marks_(marks), pieces_(pieces), out_(*out), index_(r.text),
        total_(marks.size(), 0), seen_(marks.size(), 0) {
    for (const MarkPiece& p : pieces) ++total_[p.mark];
  }

  void Run(const std::vector<Boundary>& tags) {
    for (const Boundary& b : tags) {
      const MarkPiece& p = pieces_[b.piece];
      TextUpTo(b.open ? p.span.start : p.span.end);
      b.open ? Open(p) : CloseTag(p);
      depth_ += b.open ? 1 : -1;
    }
    TextUpTo(text_.size());
  }

 private:
  void TextUpTo(std::size_t end) {
    if (end <= cursor_) return;
    const std::string_view text = std::string_view(text_).substr(cursor_, end - cursor_);
    cursor_ = end;
    const bool hidden = depth_ == 0 && IsBlank(text);
    if (hidden) out_ += "<span class=\"gap\">";
    AppendEscaped(text, &out_);
    if (hidden) out_ += "</span>";
  }
  void Open(const MarkPiece& p);
  void CloseTag(const MarkPiece& p) {
    out_ += marks_[p.mark].layer == MarkLayer::kSegment ? "</div>" : "</mark>";
  }

  std::string_view text_;
  const std::vector<Mark>& marks_;
  const std::vector<MarkPiece>& pieces_;
  std::string& out_;
  CodePointIndex index_;
  std::vector<int> total_;   // pieces per mark
  std::vector<int> seen_;    // pieces opened so far per mark
  std::size_t cursor_ = 0;
  int depth_ = 0;
};

void Renderer::Open(const MarkPiece& p) {
  const Mark& m = marks_[p.mark];
  const int part = ++seen_[p.mark];
  const bool segment = m.layer == MarkLayer::kSegment;
  out_ += segment ? "<div class=\"seg seg-" + Escaped(m.kind) + "\"" : "<mark class=\"k-" + Escaped(m.kind) + "\"";
  if (part == 1) AppendAttribute("id", m.anchor, &out_);
  AppendAttribute(segment ? "data-segment" : "data-kind", m.kind, &out_);
  AppendAttribute("data-id", m.id, &out_);
  AppendAttribute("data-role", m.role, &out_);
  if (!segment) out_ += " data-value=\"" + Escaped(m.value) + "\"";
  AppendAttribute("data-start", std::to_string(index_.ToCodePoint(m.span.start)), &out_);
  AppendAttribute("data-end", std::to_string(index_.ToCodePoint(m.span.end)), &out_);
  if (total_[p.mark] > 1) {
    AppendAttribute("data-part", std::to_string(part) + "/" + std::to_string(total_[p.mark]), &out_);
  }
  if (!segment) {
    AppendAttribute("title", m.tip, &out_);
    AppendAttribute("data-tip", m.tip, &out_);
    out_ += " tabindex=\"0\"";
  }
  out_ += '>';
}

}  // namespace

std::vector<Boundary> Nest(const std::vector<Mark>& marks, std::vector<MarkPiece>* pieces) {
  return Nester(marks, pieces).Run();
}

void RenderMarkedText(const Release& r, const std::vector<Mark>& marks, std::string* out) {
  std::vector<MarkPiece> pieces;
  const std::vector<Boundary> tags = Nest(marks, &pieces);
  Renderer(r, marks, pieces, out).Run(tags);
}

}  // namespace prextract::internal
