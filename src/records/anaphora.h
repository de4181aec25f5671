// Definite descriptions of people already named: "the Minister", "the Secretary" (the
// person last named with that title), "the two sides", "the two top diplomats" (the two
// people last named). Records of a sentence take the people they stand for.
#ifndef PREXTRACT_RECORDS_ANAPHORA_H_
#define PREXTRACT_RECORDS_ANAPHORA_H_

#include <string_view>
#include <vector>

#include "records/context.h"

namespace prextract::internal {

/// Adds to each sentence's participants the people its descriptions refer to. One pass,
/// linear in words: the people named so far are kept by title word in a map.
void ResolveDescriptions(std::string_view text, std::vector<SentenceContext>* sentences);

}  // namespace prextract::internal

#endif  // PREXTRACT_RECORDS_ANAPHORA_H_
