#include "segment/furniture.h"

namespace prextract::internal {

std::optional<Licence> DetectLicence(std::string_view, Span) { return std::nullopt; }
std::optional<Attachment> DetectAttachment(std::string_view, Span) { return std::nullopt; }
bool LooksLikeContact(std::string_view) { return false; }
Contact ParseContact(std::string_view, Span block, std::string_view, std::vector<Warning>*) {
  Contact c;
  c.span = block;
  return c;
}

}  // namespace prextract::internal
