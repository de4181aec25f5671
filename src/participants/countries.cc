// Country detection: iso-codes names, short forms ("ROK", "the U.S.") and demonyms
// ("German", "North Korean"), also as parts of hyphenated words ("Korea-Germany").
#include <algorithm>

#include "participants/candidates.h"
#include "participants/lexicons.h"

namespace prextract::internal::parts {
namespace {

// Short forms are acronyms: "US" must be written in capitals, never "us".
bool CaseOk(const std::vector<Token>& t, std::size_t i, std::size_t n) {
  if (!t[i].cap) return false;
  if (n == 1 && Key(t[i]).size() <= 3) return t[i].upper;
  return true;
}

void Add(const std::string& code, Span span, std::vector<Candidate>* out) {
  Candidate c;
  c.kind = ParticipantKind::kCountry;
  c.code = code;
  c.span = span;
  out->push_back(std::move(c));
}

// "Korea-Germany", "ROK-Ukrainian": each hyphen-separated part on its own.
void ScanHyphenated(const Token& t, std::vector<Candidate>* out) {
  const ParticipantLexicons& lex = Lexicons();
  std::size_t from = 0;
  while (from < t.text.size()) {
    std::size_t to = t.text.find('-', from);
    if (to == std::string_view::npos) to = t.text.size();
    const std::string_view part = t.text.substr(from, to - from);
    std::string key(Lower(t).substr(from, to - from));
    if (!key.empty() && key.back() == '.') key.pop_back();
    const bool caps = !part.empty() && part[0] >= 'A' && part[0] <= 'Z';
    const bool short_ok = key.size() > 3 || part.find_first_of("abcdefghijklmnopqrstuvwxyz") ==
                                                std::string_view::npos;
    const std::string* code = nullptr;
    if (auto it = lex.countries.find(key); it != lex.countries.end()) code = &it->second;
    if (auto it = lex.demonyms.find(key); !code && it != lex.demonyms.end()) code = &it->second;
    if (caps && short_ok && code) Add(*code, {t.span.start + from, t.span.start + to}, out);
    from = to + 1;
  }
}

// "New Jersey", "New Mexico": a place named after the country, no mention of it ("New
// Zealand" is matched whole before its second word is reached).
bool AfterNew(const std::vector<Token>& t, std::size_t i) {
  return i > 0 && t[i - 1].cap && Key(t[i - 1]) == "new";
}

bool IsLowerLetter(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiAlnum(char c) { return IsLowerLetter(c) || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Whether `key` stands in `lowered` as words of its own.
bool NamesWord(std::string_view lowered, std::string_view key) {
  for (std::size_t at = lowered.find(key); at != std::string_view::npos; at = lowered.find(key, at + 1)) {
    const std::size_t end = at + key.size();
    const bool open = at == 0 || !IsLowerLetter(lowered[at - 1]);
    if (open && (end == lowered.size() || !IsLowerLetter(lowered[end]))) return true;
  }
  return false;
}

// "Atlanta, GA", "Sen. Saxby Chambliss (R-Ga.)": the state's postal code, in capitals or
// as the press abbreviates it (capital, small letter, period), names the state.
bool NamesPostalCode(std::string_view text, std::string_view code) {
  if (code.size() != 2) return false;
  const std::string dotted{code[0], static_cast<char>(code[1] - 'A' + 'a'), '.'};
  for (const std::string_view form : {code, std::string_view(dotted)}) {
    for (std::size_t at = text.find(form); at != std::string_view::npos; at = text.find(form, at + 1)) {
      const std::size_t end = at + form.size();
      const bool open = at == 0 || !IsAsciiAlnum(text[at - 1]);
      if (open && (end == text.size() || form.back() == '.' || !IsAsciiAlnum(text[end]))) return true;
    }
  }
  return false;
}

// A US state named in the release, other than one named like a country. New York and
// Washington are also the cities where foreign ministers meet: they tell nothing.
bool NamesUsState(std::string_view lowered) {
  const ParticipantLexicons& lex = Lexicons();
  return std::any_of(lex.us_states.begin(), lex.us_states.end(), [&](const std::string& s) {
    return s != "new york" && s != "washington" && !lex.countries.count(s) && NamesWord(lowered, s);
  });
}

// The longer of the country and the demonym phrases at token `i` (0: none); `code` gets its code.
std::size_t CountryAt(const std::vector<Token>& t, std::size_t i, std::string* code) {
  const ParticipantLexicons& lex = Lexicons();
  std::size_t n = LongestMatch(lex.countries, t, i, code);
  std::string demonym_code;
  const std::size_t d = LongestMatch(lex.demonyms, t, i, &demonym_code);
  if (d > n) {
    n = d;
    *code = demonym_code;
  }
  return n;
}

}  // namespace

void ScanCountries(std::string_view, const BlockTokens& block, std::vector<Candidate>* out) {
  const std::vector<Token>& t = block.tokens;
  // Set by every match before it is read: one string for the block, not one per word.
  std::string code;
  std::size_t next = 0;   // past the last country found
  // Every country is written capitalised: the other tokens are not visited.
  for (const std::size_t i : block.capitals()) {
    if (i < next) continue;
    // Most capitalised words begin neither: their marks tell, without the lookups' calls.
    const std::size_t n =
        MayBeginPhrase(t[i], kCountriesBit | kDemonymsBit) ? CountryAt(t, i, &code) : 0;
    if (n > 0 && CaseOk(t, i, n) && !AfterNew(t, i) &&
        !(n == 1 && t[i].used && Key(t[i]).size() > 3 && !t[i].upper &&
          HasWord(kGivenNamesBit, t[i]))) {
      Add(code, {t[i].span.start, t[i + n - 1].span.end}, out);
      next = i + n;
    } else if (t[i].text.find('-') != std::string_view::npos) {
      ScanHyphenated(t[i], out);
    }
  }
}

void DropUsStateNamesakes(std::string_view text, std::string_view lowered, std::vector<Candidate>* candidates) {
  const ParticipantLexicons& lex = Lexicons();
  const auto namesake = [&](const Candidate& c) {
    return c.kind == ParticipantKind::kCountry && lex.us_state_namesakes.count(c.code) > 0;
  };
  if (std::none_of(candidates->begin(), candidates->end(), namesake)) return;
  // Asked only of releases that name such a country: a search of the text per US state.
  if (NamesUsState(lowered)) {
    std::erase_if(*candidates, namesake);
    return;
  }
  std::erase_if(*candidates, [&](const Candidate& c) {
    return namesake(c) && NamesPostalCode(text, lex.us_state_namesakes.find(c.code)->second);
  });
}

}  // namespace prextract::internal::parts
