// Country detection: iso-codes names, short forms ("ROK", "the U.S.") and demonyms
// ("German", "North Korean"), also as parts of hyphenated words ("Korea-Germany").
#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "participants/candidates.h"
#include "participants/lexicons.h"

namespace prextract::internal::parts {
namespace {

// Short forms are acronyms: "US" must be written in capitals, never "us".
bool CaseOk(const TokenVector& t, std::size_t i, std::size_t n) {
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

// "North America", "the Latin American market", "Central Americans": a continent or region
// of the Americas, no mention of the United States, which "America" and "American" name alone.
// So "South Jersey" and "North Jersey" are parts of New Jersey, not the island of Jersey.
bool NamesRegionOfAmerica(std::string_view before, const std::string& code) {
  const bool compass = before == "north" || before == "south" || before == "central";
  if (code == "JE") return compass;
  return code == "US" && (compass || before == "latin" || before == "pan");
}

// "Korea-Germany", "ROK-Ukrainian": each hyphen-separated part on its own.
void ScanHyphenated(const Token& t, std::vector<Candidate>* out) {
  const ParticipantLexicons& lex = Lexicons();
  std::size_t from = 0;
  std::string_view previous;   // the lower case of the part before
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
    // "Latin-American", "Pan-American": a region, as "Latin American" is.
    if (caps && short_ok && code && !NamesRegionOfAmerica(previous, *code)) {
      Add(*code, {t.span.start + from, t.span.start + to}, out);
    }
    previous = Lower(t).substr(from, to - from);
    from = to + 1;
  }
}

// "New Jersey", "New Mexico": a place named after the country, no mention of it ("New
// Zealand" is matched whole before its second word is reached).
bool AfterNew(const TokenVector& t, std::size_t i) {
  return i > 0 && t[i - 1].cap && Key(t[i - 1]) == "new";
}

bool AfterRegionWord(const TokenVector& t, std::size_t i, const std::string& code) {
  return i > 0 && t[i - 1].cap && NamesRegionOfAmerica(Key(t[i - 1]), code);
}

bool IsLowerLetter(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiAlnum(char c) { return IsLowerLetter(c) || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

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

// The US states whose mention tells that a namesake country is the state: all but those
// named like a country, and New York and Washington, also the cities where foreign
// ministers meet. With the shapes of their first words (bit min(size, 63) of [first byte]),
// which turn away most words of a text without a comparison.
struct TellingStates {
  struct State {
    std::string_view key;
    std::size_t first_word;   // the size of the key's first word
  };
  std::vector<State> states;
  std::array<std::uint64_t, 256> first_words{};
};

std::uint64_t SizeBit(std::size_t size) {
  return std::uint64_t{1} << std::min<std::size_t>(size, 63);
}

// The run of lower-case ASCII letters that opens `s`.
std::string_view FirstWord(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && IsLowerLetter(s[n])) ++n;
  return s.substr(0, n);
}

const TellingStates& States() {
  static const TellingStates* states = [] {
    const ParticipantLexicons& lex = Lexicons();
    auto* out = new TellingStates;
    for (const std::string& s : lex.us_states) {
      if (s == "new york" || s == "washington" || lex.countries.count(s)) continue;
      const std::string_view first = FirstWord(s);
      if (first.empty()) continue;   // no state key opens otherwise; none could be found
      out->states.push_back({s, first.size()});
      out->first_words[static_cast<unsigned char>(first[0])] |= SizeBit(first.size());
    }
    return out;
  }();
  return *states;
}

// Whether some telling state's key stands at lowered[at] as words of its own, where `word`,
// the run of lower-case letters from `at`, is its first word.
bool StateAt(const TellingStates& states, std::string_view lowered, std::size_t at,
             std::string_view word) {
  const std::uint64_t sizes = states.first_words[static_cast<unsigned char>(word[0])];
  if ((sizes & SizeBit(word.size())) == 0) return false;
  for (const auto& [key, first_word] : states.states) {
    if (first_word != word.size() || key[0] != word[0] || lowered.substr(at, key.size()) != key) {
      continue;
    }
    const std::size_t end = at + key.size();
    if (end == lowered.size() || !IsLowerLetter(lowered[end])) return true;
  }
  return false;
}

// A telling US state (TellingStates) named in the release as words of its own. A key opens
// with a lower-case letter after none, so it opens a run of them, which is its first word:
// one pass over the runs finds them all, where a search per state read the text fifty times.
bool NamesUsState(std::string_view lowered) {
  const TellingStates& states = States();
  std::size_t i = 0;
  while (i < lowered.size()) {
    if (!IsLowerLetter(lowered[i])) {
      ++i;
      continue;
    }
    const std::size_t at = i;
    while (i < lowered.size() && IsLowerLetter(lowered[i])) ++i;
    if (StateAt(states, lowered, at, lowered.substr(at, i - at))) return true;
  }
  return false;
}

// The longer of the country and the demonym phrases at token `i` (0: none); `code` gets its code.
std::size_t CountryAt(const TokenVector& t, std::size_t i, std::string* code) {
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
  const TokenVector& t = block.tokens;
  // Set by every match before it is read: one string for the block, not one per word.
  std::string code;
  std::size_t next = 0;   // past the last country found
  // Every country is written capitalised: the other tokens are not visited.
  for (const std::size_t i : block.capitals()) {
    if (i < next) continue;
    // Most capitalised words begin neither: their marks tell, without the lookups' calls.
    const std::size_t n =
        MayBeginPhrase(t[i], kCountriesBit | kDemonymsBit) ? CountryAt(t, i, &code) : 0;
    if (n > 0 && CaseOk(t, i, n) && !AfterNew(t, i) && !AfterRegionWord(t, i, code) &&
        !(n == 1 && t[i].used && Key(t[i]).size() > 3 && !t[i].upper &&
          HasWord(kGivenNamesBit, t[i]))) {
      Add(code, {t[i].span.start, t[i + n - 1].span.end}, out);
      next = i + n;
    } else if (t[i].text.find('-') != std::string_view::npos) {
      ScanHyphenated(t[i], out);
    }
  }
}

// "Ukraine, or Georgia", "offices in Turkiye, Azerbaijan, Georgia": a country that a US state
// shares its name with is the country only beside another country of the world, one of
// `world` (where each is named). Alone ("met with Georgia students", "Fort Benning, Georgia",
// "in Georgia and across the U.S.") it is the state.
bool BesideAnotherCountry(const std::vector<std::size_t>& world, const Candidate& c) {
  constexpr std::size_t kNear = 200;   // bytes either side: the sentence, about
  const std::size_t a = c.span.start;
  return std::any_of(world.begin(), world.end(),
                     [&](std::size_t b) { return (a > b ? a - b : b - a) < kNear; });
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
  // Where the other countries of the world are named, gathered before the erase below
  // moves candidates about.
  std::vector<std::size_t> world;
  for (const Candidate& d : *candidates) {
    if (d.kind == ParticipantKind::kCountry && d.code != "US" && !namesake(d)) world.push_back(d.span.start);
  }
  std::erase_if(*candidates, [&](const Candidate& c) {
    return namesake(c) && (NamesPostalCode(text, lex.us_state_namesakes.find(c.code)->second) ||
                           !BesideAnotherCountry(world, c));
  });
}

}  // namespace prextract::internal::parts
