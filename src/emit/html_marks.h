// The spans the annotated view highlights, gathered from a Release's records.
#ifndef PREXTRACT_EMIT_HTML_MARKS_H_
#define PREXTRACT_EMIT_HTML_MARKS_H_

#include <string>
#include <vector>

#include "prextract/release.h"

namespace prextract::internal {

/// How a mark nests. Segments are blocks and never cut; atoms (names, dates, numbers) are
/// kept whole when a wider span (an evidence sentence, a contact block) crosses them.
enum class MarkLayer { kSegment, kWide, kAtom };

struct Mark {
  Span span;             // bytes into Release::text
  MarkLayer layer = MarkLayer::kAtom;
  std::string kind;      // data-kind; for segments, the segment kind
  std::string id;        // data-id (record id); empty for segments
  std::string role;      // data-role: evidence, mention or empty
  std::string value;     // data-value: the normalised value
  std::string tip;       // what the record says, shown on hover and focus
  std::string anchor;    // DOM id of its first piece, unique in the page
};

/// Every non-empty span of `r`: segments, dates, participant mentions, events, agreements,
/// follow-ups, contacts with their phones and e-mails, attachments, licence. Ids of records
/// that have none in the JSON: d1.. (dates), k1.. (contacts), att1.., licence, published.
std::vector<Mark> CollectMarks(const Release& r);

}  // namespace prextract::internal

#endif  // PREXTRACT_EMIT_HTML_MARKS_H_
