// Byte-level helpers shared by the furniture detectors (licence.cc, attachments.cc,
// contacts.cc, phones.cc, emails.cc). ASCII classification only: every non-ASCII byte is
// "other", which keeps the scanners safe on UTF-8 without decoding.
#ifndef PREXTRACT_SEGMENT_FURNITURE_SCAN_H_
#define PREXTRACT_SEGMENT_FURNITURE_SCAN_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "prextract/release.h"
#include "segment/trigram_filter.h"

namespace prextract::internal {

inline bool IsDigitByte(char c) { return c >= '0' && c <= '9'; }
inline bool IsUpperByte(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsLowerByte(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAlphaByte(char c) { return IsUpperByte(c) || IsLowerByte(c); }
inline bool IsAlnumByte(char c) { return IsAlphaByte(c) || IsDigitByte(c); }
inline bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/// `span` clamped to `text`, as a view.
std::string_view SpanText(std::string_view text, Span span);

/// `span` without leading and trailing ASCII white space.
Span TrimSpan(std::string_view text, Span span);

/// Offset of `phrase` (lower case) in `lower` at or after `from`, where the match starts
/// and ends on word boundaries (no ASCII letter or digit just outside it); npos if none.
std::size_t FindWord(std::string_view lower, std::string_view phrase, std::size_t from = 0);

/// FindWord in `lower`, a part of `line`, without searching when the line's trigrams rule
/// `phrase` out (most of the cue phrases a detector tries on a line).
std::size_t FindWordIn(const LowerLine& line, std::string_view lower, std::string_view phrase,
                       std::size_t from = 0);

/// Start of the clause holding offset `at` of `s`: just after the nearest sentence end
/// (". ", "! ", "? "), separator ('|', '[', ']', newline) or run of two spaces before it.
std::size_t ClauseStart(std::string_view s, std::size_t at);

/// End of the sentence holding offset `at` of `s`: just after the next ". " / "! " /
/// "? " (the punctuation kept), separator or double space; s.size() if none.
std::size_t SentenceEnd(std::string_view s, std::size_t at);

/// The lower-cased variants of every entry of lexicon `name` whose canonical form is
/// `category` (entries "category|variant|variant"), longest first. Only the furniture
/// lexicons (attachments, contact_labels, licences, top_level_domains) are indexed; any
/// other name yields an empty list.
const std::vector<std::string>& LexiconCategory(std::string_view name, std::string_view category);

/// A category's variants (LexiconCategory) with the PhraseSet of them, for a detector that
/// searches a line for each variant: a line whose trigrams rule the set out, as they do for
/// most lines, needs none of the searches.
struct CategoryCues {
  CategoryCues(std::string_view name, std::string_view category);
  const std::vector<std::string>& variants;
  PhraseSet set;
};

/// True when `s` starts with `lower_prefix`, ASCII case folded.
bool StartsWithCi(std::string_view s, std::string_view lower_prefix);

/// True when a word boundary was lost between s[at - 1] and s[at] ("DetailsAGC",
/// "CommunicationsTel"): a lower-case letter followed by an upper-case one.
bool GluedBoundary(std::string_view s, std::size_t at);

/// Offset just past the longest variant of `category` (lexicon `name`) that `line`
/// starts with (case folded) on a word boundary or a glued one, or 0 when none does.
std::size_t StartsWithCategory(std::string_view line, std::string_view name, std::string_view category);

/// A category of a furniture lexicon: its variants and the bytes they start with.
struct CueCategory;

/// The category `category` of lexicon `name`, for a caller that asks it of every line or
/// word and keeps it (a function-local static) instead of looking it up each time.
const CueCategory& CueCategoryOf(std::string_view name, std::string_view category);

/// StartsWithCategory for a category looked up by CueCategoryOf.
std::size_t StartsWithCategory(std::string_view line, const CueCategory& category);

}  // namespace prextract::internal

#endif  // PREXTRACT_SEGMENT_FURNITURE_SCAN_H_
