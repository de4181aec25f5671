// Person alias merging: full names, romanisation variants, then partial forms (surname,
// title + surname, title + given name) and bare surname mentions.
#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <functional>
#include <span>
#include <string_view>
#include <utility>

#include <absl/container/flat_hash_map.h>

#include "lexicon/lexicon.h"
#include "lexicon/string_table.h"
#include "participants/lexicons.h"
#include "participants/merge.h"
#include "participants/name_parts.h"

namespace prextract::internal::parts {
namespace {

// The words of a name, each folded (FoldName): once per name, not once per comparison.
using FoldedWords = std::vector<std::string>;

FoldedWords FoldWords(const std::vector<std::string>& words) {
  FoldedWords folded;
  folded.reserve(words.size());
  for (const std::string& w : words) folded.push_back(FoldName(w));
  return folded;
}

std::string Skeleton(const FoldedWords& folded, std::size_t from) {
  std::string s;
  for (std::size_t i = from; i < folded.size(); ++i) {
    for (const char c : folded[i]) {
      if (c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u') s.push_back(c);
    }
  }
  return s;
}

// Whether the words of `a` and of `b`, each run together, spell one string: compared as
// they run, without joining either.
bool SameConcatenation(const FoldedWords& a, const FoldedWords& b) {
  std::size_t wa = 0, ca = 0, wb = 0, cb = 0;   // word and character positions
  while (true) {
    while (wa < a.size() && ca == a[wa].size()) ++wa, ca = 0;
    while (wb < b.size() && cb == b[wb].size()) ++wb, cb = 0;
    if (wa == a.size() || wb == b.size()) return wa == a.size() && wb == b.size();
    if (a[wa][ca++] != b[wb][cb++]) return false;
  }
}

// The letters of all the words: two names of other sizes hold other words, which is
// told without sorting them.
std::size_t Letters(const FoldedWords& words) {
  std::size_t n = 0;
  for (const std::string& w : words) n += w.size();
  return n;
}

// Whether `a` and `b` hold the same words in some order. Names have a few words: sorted
// views of them live on the stack, and only a longer name allocates.
bool SameWordSet(const FoldedWords& a, const FoldedWords& b) {
  if (a.size() != b.size() || Letters(a) != Letters(b)) return false;
  constexpr std::size_t kInline = 8;
  std::array<std::string_view, kInline> inline_a, inline_b;
  std::vector<std::string_view> more_a, more_b;
  std::span<std::string_view> sa(inline_a.data(), a.size()), sb(inline_b.data(), b.size());
  if (a.size() > kInline) {
    more_a.resize(a.size());
    more_b.resize(b.size());
    sa = more_a;
    sb = more_b;
  }
  std::copy(a.begin(), a.end(), sa.begin());
  std::copy(b.begin(), b.end(), sb.begin());
  std::sort(sa.begin(), sa.end());
  std::sort(sb.begin(), sb.end());
  return std::equal(sa.begin(), sa.end(), sb.begin());
}

// The lines of en/given_name_forms that list each given name, as its canonical or a short
// form: "steve" is on two ("stephen", "steven").
const StringMap<std::vector<int>>& GivenNameLines() {
  static const auto* lines = [] {
    auto* m = new StringMap<std::vector<int>>();
    const std::vector<LexiconEntry>& entries = Lexicon("en/given_name_forms");
    for (int i = 0; i < static_cast<int>(entries.size()); ++i) {
      for (const std::string& form : entries[i].variants) (*m)[form].push_back(i);
    }
    return m;
  }();
  return *lines;
}

// "Chuck" / "Charles", "Mike" / "Michael": one given name written in two forms (folded).
bool SameGivenName(const std::string& a, const std::string& b) {
  const auto& lines = GivenNameLines();
  const auto ia = lines.find(a), ib = lines.find(b);
  if (ia == lines.end() || ib == lines.end()) return false;
  return std::find_first_of(ia->second.begin(), ia->second.end(), ib->second.begin(), ib->second.end()) !=
         ia->second.end();
}

// "Don" / "Donald": one given name shortens the other, or is its familiar form ("Chuck" /
// "Charles").
bool GivenNamesAgree(const std::string& a, const std::string& b) {
  const bool shortens = std::min(a.size(), b.size()) >= 3 &&
                        (a.compare(0, b.size(), b) == 0 || b.compare(0, a.size(), a) == 0);
  return shortens || SameGivenName(a, b);
}

// SamePerson of the names whose words are folded as `fa` and `fb`.
bool SameFoldedPerson(const FoldedWords& fa, const FoldedWords& fb) {
  if (fa.empty() || fb.empty()) return false;
  if (SameConcatenation(fa, fb)) return true;
  if (SameWordSet(fa, fb)) return true;
  // "Don Bradman" / "Donald Bradman", "Chuck Schumer" / "Charles Schumer".
  const std::string& ga = fa.front();
  const std::string& gb = fb.front();
  if (fa.size() >= 2 && fb.size() >= 2 && fa.back() == fb.back() && GivenNamesAgree(ga, gb)) return true;
  if (ga != gb) return false;
  const std::string sa = Skeleton(fa, 1), sb = Skeleton(fb, 1);
  return sa.size() >= 2 && sa == sb;
}

struct Record {
  Participant p;
  FoldedWords folded;   // the name's words, folded
  bool strong = false;
};

// FoldName of every byte, or 0 for a byte the fold drops: the merges fold every name word
// of the text, and a table read costs less than the ranges tested.
constexpr std::array<char, 256> kFoldedBytes = [] {
  std::array<char, 256> folded{};
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || b >= 0x80) folded[b] = c;
    if (c >= 'A' && c <= 'Z') folded[b] = static_cast<char>(c - 'A' + 'a');
  }
  return folded;
}();

char FoldByte(char c) { return kFoldedBytes[static_cast<unsigned char>(c)]; }

// A view: a surname mention offers its text as written, copied only when it is a new alias.
void AddAlias(Participant* p, std::string_view alias) {
  if (alias.empty() || SameFolded(alias, p->name)) return;
  for (const std::string& a : p->aliases) {
    if (a == alias) return;
  }
  p->aliases.emplace_back(alias);
}

void Absorb(Record* r, const Candidate& c) {
  r->p.mentions.push_back(c.span);
  // The fullest title a full-name mention gives ("Minister of Foreign Affairs" over "Foreign
  // Minister"); a partial form's title only when there is none.
  if (r->p.title.empty() || (c.strong && c.title.size() > r->p.title.size())) r->p.title = c.title;
  if (r->p.country.empty()) r->p.country = c.code;
  if (r->p.organization.empty()) r->p.organization = c.affiliation;   // a name until linked
  AddAlias(&r->p, c.alias.empty() ? c.name : c.alias);
}

// The record a one-word form refers to: the only one with that word, else the latest.
Record* FindByWord(std::vector<Record>* records, std::string_view word) {
  const std::string folded = FoldName(word);
  Record* best = nullptr;
  for (Record& r : *records) {
    if (std::find(r.folded.begin(), r.folded.end(), folded) == r.folded.end()) continue;
    if (!best || r.p.mentions.back().start > best->p.mentions.back().start) best = &r;
  }
  return best;
}

void AddStrong(const Candidate& c, std::vector<Record>* records) {
  FoldedWords folded = FoldWords(c.name_words);
  for (Record& r : *records) {
    if (SameFoldedPerson(r.folded, folded)) {
      Absorb(&r, c);
      return;
    }
  }
  // Built in place: a record holds a participant, so moving one in cost as much.
  Record& r = records->emplace_back();
  r.p.kind = ParticipantKind::kPerson;
  r.p.name = c.name;
  r.folded = std::move(folded);
  r.strong = true;
  Absorb(&r, c);
}

void AddWeak(const Candidate& c, std::vector<Record>* records) {
  if (c.name_words.empty()) return;
  Record* r = FindByWord(records, c.name_words.back());
  const std::string& w = c.name_words.back();
  if (!r && w.size() > 3 && w.back() == 's') r = FindByWord(records, w.substr(0, w.size() - 1));
  if (r) {
    Absorb(r, c);
    return;
  }
  Record& fresh = records->emplace_back();
  fresh.p.kind = ParticipantKind::kPerson;
  fresh.p.name = c.name;
  fresh.folded = FoldWords(c.name_words);
  Absorb(&fresh, c);
}

// Bare surnames ("Kang", "Baucus") anywhere not yet claimed by another scanner.
// Records by each folded name word, so the scan stays linear in the text. Keyed by views
// into the records' folded words, which the scan leaves as they are: no word is copied. The
// records of a word are a chain through `links`, in record order: two arrays in all rather
// than one per word.
struct WordIndex {
  static constexpr std::uint32_t kEnd = UINT32_MAX;
  struct Chain {
    std::uint32_t head, tail;   // indices into links
  };
  struct Link {
    std::uint32_t record, next;
  };
  absl::flat_hash_map<std::string_view, Chain, StringHash, std::equal_to<>> chains;
  std::vector<Link> links;
  // The first bytes of the words (byte 0 for an empty word): most capitalised words begin
  // none, and are turned away before they are folded and hashed.
  std::bitset<256> firsts;
};

WordIndex IndexWords(const std::vector<Record>& records) {
  WordIndex index;
  std::size_t words = 0;
  for (const Record& r : records) words += r.folded.size();
  index.links.reserve(words);
  index.chains.reserve(words);
  for (std::size_t r = 0; r < records.size(); ++r) {
    for (const std::string& w : records[r].folded) {
      const auto link = static_cast<std::uint32_t>(index.links.size());
      index.links.push_back({static_cast<std::uint32_t>(r), WordIndex::kEnd});
      const auto [it, added] = index.chains.try_emplace(w, WordIndex::Chain{link, link});
      if (!added) index.links[std::exchange(it->second.tail, link)].next = link;
      index.firsts.set(w.empty() ? 0 : static_cast<unsigned char>(w[0]));
    }
  }
  return index;
}

// The first byte of FoldName(word), or 0 when that is empty.
unsigned char FirstFolded(std::string_view word) {
  for (const char c : word) {
    if (const char f = FoldByte(c)) return static_cast<unsigned char>(f);
  }
  return 0;
}

// "The Bigger Conversation Stephens will ...": a run-in heading of two or more capitalised
// words ends right before the surname; a given name there would make it another person.
bool AfterHeading(const TokenVector& t, std::size_t i) {
  const Token& prev = t[i - 1];
  if (prev.initial || HasWord(kGivenNamesBit, prev)) return false;
  std::size_t run = 0;
  for (std::size_t k = i; k > 0 && t[k - 1].word && t[k - 1].cap && run < 2; --k) ++run;
  return run >= 2;
}

bool LastWordOf(const Record& r, std::string_view folded) {
  return !r.folded.empty() && r.folded.back() == folded;
}

void ScanSurnames(std::vector<BlockTokens>* blocks, std::vector<Record>* records) {
  if (records->empty()) return;   // no surname to find: not a word of the text is read
  const WordIndex index = IndexWords(*records);
  for (BlockTokens& b : *blocks) {
    // Read once: the stores into the records below may alias the vector's size, which the
    // loop read back from memory for every token.
    const std::size_t n = b.tokens.size();
    // A name word is a capitalised word: the others are not visited.
    for (const std::size_t i : b.capitals()) {
      const Token& t = b.tokens[i];
      if (!IsNameWord(t) || t.used || t.initial) continue;
      if (i + 1 < n && IsNameWord(b.tokens[i + 1])) continue;
      const bool heading = i > 0 && IsNameWord(b.tokens[i - 1]) && !b.tokens[i - 1].used;
      if (heading && !AfterHeading(b.tokens, i)) continue;
      if (!index.firsts.test(FirstFolded(t.text))) continue;
      const std::string folded = FoldName(t.text);
      const auto it = index.chains.find(folded);
      if (it == index.chains.end()) continue;
      Record* r = nullptr;   // the only record with that word, else the latest mentioned
      for (std::uint32_t k = it->second.head; k != WordIndex::kEnd; k = index.links[k].next) {
        Record& c = (*records)[index.links[k].record];
        if (!r || c.p.mentions.back().start > r->p.mentions.back().start) r = &c;
      }
      if (heading && !LastWordOf(*r, it->first)) continue;
      r->p.mentions.push_back(t.span);
      AddAlias(&r->p, t.text);
      b.tokens[i].used = true;
    }
  }
}

}  // namespace

namespace {

// FoldName of `s` into out[0, s.size()); returns the folded size.
std::size_t FoldInto(std::string_view s, char* out) {
  std::size_t n = 0;
  for (const char c : s) {
    if (const char f = FoldByte(c)) out[n++] = f;
  }
  return n;
}

}  // namespace

std::string FoldName(std::string_view s) {
  // The merges fold every name word of the text: written by index into a buffer sized once,
  // without a call per byte. Most are words, folded on the stack: the string is built once
  // from them, without first clearing a buffer and then shrinking it.
  char word[64];
  if (s.size() <= sizeof word) return std::string(word, FoldInto(s, word));
  std::string out(s.size(), '\0');
  out.resize(FoldInto(s, out.data()));
  return out;
}

bool SameFolded(std::string_view a, std::string_view b) {
  std::size_t i = 0, j = 0;
  while (true) {
    while (i < a.size() && FoldByte(a[i]) == 0) ++i;
    while (j < b.size() && FoldByte(b[j]) == 0) ++j;
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (FoldByte(a[i]) != FoldByte(b[j])) return false;
    ++i;
    ++j;
  }
}

bool SamePerson(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return SameFoldedPerson(FoldWords(a), FoldWords(b));
}

std::vector<Participant> MergePeople(const std::vector<Candidate>& candidates,
                                     std::vector<BlockTokens>* blocks) {
  std::vector<Record> records;
  // At most one record per candidate: reserved, so that no record is moved as they come.
  const auto is_person = [](const Candidate& c) { return c.kind == ParticipantKind::kPerson; };
  records.reserve(std::count_if(candidates.begin(), candidates.end(), is_person));
  for (const Candidate& c : candidates) {
    if (c.kind == ParticipantKind::kPerson && c.strong) AddStrong(c, &records);
  }
  for (const Candidate& c : candidates) {
    if (c.kind == ParticipantKind::kPerson && !c.strong) AddWeak(c, &records);
  }
  ScanSurnames(blocks, &records);
  std::vector<Participant> out;
  out.reserve(records.size());
  for (Record& r : records) out.push_back(std::move(r.p));
  return out;
}

}  // namespace prextract::internal::parts
