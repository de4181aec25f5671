// Shared helpers for the temporal tests: run FindDates over one paragraph and print what
// it found as "text=value" items joined by "; ".
#ifndef PREXTRACT_TESTS_TEMPORAL_TEMPORAL_TEST_UTIL_H_
#define PREXTRACT_TESTS_TEMPORAL_TEMPORAL_TEST_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include "temporal/temporal.h"

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

}  // namespace prextract::internal

#endif  // PREXTRACT_TESTS_TEMPORAL_TEMPORAL_TEST_UTIL_H_
