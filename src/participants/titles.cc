// Titles of persons and the capitalised runs that complete them.
#include "participants/lexicons.h"
#include "participants/name_parts.h"
#include "participants/org_context.h"

namespace prextract::internal::parts {
namespace {

bool IsCapWord(const Token& t) { return t.word && (t.cap || t.upper); }
bool IsDigitWord(const Token& t) { return t.word && t.text[0] >= '0' && t.text[0] <= '9'; }

// Capitalised words (or numbers) followed by a title word within four tokens: returns how
// many, or 0.
std::size_t OrgWordsBeforeTitle(const TokenVector& tokens, std::size_t j) {
  for (std::size_t k = j; k < tokens.size() && k < j + 4; ++k) {
    if (!tokens[k].word || (!tokens[k].cap && !tokens[k].upper && !IsDigitWord(tokens[k]))) return 0;
    if (k > j && LongestPhrase(kTitlesBit, tokens, k)) return k - j;
  }
  return 0;
}

bool IsComplementWord(std::string_view k) {
  return k == "of" || k == "for" || k == "to" || k == "at" || k == "on" || k == "in";
}

// "Ackerman & Co. Headquartered in Atlanta", "Medtronic Inc's Motion": a legal suffix ends
// a company's name unless another part of the suffix follows ("GmbH & Co. KG", "Co., Ltd.").
bool EndsCompanyName(const TokenVector& tokens, std::size_t k) {
  if (!HasWord(kLegalSuffixesBit, tokens[k]) || k + 1 >= tokens.size()) return false;
  // "Salon and Spa Galleria": the Italian "SpA" is written so; "Spa" is the English word.
  if (Key(tokens[k]) == "spa" && tokens[k].text != "SpA" && !tokens[k].upper) return false;
  const Token& next = tokens[k + 1];
  if (HasWord(kLegalSuffixesBit, next) || IsPunct(next, '&')) return false;
  return !(IsPunct(next, ',') && k + 2 < tokens.size() && HasWord(kLegalSuffixesBit, tokens[k + 2]));
}

// "Dr.", "Mr.", "Prof.": honorifics no organisation's name holds inside it, unlike "Dame"
// ("University of Notre Dame") or "Miss".
bool OpensPersonName(const Token& t) {
  if (!HasWord(kHonorificsBit, t)) return false;
  const std::string_view k = Key(t);
  return k == "dr" || k == "mr" || k == "mrs" || k == "ms" || k == "prof";
}

// "Washington, DC": the capital's district goes on with its name, where a state after a
// city's comma ("the City of Round Rock, TX") is a place of its own.
bool IsDistrictOfColumbia(const Token& t) {
  return t.upper && (Key(t) == "dc" || Key(t) == "d.c.");
}

bool IsListAnd(const Token& t) {
  const std::string_view k = Key(t);
  return k == "and" || k == "&" || k == "or";
}

// "University of California, Berkeley": a campus after its university's name.
bool CampusAfter(const TokenVector& tokens, std::size_t i, std::size_t comma) {
  return Key(tokens[i]) == "university" && comma > i + 2 && Key(tokens[i + 1]) == "of" &&
         comma + 1 < tokens.size() && IsCapWord(tokens[comma + 1]);
}

// ", and Pensions" after a comma at `comma`: the last item of a list of fields the run has
// read after its preposition ("on Health, Education, Labor"). After one item only, "the
// Department of Justice, and Roe said" goes on to another subject; items with head words of
// their own ("Alvernia College, and Centro Hispano") are bodies of their own; and "and Sen."
// opens a person.
bool LastOfFieldList(const TokenVector& tokens, std::size_t i, std::size_t comma) {
  const std::size_t last = comma + 2;
  if (HasWord(kHonorificsBit, tokens[last]) || LongestPhrase(kTitlesBit, tokens, last) > 0) {
    return false;
  }
  std::size_t k = comma;
  bool commas = false;
  for (; k > i && !IsComplementWord(Key(tokens[k - 1])); --k) {
    const Token& w = tokens[k - 1];
    if (IsPunct(w, ',')) {
      // A list ends once: "Labor, Health, and Education, and Bob Casey" goes on after it.
      if (IsListAnd(tokens[k])) return false;
      commas = true;
    }
    if (HasWord(kOrgWordsBit, w) || HasWord(kLegalSuffixesBit, w)) return false;
  }
  return commas && k > i;
}

// Whether the comma at `comma`, in a run from token `i`, parts items of a list that goes on
// to its "and" ("Health, Education, Labor, and Pensions"); not so where the comma ends the
// name ("the Senate Intelligence Committee, Bond was the sponsor"), unless a campus follows.
bool ListGoesOn(const TokenVector& tokens, std::size_t i, std::size_t comma) {
  const std::size_t n = tokens.size();
  std::size_t k = comma + 1;
  if (k + 1 < n && IsListAnd(tokens[k]) && IsCapWord(tokens[k + 1])) {
    return LastOfFieldList(tokens, i, comma);
  }
  if (CampusAfter(tokens, i, comma)) return true;
  // "Minnesota Soybean Processors, Inc.", "the Washington, DC Public Schools".
  if (k < n && (HasWord(kLegalSuffixesBit, tokens[k]) || IsDistrictOfColumbia(tokens[k]))) {
    return true;
  }
  // The items after the comma, each capitalised words (joined by "of", "the"...) and a comma,
  // up to the "and" before the last.
  bool item_read = false;
  for (std::size_t item_words = 0; k < n && k < comma + 16; ++k) {
    const Token& t = tokens[k];
    if (t.sentence_start) return false;
    if (IsCapWord(t)) {
      ++item_words;
      item_read = true;
    } else if (item_words > 0 && IsPunct(t, ',')) {
      item_words = 0;   // the next item
    } else if (item_read && IsListAnd(t)) {
      return k + 1 < n && IsCapWord(tokens[k + 1]);
    } else if (!(item_words > 0 && IsConnector(Key(t)))) {
      return false;
    }
  }
  return false;
}

}  // namespace

bool PartsListedNames(const TokenVector& tokens, std::size_t j) {
  if (j == 0 || tokens[j].sentence_start) return false;
  const Token& before = tokens[j - 1];
  return IsCapWord(before) && !IsConnector(Key(before)) && !HasWord(kStopwordsBit, before);
}

std::size_t ParseCapRun(const TokenVector& tokens, std::size_t i, bool in_list) {
  const std::size_t n = tokens.size();
  std::size_t end = i, j = i;
  while (j < n) {
    const Token& t = tokens[j];
    if (j > i && t.sentence_start) break;
    if (IsCapWord(t)) {
      // "Ambassador to Iraq Dr. Zalmay Khalilzad": an honorific opens a person's name.
      if (j > i && OpensPersonName(t)) break;
      // "... Studies on May 16": a month or sentence opener ends the run. Its marks tell at
      // once that most words are no stopword, before the exceptions are read.
      if (j > i && HasWord(kStopwordsBit, t)) {
        // "Office on Violence Against Women", "Keep A Breast Foundation" keep their capitals.
        const bool inner = (Key(t) == "against" || (t.text == "A" && j + 1 < n &&
                            IsCapWord(tokens[j + 1]))) && !t.wide_gap_before;
        // "Walpiri Media Association": a stopword right before a head word is part of the name.
        const Token* next = j + 1 < n ? &tokens[j + 1] : nullptr;
        const bool before_head = next && IsCapWord(*next) && !next->sentence_start &&
                                 HasWord(kOrgWordsBit, *next);
        if (!inner && !before_head && !IsConnector(Key(t))) break;
      }
      // "Fire Administration  The grants are": a capital "The" before no capitalised word
      // opens the next sentence (its period stripped), never the end of a name.
      if (j > i && Key(t) == "the" && !(j + 1 < n && IsCapWord(tokens[j + 1]))) break;
      if (j > i && Key(t) == "the" && PartsListedNames(tokens, j)) break;
      // "... Research Reserve Association Association of National Estuary Programs": a head
      // word twice over ends one name of a list and opens the next.
      if (j > i && HasWord(kOrgWordsBit, t) && Key(tokens[j - 1]) == Key(t)) break;
      end = ++j;
      if (j > i + 1 && EndsCompanyName(tokens, j - 1)) break;
      continue;
    }
    const std::string_view k = Key(t);
    // "In releasing this Program  the Minerals Management Service": a wide gap between a
    // capitalised word and "the" is a stripped comma, which ends the run (after "of" it is
    // only a line break: "Department of  the Treasury").
    if (j > i && k == "the" && t.wide_gap_before && IsCapWord(tokens[j - 1])) break;
    if (end > i && IsConnector(k)) {
      in_list = in_list || k == "of" || k == "on" || k == "for";
      ++j;
      continue;
    }
    if (end > i && in_list && IsPunct(t, ',') && ListGoesOn(tokens, i, j)) {
      ++j;
      continue;
    }
    break;
  }
  return end;
}

bool FuzzyTitleWord(const Token& t) {
  const std::string_view k = Key(t);
  if (!t.word || k.size() < 6) return false;
  // "founded Latino Rebels": a past tense is one letter from "founder", and no title ends so.
  if (k.ends_with("ed")) return false;
  return HasOneTypoOf(Lexicons().titles_by_size, k);
}

bool ParseTitle(const TokenVector& tokens, std::size_t i, TitleMatch* m) {
  const std::size_t n = tokens.size();
  std::size_t j = i, core_end = i;
  while (j < n && tokens[j].word) {
    if (j > i && tokens[j].sentence_start) break;
    if (const std::size_t len = LongestPhrase(kTitlesBit, tokens, j)) {
      j += len;
      core_end = j;
    } else if (const std::size_t mod = LongestPhrase(kModifiersBit, tokens, j)) {
      j += mod;
    } else if (j + 1 < n && IsNameWord(tokens[j + 1]) && FuzzyTitleWord(tokens[j])) {
      core_end = ++j;
    } else if (const std::size_t skip = core_end > i ? OrgWordsBeforeTitle(tokens, j) : 0) {
      j += skip;   // "Chief [United States District Court] Judge"
    } else {
      break;
    }
  }
  if (core_end == i) return false;
  m->start = i;
  m->core_end = m->end = core_end;
  m->complement = 0;
  if (core_end + 1 < n && IsComplementWord(Key(tokens[core_end]))) {
    std::size_t k = core_end + 1;
    if (k < n && Key(tokens[k]) == "the") ++k;
    // "a partner of Dr. John Smith": an honorific opens a name, not the title's complement.
    if (k < n && IsCapWord(tokens[k]) && !HasWord(kHonorificsBit, tokens[k])) {
      m->complement = k;
      // "General of the X Division and U.S. Attorney for ...": a second title ends it.
      m->end = CutAtPersonTitle(tokens, k, ParseCapRun(tokens, k, true));
    }
  }
  return true;
}

void ExtendTitleBack(const TokenVector& tokens, TitleMatch* m) {
  const ParticipantLexicons& lex = Lexicons();
  for (int steps = 0; steps < 2 && m->start > 0; ++steps) {
    const Token& t = tokens[m->start - 1];
    if (t.used || !t.word || !(t.cap || t.upper)) break;
    if (HasWord(kLegalSuffixesBit, t)) break;   // "Acme PLC CEO Paul Welch": the company's end
    if (tokens[m->start].wide_gap_before) break;   // "from China  Senator X": a stripped period
    std::string code;
    const std::string key(Key(t));
    if (auto it = lex.demonyms.find(key); it != lex.demonyms.end()) {
      code = it->second;
    } else if (auto c = lex.countries.find(key); c != lex.countries.end()) {
      code = c->second;
    } else if (!t.upper) {
      break;
    }
    if (m->code.empty()) m->code = code;
    --m->start;
  }
}

}  // namespace prextract::internal::parts
