// prextract — the annotated HTML view of a Release: one self-contained page (inline style,
// no script, no external resource) with the text, its segments outlined, every extracted
// span highlighted by kind and a side table of the records.
#ifndef PREXTRACT_HTML_H_
#define PREXTRACT_HTML_H_

#include <string>

#include "prextract/release.h"

namespace prextract {

/// One release as an HTML page. All input text is escaped. Each highlighted span is a
/// <mark> whose text content is exactly the span's text, with data-kind (date, person,
/// organization, country, event, agreement, follow-up, contact, phone, email, attachment,
/// licence), data-id (the record's id; d1.. for dates, k1.. for contacts), data-value (the
/// normalised value) and data-start/data-end (code points, as in the JSON). A span that
/// crosses a stronger one is cut in pieces marked data-part="N/M" (their texts, joined,
/// give the span's). A Release with `error` set gives a page stating the error.
std::string ToHtml(const Release& release);

}  // namespace prextract

#endif  // PREXTRACT_HTML_H_
