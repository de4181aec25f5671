// Stage "segment", step 4: the body -- paragraphs, in-body headings, notes, contact
// blocks, attachment and licence notices, "About X" sections and other boilerplate.
#ifndef PREXTRACT_SEGMENT_BODY_H_
#define PREXTRACT_SEGMENT_BODY_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "segment/labels.h"
#include "segment/pieces.h"

namespace prextract::internal {

struct Body {
  std::vector<Label> labels;
  std::vector<Span> contact_blocks;
  std::vector<Attachment> attachments;
  std::optional<Licence> licence;
  std::vector<Span> licence_lines;
  std::vector<Span> furniture_lines;   // contacts and headings: signature clues
  std::vector<std::string> about_names;
  std::vector<std::size_t> speaker_joins;   // Layout::speaker_joins
};

/// Rule "continuation": a body line that goes on with the paragraph above -- it was
/// hard-wrapped mid-sentence (the line above ends with no stop; the new line starts in
/// lower case, or the line above is long, also across one or two blank lines).
bool ContinuesParagraph(std::string_view above, const Piece& above_piece, std::string_view line,
                        const Piece& piece);

/// Reads pieces [header.body_piece, end). With `plain` every piece is body text. `lowered`:
/// AsciiLower(text) when the caller has it; empty: the reader lowers the text if it needs to.
Body ReadBody(std::string_view text, std::string_view lowered, const std::vector<Piece>& pieces,
              const Header& header, bool plain);

}  // namespace prextract::internal

#endif  // PREXTRACT_SEGMENT_BODY_H_
