// HTML character references left in scraped text ("Tables &amp; Décor"): the page showed one
// character where the text holds the reference.
#ifndef PREXTRACT_TEXT_CHAR_REFS_H_
#define PREXTRACT_TEXT_CHAR_REFS_H_

#include <string>
#include <string_view>

namespace prextract::internal {

/// `s` with each character reference replaced by its character: the named ones scraped
/// headlines hold (&amp; &lt; &gt; &quot; &apos; &nbsp;, where the page showed "&", "<", ">",
/// a quote and a space) and numeric ones (&#39; &#x2019;) of a printable code point. Anything
/// else, a bare "&" included, stays as written. For strings a release reports of its own, as
/// its title; never for the text that spans point into.
std::string DecodeCharRefs(std::string_view s);

}  // namespace prextract::internal

#endif  // PREXTRACT_TEXT_CHAR_REFS_H_
