// One table per rule for pages whose punctuation was stripped (src/segment/stripped_rules.h).
#include "segment/stripped_rules.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "rule_table.h"

namespace prextract::internal {
namespace {

TEST(StrippedRulesTest, SpeakerAttribution) {
  ExpectAll(IsSpeakerAttribution, {{"Frist said", true},
                                   {"Senator Allard said", true},
                                   {"Sen  Landrieu continued", true},
                                   {"The Senator from Nevada said", true},
                                   // A headline capitalises its verb; a sentence says more.
                                   {"Frist Said", false},
                                   {"said Frist", false},
                                   {"The senior Senator from the state of Nevada said", false},
                                   {"said", false},
                                   {"the ministry said", false},
                                   {"Frist said.", false},
                                   {"Frist said,", false}});
}

TEST(StrippedRulesTest, PartyTag) {
  ExpectAll(OpensWithPartyTag, {{"R Colorado  said that the bill passed", true},
                                {"D WA  announced that she has included", true},
                                {"R South Carolina  today announced a grant", true},
                                {"D La   today applauded", true},
                                {"R OK", true},
                                {"D C  Senator Jane Roe", false},
                                {"R Colorado said that the bill passed", false},
                                {"D WA announced", false},
                                {"I Colorado  said", false},
                                {"Rep Colorado  said", false},
                                // An initial lost its period: two spaces.
                                {"R  David Paulison  Director for Federal Emergency Management", false}});
}

TEST(StrippedRulesTest, Initials) {
  ExpectAll(IsInitials, {{"U S", true},  {"D C", true},          {"U", true},    {" U S", true},
                         {"U S  Senator", false}, {"US", false},  {"Senator", false}, {"", false}});
}

TEST(StrippedRulesTest, EndsUnfinished) {
  ExpectAll(EndsUnfinished, {{"a boat access facility to the", true},
                             {"the leader of", true},
                             {"awarded a", true},
                             // A sentence may end with a preposition, and a heading with "The".
                             {"who he talked to", false},
                             {"Voices Of The", false},
                             {"it can do that", false},
                             // The last word is read after the last space or tab, whatever
                             // its length or case.
                             {"a facility to\tthe", true},
                             {"a facility to thermodynamics", false},
                             {"a facility to THE", false},
                             {"the", true},
                             // Ended by punctuation or a space: no word of the list ends the text.
                             {"a boat access facility to the.", false},
                             {"a boat access facility to the ", false},
                             {"", false}});
}

}  // namespace
}  // namespace prextract::internal
