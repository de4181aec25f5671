// Stage "segment", step 1: the input cut into pieces. A piece is a physical line, or
// a part of one where scraping collapsed several paragraphs onto a single line.
#ifndef PREXTRACT_SEGMENT_PIECES_H_
#define PREXTRACT_SEGMENT_PIECES_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "prextract/release.h"

namespace prextract::internal {

struct Piece {
  Span span;                  // trimmed, never empty
  bool line_start = false;    // first piece of its physical line
  bool line_end = false;      // last piece of its physical line
  int blanks_before = 0;      // blank lines right before its line (line_start only)
  std::size_t line_bytes = 0; // trimmed length of its physical line
};

/// Rule "sentence-gap break": two or more spaces right after . ! ? (and closing
/// quotes) before a character that is not a lower-case letter.
/// Rule "wide-gap break": three or more spaces (a tab counts as three) before a
/// character that is not a lower-case letter; a lone list marker ("•", "-", "â")
/// left before the gap moves to the next piece.
/// Returns the byte offsets, inside `line`, where new pieces start.
std::vector<std::size_t> GapBreaks(std::string_view line);

/// Cuts `text` into pieces, in order; blank lines yield none.
std::vector<Piece> SplitPieces(std::string_view text);

/// True for a token that marks a list item on its own ("•", "-", "▲", "□", "o", "1.").
bool IsListMarkerToken(std::string_view token);

}  // namespace prextract::internal

#endif  // PREXTRACT_SEGMENT_PIECES_H_
