// Stage "segment", step 2: named rules that say what one piece of text is. Each
// takes the piece's text (trimmed) and nothing else, so each can be tested alone.
#ifndef PREXTRACT_SEGMENT_LINE_RULES_H_
#define PREXTRACT_SEGMENT_LINE_RULES_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "prextract/release.h"
#include "segment/trigram_filter.h"

namespace prextract::internal {

/// Rule "end mark": "###", "-30-", "---", "* * *".
bool IsEndMark(std::string_view s);

/// Rule "markdown title": "# Title" -> offset of the title text, else 0.
std::size_t MarkdownTitleStart(std::string_view s);

/// Rule "markdown image": "![](url)".
bool IsMarkdownImage(std::string_view s);

/// Rule "image caption": a short line naming an image file ("1.13.jpg 이미지입니다.").
bool IsImageCaption(std::string_view s);
/// The same, given `lower`, the LowerLine of `s` (a body line several detectors look at).
bool IsImageCaption(std::string_view s, const LowerLine& lower);

/// Rule "foreign script": mostly Hangul/CJK (an English extractor skips such lines).
bool IsForeignScript(std::string_view s);
/// The same, given `lower`, the LowerLine of `s`.
bool IsForeignScript(std::string_view s, const LowerLine& lower);

/// Rule "navigation": the line is only navigation phrases (lexicon en/navigation),
/// bullets, numbers and separators ("Go to Content Go to Navigation", "• Home").
bool IsNavigation(std::string_view s);

/// Rule "breadcrumbs": "Home » Office of Public Affairs » News" -> the crumbs.
std::vector<std::string> Breadcrumbs(std::string_view s);

/// Rule "release marker": length of a leading "FOR IMMEDIATE RELEASE", "Press Release:"
/// (with its colon and the spaces after), or 0.
std::size_t ReleaseMarkerPrefix(std::string_view s);

/// Offset of a release marker after the third word ("TITLE  Media Release | ..."), or npos.
std::size_t ReleaseMarkerInside(std::string_view s);

/// Rule "byline": opens with an office or byline word (lexicon en/header_roles)
/// and reads as a label, not a sentence.
bool IsBylineLine(std::string_view s);


/// Rule "organisation line": a short line that opens with a government body's head
/// words ("Department of Justice"); lexicon en/org_heads.
bool IsOrganisationLine(std::string_view s);

/// "UNHCR Press Releases", "Senator Mark Pryor Press Releases": the owner's name (at most
/// three capitalised words) before a plural release marker, which names a section of the
/// owner's site, not a release; "" for any other line. Such a line is navigation.
std::string ReleaseSectionOwner(std::string_view s);

/// Rule "letterhead": a line that only names a person by office, no headline: a name
/// and its post-nominals ("CHRIS BOWEN MP"; lexicon en/post_nominals), or "The Hon."
/// and such a name before a capitals-only office ("The Hon. Stephen Smith MP A U S T R
/// A L I A N  M I N I S T E R ...").
bool IsLetterheadLine(std::string_view s);

/// Length of a leading list marker and the space after it ("1. ", "2) ", "• ", "- ",
/// "▲", "□ ", "o ", "° "), or 0.
std::size_t ListMarkerLength(std::string_view s);

/// Rule "note": "* text", "** text", "※ text", or a whole line in parentheses.
bool IsNoteLine(std::string_view s);

/// Rule "about": "About Acme", "About Acme:", "About AcmeAcme is ..." -> "Acme"; else "".
std::string AboutName(std::string_view s);

/// Kind of boilerplate line (lexicon en/boilerplate: "pointer", "disclaimer", "footer",
/// "closing"), or "" for none, as a view of a static string. Pointer lines must be short;
/// so must "follow" ones.
std::string_view BoilerplateKind(std::string_view s);
/// The same, given `lower`, the LowerLine of `s` (a body line several detectors look at).
std::string_view BoilerplateKind(std::string_view s, const LowerLine& lower);

/// Rule "pointer sentence": a short line that sends the reader elsewhere (a URL,
/// "can be found here").
bool IsPointerLine(std::string_view s);
/// The same, given `lower`, the LowerLine of `s`.
bool IsPointerLine(std::string_view s, const LowerLine& lower);

/// Share (0..1) of the words, minor words aside, that start with a capital or digit.
double TitleCaseShare(std::string_view s);

/// TitleCaseShare(s) >= share for `s` of `words` words (WordCount(s)), reading no further
/// than the word that rules the share out: prose fails at its first lower-case words.
bool TitleCaseShareAtLeast(std::string_view s, std::size_t words, double share);

/// Rule "heading": a line with no sentence end that is all capitals, or short, or a
/// title-cased label; or a whole line in [brackets].
bool IsHeadingLine(std::string_view s);

/// Rule "date line": a full date with little else (weekday, time, zone, a label).
bool IsDateLine(std::string_view s);
/// The same, given `date`, what FindFullDate(s) returns (for a caller that needs it too).
bool IsDateLine(std::string_view s, const std::optional<Span>& date);

/// Rule "dateline": the length of a release dateline opening a paragraph ("SINGAPORE,
/// March 10, 2024 /24-7PressRelease/ -- ", "SEATTLE--(BUSINESS WIRE)--", "(KALISPELL) "),
/// or 0.
std::size_t DatelineLength(std::string_view s);

}  // namespace prextract::internal

#endif  // PREXTRACT_SEGMENT_LINE_RULES_H_
