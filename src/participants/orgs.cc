// Organisation detection: capitalised runs with a head word ("Ministry", "University"), a
// legal suffix ("Inc."), an acronym definition, a ticker, or a known international body.
#include "participants/candidates.h"
#include "participants/lexicons.h"
#include "participants/name_parts.h"

namespace prextract::internal::parts {
namespace {

bool In(const StringSet& set, std::string_view key) { return set.find(key) != set.end(); }

bool IsHead(const Token& t) {
  const ParticipantLexicons& lex = Lexicons();
  if (!t.cap && !t.upper) return false;
  const std::string_view k = Key(t);
  if (In(lex.org_words, k) || In(lex.legal_suffixes, k)) return true;
  return k.size() > 3 && k.back() == 's' && In(lex.org_words, k.substr(0, k.size() - 1));
}

bool HasHead(const std::vector<Token>& t, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    if (IsHead(t[k])) return true;
  }
  return false;
}

bool IsCountry(const std::vector<Token>& t, std::size_t from, std::size_t to) {
  std::string code;
  return LongestMatch(Lexicons().countries, t, from, &code) == to - from;
}

bool IsPreposition(std::string_view k) {
  return k == "of" || k == "on" || k == "at" || k == "for" || k == "to";
}

// "CEO of Kontron AG", "Session of the X Commission": drops what comes before a
// preposition when only the part after it names the organisation.
std::size_t DropLead(const std::vector<Token>& t, std::size_t from, std::size_t to) {
  for (std::size_t k = from + 1; k + 1 < to; ++k) {
    const std::string_view k_key = Key(t[k]);
    if (!IsPreposition(k_key) && k_key != "'s" && k_key != "’s") continue;
    if (HasHead(t, from, k) || !HasHead(t, k + 1, to)) return from;
    from = k + 1;
    if (from < to && Key(t[from]) == "the") ++from;
  }
  return from;
}

// "(BMBF)" right after `end`: returns the acronym's token index, or 0.
std::size_t AcronymAfter(const std::vector<Token>& t, std::size_t end) {
  if (end + 2 < t.size() && IsPunct(t[end], '(') && t[end + 1].upper &&
      (IsPunct(t[end + 2], ')') || IsPunct(t[end + 2], ';') || IsPunct(t[end + 2], ','))) {
    return end + 1;
  }
  return 0;
}

// The letters of the acronym at `acr` are, in order, initials of words of [from, acr),
// starting with the first ("Centers for Disease Control and Prevention CDC").
bool InitialsMatch(const std::vector<Token>& t, std::size_t from, std::size_t acr) {
  const std::string_view letters = t[acr].text;
  std::size_t n = 0;
  for (std::size_t k = from; k < acr && n < letters.size(); ++k) {
    if (t[k].word && (t[k].cap || t[k].upper) && t[k].text[0] == letters[n]) ++n;
    else if (k == from) return false;
  }
  return n == letters.size() && letters.size() >= 2;
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
// The first head word of [from, to) comes before any preposition ("Federal Bureau of X").
bool HeadFirst(const std::vector<Token>& t, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    if (IsHead(t[k])) return true;
    if (IsPreposition(Key(t[k]))) return false;
  }
  return false;
}

bool IsLegal(const Token& t) { return In(Lexicons().legal_suffixes, Key(t)); }

// Where a run holding two organisations splits: "X Institute and the Y Institute", "Trump
// Administration and EPA", "X LLC and Y", "Center for X of the Ministry of Y". Searches from
// the right; returns `to` when the run is one name ("Ministry of Science and ICT").
std::size_t SplitAt(const std::vector<Token>& t, std::size_t from, std::size_t to) {
  for (std::size_t k = to - 1; k > from + 1; --k) {
    const std::string_view key = Key(t[k - 1]);
    const bool joiner = key == "and" || IsPunct(t[k - 1], ',') || IsPunct(t[k - 1], '&');
    if (!joiner && key != "of") continue;
    const std::size_t at = k - 1;
    std::size_t next = k;
    const bool the = Key(t[next]) == "the";
    if (the) ++next;
    if (next >= to || IsLegal(t[next]) || !HasHead(t, from, at)) continue;
    if (key == "of") {   // "X Center of the Ministry of Y"
      if (the && IsHead(t[next]) && !IsLegal(t[next]) && to - next >= 2) return at;
      continue;
    }
    const bool company_end = IsLegal(t[at - 1]);
    const bool both = HeadFirst(t, next, to) && (the || to - next >= 2);
    const bool acronym = to - next == 1 && t[next].upper &&
                         !In(Lexicons().domain_words, Key(t[next]));   // not "Science and ICT"
    if (company_end || both || acronym || IsCountry(t, next, to)) return at;
  }
  return to;
}

// Tokens [nick_from, nick_to) repeat the start of the run at `from`.
bool IsPrefix(const std::vector<Token>& t, std::size_t from, std::size_t nick_from,
              std::size_t nick_to) {
  for (std::size_t k = nick_from; k < nick_to; ++k) {
    if (Key(t[k]) != Key(t[from + (k - nick_from)])) return false;
  }
  return true;
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
                 std::vector<Candidate>* out, bool split) {
  const std::vector<Token>& t = b->tokens;
  const ParticipantLexicons& lex = Lexicons();
  while (from < to && In(lex.stopwords, Key(t[from])) &&
         !(Key(t[from]) == "the" && t[from].cap && !t[from].sentence_start)) {
    ++from;
  }
  while (from < to && ((!t[from].cap && !t[from].upper) || IsLegal(t[from]))) ++from;
  from = DropLead(t, from, to);
  if (from >= to) return;
  const std::string_view last = Key(t[to - 1]);
  if (In(lex.non_org_words, last) ||
      (last.size() > 3 && last.back() == 's' && In(lex.non_org_words, last.substr(0, last.size() - 1)))) {
    return;
  }
  std::size_t acr = AcronymAfter(t, to);
  // "Food and Drug Administration FDA": an acronym written without brackets.
  if (!acr && to - from >= 3 && t[to - 1].upper &&
      (IsHead(t[to - 2]) || InitialsMatch(t, from, to - 1))) {
    acr = --to;
  }
  std::size_t nick_from = 0, nick_to = 0;
  bool nick = NicknameAfter(t, to, &nick_from, &nick_to);
  const bool lone_acronym = split && to - from == 1 && t[from].upper;   // "... and EPA"
  const bool head = to - from == 1 ? LoneHeadOk(t, from) || lone_acronym : HasHead(t, from, to);
  nick = nick && to - from > nick_to - nick_from && IsPrefix(t, from, nick_from, nick_to);
  if (!head && !TickerAfter(t, to) && !nick) return;
  Candidate c = MakeOrg(text, *b, from, to);
  if (acr) c.acronym = std::string(t[acr].text);
  if (nick && !acr) c.name_words.push_back(JoinTokens(text, t, nick_from, nick_to));
  for (std::size_t k = from; k < to; ++k) b->used[k] = true;
  out->push_back(std::move(c));
}

void EmitRange(std::string_view text, BlockTokens* b, std::size_t from, std::size_t to,
               std::vector<Candidate>* out, int depth) {
  const std::size_t at = depth < 8 ? SplitAt(b->tokens, from, to) : to;
  if (at == to) {
    EmitSegment(text, b, from, to, out, depth > 0);
    return;
  }
  EmitRange(text, b, from, at, out, depth + 1);
  std::size_t next = at + 1;
  if (next < to && Key(b->tokens[next]) == "the") ++next;
  if (next < to) EmitRange(text, b, next, to, out, depth + 1);
}

// "Justice Departments Environment Division": a plural head word followed by a capital is a
// possessive whose apostrophe was lost; the organisation named is the part after it.
std::size_t AfterBarePossessive(const std::vector<Token>& t, std::size_t from, std::size_t to) {
  for (std::size_t k = to - 1; k > from; --k) {
    const std::string_view key = Key(t[k - 1]);
    if (key.size() > 3 && key.back() == 's' && t[k].cap && IsHead(t[k - 1]) &&
        !In(Lexicons().org_words, key) && to - k >= 2 && IsHead(t[to - 1])) {
      return k;
    }
  }
  return from;
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
    EmitRange(text, block, AfterBarePossessive(t, i, end), end, out, 0);
    i = end - 1;
  }
}

}  // namespace prextract::internal::parts
