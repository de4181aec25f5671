// prextract — turn one press release into structured records.
//
//   prextract::Options options;
//   options.reference_date = "2023-05-25";
//   prextract::Release r = prextract::Extract(bytes, options);
//   if (r.error) { /* r.error->code, r.error->message */ }
//   for (const auto& p : r.paragraphs) use(r.text.substr(p.span.start, p.span.end - p.span.start));
//
// Extract() is pure and thread-safe: the same bytes and options give the same Release on
// any thread. It never throws and never prints; problems are Release::error (the input
// could not be read as text) or Release::warnings (it could, with caveats).
#ifndef PREXTRACT_EXTRACT_H_
#define PREXTRACT_EXTRACT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "prextract/release.h"

namespace prextract {

enum class Encoding { kAuto, kUtf8, kCp1252, kUtf16 };
enum class DateStyle { kContract, kTimeml };

/// Defaults: encoding auto, no reference date (the release's own date is used), the
/// whole page is segmented, contract date style, inputs up to 256 MiB.
struct Options {
  std::string reference_date;          // "YYYY-MM-DD"; empty: use the published date
  bool body_only = false;              // the whole input is body text
  DateStyle date_style = DateStyle::kContract;
  Encoding encoding = Encoding::kAuto;
  std::size_t max_input_bytes = std::size_t{256} << 20;
  std::string source_path = "-";      // copied into Release::source
  std::string source_id;               // JSONL record id; empty: none
  bool has_source_id = false;
};

/// Decodes `bytes` and extracts everything the release states.
/// Spans in the result point into Release::text.
Release Extract(std::string_view bytes, const Options& options);

/// True when `date` is a valid calendar date written YYYY-MM-DD.
bool IsIsoDate(std::string_view date);

}  // namespace prextract

#endif  // PREXTRACT_EXTRACT_H_
