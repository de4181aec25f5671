// Stage "participants": scans the body paragraphs and notes block by block, then merges
// the candidates of the whole release into records and numbers them.
#include "participants/participants.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "lexicon/lexicon.h"
#include "lexicon/string_table.h"
#include "participants/candidates.h"
#include "participants/lexicons.h"
#include "participants/merge.h"
#include "participants/name_parts.h"

namespace prextract::internal::parts {
namespace {

// The paragraphs, each cut where it goes on with a quotation's speaker (Layout::speaker_joins),
// and the notes.
std::vector<Span> Blocks(const Layout& layout) {
  std::vector<Span> spans;
  auto join = layout.speaker_joins.begin();
  for (const Paragraph& p : layout.paragraphs) {
    Span rest = p.span;
    for (; join != layout.speaker_joins.end() && *join < p.span.end; ++join) {
      if (*join <= rest.start) continue;
      spans.push_back(Span{rest.start, *join});
      rest.start = *join;
    }
    spans.push_back(rest);
  }
  for (const Segment& s : layout.segments) {
    if (s.kind == SegmentKind::kNote) spans.push_back(s.span);
  }
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
  return spans;
}

// An affiliation names an organisation when it is not a field of work or a country
// ("Minister of Foreign Affairs" is a title, "CEO of Acme" names Acme).
bool AffiliationIsOrg(const Candidate& c) {
  if (c.affiliation.empty() || c.affiliation_span.empty()) return false;
  const ParticipantLexicons& lex = Lexicons();
  const OwnTokens own = TokenizeOwn(c.affiliation);
  const TokenVector& t = own.tokens;
  std::string code;
  if (LongestMatch(lex.countries, t, 0, &code) == t.size()) return false;
  bool plain = true;
  for (const Token& w : t) {
    const std::string_view k = Key(w);   // the sets take views: no copy per word
    if (lex.org_words.count(k) || lex.legal_suffixes.count(k)) return true;
    if (lex.domain_words.count(k) || lex.titles.count(k)) plain = false;
  }
  return plain;
}

// Blocks read before, whose token vectors and index arrays later blocks take over: a
// release reads a few dozen blocks, and each allocated and freed both anew.
struct SpareBlocks {
  std::vector<BlockTokens> blocks;
  std::size_t tokens = 0;   // the token capacity the blocks hold
};

SpareBlocks& ThreadSpares() {
  thread_local SpareBlocks spares;
  return spares;
}

// A block whose storage is kept for a later one, within a bound (4 MiB of tokens, the blocks
// of dozens of usual releases): after an outsized release, no thread holds on to its memory.
void GiveBack(BlockTokens&& b) {
  constexpr std::size_t kMostSpareTokens = std::size_t{1} << 16;
  SpareBlocks& spares = ThreadSpares();
  const std::size_t tokens = b.tokens.capacity();
  if (spares.tokens + tokens > kMostSpareTokens) return;   // freed with `b` by its owner
  spares.tokens += tokens;
  spares.blocks.push_back(std::move(b));
}

// An empty block, with the storage of one given back when there is one.
BlockTokens TakeSpare() {
  SpareBlocks& spares = ThreadSpares();
  if (spares.blocks.empty()) return {};
  BlockTokens b = std::move(spares.blocks.back());
  spares.blocks.pop_back();
  spares.tokens -= b.tokens.capacity();
  return b;
}

// The tokens of text[span], marked for the scanners, none claimed yet. `lowered`:
// AsciiLower(text).
BlockTokens ReadBlock(std::string_view text, std::string_view lowered, Span span) {
  BlockTokens b = TakeSpare();
  TokenizeBlockInto(text, span, lowered, &b.tokens);
  MarkPhraseStarts(&b.tokens);
  MarkNameWords(&b);
  return b;
}

// "United States Attorney for the Eastern District of New York", where the release also names
// the "U.S Attorneys Office for the Eastern District of New York": the affiliation ends that
// longer name after "of" or "for" (and "the"), the office the person heads, and is no body of
// its own. "Car Donation Foundation's Vehicles for Veterans" names another body.
bool TailOfLongerName(std::string_view affiliation, std::string_view name) {
  const std::string aff = AsciiLower(affiliation), longer = AsciiLower(name);
  if (aff.empty() || !longer.ends_with(aff) || longer.size() == aff.size()) return false;
  std::string_view head(longer.data(), longer.size() - aff.size());
  if (head.ends_with("the ")) head.remove_suffix(4);
  return head.ends_with(" of ") || head.ends_with(" for ");
}

bool EndsAnOrgName(const std::vector<Candidate>& candidates, std::string_view affiliation) {
  return std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) {
    return c.kind == ParticipantKind::kOrganization && TailOfLongerName(affiliation, c.name);
  });
}

// The organisations an affiliation names, read by the organisation scanner itself ("the
// Justice Departments National Security Division" names two); the whole affiliation when
// the scanner finds none there ("CEO of Acme"), unless it ends a longer
// organisation's name (TailOfLongerName).
void AddAffiliationOrgs(std::string_view text, std::string_view lowered, const Candidate& person,
                        std::vector<Candidate>* out) {
  BlockTokens b = ReadBlock(text, lowered, person.affiliation_span);
  const std::size_t before = out->size();
  ScanOrganizations(text, &b, out);
  // The block goes back to be reused: its candidates keep no view of its tokens.
  for (std::size_t k = before; k < out->size(); ++k) (*out)[k].name_tokens = {};
  GiveBack(std::move(b));
  if (out->size() > before || EndsAnOrgName(*out, person.affiliation)) return;
  Candidate org;
  org.kind = ParticipantKind::kOrganization;
  org.name = person.affiliation;
  org.span = person.affiliation_span;
  out->push_back(std::move(org));
}

std::vector<Candidate> Seeds(const Layout& layout) {
  std::vector<Candidate> seeds;
  if (!layout.publisher || layout.publisher->name.empty()) return seeds;
  Candidate c;
  c.kind = ParticipantKind::kOrganization;
  c.name = layout.publisher->name;
  c.acronym = layout.publisher->acronym;
  c.code = layout.publisher->country;
  seeds.push_back(std::move(c));
  return seeds;
}

struct FoldedOrg {
  const Participant* org;
  std::string name, acronym;   // FoldName of the organisation's
};

// The organisations of `records` in order, their names folded once for every person.
std::vector<FoldedOrg> FoldedOrgs(const std::vector<Participant>& records) {
  std::vector<FoldedOrg> orgs;
  for (const Participant& o : records) {
    if (o.kind != ParticipantKind::kOrganization) continue;
    orgs.push_back({&o, FoldName(o.name), FoldName(o.acronym)});
  }
  return orgs;
}

// Replaces each person's affiliation text with the id of the organisation it names.
void LinkAffiliations(std::vector<Participant>* records) {
  std::vector<FoldedOrg> orgs;
  bool folded = false;   // orgs: folded once the first person names an organisation
  for (Participant& p : *records) {
    if (p.kind != ParticipantKind::kPerson || p.organization.empty()) continue;
    if (!folded) {
      orgs = FoldedOrgs(*records);
      folded = true;
    }
    const std::string aff = FoldName(p.organization);
    const std::string written = std::move(p.organization);
    p.organization.clear();
    for (const FoldedOrg& o : orgs) {
      if (o.name == aff || o.acronym == aff ||
          (o.name.size() >= 4 && aff.find(o.name) != std::string::npos)) {
        p.organization = o.org->id;
        break;
      }
    }
    for (const FoldedOrg& o : orgs) {
      if (!p.organization.empty()) break;
      if (TailOfLongerName(written, o.org->name)) p.organization = o.org->id;
    }
  }
}

// Adds the mentions of a person to those of the organisation of its name: events find the
// name there.
void MoveMentions(const Participant& person, Participant* org) {
  std::vector<Span>& mentions = org->mentions;
  mentions.insert(mentions.end(), person.mentions.begin(), person.mentions.end());
  std::sort(mentions.begin(), mentions.end(), [](Span a, Span b) { return a.start < b.start; });
  mentions.erase(std::unique(mentions.begin(), mentions.end(),
                             [](Span a, Span b) { return a.start == b.start && a.end == b.end; }),
                 mentions.end());
}

// The first of `orgs` whose name folds as `name` does (FoldName), or null; none when the
// publisher's does too. Compared name by name, without a fold or a hash of either.
Participant* OrgNamed(const Layout& layout, std::vector<Participant>* orgs, std::string_view name) {
  for (Participant& o : *orgs) {
    if (!SameFolded(o.name, name)) continue;
    return layout.publisher && SameFolded(layout.publisher->name, name) ? nullptr : &o;
  }
  return nullptr;
}

// "U Power's technology" read as a person where the release also names the company "U
// Power (NASDAQ: UCAR)": one name is one participant, and the organisation's evidence is the
// stronger. A publisher taken from the release's furniture may be a person ("Sherring Hope"),
// so it overrules no one.
void DropPeopleNamedAsOrgs(const Layout& layout, std::vector<Participant>* orgs,
                           std::vector<Participant>* people) {
  if (orgs->empty() || people->empty()) return;   // no name to compare: no index to build
  // A release names a few of each: each pair compared costs less than folding every name
  // into a string and hashing it. Only many of both are indexed.
  constexpr std::size_t kMostPairs = 256;
  if (orgs->size() * people->size() <= kMostPairs) {
    std::erase_if(*people, [&](const Participant& p) {
      Participant* const org = OrgNamed(layout, orgs, p.name);
      if (org) MoveMentions(p, org);
      return org != nullptr;
    });
    return;
  }
  StringMap<Participant*> by_name;
  for (Participant& o : *orgs) by_name.emplace(FoldName(o.name), &o);
  if (layout.publisher) by_name.erase(FoldName(layout.publisher->name));
  std::erase_if(*people, [&](const Participant& p) {
    const auto it = by_name.find(FoldName(p.name));
    if (it == by_name.end()) return false;
    MoveMentions(p, it->second);
    return true;
  });
}

void Number(std::vector<Participant>* records, char prefix) {
  int n = 0;
  for (Participant& p : *records) {
    // Written into the id itself: the sum of a char and a string was a third string.
    p.id.assign(1, prefix);
    p.id.append(std::to_string(++n));
  }
}

std::vector<Participant> Find(std::string_view text, std::string_view lowered, const Layout& layout) {
  const std::vector<Span> spans = Blocks(layout);
  std::vector<BlockTokens> blocks;
  blocks.reserve(spans.size());
  std::vector<Candidate> candidates;
  // A release has a few dozen candidates: growing the vector one doubling at a time moved
  // every candidate, with its strings, again and again.
  candidates.reserve(64);
  for (const Span& span : spans) {
    BlockTokens b = ReadBlock(text, lowered, span);
    ScanPeople(text, &b, &candidates);
    ScanOrganizations(text, &b, &candidates);
    ScanCountries(text, b, &candidates);
    blocks.push_back(std::move(b));
  }
  ScanNamesOfShortForms(text, &blocks, &candidates);
  DropUsStateNamesakes(text, lowered, &candidates);
  const std::size_t people_end = candidates.size();
  for (std::size_t i = 0; i < people_end; ++i) {
    if (candidates[i].kind != ParticipantKind::kPerson || !AffiliationIsOrg(candidates[i])) continue;
    AddAffiliationOrgs(text, lowered, candidates[i], &candidates);
  }
  std::vector<Participant> people = MergePeople(candidates, &blocks);
  std::vector<Participant> orgs = MergeOrganizations(text, candidates, Seeds(layout), &blocks);
  std::vector<Participant> countries = MergeCountries(candidates);
  for (BlockTokens& b : blocks) GiveBack(std::move(b));
  DropPeopleNamedAsOrgs(layout, &orgs, &people);
  OrderRecords(&people);
  OrderRecords(&orgs);
  OrderRecords(&countries);
  Number(&people, 'p');
  Number(&orgs, 'o');
  Number(&countries, 'c');
  std::vector<Participant> all = std::move(people);
  all.reserve(all.size() + orgs.size() + countries.size());
  // Moved, not copied: the records are not read again here.
  all.insert(all.end(), std::make_move_iterator(orgs.begin()), std::make_move_iterator(orgs.end()));
  all.insert(all.end(), std::make_move_iterator(countries.begin()),
             std::make_move_iterator(countries.end()));
  LinkAffiliations(&all);
  return all;
}

}  // namespace
}  // namespace prextract::internal::parts

namespace prextract::internal {

std::vector<Participant> FindParticipants(std::string_view text, const Layout& layout,
                                          std::string_view lowered) {
  std::string own_lowered;
  if (lowered.size() != text.size()) {
    AsciiLowerInto(text, &own_lowered);
    lowered = own_lowered;
  }
  return parts::Find(text, lowered, layout);
}

}  // namespace prextract::internal
