// Stage "segment": decoded text -> Layout (page furniture, title, body paragraphs,
// contacts, attachments, licence). All spans are byte offsets into the text.
#ifndef PREXTRACT_SEGMENT_SEGMENT_H_
#define PREXTRACT_SEGMENT_SEGMENT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "prextract/release.h"

namespace prextract::internal {

struct Layout {
  std::vector<Segment> segments;       // in text order, covering every non-blank byte
  std::vector<Paragraph> paragraphs;   // body paragraphs in order
  // Starts of the quotations' speakers that a paragraph goes on with across the gap a stripped
  // quote left ("...for Tennessee     Frist said"), in order: the participants stage reads the
  // two sides apart, as no name runs across a quote.
  std::vector<std::size_t> speaker_joins;
  std::string title;
  std::vector<std::string> breadcrumbs;
  std::optional<Publisher> publisher;
  // Lines that may state the release's own date (date fields, datelines, the
  // opening of the first paragraph); the temporal stage reads full dates from them.
  std::vector<Span> date_lines;
  std::vector<Contact> contacts;       // `organization` left empty: participants link it
  std::vector<Attachment> attachments;
  std::optional<Licence> licence;
  std::vector<Warning> warnings;
};

struct SegmentOptions {
  bool body_only = false;   // the whole input is body text: no furniture to find
  // The text ASCII-lower-cased (AsciiLower), when the caller has it: the furniture rules read
  // lower-case lines, and one copy serves them and the later stages. Empty: segmenting
  // makes its own.
  std::string_view lowered = {};
};

/// Splits `text` into segments and extracts what needs no language understanding.
/// REQUIRES: `text` is valid UTF-8. Spans point into `text`.
Layout SegmentText(std::string_view text, const SegmentOptions& options);

}  // namespace prextract::internal

#endif  // PREXTRACT_SEGMENT_SEGMENT_H_
