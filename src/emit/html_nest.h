// Overlapping marks -> well-formed nested HTML over the release text.
#ifndef PREXTRACT_EMIT_HTML_NEST_H_
#define PREXTRACT_EMIT_HTML_NEST_H_

#include <cstddef>
#include <string>
#include <vector>

#include "emit/html_marks.h"
#include "prextract/release.h"

namespace prextract::internal {

/// One element of the output: all of a mark, or a piece of it when it crossed another.
struct MarkPiece {
  std::size_t mark = 0;   // index into the marks
  Span span;
};

/// An opening or closing tag, in document order.
struct Boundary {
  bool open = false;
  std::size_t piece = 0;
};

/// Nests `marks` into a tree: sorted by start, longer first, a mark opens inside the
/// innermost open one that contains it. When two cross, the weaker is cut at the other's
/// edge and its rest rejoins the queue (segments beat everything, atoms beat wide spans, and
/// between equals the later one is cut). Fills `pieces`; returns the tags in order.
std::vector<Boundary> Nest(const std::vector<Mark>& marks, std::vector<MarkPiece>* pieces);

/// Appends the release text with every mark as an element: segments as <div class="seg">,
/// the others as <mark tabindex="0">. Whitespace between top-level blocks stays in the DOM
/// (text content equals the input) inside a hidden span.
void RenderMarkedText(const Release& r, const std::vector<Mark>& marks, std::string* out);

}  // namespace prextract::internal

#endif  // PREXTRACT_EMIT_HTML_NEST_H_
