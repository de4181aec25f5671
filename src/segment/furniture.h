// Page furniture that needs no language understanding: contact blocks, attachment
// notices and licence footers. Used by the segmenter to classify lines and to fill
// Layout::contacts, ::attachments and ::licence.
#ifndef PREXTRACT_SEGMENT_FURNITURE_H_
#define PREXTRACT_SEGMENT_FURNITURE_H_

#include <optional>
#include <string_view>
#include <vector>

#include "prextract/release.h"

namespace prextract::internal {

/// The licence a line (or a run of lines) states, if any: KOGL-1..4, CC-BY-4.0 and other
/// SPDX ids, CC, OGL-UK-3.0, US-PD, attribution, proprietary (CONTRACT.md "Licence ids").
/// `span` is the part of `text` to look at; the result's span covers the notice.
std::optional<Licence> DetectLicence(std::string_view text, Span span);

/// An attachment notice ("Please refer to the attached PDF.", "Attachment: x.hwp").
std::optional<Attachment> DetectAttachment(std::string_view text, Span span);

/// True when the line opens or belongs to a contact block ("For further information,
/// please contact", "Media contact:", "Phone:", "E-mail:", "Contact: Jane Doe").
bool LooksLikeContact(std::string_view line);

/// Parses a contact block: department, person, phones (E.164 with libphonenumber,
/// default region `region`, an ISO alpha-2 code or empty), e-mails. Adds a warning
/// such as contact.email_missing when a label has no value.
Contact ParseContact(std::string_view text, Span block, std::string_view region,
                     std::vector<Warning>* warnings);

}  // namespace prextract::internal

#endif  // PREXTRACT_SEGMENT_FURNITURE_H_
