// Shared helpers for the temporal tests: run FindDates over one paragraph and print what
// it found as "text=value" items joined by "; "; run the scanner over a whole text.
#ifndef PREXTRACT_TESTS_TEMPORAL_TEMPORAL_TEST_UTIL_H_
#define PREXTRACT_TESTS_TEMPORAL_TEMPORAL_TEST_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"
#include "temporal/scanner.h"
#include "temporal/temporal.h"
#include "temporal/tokens.h"

namespace prextract::internal {

struct DateCase {
  const char* input;
  const char* reference;   // YYYY-MM-DD or ""
  const char* expected;    // "text=value; text=value", "" for none
};

inline std::string Describe(std::string_view text, const std::vector<DateMention>& dates) {
  std::string out;
  for (const DateMention& d : dates) {
    if (!out.empty()) out += "; ";
    out += std::string(text.substr(d.span.start, d.span.end - d.span.start)) + "=" + d.value;
  }
  return out;
}

inline std::string RunDates(std::string_view text, std::string_view reference,
                            DateStyle style = DateStyle::kContract, std::string_view region = "",
                            std::vector<Warning>* warnings = nullptr) {
  Layout layout;
  layout.paragraphs.push_back(Paragraph{Span{0, text.size()}});
  layout.segments.push_back(Segment{SegmentKind::kBody, Span{0, text.size()}});
  TemporalOptions options;
  options.reference_date = std::string(reference);
  options.style = style;
  options.region = std::string(region);
  std::vector<Warning> local;
  return Describe(text, FindDates(text, layout, options, warnings ? warnings : &local));
}

/// What the scanner finds in `text` as FindDates runs it over a paragraph (with the word ids
/// it reads, against the reference day 2024-03-06), trying the rules at every trigger token
/// or skipping those that open nothing. Found's token indexes count the tokens of `text`.
inline std::vector<Found> ScanText(const std::string& text, bool try_every_trigger) {
  const std::string lowered = AsciiLower(text);
  TokenVector tokens;
  TokenizeLowered(text, lowered, 0, text.size(), &tokens, &Scanner::WordIds());
  ScanContext context;
  context.reference = Ymd{2024, 3, 6};
  context.try_every_trigger = try_every_trigger;
  return Scanner(tokens, &context).ScanAll();
}

}  // namespace prextract::internal

#endif  // PREXTRACT_TESTS_TEMPORAL_TEMPORAL_TEST_UTIL_H_
