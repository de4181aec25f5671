#include "emit/names.h"

namespace prextract::internal {

std::string_view SegmentKindName(SegmentKind kind) {
  switch (kind) {
    case SegmentKind::kNavigation: return "navigation";
    case SegmentKind::kTitle: return "title";
    case SegmentKind::kSubtitle: return "subtitle";
    case SegmentKind::kDateline: return "dateline";
    case SegmentKind::kBody: return "body";
    case SegmentKind::kHeading: return "heading";
    case SegmentKind::kNote: return "note";
    case SegmentKind::kContact: return "contact";
    case SegmentKind::kAttachment: return "attachment";
    case SegmentKind::kLicence: return "licence";
    case SegmentKind::kBoilerplate: return "boilerplate";
  }
  return "body";
}

std::string_view DateTypeName(DateType type) {
  switch (type) {
    case DateType::kDate: return "date";
    case DateType::kTime: return "time";
    case DateType::kDuration: return "duration";
    case DateType::kSet: return "set";
  }
  return "date";
}

std::string_view ParticipantKindName(ParticipantKind kind) {
  switch (kind) {
    case ParticipantKind::kPerson: return "person";
    case ParticipantKind::kOrganization: return "organization";
    case ParticipantKind::kCountry: return "country";
  }
  return "person";
}

}  // namespace prextract::internal
