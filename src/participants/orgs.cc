// Organisation detection: capitalised runs with a head word ("Ministry", "University"), a
// legal suffix ("Inc."), an acronym definition, a ticker, or a known international body.
#include "participants/candidates.h"

#include <algorithm>
#include <string>

#include "lexicon/lexicon.h"
#include "participants/lexicons.h"
#include "participants/name_parts.h"
#include "participants/org_context.h"

namespace prextract::internal::parts {
namespace {

bool In(const StringSet& set, std::string_view key) { return set.find(key) != set.end(); }

// "Services", "Offices": a head word only by its singular.
bool IsPluralHead(const Token& t) {
  return (t.cap || t.upper) &&
         (WordBits(t) & (kOrgWordsBit | kPluralOrgWordsBit)) == kPluralOrgWordsBit;
}

bool IsHead(const Token& t) {
  if (!t.cap && !t.upper) return false;
  // The token's lexicon marks answer for its whole key without hashing it.
  if ((WordBits(t) & (kOrgWordsBit | kLegalSuffixesBit)) != 0) return true;
  return IsPluralHead(t);
}

// "City of Portland", "Village of Richfield": a run that opens with a local government's
// head word and "of" names that government, where "Kansas City" is a place.
bool OpensWithMunicipalHead(const TokenVector& t, std::size_t from, std::size_t to) {
  if (from < to && Key(t[from]) == "the") ++from;
  return from + 2 < to && t[from].cap && Key(t[from + 1]) == "of" && t[from + 2].cap &&
         In(Lexicons().municipal_heads, Key(t[from]));
}

// "State of Missouri", "Commonwealth of Virginia": a state's government, a party to suits and
// settlements. Only an ISO 3166-2 state may follow: "State of Data" names a report.
bool NamesStateGovernment(const TokenVector& t, std::size_t from, std::size_t to) {
  if (from < to && Key(t[from]) == "the") ++from;
  if (from + 2 >= to || !t[from].cap || Key(t[from + 1]) != "of") return false;
  const std::string_view head = Key(t[from]);
  return (head == "state" || head == "commonwealth") &&
         In(Lexicons().state_names, PhraseKey(t, from + 2, to));
}

bool HasHead(const TokenVector& t, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    if (IsHead(t[k])) return true;
  }
  return OpensWithMunicipalHead(t, from, to) || NamesStateGovernment(t, from, to);
}

bool IsCountry(const TokenVector& t, std::size_t from, std::size_t to) {
  std::string code;
  return LongestMatch(Lexicons().countries, t, from, &code) == to - from;
}

bool IsPreposition(std::string_view k) {
  return k == "of" || k == "on" || k == "at" || k == "for" || k == "to";
}

// "CEO of Kontron AG", "Session of the X Commission": drops what comes before a
// preposition when only the part after it names the organisation.
std::size_t DropLead(const TokenVector& t, std::size_t from, std::size_t to) {
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
std::size_t AcronymAfter(const TokenVector& t, std::size_t end) {
  if (end + 2 < t.size() && IsPunct(t[end], '(') && t[end + 1].upper &&
      (IsPunct(t[end + 2], ')') || IsPunct(t[end + 2], ';') || IsPunct(t[end + 2], ','))) {
    return end + 1;
  }
  return 0;
}

// The letters of the acronym at `acr` are, in order, initials of words of [from, acr),
// starting with the first ("Centers for Disease Control and Prevention CDC"). With
// `every_word`, of each capitalised word there ("Department of Homeland Security DHS").
bool InitialsMatch(const TokenVector& t, std::size_t from, std::size_t acr,
                   bool every_word = false) {
  const std::string_view letters = t[acr].text;
  std::size_t n = 0;
  for (std::size_t k = from; k < acr && (every_word || n < letters.size()); ++k) {
    const bool capital = t[k].word && (t[k].cap || t[k].upper);
    if (capital && n < letters.size() && t[k].text[0] == letters[n]) ++n;
    else if (k == from || (capital && every_word)) return false;
  }
  return n == letters.size() && letters.size() >= 2;
}

// The letters of the acronym at `acr` are the initials of the last capitalised words before
// it, read backwards: "Department of Veterans Affairs VA", "Housing and Urban Development
// HUD". A connector may give its letter ("Department of Transportation DOT") or none.
bool LastWordsSpell(const TokenVector& t, std::size_t from, std::size_t acr) {
  const std::string_view letters = t[acr].text;
  std::size_t n = letters.size();
  for (std::size_t k = acr; k > from && n > 0; --k) {
    const Token& w = t[k - 1];
    if (!w.word) return false;
    const bool initial = w.text[0] == letters[n - 1] ||
                         (!w.cap && w.text[0] == AsciiLowerByte(letters[n - 1]));
    const bool connector = IsPreposition(Key(w)) || Key(w) == "and" || Key(w) == "the";
    if (initial) --n;
    else if (w.cap || w.upper || !connector) return false;
  }
  return n == 0 && letters.size() >= 2;
}

// "(Nasdaq: KSCP)", "(TSX.V: CCDS)": a listed company.
bool TickerAfter(const TokenVector& t, std::size_t end) {
  return end + 3 < t.size() && IsPunct(t[end], '(') && t[end + 1].word &&
         IsPunct(t[end + 2], ':') && t[end + 3].upper;
}

// "(“Texas Star”)" or "(RapidFire)": a short name for the run before; returns its range.
bool NicknameAfter(const TokenVector& t, std::size_t end, std::size_t* from,
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
bool HeadFirst(const TokenVector& t, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    if (IsHead(t[k])) return true;
    if (IsPreposition(Key(t[k]))) return false;
  }
  return false;
}

bool IsLegal(const Token& t) { return HasWord(kLegalSuffixesBit, t); }

// The first head word of [from, to), or `to`. "U S Department of Homeland Security DHS": an
// acronym may spell the name from its head word, without the words in front.
std::size_t FirstHead(const TokenVector& t, std::size_t from, std::size_t to) {
  while (from < to && !IsHead(t[from])) ++from;
  return from;
}

// "Queen Victoria Museum and Art Gallery": after a head word, "and" with only field words
// and another kind of institution ("Gallery", not "Department") continues one name. A body
// of its own is named by a proper word ("Federal Reserve") or by a generic head word
// ("Agency and Energy Department").
bool SharedNameTail(const TokenVector& t, std::size_t at, std::size_t to) {
  const Token& head = t[to - 1];
  if (!IsHead(t[at - 1]) || !IsHead(head) || IsLegal(head) || HasWord(kOrgAnaphoraBit, head) ||
      Key(head) == Key(t[at - 1])) {
    return false;
  }
  for (std::size_t k = at + 1; k + 1 < to; ++k) {
    if (!HasWord(kDomainWordsBit, t[k])) return false;
  }
  return true;
}

// "Department of Health and Human Services", "Centers for Medicare and Medicaid Services":
// inside a head's complement, "and" before words whose only head is a plural one at the end
// names a second field of the same body.
bool PluralFieldTail(const TokenVector& t, std::size_t from, std::size_t at,
                     std::size_t next, std::size_t to) {
  bool complement = false;
  for (std::size_t k = from; k < at; ++k) complement = complement || IsPreposition(Key(t[k]));
  if (!complement || !IsPluralHead(t[to - 1])) return false;
  for (std::size_t k = next; k + 1 < to; ++k) {
    if (IsHead(t[k])) return false;
  }
  return true;
}

// "Senate Energy and Natural Resources Committee", "House Energy and Commerce Committee": a
// chamber's head word first, the committee's head word last and only field words between
// them, joined by "and", name one body (a comma has ended the run before). Two heads joined
// at once ("Congress and White House", "Guard and Reserve"), a plural head ("Judiciary and
// Finance Committees"), a preposition or "the" between the heads leave it to the rules below.
bool FieldsBetweenHeads(const TokenVector& t, std::size_t from, std::size_t to) {
  if (to - from < 4 || !IsHead(t[from]) || !IsHead(t[to - 1]) || IsPluralHead(t[to - 1])) return false;
  if (!t[from + 1].word || Key(t[from + 1]) == "and") return false;
  for (std::size_t k = from + 1; k + 1 < to; ++k) {
    const std::string_view key = Key(t[k]);
    if (IsHead(t[k]) || IsPreposition(key) || key == "the") return false;
  }
  return true;
}

// "Congress and the President", "Pentagon and the Supreme Court": "and the" joins two
// names, unless it goes on with a topic ("Task Force on AI and the Future of Work"). A lone
// capitalised word after it may be a region or a country ("Korea and the LAC region",
// "North Korea and the U.S."): the rules below judge that one.
bool JoinsTwoNames(const TokenVector& t, std::size_t from, std::size_t at, std::size_t to) {
  if (to - at == 3 && t[to - 1].upper) return false;
  for (std::size_t k = from; k < at; ++k) {
    const std::string_view key = Key(t[k]);
    if (key == "on" || key == "for" || key == "about") return false;
  }
  return true;
}

// A lone head word names an organisation only when it is not a description ("the Senate",
// "Congress", but not "the ministry").
bool LoneHeadOk(const TokenVector& t, std::size_t k) {
  return t[k].cap && !t[k].sentence_start && !HasWord(kOrgAnaphoraBit, t[k]) &&
         HasWord(kOrgWordsBit, t[k]);
}

// Where a run holding two organisations splits: "X Institute and the Y Institute", "Trump
// Administration and EPA", "X LLC and Y", "Center for X of the Ministry of Y". Searches from
// the right; returns `to` when the run is one name ("Ministry of Science and ICT").
std::size_t SplitAt(const TokenVector& t, std::size_t from, std::size_t to) {
  if (FieldsBetweenHeads(t, from, to)) return to;
  for (std::size_t k = to - 1; k > from + 1; --k) {
    const std::string_view key = Key(t[k - 1]);
    const bool joiner = key == "and" || IsPunct(t[k - 1], ',') || IsPunct(t[k - 1], '&');
    if (!joiner && key != "of") continue;
    const std::size_t at = k - 1;
    std::size_t next = k;
    const bool the = Key(t[next]) == "the";
    if (the) ++next;
    if (key == "and" && the && next < to && JoinsTwoNames(t, from, at, to)) return at;
    if (next >= to || IsLegal(t[next]) || !HasHead(t, from, at)) continue;
    if (key == "of") {   // "X Center of the Ministry of Y"
      if (the && IsHead(t[next]) && !IsLegal(t[next]) && to - next >= 2) return at;
      continue;
    }
    const bool company_end = IsLegal(t[at - 1]);
    const bool one_body = !the && (SharedNameTail(t, at, to) ||
                                   PluralFieldTail(t, from, at, next, to));
    const bool both = HeadFirst(t, next, to) && (the || to - next >= 2) && !one_body;
    const bool acronym = to - next == 1 && t[next].upper &&
                         !HasWord(kDomainWordsBit, t[next]);   // not "Science and ICT"
    // "the House and Senate": two bodies that each name themselves with one word.
    const std::size_t first = Key(t[from]) == "the" ? from + 1 : from;
    const bool two_bodies = key == "and" && at - first == 1 && to - next == 1 &&
                            LoneHeadOk(t, first) && LoneHeadOk(t, next);
    if (company_end || both || acronym || two_bodies || IsCountry(t, next, to)) return at;
  }
  return to;
}

// Tokens [nick_from, nick_to) repeat the start of the run at `from`.
bool IsPrefix(const TokenVector& t, std::size_t from, std::size_t nick_from,
              std::size_t nick_to) {
  for (std::size_t k = nick_from; k < nick_to; ++k) {
    if (Key(t[k]) != Key(t[from + (k - nick_from)])) return false;
  }
  return true;
}

// "SUNLAB, 3rd Floor University of Ottawa": a part of a building numbered before it opens
// the run; the name starts after it.
std::size_t SkipAddressUnit(const TokenVector& t, std::size_t from, std::size_t to) {
  static const auto& units = LexiconIndex("en/address_units");
  const bool numbered = from > 0 && t[from - 1].word && t[from - 1].text[0] >= '0' &&
                        t[from - 1].text[0] <= '9';
  return numbered && from + 1 < to && units.count(std::string(Key(t[from]))) ? from + 1 : from;
}

// "Distinguished University Professor": a run that ends in one person's title without a
// preposition ("Office of the Inspector General" has one) is a title, not a body. A plural
// may name a firm ("Stonebridge Bank Advisors").
bool IsTitleRun(const TokenVector& t, std::size_t from, std::size_t to) {
  const std::string_view last = Key(t[to - 1]);
  if (!HasWord(kTitlesBit, t[to - 1]) || last.back() == 's' || IsHead(t[to - 1])) return false;
  for (std::size_t k = from; k < to; ++k) {
    if (IsPreposition(Key(t[k])) || Key(t[k]) == "and" || !t[k].word) return false;
  }
  return true;
}

bool IsAsciiLowerWord(std::string_view k) {
  const auto lower = [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; };
  return !k.empty() && std::all_of(k.begin(), k.end(), lower);
}

bool ClosesNounPhrase(std::string_view k) {
  return IsPreposition(k) || k == "in" || k == "within" || k == "with" || k == "by" ||
         k == "from" || k == "that" || k == "which" || k == "and" || k == "or" || k == "is" ||
         k == "was";
}

// "a leading Biopharmaceutical Contract Development and Manufacturing Organization", "to
// build a new Senior Center for", "certified as a National Center of Academic Excellence":
// after "a" or "an" (and a few adjectives) a capitalised kind of body is a description, no
// name. Before a noun it names a body that qualifies the noun ("during a Senate Foreign
// Relations Committee hearing").
// A name that defines an acronym ("a regional Base Realignment and Closure Commission (BRAC)
// hearing") stays one; a wide gap ("a 129 407 grant  Middlesex Fire Department": stripped
// punctuation) or an initial ("JoAnn A. Alexie Memorial School") parts it from the "a".
bool IndefiniteKind(const TokenVector& t, std::size_t from, std::size_t to) {
  if (to < t.size() && t[to].word && !t[to].cap && !t[to].upper && !ClosesNounPhrase(Key(t[to]))) {
    return false;
  }
  if (AcronymAfter(t, to) != 0) return false;
  // "an MVNO (Mobile Virtual Network Operator)": the spelt-out acronym the article introduced.
  if (from >= 3 && IsPunct(t[from - 1], '(') && t[from - 2].upper) from -= 2;
  for (std::size_t k = from, adjectives = 0; k-- > 0 && adjectives <= 3; ++adjectives) {
    const Token& w = t[k];
    if (t[k + 1].wide_gap_before || !w.word || w.initial) return false;
    const std::string_view key = Key(w);
    if (key == "a" || key == "an") return !w.cap || w.sentence_start;
    const bool adjective = !w.cap && !w.upper && IsAsciiLowerWord(key);
    if (!adjective || ClosesNounPhrase(key) || key == "the") return false;
  }
  return false;
}

Candidate MakeOrg(std::string_view text, const BlockTokens& b, std::size_t from, std::size_t to) {
  Candidate c;
  c.kind = ParticipantKind::kOrganization;
  c.name = JoinTokens(text, b.tokens, from, to);
  c.span = {b.tokens[from].span.start, b.tokens[to - 1].span.end};
  c.name_tokens = std::span<const Token>(b.tokens).subspan(from, to - from);
  return c;
}

// "Office of Justice Programs": a head word that opens the name governs it, even before a
// plural of a programme word ("Health Insurance Program" names a programme, not a body).
bool HeadOfPhrase(const TokenVector& t, std::size_t from, std::size_t to) {
  // Only a plural last word ("Programs"): "Department of Defense Authorization Bill" is a bill.
  if (to - from < 3 || !IsHead(t[from]) || IsLegal(t[from]) || Key(t[to - 1]).back() != 's') {
    return false;
  }
  const std::string_view next = Key(t[from + 1]);
  return next == "of" || next == "on" || next == "for";
}

// True for a programme, law or event word ("Recommendation", "Act").
bool IsNonOrgWord(const Token& t) { return HasWord(kNonOrgWordsBit | kPluralNonOrgWordsBit, t); }

// "Fordham University School of Law", "the Faculty of Law": such a word right after a head
// word and "of" or "for" is the body's field, not the name of a law.
bool FieldOfHead(const TokenVector& t, std::size_t from, std::size_t to) {
  if (to - from < 3) return false;
  const std::string_view link = Key(t[to - 2]);
  return (link == "of" || link == "for") && IsHead(t[to - 3]);
}

// "Council Recommendation on Artificial Intelligence", "Assembly Declaration on X": a document
// named after its body opens with a programme or law word before the first preposition;
// without a head word after it nothing else in the run names a body.
bool NamedDocument(const TokenVector& t, std::size_t from, std::size_t to) {
  for (std::size_t k = from + 1; k + 1 < to; ++k) {
    if (!IsPreposition(Key(t[k]))) continue;
    return IsNonOrgWord(t[k - 1]) && !HasHead(t, k + 1, to);
  }
  return false;
}

// A place word, also before a hyphen ("Complex" of "Complex-Sejong").
bool IsPlaceWord(const Token& t) {
  const std::string_view k = Key(t);
  return In(Lexicons().place_words, k.substr(0, k.find('-')));
}

// "Government Complex-Sejong", "Bank Street": a place word right after a head word names a
// site, unless a head word later names a body there ("Charleston Harbor Operation Center").
bool NamedSite(const TokenVector& t, std::size_t from, std::size_t to) {
  for (std::size_t k = from + 1; k < to; ++k) {
    if (IsHead(t[k - 1]) && IsPlaceWord(t[k])) return !HasHead(t, k + 1, to);
  }
  return false;
}

// "Federal Housing Finance Agency Office of the Inspector General": a unit ("Office",
// "Division") named after its parent body; the parent is an organisation of its own.
void EmitParent(std::string_view text, const BlockTokens& b, std::size_t from, std::size_t to,
                std::vector<Candidate>* out) {
  const TokenVector& t = b.tokens;
  for (std::size_t k = from + 1; k + 2 < to; ++k) {
    if (!IsHead(t[k]) || IsLegal(t[k]) || !t[k + 1].cap) continue;
    if (HasWord(kOrgAnaphoraBit, t[k + 1]) && Key(t[k + 2]) == "of") {
      out->push_back(MakeOrg(text, b, from, k + 1));
    }
    return;
  }
}

// "partners Smart & Sassy and Curvy Couture": each name of a described list.
void EmitDescribed(std::string_view text, BlockTokens* b, std::size_t from, std::size_t to,
                   std::vector<Candidate>* out) {
  const TokenVector& t = b->tokens;
  while (from < to) {
    const std::size_t at = ListSplit(t, from, to);
    out->push_back(MakeOrg(text, *b, from, at));
    for (std::size_t k = from; k < at; ++k) b->tokens[k].used = true;
    from = at + 1;
    if (from < to && Key(t[from]) == "and") ++from;
  }
}

// Whether the segment of the one word at `k` names no body, as EmitSegment's checks would
// find in the end: without a head word, an acronym of its own ("... and EPA"), a ticker or a
// description, none does. Most segments are one such word, and leave before those checks.
bool LoneWordNamesNothing(const TokenVector& t, std::size_t k, bool split) {
  if (LoneHeadOk(t, k) || (split && t[k].upper) || TickerAfter(t, k + 1)) return false;
  return AcronymAfter(t, k + 1) || !DescribedAsOrg(t, k, k + 1);
}

// A comma, "is" or "was": a link DescribedAsOrg reads before a description.
bool MayLinkDescription(const Token& w) {
  return w.word ? Key(w) == "is" || Key(w) == "was" : w.punct == ',';
}

// A description may follow token k: a link before an article (", a leading provider"), which
// DescribedAsOrg reads after a segment that ends at k.
bool MayDescribeBefore(const TokenVector& t, std::size_t k) {
  if (k + 1 >= t.size() || !MayLinkDescription(t[k])) return false;
  const std::string_view article = Key(t[k + 1]);
  return article == "a" || article == "an" || article == "the";
}

// Whether DescribedAsOrg may find tokens [from, to) described: by a company noun before them,
// or after them (a cheaper test than its own, which a few runs pass).
bool MayBeDescribed(const TokenVector& t, std::size_t from, std::size_t to) {
  return (from > 0 && HasWord(kCompanyNounsBit, t[from - 1])) || MayDescribeBefore(t, to);
}

// A stopword that EmitSegment drops from the front of a name ("In", "Today"); a capital
// "The" inside a sentence stays ("funding from The Nature Conservancy").
bool DroppedStopword(const Token& t) {
  return HasWord(kStopwordsBit, t) && !(Key(t) == "the" && t.cap && !t.sentence_start);
}

// Whether EmitSegment can find a name in the one capitalised word at `k`, a run of its own:
// a stopword ("The", "In") or a legal suffix names nothing alone, nor does a word
// LoneWordNamesNothing turns away. Most runs are one such word: they leave here, before the
// segment's other checks.
bool LoneWordMayName(const TokenVector& t, std::size_t k) {
  if (DroppedStopword(t[k]) || IsLegal(t[k])) return false;
  // What LoneWordNamesNothing lets through: a head word (LoneHeadOk), a ticker after it, or a
  // description. Most words have none, and leave before its calls.
  if (!HasWord(kOrgWordsBit, t[k]) && !(k + 1 < t.size() && IsPunct(t[k + 1], '(')) &&
      !MayBeDescribed(t, k, k + 1)) {
    return false;
  }
  return !LoneWordNamesNothing(t, k, false);
}

// A word that heads a government's name before "of" ("City of Portland", "State of
// Missouri": OpensWithMunicipalHead, NamesStateGovernment).
bool GovernmentHead(std::string_view key) {
  return key == "state" || key == "commonwealth" || In(Lexicons().municipal_heads, key);
}

// Whether EmitRange can find a name in the run [i, end). Each name it emits holds a head word
// (HasHead, AfterBarePossessive), a government's head word before "of", or an acronym (a
// word in capitals, in the run or in brackets after it), or comes before a ticker, an acronym
// or a nickname in brackets, or is described by a company noun before it or after it
// (DescribedAsOrg, also of a segment cut at a comma or after a "-based" word). A run with
// none of these, as most are ("New York.", "Chief Executive Officer"), names nothing.
bool RunMayName(const TokenVector& t, std::size_t i, std::size_t end) {
  if (MayBeDescribed(t, i, end)) return true;
  // The marks of a head word or a legal suffix (IsHead, whatever the case) and of a company
  // noun, read at once.
  constexpr std::uint32_t kNameWordBits =
      kOrgWordsBit | kPluralOrgWordsBit | kLegalSuffixesBit | kCompanyNounsBit;
  for (std::size_t k = i; k < end; ++k) {
    const Token& w = t[k];
    if (w.upper || (WordBits(w) & kNameWordBits) != 0 || IsPunct(w, '(')) return true;
    if (k > i && Key(w) == "of" && GovernmentHead(Key(t[k - 1]))) return true;
    if (MayLinkDescription(w) && MayDescribeBefore(t, k)) return true;
  }
  return end < t.size() && IsPunct(t[end], '(');
}

// "Congress and President Bush", "the U.S. House of  Representatives": a title or a gap cut
// the run after a word that joins it to what follows, and names nothing itself.
bool JoinsOn(const Token& t) {
  if (t.cap || t.upper) return false;
  const std::string_view k = Key(t);
  return k == "and" || k == "&" || k == "the" || k == "or" || IsPreposition(k);
}

// "San Diego-based Firestorm Labs", "Republican-led Senate Intelligence Committee": a word that
// ends in "-based" or "-led" describes the name after it, where "Community-Based Outpatient
// Clinic", capitalised, names a kind of clinic. Returns where the name starts.
std::size_t AfterDescriptor(const TokenVector& t, std::size_t from, std::size_t to) {
  std::size_t start = from;
  for (std::size_t k = from; k + 1 < to; ++k) {
    const std::string_view w = t[k].text;
    const std::size_t hyphen = w.rfind('-');
    if (hyphen != std::string_view::npos && hyphen > 0 &&
        In(Lexicons().descriptor_participles, w.substr(hyphen + 1))) {
      start = k + 1;
    }
  }
  return start;
}

void EmitSegment(std::string_view text, BlockTokens* b, std::size_t from, std::size_t to,
                 std::vector<Candidate>* out, bool split) {
  const TokenVector& t = b->tokens;
  // "the City of Portland, Comcast, and NTEN" split before "and": no name ends on its comma.
  while (to > from && (JoinsOn(t[to - 1]) || IsPunct(t[to - 1], ','))) --to;
  from = AfterDescriptor(t, from, to);
  // "the Senate's DPC", "the company's NII": a possessor's unit or figure by its acronym alone,
  // an organisation only where the release spells it out ("DPC" then joins that name).
  if (to - from >= 3 && t[to - 1].upper && (Key(t[to - 2]) == "'s" || Key(t[to - 2]) == "’s")) {
    to -= 2;
  }
  from = SkipAddressUnit(t, from, to);
  while (from < to && DroppedStopword(t[from])) ++from;
  while (from < to && ((!t[from].cap && !t[from].upper) || IsLegal(t[from]))) ++from;
  from = DropLead(t, from, to);
  // "the CDMO Rentschler Biopharma": a company noun written as an acronym describes the name
  // after it, as "the manufacturer Rentschler Biopharma" would.
  while (from + 1 < to && t[from].upper && HasWord(kCompanyNounsBit, t[from])) ++from;
  if (from >= to || (to - from == 1 && LoneWordNamesNothing(t, from, split)) ||
      IsTitleRun(t, from, to) || IndefiniteKind(t, from, to)) {
    return;
  }
  const bool non_org = IsNonOrgWord(t[to - 1]);
  if ((non_org && !HeadOfPhrase(t, from, to) && !FieldOfHead(t, from, to)) || NamedDocument(t, from, to) ||
      NamedSite(t, from, to)) {
    return;
  }
  std::size_t acr = AcronymAfter(t, to);
  // "Food and Drug Administration FDA": an acronym written without brackets.
  if (!acr && to - from >= 3 && t[to - 1].upper && !IsLegal(t[to - 1]) &&   // not "Holdings PLC"
      (IsHead(t[to - 2]) || InitialsMatch(t, from, to - 1) ||
       InitialsMatch(t, FirstHead(t, from, to - 1), to - 1, true) ||
       LastWordsSpell(t, from, to - 1))) {
    acr = --to;
  }
  std::size_t nick_from = 0, nick_to = 0;
  bool nick = NicknameAfter(t, to, &nick_from, &nick_to);
  const bool lone_acronym = split && to - from == 1 && t[from].upper;   // "... and EPA"
  // "Keep A Breast (KAB)": an acronym of the run's initials defines a name without a head word.
  const bool defined = acr && to - from >= 2 && InitialsMatch(t, from, acr);
  const bool head_word = to - from == 1 ? LoneHeadOk(t, from) || lone_acronym : HasHead(t, from, to);
  const bool head = head_word || defined;
  nick = nick && to - from > nick_to - nick_from && IsPrefix(t, from, nick_from, nick_to);
  if (!head && !TickerAfter(t, to) && !nick) {
    if (!acr && DescribedAsOrg(t, from, to)) EmitDescribed(text, b, from, to, out);
    return;
  }
  EmitParent(text, *b, from, to, out);
  Candidate c = MakeOrg(text, *b, from, to);
  if (acr) c.acronym = std::string(t[acr].text);
  // "Artificial Intelligence (AI)" defines a term as well: kept only as a short form of a
  // longer organisation name ("Keep A Breast (KAB)" of "The Keep A Breast Foundation").
  c.strong = head_word || !defined || TickerAfter(t, to) || nick;
  if (nick && !acr) c.name_words.push_back(JoinTokens(text, t, nick_from, nick_to));
  for (std::size_t k = from; k < to; ++k) b->tokens[k].used = true;
  out->push_back(std::move(c));
}

// "University of Alabama University of Alabama", "About XYZ Digital Agency XYZ Digital
// Agency": a run that says one name twice over (a logo's text scraped beside the name), after
// a leading stopword, ends halfway. Returns the start of the second copy, or 0.
std::size_t RepeatedHalf(const TokenVector& t, std::size_t from, std::size_t to) {
  if (from < to && (to - from) % 2 != 0 && HasWord(kStopwordsBit, t[from])) ++from;
  const std::size_t n = to - from;
  if (n < 4 || n % 2 != 0) return 0;
  const std::size_t half = from + n / 2;
  for (std::size_t k = from; k < half; ++k) {
    if (Key(t[k]) != Key(t[k + n / 2])) return 0;
  }
  return half;
}

void EmitRange(std::string_view text, BlockTokens* b, std::size_t from, std::size_t to,
               std::vector<Candidate>* out, int depth) {
  if (const std::size_t half = RepeatedHalf(b->tokens, from, to)) {
    EmitRange(text, b, from, half, out, depth + 1);   // with the stopword, which it drops
    EmitRange(text, b, half, to, out, depth + 1);
    return;
  }
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

void EmitRange(std::string_view text, BlockTokens* b, std::size_t from, std::size_t to,
               std::vector<Candidate>* out, int depth);

// Tokens [s, to) for some s >= from name a known body once the last word drops its "s"
// ("Department of Justices").
bool KnownWithoutS(const TokenVector& t, std::size_t from, std::size_t to) {
  const auto& known = Lexicons().known_orgs;
  // Only the last few words can hold a known phrase ("X Section of the Department of Justices").
  const std::size_t most = Lexicons().max_phrase_words;
  for (std::size_t s = to - from > most ? to - most : from; s + 1 < to; ++s) {
    std::string key = PhraseKey(t, s, to);
    key.pop_back();
    if (known.find(key) != known.end()) return true;
  }
  return false;
}

// "FBIs": an acronym whose possessive lost its apostrophe.
bool AcronymPlural(const Token& t) {
  const std::string_view w = t.text;
  if (w.size() < 3 || w.back() != 's') return false;
  for (std::size_t k = 0; k + 1 < w.size(); ++k) {
    if (w[k] < 'A' || w[k] > 'Z') return false;
  }
  return true;
}

// "Justice Departments Environment Division": a plural head word followed by a capital is a
// possessive whose apostrophe was lost; the organisation named is the part after it.
// Also after a named body whose last word lost it: "Department of Justices National Security
// Division".
std::size_t AfterBarePossessive(const TokenVector& t, std::size_t from, std::size_t to) {
  for (std::size_t k = to - 1; k > from; --k) {
    const std::string_view key = Key(t[k - 1]);
    // "Acme Services International Limited" is one company.
    if (key.size() <= 3 || key.back() != 's' || !t[k].cap || to - k < 2 || IsLegal(t[to - 1])) {
      continue;
    }
    if (HasWord(kOrgWordsBit | kLegalSuffixesBit, t[k - 1])) continue;
    // "Attorney Generals Task Force on ...": a title of two words whose possessive lost its
    // apostrophe (one word is too often part of the name: "U.S. Attorneys Office").
    if (k >= from + 2 && HeadFirst(t, k, to)) {
      const std::string title = std::string(Key(t[k - 2])) + " " +
                                std::string(key.substr(0, key.size() - 1));
      if (In(Lexicons().titles, title)) return k;
    }
    if (!IsHead(t[to - 1])) continue;
    const bool plural_head = IsHead(t[k - 1]) || AcronymPlural(t[k - 1]);
    // Only a known body: "University of Texas Law School" is one name.
    const bool named_body = !plural_head && k - from >= 3 && IsPreposition(Key(t[k - 2])) &&
                            HasHead(t, from, k - 2) && KnownWithoutS(t, from, k);
    if (plural_head || named_body) return k;
  }
  return from;
}

// The body before a lost possessive ("Justice Departments" -> "Justice Department").
void EmitPossessor(std::string_view text, BlockTokens* b, std::size_t from, std::size_t to,
                   std::vector<Candidate>* out) {
  const std::size_t before = out->size();
  if (AcronymPlural(b->tokens[to - 1])) {   // "FBIs Washington Field Office"
    out->push_back(MakeOrg(text, *b, to - 1, to));
    b->tokens[to - 1].used = true;
  } else {
    EmitRange(text, b, from, to, out, 0);
  }
  const std::size_t end = b->tokens[to - 1].span.end;
  for (std::size_t k = before; k < out->size(); ++k) {
    Candidate& c = (*out)[k];
    if (c.span.end == end && !c.name.empty() && c.name.back() == 's') {
      c.name.pop_back();
      c.name_tokens = {};   // the last token still has the "s"
    }
  }
}

// "0.77 g/t Au" is gold, not the African Union: a body's acronym alone counts only in its own
// capitals.
bool MiscasedAcronym(std::string_view word, const KnownOrg& org) {
  return word != org.acronym && word.size() == org.acronym.size() &&
         std::equal(word.begin(), word.end(), org.acronym.begin(),
                    [](char a, char b) { return AsciiLowerByte(a) == AsciiLowerByte(b); });
}

// "LAS VEGAS, NV, June 3", "in Reno, NV to experience": a two-letter code in capitals after a
// comma is a state, not "NV" (N.V.) ending a company's name, which is written with its
// periods after a comma ("Acme, N.V.").
bool DatelineState(const TokenVector& t, std::size_t k) {
  const std::string_view w = t[k].text;
  return t[k].upper && (w.size() == 2 || (w.size() == 3 && w[2] == '.'));
}

// "Samsung Biologics", "Coinbase Global Inc.", "Mattel, Inc.": capitals after a known brand
// that go on to a head word or a legal suffix name a body of their own, which the run scanner
// reads whole.
bool LongerNameAfter(const TokenVector& t, std::size_t k) {
  if (k + 1 < t.size() && IsPunct(t[k], ',') && IsLegal(t[k + 1])) return true;
  for (std::size_t end = k + 3; k < t.size() && k < end && t[k].word && (t[k].cap || t[k].upper); ++k) {
    if (IsHead(t[k])) return true;
  }
  return false;
}

// TryKnown past its first test.
std::size_t KnownAt(BlockTokens* b, std::size_t i, std::vector<Candidate>* out) {
  const TokenVector& t = b->tokens;
  const ParticipantLexicons& lex = Lexicons();
  PhraseWalk scratch;
  const std::span<const std::uint32_t> masks = PhraseMasksAt(t, i, kKnownOrgsBit, &scratch);
  for (std::size_t n = masks.size(); n >= 1; --n) {
    if ((masks[n - 1] & kKnownOrgsBit) == 0 || (n == 1 && !t[i].upper && !t[i].cap)) continue;
    auto it = lex.known_orgs.find(PhraseKey(t, i, i + n));
    if (n == 1 && MiscasedAcronym(t[i].text, it->second)) continue;
    if (it->second.acronym.empty() && LongerNameAfter(t, i + n)) return 0;
    Candidate c;
    c.kind = ParticipantKind::kOrganization;
    c.name = it->second.name;
    c.acronym = it->second.acronym;
    c.span = {t[i].span.start, t[i + n - 1].span.end};
    for (std::size_t k = i; k < i + n; ++k) b->tokens[k].used = true;
    out->push_back(std::move(c));
    return n;
  }
  return 0;
}

// Known bodies ("United Nations", "OECD") by their lexicon phrases.
std::size_t TryKnown(std::string_view, BlockTokens* b, std::size_t i, std::vector<Candidate>* out) {
  // Most capitalised words begin no known body: they leave here, without a call that sets
  // up a walk.
  return MayBeginPhrase(b->tokens[i], kKnownOrgsBit) ? KnownAt(b, i, out) : 0;
}

// TryKnownPrefixed past its first test. `the`: whether token i is "the" with a word after it.
std::size_t KnownPrefixedAt(std::string_view text, BlockTokens* b, std::size_t i, bool the,
                            std::vector<Candidate>* out) {
  const TokenVector& t = b->tokens;
  std::string code;
  std::size_t p = i + (the ? 1 : 0);
  p += p < t.size() ? LongestMatch(Lexicons().countries, t, p, &code) : 0;
  if (p >= t.size() || (p == i && !t[i].upper)) return 0;
  const std::size_t n = TryKnown(text, b, p, out);
  if (n == 0) return 0;
  std::size_t end = p + n;
  if (n == 1 && t[p].upper && end < t.size() && t[end].cap && !b->tokens[end].used) {
    end = ParseCapRun(t, end);
    for (std::size_t k = p + 1; k < end; ++k) {
      if (b->tokens[k].used || Key(t[k]) == "'s" || Key(t[k]) == "’s") end = k;
    }
    if (end - p < 2 || !IsHead(t[end - 1])) return p + n - i;
    Candidate unit = MakeOrg(text, *b, p, end);
    unit.name_words.push_back(JoinTokens(text, t, p + 1, end));
    for (std::size_t k = p + 1; k < end; ++k) b->tokens[k].used = true;
    out->push_back(std::move(unit));
  }
  return end - i;
}

// "U.S. DOJ Antitrust Division", "OECD Competition Committee": a known body (after a country)
// and, when a capitalised run ending in a head word follows, its unit, also known without
// the body's acronym. Returns the tokens consumed, or 0.
std::size_t TryKnownPrefixed(std::string_view text, BlockTokens* b, std::size_t i,
                             std::vector<Candidate>* out) {
  const TokenVector& t = b->tokens;
  const bool the = Key(t[i]) == "the" && i + 1 < t.size();
  // Most capitalised words are no "the", acronym or country: no known body follows them, and
  // they leave here without a call.
  if (!the && !t[i].upper && !MayBeginPhrase(t[i], kCountriesBit)) return 0;
  return KnownPrefixedAt(text, b, i, the, out);
}

bool AfterLowerWordOk(const Token& t) {
  const std::string_view k = Key(t);
  return !t.word || k == "of" || k == "at" || k == "with" || k == "by" || k == "from" ||
         k == "for" || k == "and";
}

// "cyan AG", "bitcoin Inc.": a brand written in lower case before a legal suffix, at tokens
// i and i + 1. Asked of every lower-case word, so it only tests (EmitLowerBrand emits): most
// words leave after a few tests.
bool IsLowerBrand(const BlockTokens& b, std::size_t i) {
  const TokenVector& t = b.tokens;
  // The next word's case first: most lower-case words are followed by another.
  if (i + 1 >= t.size() || t[i].cap || !t[i + 1].cap || t[i].text.size() < 3 ||
      b.tokens[i + 1].used) {
    return false;
  }
  // "www.cyansecurity.comcyan AG": a web address glued to the name is no brand.
  if (t[i].text.find('.') != std::string_view::npos) return false;
  return IsLegal(t[i + 1]) && !HasWord(kStopwordsBit, t[i]) && !HasWord(kSpeechVerbsBit, t[i]) &&
         (i == 0 || AfterLowerWordOk(t[i - 1]));
}

void EmitLowerBrand(std::string_view text, BlockTokens* b, std::size_t i, std::vector<Candidate>* out) {
  out->push_back(MakeOrg(text, *b, i, i + 2));
  b->tokens[i].used = b->tokens[i + 1].used = true;
}

// "Financial Institutions Reform, Recovery, and Enforcement Act": a run followed by a list of
// capitalised words (after a comma) that ends in a law or programme word is the document's
// title, not a body. Returns the end of the title, or 0.
std::size_t ListedDocumentEnd(const TokenVector& t, std::size_t end) {
  if (end >= t.size() || !IsPunct(t[end], ',')) return 0;
  std::size_t last_cap = 0;
  for (std::size_t k = end; k < t.size() && k < end + 12; ++k) {
    if (t[k].word && (t[k].cap || t[k].upper)) {
      last_cap = k;
    } else if (!IsPunct(t[k], ',') && Key(t[k]) != "and") {
      break;
    }
  }
  return last_cap > end && IsNonOrgWord(t[last_cap]) ? last_cap + 1 : 0;
}

// "Bureau of Prisons Director Harley Lappin", "the Appropriations Committee and Senator
// Byrd": a person's title that ends the run [i, end), right before a name the person scan
// has claimed, is that person's, not the body's; so is an "and" or comma before it. A
// title after a connector is the body's own ("Office of the President"), and a plural
// names members ("Society of Editors").
std::size_t CutTitleBeforePerson(const TokenVector& t, std::size_t i, std::size_t end) {
  constexpr std::size_t kLongestTitle = 3;   // "Chief Executive Officer"
  if (end >= t.size() || !t[end].used || end < i + 3) return end;
  std::size_t title = end;
  for (std::size_t k = end - 1; k > i && k + kLongestTitle >= end; --k) {
    if (LongestPhrase(kTitlesBit, t, k) == end - k) title = k;
  }
  if (title == end || Key(t[end - 1]).ends_with('s')) return end;
  std::size_t cut = title;
  while (cut > i + 1 && (Key(t[cut - 1]) == "and" || IsPunct(t[cut - 1], ','))) --cut;
  const std::string_view before = Key(t[cut - 1]);
  if (before == "the" || before == "of" || before == "for") return end;
  return cut;
}

// Where the names of the capitalised run [i, end) end: past a legal suffix after a comma
// ("Barclays Capital, Inc."), before a person's title ("X Division and U.S. Attorney for"),
// past "to" and a country ("EU Delegation to South Korea").
std::size_t NameEnd(const TokenVector& t, std::size_t i, std::size_t end) {
  if (end + 1 < t.size() && IsPunct(t[end], ',') &&
      HasWord(kLegalSuffixesBit, t[end + 1]) && !DatelineState(t, end + 1)) {
    end += 2;
  }
  // Most runs need neither call: a title after "and" or a comma needs a word before them and
  // one after, and few runs are followed by "to".
  if (end >= i + 3) end = CutTitleBeforePerson(t, i, CutAtPersonTitle(t, i, end));
  if (end + 1 < t.size() && Key(t[end]) == "to") end = ExtendToCountry(t, end);
  return end;
}

// The organisations opening at token `i`; returns the index of the next token to read.
std::size_t ScanOrganizationsAt(std::string_view text, BlockTokens* block, std::size_t i,
                                std::vector<Candidate>* out) {
  const TokenVector& t = block->tokens;
  if (block->tokens[i].used || !t[i].word) return i + 1;
  if (!(t[i].cap || t[i].upper)) {
    if (!IsLowerBrand(*block, i)) return i + 1;
    EmitLowerBrand(text, block, i, out);
    return i + 2;   // past the suffix
  }
  // "University of Vermont The University of Maine": the "The" that parts two names of a
  // list whose commas were lost (ParseCapRun) opens the second, outside its name.
  if (Key(t[i]) == "the" && PartsListedNames(t, i)) return i + 1;
  if (const std::size_t n = TryKnownPrefixed(text, block, i, out)) return i + n;
  if (const std::size_t n = TryKnown(text, block, i, out)) return i + n;
  // Most capitalised words stand alone before a lower-case word ("The company", "Smith
  // said"), where no list, legal suffix or country ("to" after a head word, NameEnd) goes on
  // from them: their one word is judged without the run's parse.
  if (RunEndsAfterFirst(t, i) && (i + 1 == t.size() || Key(t[i + 1]) != "to")) {
    if (LoneWordMayName(t, i)) EmitSegment(text, block, i, i + 1, out, false);
    return i + 1;
  }
  std::size_t end = ParseCapRun(t, i);
  for (std::size_t k = i; k < end; ++k) {
    if (block->tokens[k].used) end = k;
  }
  // "the House of Lords, Lisa Cameron": a run cut where a person's name begins keeps no
  // comma before it.
  while (end > i && !t[end - 1].word) --end;
  if (const std::size_t law_end = ListedDocumentEnd(t, end)) return law_end;
  end = NameEnd(t, i, end);
  if (end <= i) return i + 1;
  // Most runs are one word, which neither a lost possessive nor a split can divide: its one
  // segment is judged at once.
  if (end == i + 1) {
    if (LoneWordMayName(t, i)) EmitSegment(text, block, i, end, out, false);
    return end;
  }
  if (!RunMayName(t, i, end)) return end;
  const std::size_t from = AfterBarePossessive(t, i, end);
  if (from > i) EmitPossessor(text, block, i, from, out);
  EmitRange(text, block, from, end, out, 0);
  return end;
}

}  // namespace

void ScanOrganizations(std::string_view text, BlockTokens* block, std::vector<Candidate>* out) {
  // A name opens with a capitalised word, or with a lower-case brand right before one ("cyan
  // AG"): the scan reads those two tokens of each capitalised word and skips the others.
  std::size_t next = 0;   // the first token not read yet
  for (const std::size_t capital : block->capitals()) {
    for (std::size_t i = std::max(next, capital > 0 ? capital - 1 : 0); i <= capital; i = next) {
      next = ScanOrganizationsAt(text, block, i, out);
    }
  }
}

}  // namespace prextract::internal::parts
