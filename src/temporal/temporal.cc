#include "temporal/temporal.h"

namespace prextract::internal {

std::optional<DateRef> FindPublished(std::string_view, const std::vector<Span>&) { return std::nullopt; }

std::vector<DateMention> FindDates(std::string_view, const Layout&, const TemporalOptions&,
                                   std::vector<Warning>*) {
  return {};
}

}  // namespace prextract::internal
