// Stage "segment", step 3: the release header -- navigation, section labels, bylines,
// dates, the title and its subtitles -- up to the first body paragraph.
#ifndef PREXTRACT_SEGMENT_HEADER_H_
#define PREXTRACT_SEGMENT_HEADER_H_

#include <string_view>
#include <vector>

#include "segment/labels.h"
#include "segment/pieces.h"

namespace prextract::internal {

/// Rule "body start": the piece opens the body (a dateline paragraph, a sentence of six
/// words or more, a numbered paragraph, a long or hard-wrapped block). `title_found`
/// lets long title-cased lines still be titles while none is known.
bool IsBodyStart(std::string_view s, bool title_found, bool wrapped_on);

/// Rule "glued title": "ACT Signs Agreement on Interpreting Services The Parliamentary
/// Secretary ..." -> the offset where the paragraph starts after a title-cased head, or 0.
std::size_t GluedTitleEnd(std::string_view s);

/// Reads the header; REQUIRES: `pieces` come from SplitPieces(text).
Header ReadHeader(std::string_view text, const std::vector<Piece>& pieces);

}  // namespace prextract::internal

#endif  // PREXTRACT_SEGMENT_HEADER_H_
