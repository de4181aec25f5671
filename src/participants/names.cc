// Person detection: names after titles and honorifics, before appositive titles, next to
// speech verbs, or shaped like names (a known given name, an East Asian family name).
#include "participants/candidates.h"
#include <cctype>
#include <string>
#include <unordered_set>

#include "lexicon/lexicon.h"

#include "participants/lexicons.h"
#include "participants/merge.h"
#include "participants/name_parts.h"

namespace prextract::internal::parts {
namespace {

bool IsPlacePreposition(std::string_view k) {
  return k == "in" || k == "at" || k == "from" || k == "to" || k == "of" || k == "near";
}

bool HasHyphen(const Token& t) { return t.text.find('-') != std::string_view::npos; }

// A name needs more than capitals when nothing around it says it is one.
bool LooksLikeName(const TokenVector& tokens, std::size_t i, std::size_t end, int words) {
  if (words < 2) return false;
  if (HasWord(kGivenNamesBit, tokens[i])) return true;
  if (HasWord(kAsianSurnamesBit, tokens[i]) && (HasHyphen(tokens[i + 1]) || words == 3)) {
    return true;
  }
  for (std::size_t k = i + 1; k < end; ++k) {
    if (tokens[k].initial && k + 1 < end) return true;
  }
  return false;
}

// "(D-Mont.)", "(R-Kan.)": a legislator's party and state.
bool PartyTag(const TokenVector& tokens, std::size_t e) {
  if (e + 2 >= tokens.size() || !IsPunct(tokens[e], '(')) return false;
  const std::string_view t = tokens[e + 1].text;
  return t.size() >= 3 && (t[0] == 'D' || t[0] == 'R' || t[0] == 'I') && t[1] == '-';
}

bool NextToOrgWord(const TokenVector& tokens, std::size_t e) {
  // The token's lexicon marks answer for its whole key without hashing it.
  return e < tokens.size() && tokens[e].cap &&
         HasWord(kOrgWordsBit | kLegalSuffixesBit | kPlaceWordsBit, tokens[e]);
}

// "the Ryan White CARE Act", "the Eric Hoffer Award": a name before a programme, law or
// prize word is the thing's eponym. So it is when more capitals lead up to that word ("the
// David Guillod Creative Arts Scholarship"), and, past an "and", up to a law's
// "Act" ("the Adam Walsh Child Protection and Safety Act"): "Chris Paul and Heisman Trophy
// winner Tim Tebow" and "Jim Belushi and Bill Romanowski" name two people.
bool NamesAThing(const TokenVector& tokens, std::size_t e) {
  constexpr std::size_t kReach = 6;   // "Baker Pool and Spa Safety Act"
  bool joined = false;
  for (std::size_t k = e; k < tokens.size() && k < e + kReach; ++k) {
    const Token& t = tokens[k];
    // "said John Melia  Wounded Warrior Project ...": a wide gap is a stripped comma, and
    // "John Smith Public Relations Manager ..." goes on with the person's title.
    if (t.wide_gap_before || HasWord(kTitlesBit, t)) return false;
    if (t.cap && HasWord(kNonOrgWordsBit, t)) return !joined || Key(t) == "act";
    if (Key(t) == "and" || IsPunct(t, '&')) {
      joined = true;
    } else if (!(t.word && t.cap)) {
      return false;
    }
  }
  return false;
}

// "Jalil Aziz, 21, of Harrisburg": an age set off by commas follows only a person's name.
bool AgeAfter(const TokenVector& tokens, std::size_t e) {
  if (e + 2 >= tokens.size() || !IsPunct(tokens[e], ',') || !IsPunct(tokens[e + 2], ',')) {
    return false;
  }
  const std::string_view n = tokens[e + 1].text;
  if (n.empty() || n.size() > 3) return false;
  for (const char c : n) {
    if (c < '0' || c > '9') return false;
  }
  return n[0] != '0' && (n.size() < 3 || n[0] == '1');
}

bool SpeechVerbNear(const TokenVector& tokens, std::size_t i, std::size_t e) {
  if (i > 0 && HasWord(kSpeechVerbsBit, tokens[i - 1])) return true;
  return e < tokens.size() && HasWord(kSpeechVerbsBit, tokens[e]);
}

struct Found {
  std::size_t start, end;   // the name
  int words;
  std::size_t mention_start;   // title start for a partial form
  std::string title, code, affiliation;
  Span affiliation_span;
  std::size_t after_end = 0;   // end of an appositive title after the name
  // The appositive title follows the name with no mark between ("Car Garage Expert"): the
  // capitals before it are as often a product or a business as a person. A wide gap is a
  // stripped comma ("Admiral Michael Mullen  Chief of Naval Operations"), no such case.
  bool title_adjacent = false;
};

// "Ranking Member Susan Collins R Me  Tuesday": the letter of a party, its brackets and
// hyphen stripped, after a name of two words or more. No initial stands last in a name.
bool IsStrippedPartyLetter(const Token& t) {
  return t.text.size() == 1 && (t.text[0] == 'R' || t.text[0] == 'D' || t.text[0] == 'I');
}

// End of the name proper: post-nominals ("MP", "AO") belong to the mention, not the name.
std::size_t NameEnd(const TokenVector& t, std::size_t start, std::size_t end) {
  while (end > start + 2 && (IsPostNominal(t[end - 1]) || IsStrippedPartyLetter(t[end - 1]))) {
    --end;
  }
  return end;
}

// The name without its nickname (NicknameAt), and the nickname's form as an alias.
void SetNameBesideNickname(std::string_view text, const TokenVector& t, std::size_t start,
                           std::size_t nick, std::size_t end, Candidate* c) {
  c->name = JoinTokens(text, t, start, nick);
  c->name.push_back(' ');
  c->name.append(JoinTokens(text, t, nick + 3, end));
  c->alias = JoinTokens(text, t, start, end);
}

void Emit(std::string_view text, BlockTokens* b, const Found& f, std::vector<Candidate>* out) {
  Candidate c;
  c.kind = ParticipantKind::kPerson;
  const std::size_t name_end = NameEnd(b->tokens, f.start, f.end);
  const std::size_t nick = NicknameIn(b->tokens, f.start, name_end);
  if (nick != kNoNickname) {
    SetNameBesideNickname(text, b->tokens, f.start, nick, name_end, &c);
  } else {
    c.name = JoinTokens(text, b->tokens, f.start, name_end);
  }
  c.title = f.title;
  c.code = f.code;
  c.affiliation = f.affiliation;
  c.affiliation_span = f.affiliation_span;
  c.strong = f.words >= 2;
  for (std::size_t k = f.start; k < name_end; ++k) {
    if (nick != kNoNickname && k >= nick && k < nick + 3) continue;
    if (IsNameWord(b->tokens[k])) c.name_words.emplace_back(b->tokens[k].text);
  }
  c.span = {b->tokens[f.start].span.start, b->tokens[name_end - 1].span.end};
  if (!c.strong && f.mention_start < f.start) {
    c.alias = JoinTokens(text, b->tokens, f.mention_start, name_end);
    c.span.start = b->tokens[f.mention_start].span.start;
  }
  const std::size_t last = std::max(f.end, f.after_end);
  for (std::size_t k = std::min(f.mention_start, f.start); k < last; ++k) {
    b->tokens[k].used = true;
  }
  out->push_back(std::move(c));
}

std::string TitleText(std::string_view text, const TokenVector& tokens, std::size_t from,
                      std::size_t to) {
  while (to > from && !tokens[to - 1].word) --to;
  return JoinTokens(text, tokens, from, to);
}

namespace {

// "senators" -> "senator": the singular form a title word has in the titles lexicon, or
// empty when the word is no plural title.
std::string SingularTitleWord(const Token& t) {
  static const auto& titles = LexiconIndex("en/person_titles");
  const std::string key(Key(t));
  const auto it = titles.find(key);
  if (it == titles.end() || it->second == key || key.back() != 's' ||
      it->second.find(' ') != std::string::npos) {
    return "";
  }
  std::string singular = it->second;
  for (std::size_t k = 0; k < singular.size(); ++k) {
    const bool upper = t.upper || (k == 0 && t.cap);
    if (upper) singular[k] = static_cast<char>(std::toupper(static_cast<unsigned char>(singular[k])));
  }
  return singular;
}

// "Senators Bill Frist and Lamar Alexander": a plural title shared by a list gives each
// person the singular ("Senator"); the words after `core_end` (the complement) stay as
// written ("Board of Governors").
std::string SingularTitleText(const TokenVector& tokens, std::size_t from,
                              std::size_t core_end, std::size_t to) {
  while (to > from && !tokens[to - 1].word) --to;
  std::string s;
  for (std::size_t k = from; k < to; ++k) {
    if (k > from && tokens[k].space_before) s.push_back(' ');
    const std::string singular = k < core_end ? SingularTitleWord(tokens[k]) : "";
    s.append(singular.empty() ? std::string(tokens[k].text) : singular);
  }
  return s;
}

}  // namespace

bool IsJoinWord(const Token& t) {
  const std::string_view k = Key(t);
  return k == "of" || k == "and" || k == "the" || k == "for" || k == "on" || k == "&";
}

// "Minister of Education and Research Jens Brandenburg": the complement's run swallowed the
// name; returns where the name starts inside it, or 0.
std::size_t SplitNameOff(const TokenVector& t, const TitleMatch& m) {
  for (std::size_t s = m.complement + 1; s < m.end; ++s) {
    if (!IsNameWord(t[s]) || IsJoinWord(t[s - 1])) continue;
    int words = 0;
    const std::size_t e = ParseName(t, s, &words);
    std::string code;
    const bool after_country = s >= m.complement + 1 &&
        LongestMatch(Lexicons().countries, t, m.complement, &code) == s - m.complement;
    // "Minister of Foreign Affairs Park Jin": a family name opens the name after a title.
    const bool family_first = HasWord(kAsianSurnamesBit, t[s]);
    const bool set_off = IsPunct(t[s - 1], ',') || IsPunct(t[s - 1], ')') || after_country ||
                         family_first;
    const bool ends = e == m.end || (e < m.end && (Key(t[e]) == "and" || IsPunct(t[e], ',')));
    if (ends && words >= 2 && (set_off || LooksLikeName(t, s, e, words))) return s;
  }
  return 0;
}

// One of [from, to) is a title of address, possibly with one typo ("vice minsiter Joo").
bool HasAddressTitle(const TokenVector& t, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    const std::string_view key = Key(t[k]);
    if (HasWord(kAddressTitlesBit, t[k])) return true;
    if (key.size() >= 6 && HasOneTypoOf(Lexicons().address_titles_by_size, key)) return true;
  }
  return false;
}

// "the Hon.", "Dr." between a title and the name.
std::size_t SkipAddress(const TokenVector& t, std::size_t k) {
  while (k < t.size() && (Key(t[k]) == "the" || HasWord(kHonorificsBit, t[k]))) ++k;
  return k;
}

// A dash with spaces around it ("Chris Ball - CEO, Ball Family Farms"), as speaker lists set
// a title off; a hyphen inside a word ("Kyung-wha") is no such mark.
bool SpacedDash(const TokenVector& t, std::size_t k) {
  if (t[k].word || k + 1 >= t.size() || !t[k].space_before || !t[k + 1].space_before) return false;
  return t[k].punct == U'-' || t[k].punct == U'\u2013' || t[k].punct == U'\u2014';
}

// Where an appositive title may start after the name ending at `k`: after a comma (and a
// party tag), directly ("Tom Agnew Chief Executive Officer"), or after "as"/"to"
// ("appointed Thomas Wojcik as President") or a spaced dash. Returns 0 when none can.
std::size_t AppositiveStart(const TokenVector& t, std::size_t k, bool* direct) {
  *direct = false;
  if (PartyTag(t, k)) {
    while (k < t.size() && !IsPunct(t[k], ')')) ++k;
    ++k;
  }
  if (k + 1 >= t.size()) return 0;
  if (IsPunct(t[k], ',')) {
    std::size_t s = k + 1;
    const std::string_view first = Key(t[s]);
    if (first == "the" || first == "a" || first == "an" || first == "its" || first == "our") ++s;
    return s;
  }
  *direct = true;
  if (Key(t[k]) == "as" || Key(t[k]) == "to" || SpacedDash(t, k)) return t[k + 1].cap ? k + 1 : 0;
  return t[k].cap ? k : 0;
}

// Whether the title `m` after a name, whose next word is `next`, is rather the next
// person's ("..., and Minister for X, Senator Kate Lundy"). A name set off from the title by
// a comma must look like one: in "Henry Schwartz, Vice President, Derivatives Market
// Intelligence at Cboe" the capitals after the title are a department.
bool NextPersonsTitle(const TokenVector& t, const TitleMatch& m, std::size_t next) {
  if (m.complement && SplitNameOff(t, m)) return true;
  const std::size_t s = SkipAddress(t, next);
  int words = 0;
  const std::size_t e = ParseName(t, s, &words);
  if (words == 0) return false;
  const bool set_off = s == next && IsPunct(t[next - 1], ',');
  return !set_off || LooksLikeName(t, s, e, words);
}

// "Coconut Software, a leader in ...", "Krasdale Foods, the premier grocery distributor": a
// lower-case title word that is, or goes on to, a noun describing a business (before any
// preposition) describes a company, not a person's office ("the founder of the firm" is one).
bool DescribesCompany(const TokenVector& t, const TitleMatch& m) {
  if (t[m.start].cap || m.complement) return false;
  for (std::size_t k = m.start; k < t.size() && k < m.end + 3; ++k) {
    if (!t[k].word || t[k].cap || IsPlacePreposition(Key(t[k])) || Key(t[k]) == "for") return false;
    if (HasWord(kCompanyNounsBit, t[k])) return true;
  }
  return false;
}

// "Jane Doe, CEO of Acme": a title in the appositive after the name. `singular`: the title
// a list of people shares ("..., and Brandy, team members at X"), each one's in the singular.
void TitleAfter(std::string_view text, const BlockTokens& b, Found* f, bool singular = false) {
  const TokenVector& t = b.tokens;
  bool direct = false;
  const std::size_t s = AppositiveStart(t, f->end, &direct);
  if (s == 0) return;
  for (std::size_t lead = 0; lead < (direct ? 1 : 4) && s + lead < t.size(); ++lead) {
    // ", to NACCHO members": an appositive does not open with a preposition.
    if (lead == 0 && (IsPlacePreposition(Key(t[s])) || Key(t[s]) == "for")) return;
    TitleMatch m;
    if (!t[s + lead].word || !ParseTitle(t, s + lead, &m)) continue;
    if (DescribesCompany(t, m)) return;
    std::size_t next = m.end;
    if (next < t.size() && IsPunct(t[next], ',')) ++next;
    // "..., and Minister for X, Senator Kate Lundy": after "and", a second title before a
    // name shows the next person's titles.
    TitleMatch second;
    if (Key(t[s]) == "and" && next < t.size() && t[next].word && ParseTitle(t, next, &second)) {
      next = second.end;
    }
    if (NextPersonsTitle(t, m, next)) return;
    std::size_t end = m.end;
    // "President, and CEO", "Chairman & CEO": a second title joined to the first.
    std::size_t j = end;
    if (j < t.size() && IsPunct(t[j], ',')) ++j;
    if (j < t.size() && (Key(t[j]) == "and" || IsPunct(t[j], '&'))) {
      TitleMatch second;
      if (j + 1 < t.size() && ParseTitle(t, j + 1, &second)) end = second.end;
    }
    const std::string title =
        singular ? SingularTitleText(t, s, m.core_end, end) : TitleText(text, t, s, end);
    if (!f->title.empty()) f->title.append(", ");
    f->title.append(title);
    f->after_end = end;
    f->title_adjacent = s + lead == f->end && !t[f->end].wide_gap_before;
    if (m.complement && f->affiliation.empty()) {
      f->affiliation = TitleText(text, t, m.complement, m.end);
      f->affiliation_span = {t[m.complement].span.start, t[m.end - 1].span.end};
    }
    return;
  }
}

// "U.S. Attorney David J. Freed for the Middle District": the title's complement after the name.
void ComplementAfter(std::string_view text, const BlockTokens& b, Found* f) {
  const TokenVector& t = b.tokens;
  const std::size_t k = f->end;
  if (k + 2 >= t.size() || (Key(t[k]) != "of" && Key(t[k]) != "for")) return;
  std::size_t r = k + 1;
  if (Key(t[r]) == "the") ++r;
  if (!t[r].cap && !t[r].upper) return;
  const std::size_t end = ParseCapRun(t, r, true);
  f->title.push_back(' ');
  f->title.append(TitleText(text, t, k, end));
  // Left unclaimed and without a span: the organisation scanner reads these tokens itself.
  if (f->affiliation.empty()) f->affiliation = TitleText(text, t, r, end);
}

}  // namespace

namespace {

// Whether token `j` may go on with a name whose first word is right before it (as the second
// word, a title or month read as a surname, a particle or a nickname): ParseName finds one
// word only otherwise. Most words are followed by a lower-case word or a mark, which fail it at once.
bool MayContinueName(const TokenVector& tokens, std::size_t j) {
  return j < tokens.size() && (tokens[j].cap || HasWord(kParticlesBit, tokens[j]) || NicknameAt(tokens, j));
}

void EmitAcronymOrg(std::string_view text, const BlockTokens& b, const TitleMatch& m,
                    std::size_t acr, std::vector<Candidate>* out) {
  Candidate c;
  c.kind = ParticipantKind::kOrganization;
  c.name = TitleText(text, b.tokens, m.complement, m.end);
  c.acronym = std::string(b.tokens[acr].text);
  c.span = {b.tokens[m.complement].span.start, b.tokens[m.end - 1].span.end};
  out->push_back(std::move(c));
}

// "Bill Frist  R Tenn   and ...": a party tag whose brackets and hyphen were stripped.
std::size_t SkipStrippedPartyTag(const TokenVector& t, std::size_t k) {
  if (k + 1 >= t.size() || !t[k].wide_gap_before || t[k].text.size() != 1) return k;
  const char party = t[k].text[0];
  if (party != 'R' && party != 'D' && party != 'I') return k;
  return t[k + 1].word && t[k + 1].cap ? k + 2 : k;
}

// Tokens [i, end) are a party tag whose brackets and hyphen were stripped, standing between
// wide gaps as a name would ("Senator   R Colorado  said": the scraper lost the name).
bool IsStrippedPartyTag(const TokenVector& t, std::size_t i, std::size_t end) {
  if (end != i + 2 || t[i].text.size() != 1 || t[i].initial || t[i + 1].wide_gap_before) return false;
  const char party = t[i].text[0];
  if (party != 'R' && party != 'D' && party != 'I') return false;
  return (i == 0 || t[i].wide_gap_before) && (end == t.size() || t[end].wide_gap_before);
}

// More names sharing one plural title: "Attorneys A, B and C".
void EmitList(std::string_view text, BlockTokens* b, Found f, std::vector<Candidate>* out) {
  const TokenVector& t = b->tokens;
  while (true) {
    std::size_t k = SkipStrippedPartyTag(t, f.end);
    if (k < t.size() && IsPunct(t[k], ',')) ++k;
    if (k < t.size() && Key(t[k]) == "and") ++k;
    if (k == f.end || k >= t.size()) return;
    int words = 0;
    const std::size_t e = ParseName(t, k, &words);
    if (words < 2) return;
    f.start = f.mention_start = k;
    f.end = e;
    f.words = words;
    Found own = f;
    own.title.clear();
    own.after_end = 0;
    TitleAfter(text, *b, &own);
    if (!own.title.empty()) f = own;   // "and X, Ukraine's Deputy Minister of ..."
    Emit(text, b, f, out);
  }
}

bool TryTitle(std::string_view text, BlockTokens* b, std::size_t i, std::vector<Candidate>* out) {
  const TokenVector& t = b->tokens;
  TitleMatch m;
  if (!ParseTitle(t, i, &m)) return false;
  ExtendTitleBack(t, &m);
  Found f{0, 0, 0, m.start, "", m.code, "", {}, 0};
  std::size_t title_end = m.end;
  if (const std::size_t s = m.complement ? SplitNameOff(t, m) : 0) {
    title_end = s;
    f.start = s;
    f.end = ParseName(t, s, &f.words);
  } else {
    std::size_t k = m.end;
    if (m.complement && k + 2 < t.size() && IsPunct(t[k], '(') && t[k + 1].upper &&
        IsPunct(t[k + 2], ')')) {
      EmitAcronymOrg(text, *b, m, k + 1, out);
      k += 3;
    }
    if (k < t.size() && (IsPunct(t[k], ',') || IsPunct(t[k], ':'))) ++k;
    const std::size_t after_mark = k;
    // "Minister for the Environment, Senator the Hon. Ian Campbell": a second title.
    TitleMatch m2;
    if (k < t.size() && ParseTitle(t, k, &m2) && m2.complement == 0) title_end = k = m2.core_end;
    k = SkipAddress(t, k);
    // "U S  Senator   R Colorado  said": the scraper lost the name, and a party tag is none.
    if (SkipStrippedPartyTag(t, k) != k) return false;
    f.start = k;
    f.end = ParseName(t, k, &f.words);
    if (f.words == 0 || NextToOrgWord(t, f.end)) return false;
    // "Chris Ball - CEO, Ball Family Farms": after a title that opens a clause, capitals set
    // off by a comma are a name only when they look like one. A title led by words ("Delta's
    // CEO, Gerry Grinstein", "our 30th President, Calvin Coolidge") introduces its holder. One
    // capitalised word set off ("Chair: Originally priced at") is no name either way.
    const bool opens_clause = m.start == 0 || !t[m.start - 1].word;
    const bool set_off = k == after_mark && k > m.end;
    if (set_off && (f.words < 2 || (opens_clause && !LooksLikeName(t, f.start, f.end, f.words)))) {
      return false;
    }
    if (f.words == 1 && !HasAddressTitle(t, m.start, title_end)) return false;
  }
  f.title = SingularTitleText(t, m.start, m.core_end, title_end);
  if (m.complement && m.complement < title_end) {
    const std::size_t aff_end = std::min(m.end, title_end);
    f.affiliation = TitleText(text, t, m.complement, aff_end);
    f.affiliation_span = {t[m.complement].span.start, t[aff_end - 1].span.end};
  }
  if (f.words >= 2) {
    if (!m.complement) ComplementAfter(text, *b, &f);
    if (f.after_end == 0) TitleAfter(text, *b, &f);
  }
  Emit(text, b, f, out);
  EmitList(text, b, f, out);
  return true;
}

namespace {

// "the first Chief Intellectual Property Officer": capitals between a title modifier and
// the title word they lead to are the title's own field, not a person's name.
bool InCompoundTitle(const TokenVector& t, std::size_t i, const Found& f) {
  if (i == 0 || !t[i - 1].cap || !HasWord(kModifiersBit, t[i - 1])) return false;
  return f.after_end > 0 && f.end < t.size() && t[f.end].word;
}

}  // namespace

bool TryName(std::string_view text, BlockTokens* b, std::size_t i, std::vector<Candidate>* out) {
  const TokenVector& t = b->tokens;
  const bool honorific = HasWord(kHonorificsBit, t[i]);
  const std::size_t start = honorific ? i + 1 : i;
  if (!honorific && i > 0 && IsNameWord(t[i - 1]) && !b->tokens[i - 1].used) return false;
  // Most words start no name (ParseName would find no name word): they leave before the
  // parse and before a Found (and its strings) is built.
  if (start >= t.size() || !IsNameWord(t[start])) return false;
  // Without an honorific, a name of one word is no person's (see the evidence below).
  if (!honorific && !MayContinueName(t, start + 1)) return false;
  int words = 0;
  const std::size_t end = ParseName(t, start, &words);
  // After an honorific the name is a person's even in a prize's name ("the Dr. Gary Edwards
  // Scholarship").
  if (words == 0 || NextToOrgWord(t, end) || (!honorific && NamesAThing(t, end))) return false;
  if (IsStrippedPartyTag(t, start, end)) return false;
  const bool continues_run = i > 1 && (Key(t[i - 1]) == "and" || Key(t[i - 1]) == "of" ||
                                       IsPunct(t[i - 1], '&')) && (t[i - 2].cap || t[i - 2].upper);
  const bool looks_like_name = LooksLikeName(t, start, end, words);
  // Without an honorific or a name's shape, only a title and the like after two words or
  // more tell a person: most words (one capitalised word) leave before the title is read.
  if (!honorific && !looks_like_name && (words < 2 || continues_run)) return false;
  Found f{start, end, words, i, "", "", "", {}, 0};
  TitleAfter(text, *b, &f);
  if (!honorific && InCompoundTitle(t, i, f)) return false;
  const bool titled = !f.title.empty() && !f.title_adjacent;
  const bool evidence = honorific || looks_like_name ||
                        (f.words >= 2 && !continues_run && (titled || PartyTag(t, f.end) ||
                                          AgeAfter(t, f.end) || SpeechVerbNear(t, i, f.end)));
  if (!evidence) return false;
  Emit(text, b, f, out);
  return true;
}

// End of the list item at `k` ("Liane", "and Brandy"): one unclaimed name word, or `k`.
std::size_t ListItem(const BlockTokens& b, std::size_t k, int* given) {
  const TokenVector& t = b.tokens;
  if (k >= t.size() || b.tokens[k].used || !IsNameWord(t[k]) || t[k].initial) return k;
  if (k + 1 < t.size() && (IsNameWord(t[k + 1]) || IsPunct(t[k + 1], '('))) return k;
  *given += HasWord(kGivenNamesBit, t[k]) ? 1 : 0;
  return k + 1;
}

// "Liane, Jourdan, and Brandy, team members at ...": people named by first name only, known
// as such because the list holds a known given name (every item when there are only two).
// Whether a list of first names may open at token `i`: most words are no such item (ListItem
// would turn them away), and ScanPeople asks before TryNameList sets up its list.
bool MayOpenNameList(const BlockTokens& b, std::size_t i) {
  return !b.tokens[i].used && IsNameWord(b.tokens[i]) && !b.tokens[i].initial;
}

// The items of the list of first names from token `i`, as ListItem reads them, also into
// `items` when given. Returns their count; `*last` gets the last item.
std::size_t NameListItems(const BlockTokens& b, std::size_t i, int* given, std::size_t* last,
                          std::vector<std::size_t>* items) {
  const TokenVector& t = b.tokens;
  std::size_t n = 0;
  for (std::size_t k = i; ListItem(b, k, given) == k + 1;) {
    ++n;
    *last = k;
    if (items) items->push_back(k);
    std::size_t next = k + 1;
    if (next < t.size() && IsPunct(t[next], ',')) ++next;
    if (next < t.size() && Key(t[next]) == "and") ++next;
    if (next == k + 1) break;
    k = next;
  }
  return n;
}

bool TryNameList(std::string_view text, BlockTokens* b, std::size_t i, std::vector<Candidate>* out) {
  const TokenVector& t = b->tokens;
  // A list goes on after its first item with a comma or "and" (NameListItems stops at one
  // item otherwise): most words are followed by neither, and leave here.
  if (i + 1 >= t.size() || !(IsPunct(t[i + 1], ',') || Key(t[i + 1]) == "and")) return false;
  // Not after a preposition of place ("in Dallas, Austin and Houston"), nor inside a list
  // whose start was rejected, nor after another capitalised word.
  if (i > 0 && (IsPlacePreposition(Key(t[i - 1])) || IsPunct(t[i - 1], ',') ||
                Key(t[i - 1]) == "and" || (IsNameWord(t[i - 1]) && !b->tokens[i - 1].used))) {
    return false;
  }
  int given = 0;
  std::size_t last = i;
  // Counted first: most lists end at their first item, and then need no vector of items.
  const std::size_t n = NameListItems(*b, i, &given, &last, nullptr);
  if (n < 2 || given == 0) return false;
  // "..., and Brandy, team members at X": the appositive after the list is everyone's title.
  Found shared{last, last + 1, 1, last, "", "", "", {}, 0};
  TitleAfter(text, *b, &shared, /*singular=*/true);   // each one a "team member"
  // Without a title, most of the words must be known given names ("California, Georgia,
  // Florida" holds one).
  if (shared.title.empty() && 2 * static_cast<std::size_t>(given) < n + 1) return false;
  std::vector<std::size_t> items;
  int given_again = 0;
  NameListItems(*b, i, &given_again, &last, &items);
  for (const std::size_t k : items) {
    Found f = shared;
    f.start = f.mention_start = k;
    f.end = k + 1;
    if (k != last) f.after_end = 0;
    Emit(text, b, f, out);
  }
  return true;
}

}  // namespace

void ScanPeople(std::string_view text, BlockTokens* block, std::vector<Candidate>* out) {
  // Most words open no person, as their marks tell: MarkNameWords listed the others. The
  // tries claim tokens only, which leaves those marks as they were.
  for (const std::size_t i : block->person_openers()) {
    if (block->tokens[i].used) continue;
    const bool title = MayStartTitle(block->tokens, i) && TryTitle(text, block, i, out);
    if (!title && !TryName(text, block, i, out) && MayOpenNameList(*block, i)) {
      TryNameList(text, block, i, out);
    }
  }
}

}  // namespace prextract::internal::parts

namespace prextract::internal::parts {
namespace {

// Folded last words of the partial forms ("Mr. Aziz", "Chief Judge Conner").
std::unordered_set<std::string> ShortFormSurnames(const std::vector<Candidate>& candidates) {
  std::unordered_set<std::string> out;
  for (const Candidate& c : candidates) {
    if (c.kind == ParticipantKind::kPerson && !c.strong && !c.name_words.empty()) {
      out.insert(FoldName(c.name_words.back()));
    }
  }
  return out;
}

bool Unclaimed(const BlockTokens& b, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    if (b.tokens[k].used) return false;
  }
  return true;
}

}  // namespace

void ScanNamesOfShortForms(std::string_view text, std::vector<BlockTokens>* blocks,
                           std::vector<Candidate>* out) {
  const std::unordered_set<std::string> surnames = ShortFormSurnames(*out);
  if (surnames.empty()) return;
  for (BlockTokens& b : *blocks) {
    const TokenVector& t = b.tokens;
    std::size_t next = 0;   // past the last name emitted
    // A name word is a capitalised word: the others are not visited.
    for (const std::size_t i : b.capitals()) {
      if (i < next || !IsNameWord(t[i]) || b.tokens[i].used || t[i].initial) continue;
      if (i > 0 && IsNameWord(t[i - 1]) && !b.tokens[i - 1].used) continue;
      if (!MayContinueName(t, i + 1)) continue;   // one word: no full name
      Found f{i, 0, 0, i, "", "", "", {}, 0};
      f.end = ParseName(t, i, &f.words);
      if (f.words < 2 || !Unclaimed(b, i, f.end) || !surnames.count(FoldName(t[f.end - 1].text))) {
        continue;
      }
      // Two words need a known given name first ("Remediation Schumer" ends a heading).
      if (f.words == 2 && !HasWord(kGivenNamesBit, t[i])) continue;
      Emit(text, &b, f, out);
      next = f.end;
    }
  }
}

}  // namespace prextract::internal::parts
