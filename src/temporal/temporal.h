// Stage "temporal": temporal expressions of the body and notes, normalised TimeML style
// (CONTRACT.md "Dates"), and the release's own published date.
#ifndef PREXTRACT_TEMPORAL_TEMPORAL_H_
#define PREXTRACT_TEMPORAL_TEMPORAL_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "prextract/extract.h"
#include "prextract/release.h"
#include "segment/segment.h"

namespace prextract::internal {

struct TemporalOptions {
  std::string reference_date;   // YYYY-MM-DD or empty (then relative values stay underspecified)
  DateStyle style = DateStyle::kContract;
  std::string region;           // publisher's ISO country: reads 05/06/2023 as M/D (US) or D/M
};

/// The first full date stated by one of `date_lines` (date fields, datelines), or nullopt.
std::optional<DateRef> FindPublished(std::string_view text, const std::vector<Span>& date_lines);

/// Every temporal expression of the body paragraphs and notes of `layout`, in text order.
/// Warnings (e.g. no reference date for a relative expression) are appended to `warnings`.
/// `lowered`: AsciiLower(text) when the caller has it (one copy serves the stages); empty:
/// the stage makes its own.
std::vector<DateMention> FindDates(std::string_view text, const Layout& layout,
                                   const TemporalOptions& options, std::vector<Warning>* warnings,
                                   std::string_view lowered = {});

}  // namespace prextract::internal

#endif  // PREXTRACT_TEMPORAL_TEMPORAL_H_
