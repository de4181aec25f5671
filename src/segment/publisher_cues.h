// The publisher rules (segment step 5) that read senators' names and country cues, kept
// apart from publisher.cc, and the word helpers both files use.
#ifndef PREXTRACT_SEGMENT_PUBLISHER_CUES_H_
#define PREXTRACT_SEGMENT_PUBLISHER_CUES_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace prextract::internal {

/// Whether s[at, at + len) stands as whole words (no letter or digit either side).
bool WordBoundaries(std::string_view s, std::size_t at, std::size_t len);

/// "Parliamentary", "Minister": a word that ends a name written before an office.
bool IsRoleWord(std::string_view w);

/// Appends `pending` (if any) and `word` to `out`, each after a space unless `out` is empty.
void AppendWords(std::string* out, std::string_view pending, std::string_view word);

/// Whether `word` stands as a whole word at least twice in `text` (in the title and again).
bool NamedTwice(std::string_view text, std::string_view word);

/// The senator a title names, cut to the first words of the name that `text` names again
/// (at least two), or "".
std::string SenatorOfTitle(const std::string& title, std::string_view text);

/// Whether `s` holds any senator cue ("Senator ", "Sen. ", a leader's title, "Senators ").
bool NamesSenator(std::string_view s);

/// The senator named in `text` whose name ends in `surname` ("Senator Lamar Alexander"), or
/// "Senator Allard" when the text names none in full; "" when it names neither.
std::string SenatorBySurname(std::string_view text, std::string_view surname);

}  // namespace prextract::internal

#endif  // PREXTRACT_SEGMENT_PUBLISHER_CUES_H_
