// Page furniture that needs no language understanding: contact blocks, attachment
// notices and licence footers. Used by the segmenter to classify lines and to fill
// Layout::contacts, ::attachments and ::licence.
//
// All functions take a view of the whole decoded text plus a byte span into it (or a
// single line), never copy the text, and run in time linear in the span's length.
#ifndef PREXTRACT_SEGMENT_FURNITURE_H_
#define PREXTRACT_SEGMENT_FURNITURE_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "prextract/release.h"
#include "segment/trigram_filter.h"

namespace prextract::internal {

// ---------------------------------------------------------------------------------
// Licences (src/segment/licence.cc, phrases in data/lexicons/en/licences.txt)

/// The licence a line (or a run of lines) states, if any: KOGL-1..4, CC-BY-4.0 and other
/// SPDX ids, CC, OGL-UK-3.0, US-PD, attribution, proprietary (CONTRACT.md "Licence ids").
/// `span` is the part of `text` to look at; the result's span covers the notice (from the
/// start of the clause holding the first cue to the end of the sentence holding the last).
/// A word such as "copyright" in running prose ("a copyright lawsuit") is no notice.
std::optional<Licence> DetectLicence(std::string_view text, Span span);
/// The same, given `line`, the LowerLine of text[span] (a body line asked by several detectors).
std::optional<Licence> DetectLicence(std::string_view text, Span span, const LowerLine& line);

/// How specific a licence id is, for choosing one when a page states several (e.g. a
/// "Creative Commons Attribution 4.0" line and a "© 2024 X" line): a named licence
/// (KOGL, CC with version, OGL) > CC > US-PD > attribution > proprietary > unknown (0).
/// Keep the first licence found unless a later one ranks strictly higher.
int LicenceRank(std::string_view id);

// ---------------------------------------------------------------------------------
// Attachments (src/segment/attachments.cc, data/lexicons/en/attachments.txt and
// attachment_formats.txt)

/// An attachment notice ("Please refer to the attached PDF.", "Attachment: x.hwp",
/// "[application/pdf] Download report", "Download the full report (PDF)", "A video
/// accompanying this announcement is available at: https://..."). One notice per call;
/// the result's span covers the notice sentence. `format` is lower case (pdf, hwp, hwpx,
/// docx, doc, xlsx, pptx, zip, jpg, mp4, ...) or empty when the text names none.
/// A bare heading ("Attachment(s):") is NOT a notice: see IsAttachmentHeading.
std::optional<Attachment> DetectAttachment(std::string_view text, Span span);
/// The same, given `line`, the LowerLine of text[span].
std::optional<Attachment> DetectAttachment(std::string_view text, Span span, const LowerLine& line);

/// True for a line that only introduces attachment notices and names no file itself
/// ("Attachment(s):", "[Attachments]", "Attached files", "Downloads"). The segmenter
/// can give it the attachment kind without adding it to Layout::attachments, so that
/// the count equals the number of files.
bool IsAttachmentHeading(std::string_view line);

// ---------------------------------------------------------------------------------
// Contacts (src/segment/contacts.cc, phones.cc, emails.cc; labels in
// data/lexicons/en/contact_labels.txt)

/// True when the line opens or belongs to a contact block ("For further information,
/// please contact", "Media contact:", "Contacts", "Contact DetailsAcme", "Press
/// Inquiries:", "Phone:", "Tel.", "E-mail:", an e-mail address or a phone number alone,
/// a short line holding an e-mail address, "Name | Title | phone" lines). False for
/// prose that merely uses the word ("contact tracing", "Contact Us" navigation links).
bool LooksLikeContact(std::string_view line);

/// Byte offset within `line` where a contact block opens ("Media Contact:", "Contact:",
/// "For further information, please contact", "Press Inquiries:"), or npos when none.
/// For scraped pages whose last paragraph and contact block share one physical line:
/// the segmenter may cut the line there. LooksLikeContact(line) holds when this is 0.
std::size_t FindContactOpener(std::string_view line);
/// The same, given `gate`, the LowerLine of `line` or of a line holding it (it only rules
/// lines out, so a longer text is still a sound gate).
std::size_t FindContactOpener(std::string_view line, const LowerLine& gate);

/// Parses a contact block: department, person, phones (E.164 with libphonenumber,
/// default region `region`, an ISO alpha-2 code or empty), e-mails. Adds a warning
/// such as contact.email_missing when a label has no value. Only phones that validate
/// are kept; the block's span is `block`.
Contact ParseContact(std::string_view text, Span block, std::string_view region,
                     std::vector<Warning>* warnings);

/// E-mail addresses and valid phone numbers in running text outside contact blocks
/// ("give them a call at (561) 440-1470", "contact ... at info@x.com"), as one Contact
/// whose span runs from the first to the last of them; nullopt when there are none.
/// Call it on every segment the segmenter did not take as a contact block (body, notes,
/// boilerplate, navigation too: archive banners such as "... contact the records officer
/// (044-211-2253)" hold real numbers): the scorer counts every phone and e-mail of a page.
std::optional<Contact> FindInlineContact(std::string_view text, Span span, std::string_view region);

}  // namespace prextract::internal

#endif  // PREXTRACT_SEGMENT_FURNITURE_H_
