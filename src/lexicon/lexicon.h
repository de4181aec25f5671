// Lexicons: vocabulary kept as data (data/lexicons/<lang>/<name>.txt), one entry a
// line, "canonical|variant|variant", '#' starts a comment. Loaded once, read-only after.
#ifndef PREXTRACT_LEXICON_LEXICON_H_
#define PREXTRACT_LEXICON_LEXICON_H_

#include <string>
#include <string_view>
#include <vector>

#include "lexicon/string_table.h"

namespace prextract::internal {

struct LexiconEntry {
  std::string canonical;
  std::vector<std::string> variants;   // includes the canonical form first
};

/// A lexicon's entries in file order. REQUIRES: `name` is embedded ("en/months"); an
/// unknown name is a programming error and yields an empty list.
const std::vector<LexiconEntry>& Lexicon(std::string_view name);

/// Every variant of `name`, lower-cased, mapped to its canonical form. Built once.
const StringMap<std::string>& LexiconIndex(std::string_view name);

/// ASCII lower-casing; other bytes are kept.
std::string AsciiLower(std::string_view s);

/// `*out` = AsciiLower(s), reusing out's buffer, by a loop that pays off on long ranges: for
/// callers that lower a whole text or paragraph once rather than word by word.
void AsciiLowerInto(std::string_view s, std::string* out);

/// ASCII lower-casing of one byte; other bytes are kept.
inline char AsciiLowerByte(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace prextract::internal

#endif  // PREXTRACT_LEXICON_LEXICON_H_
