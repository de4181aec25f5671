// Data embedded at build time (cmake/embed_data.cmake): the lexicon files of
// data/lexicons/, schema/prextract.schema.json, data/html/view.css and Debian iso-codes' ISO 3166-1
// table and the states of its ISO 3166-2 table.
#ifndef PREXTRACT_LEXICON_EMBEDDED_H_
#define PREXTRACT_LEXICON_EMBEDDED_H_

#include <string_view>
#include <vector>

namespace prextract::internal {

struct EmbeddedFile {
  std::string_view name;   // path under data/lexicons without ".txt", e.g. "en/months"
  std::string_view text;
};

struct IsoCountry {
  std::string_view alpha_2;
  std::string_view alpha_3;
  std::string_view name;
  std::string_view common_name;     // may be empty
  std::string_view official_name;   // may be empty
};

const std::vector<EmbeddedFile>& EmbeddedLexicons();
const std::vector<IsoCountry>& IsoCountries();

/// A state or outlying area among ISO 3166-2's subdivisions, as iso-codes spells it.
struct IsoState {
  std::string_view country;   // alpha-2 of the country: "US"
  std::string_view code;      // ISO 3166-2: "US-MO"; "US-PR" for Puerto Rico, which 3166-1 lists as PR
  std::string_view name;      // "Missouri", "Queensland", "Puerto Rico"
};

const std::vector<IsoState>& IsoStates();

/// schema/prextract.schema.json.
std::string_view EmbeddedSchema();

/// data/html/view.css: the style sheet of the annotated HTML view.
std::string_view EmbeddedHtmlStyle();

}  // namespace prextract::internal

#endif  // PREXTRACT_LEXICON_EMBEDDED_H_
