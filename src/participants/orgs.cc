// Organisation detection: capitalised runs with a head word ("Ministry", "University"), a
// legal suffix ("Inc."), an acronym definition, a ticker, or a known international body.
#include "participants/candidates.h"
#include "participants/lexicons.h"
#include "participants/name_parts.h"

namespace prextract::internal {
namespace {

bool In(const std::unordered_set<std::string>& set, std::string_view key) {
  return set.count(std::string(key)) > 0;
}

bool IsHead(const Token& t) {
  const ParticipantLexicons& lex = Lexicons();
  return (t.cap || t.upper) && (In(lex.org_words, Key(t)) || In(lex.legal_suffixes, Key(t)));
}

bool HasHead(const std::vector<Token>& t, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    if (IsHead(t[k])) return true;
  }
  return false;
}

// "(BMBF)" right after `end`: returns the acronym's token index, or 0.
std::size_t AcronymAfter(const std::vector<Token>& t, std::size_t end) {
  if (end + 2 < t.size() && IsPunct(t[end], '(') && t[end + 1].upper && IsPunct(t[end + 2], ')')) {
    return end + 1;
  }
  return 0;
}

// "(Nasdaq: KSCP)", "(TSX.V: CCDS)": a listed company.
bool TickerAfter(const std::vector<Token>& t, std::size_t end) {
  return end + 3 < t.size() && IsPunct(t[end], '(') && t[end + 1].word &&
         IsPunct(t[end + 2], ':') && t[end + 3].upper;
}

// "(“Texas Star”)" or "(RapidFire)": a short name for the run before; returns its range.
bool NicknameAfter(const std::vector<Token>& t, std::size_t end, std::size_t* from,
                   std::size_t* to) {
  std::size_t k = end;
  if (k >= t.size() || !IsPunct(t[k], '(')) return false;
  ++k;
  if (k < t.size() && !t[k].word && t[k].punct != ')') ++k;   // an opening quote
  const std::size_t s = k;
  while (k < t.size() && t[k].word && (t[k].cap || t[k].upper) && k - s < 4) ++k;
  if (k == s) return false;
  *from = s;
  *to = k;
  if (k < t.size() && !t[k].word && t[k].punct != ')') ++k;   // a closing quote
  return k < t.size() && IsPunct(t[k], ')');
}

// Splits a run at "and" when both sides carry their own head word ("X Institute and the Y
// Institute"); "Ministry of Science and ICT" stays whole.
std::size_t SplitAt(const std::vector<Token>& t, std::size_t from, std::size_t to) {
  for (std::size_t k = from + 1; k + 1 < to; ++k) {
    if (Key(t[k]) != "and" && !IsPunct(t[k], ',')) continue;
    std::size_t next = k + 1;
    if (next < to && Key(t[next]) == "the") ++next;
    if (next < to && HasHead(t, from, k) && HasHead(t, next, to)) return k;
  }
  return to;
}

Candidate MakeOrg(std::string_view text, const BlockTokens& b, std::size_t from, std::size_t to) {
  Candidate c;
  c.kind = ParticipantKind::kOrganization;
  c.name = JoinTokens(text, b.tokens, from, to);
  c.span = {b.tokens[from].span.start, b.tokens[to - 1].span.end};
  return c;
}

// A lone head word names an organisation only when it is not a description ("the Senate",
// "Congress", but not "the ministry").
bool LoneHeadOk(const std::vector<Token>& t, std::size_t k) {
  return t[k].cap && !t[k].sentence_start && !In(Lexicons().org_anaphora, Key(t[k])) &&
         In(Lexicons().org_words, Key(t[k]));
}

void EmitSegment(std::string_view text, BlockTokens* b, std::size_t from, std::size_t to,
                 std::vector<Candidate>* out) {
  const std::vector<Token>& t = b->tokens;
  while (from < to && t[from].sentence_start && In(Lexicons().stopwords, Key(t[from]))) ++from;
  while (from < to && !t[from].cap && !t[from].upper) ++from;
  if (from >= to) return;
  const std::size_t acr = AcronymAfter(t, to);
  std::size_t nick_from = 0, nick_to = 0;
  const bool nick = NicknameAfter(t, to, &nick_from, &nick_to);
  const bool head = to - from == 1 ? LoneHeadOk(t, from) : HasHead(t, from, to);
  if (!head && !TickerAfter(t, to) && !(nick && to - from >= 2)) return;
  Candidate c = MakeOrg(text, *b, from, to);
  if (acr) c.acronym = std::string(t[acr].text);
  if (nick && !acr) c.name_words.push_back(JoinTokens(text, t, nick_from, nick_to));
  for (std::size_t k = from; k < to; ++k) b->used[k] = true;
  out->push_back(std::move(c));
}

// Known bodies ("United Nations", "OECD") by their lexicon phrases.
std::size_t TryKnown(std::string_view, BlockTokens* b, std::size_t i, std::vector<Candidate>* out) {
  const ParticipantLexicons& lex = Lexicons();
  const std::vector<Token>& t = b->tokens;
  const std::size_t most = std::min(lex.max_phrase_words, t.size() - i);
  for (std::size_t n = most; n >= 1; --n) {
    auto it = lex.known_orgs.find(PhraseKey(t, i, i + n));
    if (it == lex.known_orgs.end() || (n == 1 && !t[i].upper && !t[i].cap)) continue;
    Candidate c;
    c.kind = ParticipantKind::kOrganization;
    c.name = it->second.name;
    c.acronym = it->second.acronym;
    c.span = {t[i].span.start, t[i + n - 1].span.end};
    for (std::size_t k = i; k < i + n; ++k) b->used[k] = true;
    out->push_back(std::move(c));
    return n;
  }
  return 0;
}

}  // namespace

void ScanOrganizations(std::string_view text, BlockTokens* block, std::vector<Candidate>* out) {
  const std::vector<Token>& t = block->tokens;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (block->used[i] || !t[i].word || !(t[i].cap || t[i].upper)) continue;
    if (const std::size_t n = TryKnown(text, block, i, out)) {
      i += n - 1;
      continue;
    }
    std::size_t end = ParseCapRun(t, i);
    for (std::size_t k = i; k < end; ++k) {
      if (block->used[k]) end = k;
    }
    // "Barclays Capital, Inc.": the legal suffix after a comma belongs to the name.
    if (end + 1 < t.size() && IsPunct(t[end], ',') &&
        In(Lexicons().legal_suffixes, Key(t[end + 1]))) {
      end += 2;
    }
    if (end <= i) continue;
    std::size_t from = i;
    while (from < end) {
      const std::size_t to = SplitAt(t, from, end);
      EmitSegment(text, block, from, to, out);
      from = to + 1;
      if (from < end && Key(t[from]) == "the") ++from;
    }
    i = end - 1;
  }
}

}  // namespace prextract::internal
