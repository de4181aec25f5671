// The organisation merge reads a scanned candidate's words off the block it came from
// (Candidate::name_tokens) rather than tokenising its name again: the records must be those
// the name alone gives.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"
#include "participants/candidates.h"
#include "participants/lexicons.h"
#include "participants/merge.h"
#include "participants/name_parts.h"

namespace prextract::internal::parts {
namespace {

// Each record's name, acronym, country, aliases and mentions, one line per record.
std::vector<std::string> Describe(const std::vector<Participant>& orgs) {
  std::vector<std::string> lines;
  for (const Participant& p : orgs) {
    std::string line;
    for (const std::string_view part : {std::string_view(p.name), std::string_view(p.acronym),
                                        std::string_view(p.country)}) {
      line.append(part).append(" | ");
    }
    for (const std::string& a : p.aliases) line.append(a).append("; ");
    for (const Span& m : p.mentions) {
      line.append(std::to_string(m.start)).append("-").append(std::to_string(m.end)).append(" ");
    }
    lines.push_back(line);
  }
  return lines;
}

// The organisations of `text` read as one block, merged with the candidates' block tokens
// or (`drop_tokens`) without them.
std::vector<std::string> MergeOfText(std::string_view text, bool drop_tokens,
                                     std::size_t* with_tokens) {
  const std::string lowered = AsciiLower(text);
  std::vector<BlockTokens> blocks(1);
  BlockTokens& b = blocks[0];
  TokenizeBlockInto(text, Span{0, text.size()}, lowered, &b.tokens);
  MarkPhraseStarts(&b.tokens);
  MarkNameWords(&b);
  std::vector<Candidate> candidates;
  ScanOrganizations(text, &b, &candidates);
  *with_tokens = 0;
  for (Candidate& c : candidates) {
    *with_tokens += !c.name_tokens.empty();
    if (drop_tokens) c.name_tokens = {};
  }
  return Describe(MergeOrganizations(text, candidates, {}, &blocks));
}

TEST(OrgMerge, BlockTokensServeAsTheNamesOwn) {
  const std::string_view texts[] = {
      "The Department of Justice (DOJ) and the U.S. Department of Justice met Barclays "
      "Capital, Inc. on Monday. Barclays and the DOJ agreed.",
      "The Office of the Inspector General of the Federal Housing Finance Agency and the "
      "Justice Departments Environment Division.",
      "The Joint Korea-Germany Committee on Trade and Investment met, and the Korea-Germany "
      "Joint Committee on Trade and Investment said the committee would meet again.",
      "Smart & Sassy LLC and the National Security Divisions highest priority, Acme  Corp. "
      "and the Keep A Breast Foundation (KAB).",
  };
  for (const std::string_view text : texts) {
    std::size_t read = 0, dropped = 0;
    const std::vector<std::string> from_block = MergeOfText(text, false, &read);
    const std::vector<std::string> from_name = MergeOfText(text, true, &dropped);
    EXPECT_GT(read, 0u) << text;   // the scan hands the merge its tokens
    EXPECT_FALSE(from_block.empty()) << text;
    EXPECT_EQ(from_block, from_name) << text;
  }
}

}  // namespace
}  // namespace prextract::internal::parts
