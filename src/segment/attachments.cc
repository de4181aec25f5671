// DetectAttachment and IsAttachmentHeading: notices that point at files sent with the
// release. Phrases in data/lexicons/en/attachments.txt, formats in attachment_formats.txt.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lexicon/lexicon.h"
#include "segment/furniture.h"
#include "segment/furniture_scan.h"
#include "segment/trigram_filter.h"

namespace prextract::internal {
namespace {

constexpr std::string_view kLexicon = "en/attachments";
constexpr std::string_view kFormats = "en/attachment_formats";
constexpr std::size_t kMaxDownloadLine = 300;    // longer lines are prose, not download links
constexpr std::size_t kShortDownloadLine = 100;  // a link title without format or tag

std::size_t SkipSpaces(std::string_view s, std::size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  return i;
}

// Past a leading "[application/pdf]" tag, list number ("1.") or bullet ("-", "*").
std::size_t SkipLineMarkers(std::string_view s) {
  std::size_t i = 0;
  if (!s.empty() && s[0] == '[') {
    const std::size_t close = s.find(']');
    if (close != std::string_view::npos) i = SkipSpaces(s, close + 1);
  }
  if (i < s.size() && (s[i] == '-' || s[i] == '*')) i = SkipSpaces(s, i + 1);
  std::size_t d = i;
  while (d < s.size() && IsDigitByte(s[d])) ++d;
  if (d > i && d < s.size() && (s[d] == '.' || s[d] == ')')) i = SkipSpaces(s, d + 1);
  return i;
}

// The format a notice names: a file extension ("plan.hwp") first, else a format word.
std::string FormatOf(std::string_view notice) {
  const StringMap<std::string>& index = LexiconIndex(kFormats);
  const std::string lower = AsciiLower(notice);
  std::string fallback;
  for (std::size_t i = 0; i < lower.size();) {
    if (!IsAlnumByte(lower[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < lower.size() && IsAlnumByte(lower[j])) ++j;
    auto it = index.find(lower.substr(i, j - i));
    if (it != index.end()) {
      if (i > 0 && lower[i - 1] == '.') return it->second;
      if (fallback.empty()) fallback = it->second;
    }
    i = j;
  }
  return fallback;
}

// "Attachment: plan.hwp", "[Attachments] 1. report.pdf": a label with a value.
bool IsLabelledFile(std::string_view s) {
  std::size_t i = !s.empty() && s[0] == '[' ? 1 : 0;
  static const CueCategory& labels = CueCategoryOf(kLexicon, "label");   // every body line asks
  const std::size_t n = StartsWithCategory(s.substr(i), labels);
  if (n == 0) return false;
  i += n;
  bool marked = false;
  if (i < s.size() && s[i] == ']') {
    marked = true;
    ++i;
  }
  i = SkipSpaces(s, i);
  if (i < s.size() && s[i] == ':') {
    marked = true;
    ++i;
  }
  i = SkipSpaces(s, i);
  return marked && i < s.size() && std::any_of(s.begin() + i, s.end(), IsAlnumByte);
}

// "[application/pdf] Download PSP Backgrounder", "Download the full report (PDF)": a
// download link, told from prose ("Download the app today!") by a file tag, a format,
// or a short line that is no sentence.
bool IsDownloadLine(std::string_view s) {
  if (s.size() > kMaxDownloadLine) return false;
  const std::size_t start = SkipLineMarkers(s);
  static const CueCategory& downloads = CueCategoryOf(kLexicon, "download");
  if (StartsWithCategory(s.substr(start), downloads) == 0) return false;
  if (s[0] == '[' || !FormatOf(s).empty()) return true;
  const char last = s.back();
  return s.size() <= kShortDownloadLine && last != '.' && last != '!' && last != '?';
}

// "is attached." but not "is attached to" or "attached great importance".
bool AttachedEndsNotice(std::string_view lower, std::size_t end) {
  const std::size_t i = SkipSpaces(lower, end);
  if (i >= lower.size() || !IsAlphaByte(lower[i])) return true;
  std::size_t j = i;
  while (j < lower.size() && IsAlphaByte(lower[j])) ++j;
  const std::vector<std::string>& next = LexiconCategory(kLexicon, "attached_next");
  return std::find(next.begin(), next.end(), lower.substr(i, j - i)) != next.end();
}

// The sentence of a notice phrase ("Please refer to the attached PDF."), as [start, end).
// Most lines MaySpeakOfAttachment lets through hold none of a given category's phrases,
// which the category's set tells at once.
std::optional<std::pair<std::size_t, std::size_t>> NoticeSentence(std::string_view s, const LowerLine& line,
                                                                  std::string_view lower) {
  static const CategoryCues notice(kLexicon, "notice"), attached_end(kLexicon, "attached_end");
  for (const CategoryCues* cues : {&notice, &attached_end}) {
    if (!line.MayHoldAny(cues->set)) continue;
    for (const std::string& v : cues->variants) {
      const std::size_t at = FindWordIn(line, lower, v);
      if (at == std::string_view::npos) continue;
      if (cues == &attached_end && !AttachedEndsNotice(lower, at + v.size())) continue;
      return std::make_pair(ClauseStart(s, at), SentenceEnd(s, at + v.size()));
    }
  }
  return std::nullopt;
}

// A media sentence needs a link and an availability phrase, both within the line: prose
// that merely names a "presentation" or a "photo" (most lines the media cues let through)
// holds neither, and its every media word needed a search and a sentence read.
bool MayHoldLinkAndAvailability(const LowerLine& line, const PhraseSet& availability) {
  const bool link = line.MayHold("http") || line.MayHold("www.") || line.MayHold("here");
  return link && line.MayHoldAny(availability);
}

// "A video accompanying this announcement is available at: https://...".
std::optional<std::pair<std::size_t, std::size_t>> MediaSentence(std::string_view s, const LowerLine& line,
                                                                 std::string_view lower) {
  static const CategoryCues media(kLexicon, "media"), availability(kLexicon, "availability");
  if (!line.MayHoldAny(media.set) || !MayHoldLinkAndAvailability(line, availability.set)) return std::nullopt;
  for (const std::string& m : media.variants) {
    const std::size_t at = FindWordIn(line, lower, m);
    if (at == std::string_view::npos) continue;
    const std::size_t start = ClauseStart(s, at), end = SentenceEnd(s, at);
    const std::string_view sentence = lower.substr(start, end - start);
    const bool link = sentence.find("http") != std::string_view::npos ||
                      sentence.find("www.") != std::string_view::npos ||
                      FindWord(sentence, "here") != std::string_view::npos;
    if (!link) continue;
    for (const std::string& a : LexiconCategory(kLexicon, "availability")) {
      if (FindWord(sentence, a) != std::string_view::npos) return std::make_pair(start, end);
    }
  }
  return std::nullopt;
}

// A sentence about an attachment names one of these; a line holding none has no such sentence.
bool MaySpeakOfAttachment(const LowerLine& line) {
  static const PhraseSet cues = [] {
    std::vector<std::string> all;
    for (std::string_view category : {"notice", "attached_end", "media"}) {
      const std::vector<std::string>& v = LexiconCategory(kLexicon, category);
      all.insert(all.end(), v.begin(), v.end());
    }
    return PhraseSet(all);
  }();
  return line.MayHoldAny(cues);
}

}  // namespace

std::optional<Attachment> DetectAttachment(std::string_view text, Span span) {
  return DetectAttachment(text, span, LowerLine(SpanText(text, span)));
}

std::optional<Attachment> DetectAttachment(std::string_view text, Span span, const LowerLine& line) {
  const std::size_t line_start = std::min(span.start, text.size());
  span = TrimSpan(text, span);
  const std::string_view s = SpanText(text, span);
  if (s.empty()) return std::nullopt;
  std::optional<std::pair<std::size_t, std::size_t>> found;
  if (IsLabelledFile(s) || IsDownloadLine(s)) found = std::make_pair(std::size_t{0}, s.size());
  const std::string_view lower = line.Part(span.start - line_start, s.size());
  if (!found && MaySpeakOfAttachment(line)) {
    found = NoticeSentence(s, line, lower);
    if (!found) found = MediaSentence(s, line, lower);
  }
  if (!found) return std::nullopt;
  Attachment a;
  a.span = TrimSpan(text, {span.start + found->first, span.start + found->second});
  a.text = std::string(SpanText(text, a.span));
  a.format = FormatOf(a.text);
  return a;
}

bool IsAttachmentHeading(std::string_view line) {
  // Compared in place: lowering a copy of every body line only to compare it was costly.
  static const std::vector<std::string>& headings = LexiconCategory(kLexicon, "heading");
  // Every body line asks, and nearly all are longer than any heading.
  static const std::size_t longest = [] {
    std::size_t n = 0;
    for (const std::string& heading : headings) n = std::max(n, heading.size());
    return n;
  }();
  // A long line whose first and last bytes are none the trimming below takes off is too
  // long as it stands: it needs no trimming.
  if (line.size() > longest && !IsSpaceByte(line.front()) && line.front() != '[' && !IsSpaceByte(line.back()) &&
      line.back() != ':' && line.back() != ']') {
    return false;
  }
  std::string_view t = SpanText(line, TrimSpan(line, {0, line.size()}));
  if (!t.empty() && t.front() == '[') t.remove_prefix(1);
  while (!t.empty() && (t.back() == ':' || t.back() == ']' || t.back() == ' ')) t.remove_suffix(1);
  if (t.size() > longest) return false;
  for (const std::string& heading : headings) {
    if (t.size() == heading.size() && StartsWithCi(t, heading)) return true;
  }
  return false;
}

}  // namespace prextract::internal
