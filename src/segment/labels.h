// What the segmenter decided for each stretch of text, before segments and
// paragraphs are assembled from it.
#ifndef PREXTRACT_SEGMENT_LABELS_H_
#define PREXTRACT_SEGMENT_LABELS_H_

#include <string>
#include <vector>

#include "prextract/release.h"

namespace prextract::internal {

struct Label {
  Span span;
  SegmentKind kind = SegmentKind::kBody;
  bool new_paragraph = false;   // body only: opens a paragraph
};

/// What the header (everything before the first body paragraph) holds.
struct Header {
  std::vector<Label> labels;
  std::size_t body_piece = 0;   // index of the first piece of the body
  std::size_t body_from = 0;    // byte where the body starts inside that piece
  // The body goes on from a dateline's place on its line ("WASHINGTON  D C   U S  Sen  Tom
  // Coburn  M D   R OK  today ..."): its first piece opens the lead, whatever its shape.
  bool body_after_place = false;
  Span title;
  std::vector<std::string> breadcrumbs;
  std::vector<Span> date_lines;
  std::string organisation;     // a header line naming a government body
  std::vector<std::string> bylines;
};

}  // namespace prextract::internal

#endif  // PREXTRACT_SEGMENT_LABELS_H_
