#include "segment/segment.h"

namespace prextract::internal {

// Placeholder split on blank lines; replaced by the line classifier.
Layout SegmentText(std::string_view text, const SegmentOptions&) {
  Layout layout;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == '\n' || text[i] == '\r' || text[i] == ' ')) ++i;
    if (i >= text.size()) break;
    std::size_t end = text.find("\n\n", i);
    if (end == std::string_view::npos) end = text.size();
    std::size_t e = end;
    while (e > i && (text[e - 1] == ' ' || text[e - 1] == '\r' || text[e - 1] == '\n')) --e;
    layout.segments.push_back(Segment{SegmentKind::kBody, Span{i, e}});
    layout.paragraphs.push_back(Paragraph{Span{i, e}});
    i = end;
  }
  return layout;
}

}  // namespace prextract::internal
