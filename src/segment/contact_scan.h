// Phone and e-mail scanners behind ParseContact and FindInlineContact. Hand-written,
// linear in the span; libphonenumber only ever sees one short candidate at a time.
#ifndef PREXTRACT_SEGMENT_CONTACT_SCAN_H_
#define PREXTRACT_SEGMENT_CONTACT_SCAN_H_

#include <string>
#include <string_view>
#include <vector>

#include "prextract/release.h"

namespace prextract::internal {

/// Valid phone numbers in text[span], in text order, with `text` as written and `e164`.
/// Candidates are runs of digits and phone punctuation; dates, year ranges, ZIP codes,
/// numbers after "No."/"ID" and digits inside URLs are rejected before parsing. A run
/// holding several numbers ("DC 20530 202-514-2007") is split at spaces.
std::vector<Phone> FindPhones(std::string_view text, Span span, std::string_view region);

/// The E.164 form of one written number, or "" when it does not validate. Numbers with
/// "+" parse as international; others with `region` (ISO alpha-2), falling back to (or,
/// outside North America, preferring) US for numbers shaped like North-American ones
/// ("(202) 514-2007", "202-224-2651"). With no region only such numbers parse.
std::string PhoneToE164(std::string_view written, std::string_view region);

/// True when `s` as a whole is shaped like a phone number (phone punctuation, 7 to 15
/// digits, no date or year range); no validation, no region.
bool LooksLikePhoneText(std::string_view s);

/// E-mail addresses in text[span], in text order. Words that scraping glued onto an
/// address are cut off: a phone number in `phones` ending right before it, a title or
/// label before it ("CEOjane@x.com"), the domain's own name before it
/// ("WorkSpansam@workspan.com"), and a word after the top-level domain ("x.comPhone").
std::vector<Email> FindEmails(std::string_view text, Span span, const std::vector<Phone>& phones);

}  // namespace prextract::internal

#endif  // PREXTRACT_SEGMENT_CONTACT_SCAN_H_
