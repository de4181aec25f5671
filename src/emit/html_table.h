// The side table of the annotated view: the records kind by kind.
#ifndef PREXTRACT_EMIT_HTML_TABLE_H_
#define PREXTRACT_EMIT_HTML_TABLE_H_

#include <string>

#include "prextract/release.h"

namespace prextract::internal {

/// Appends one <h2> + <table> per record kind (dates, people, organisations, countries,
/// events, agreements, follow-ups, contacts, attachments, licence, warnings). Each row's
/// id links to its first highlighted span (the anchors of html_marks.h).
void AppendRecordTables(const Release& r, std::string* out);

}  // namespace prextract::internal

#endif  // PREXTRACT_EMIT_HTML_TABLE_H_
