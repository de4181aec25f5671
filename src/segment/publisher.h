// Stage "segment", step 5: who issued the release, from the page's own words.
#ifndef PREXTRACT_SEGMENT_PUBLISHER_H_
#define PREXTRACT_SEGMENT_PUBLISHER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "prextract/release.h"

namespace prextract::internal {

/// What the segmenter saw that may name the publisher. Strings are copies; spans
/// point into `text`.
struct PublisherClues {
  std::string_view text;
  std::string title;
  std::string organisation;            // a header line "Department of Justice"
  // "Senator the Hon. Ian Campbell", "By X, Benzinga", as written (gaps and all).
  std::vector<std::string> bylines;
  std::vector<Span> licence_lines;     // "The works of the Ministry of ... can be used"
  std::vector<Span> furniture_lines;   // contacts and signatures after the body starts
  std::vector<std::string> about_names;
  std::vector<Span> lead_paragraphs;   // the first body paragraphs
  std::vector<Span> subtitles;         // "Sen. Jeff Bingaman today issued the following statement:"
  std::size_t dateline_bytes = 0;      // dateline length opening the first paragraph
};

/// The publisher, by the first clue that names one (licence footer, header line,
/// byline, signature acronym, wire subject, "About X", title acronym, body mention),
/// completed from lexicon en/publishers; the country falls back to en/country_cues.
std::optional<Publisher> FindPublisher(const PublisherClues& clues);

/// Country (ISO alpha-2) the text's own cues point to (lexicon en/country_cues,
/// Korean script), or "".
std::string CountryFromCues(std::string_view text);

/// "Taizhou Kaimi Biotech Co., Ltd., a global leader ..." -> "Taizhou Kaimi Biotech Co., Ltd.".
std::string LeadingName(std::string_view s);

/// "Ministry of Science and ICT (MSIT)" in `s` after an organisation head word, or
/// "Minister You Youngmin of Science and ICT" -> "Ministry of Science and ICT"; else "".
std::string GovernmentBodyIn(std::string_view s);

/// "Sen. Jeff Bingaman today ..." -> "Senator Jeff Bingaman"; else "".
std::string SenatorIn(std::string_view s);

}  // namespace prextract::internal

#endif  // PREXTRACT_SEGMENT_PUBLISHER_H_
