#include "participants/lexicons.h"

#include <algorithm>

#include "lexicon/embedded.h"
#include "lexicon/lexicon.h"

namespace prextract::internal::parts {
namespace {

// Normalises a lexicon phrase the way text is tokenised, so both give the same key.
std::string NormalPhrase(std::string_view phrase, std::size_t* words) {
  const std::vector<Token> tokens = TokenizeBlock(phrase, Span{0, phrase.size()});
  *words = std::max(*words, tokens.size());
  return PhraseKey(tokens, 0, tokens.size());
}

void FillSet(std::string_view name, StringSet* set, std::size_t* words) {
  for (const LexiconEntry& e : Lexicon(name)) {
    for (const std::string& v : e.variants) set->insert(NormalPhrase(v, words));
  }
}

// "ALPHA2|form|form" files: every form maps to the code; the first form names a code that
// iso-codes lacks ("EU") when `names` is given.
void FillCodes(std::string_view name, StringMap<std::string>* map,
               std::size_t* words, StringMap<std::string>* names) {
  for (const LexiconEntry& e : Lexicon(name)) {
    for (std::size_t i = 1; i < e.variants.size(); ++i) {
      map->emplace(NormalPhrase(e.variants[i], words), e.canonical);
    }
    if (names && e.variants.size() > 1 && !names->count(e.canonical)) {
      (*names)[e.canonical] = e.variants[1];
    }
  }
}

void FillIsoCountries(ParticipantLexicons* lex) {
  for (const IsoCountry& c : IsoCountries()) {
    const std::string code(c.alpha_2);
    for (std::string_view n : {c.common_name, c.name, c.official_name}) {
      if (n.empty() || n.find(',') != std::string_view::npos) continue;
      lex->countries.emplace(NormalPhrase(n, &lex->max_phrase_words), code);
      if (!lex->country_names.count(code)) lex->country_names[code] = std::string(n);
    }
  }
}

void FillKnownOrgs(ParticipantLexicons* lex) {
  for (const LexiconEntry& e : Lexicon("en/known_organizations")) {
    KnownOrg org{e.canonical, ""};
    for (const std::string& v : e.variants) {
      const bool caps = v.size() >= 2 && v.size() <= 8 &&
                        std::none_of(v.begin(), v.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      if (caps && org.acronym.empty() && v != e.canonical) org.acronym = v;
    }
    for (const std::string& v : e.variants) {
      lex->known_orgs.emplace(NormalPhrase(v, &lex->max_phrase_words), org);
    }
  }
}

void CollectPrefixes(ParticipantLexicons* lex) {
  for (const auto* set : {&lex->titles, &lex->modifiers, &lex->honorifics, &lex->particles,
                          &lex->suffixes, &lex->given_names, &lex->asian_surnames, &lex->org_words,
                          &lex->legal_suffixes, &lex->domain_words, &lex->stopwords, &lex->speech_verbs,
                          &lex->org_anaphora, &lex->non_org_words, &lex->place_words,
                          &lex->address_titles, &lex->company_nouns}) {
    for (const std::string& e : *set) AddWordPrefixes(e, &lex->phrase_prefixes);
  }
  for (const auto* map : {&lex->countries, &lex->demonyms}) {
    for (const auto& [phrase, code] : *map) AddWordPrefixes(phrase, &lex->phrase_prefixes);
  }
  for (const auto& [phrase, org] : lex->known_orgs) AddWordPrefixes(phrase, &lex->phrase_prefixes);
}

ParticipantLexicons* Build() {
  auto* lex = new ParticipantLexicons();
  std::size_t* w = &lex->max_phrase_words;
  FillSet("en/person_titles", &lex->titles, w);
  FillSet("en/title_modifiers", &lex->modifiers, w);
  FillSet("en/honorifics", &lex->honorifics, w);
  FillSet("en/name_particles", &lex->particles, w);
  FillSet("en/name_suffixes", &lex->suffixes, w);
  FillSet("en/given_names", &lex->given_names, w);
  FillSet("en/asian_surnames", &lex->asian_surnames, w);
  FillSet("en/org_words", &lex->org_words, w);
  FillSet("en/legal_suffixes", &lex->legal_suffixes, w);
  FillSet("en/domain_words", &lex->domain_words, w);
  FillSet("en/name_stopwords", &lex->stopwords, w);
  FillSet("en/speech_verbs", &lex->speech_verbs, w);
  FillSet("en/org_anaphora", &lex->org_anaphora, w);
  FillSet("en/non_org_words", &lex->non_org_words, w);
  FillSet("en/place_words", &lex->place_words, w);
  FillSet("en/address_titles", &lex->address_titles, w);
  FillSet("en/company_nouns", &lex->company_nouns, w);
  FillIsoCountries(lex);
  FillCodes("en/country_short_forms", &lex->countries, w, &lex->country_names);
  FillCodes("en/demonyms", &lex->demonyms, w, nullptr);
  FillKnownOrgs(lex);
  CollectPrefixes(lex);
  return lex;
}

}  // namespace

const ParticipantLexicons& Lexicons() {
  static const ParticipantLexicons* lex = Build();
  return *lex;
}

std::string_view Key(const Token& t) {
  std::string_view k = t.lower;
  if (k.size() > 1 && k.back() == '.') k.remove_suffix(1);
  return k;
}

std::string PhraseKey(const std::vector<Token>& tokens, std::size_t from, std::size_t to) {
  std::string key;
  for (std::size_t i = from; i < to && i < tokens.size(); ++i) {
    if (i > from) key.push_back(' ');
    key.append(IsPunct(tokens[i], '&') ? std::string_view("and") : Key(tokens[i]));
  }
  return key;
}

namespace {

std::string_view WordKey(const Token& t) { return IsPunct(t, '&') ? std::string_view("and") : Key(t); }

// Keys of tokens [i, i + n) as prefixes of one string, for every n while the key still
// begins a phrase of some lexicon: `ends[n]` is where the n-word key ends.
std::string PrefixKeys(const std::vector<Token>& tokens, std::size_t i, std::vector<std::size_t>* ends) {
  const StringSet& prefixes = Lexicons().phrase_prefixes;
  if (tokens[i].phrase_start == 0) {
    ends->assign(1, 0);
    return "";
  }
  const std::size_t most = std::min(Lexicons().max_phrase_words, tokens.size() - i);
  std::string key;
  ends->assign(1, 0);
  for (std::size_t n = 1; n <= most; ++n) {
    if (n > 1) key.push_back(' ');
    key.append(WordKey(tokens[i + n - 1]));
    if (prefixes.find(key) == prefixes.end()) break;
    ends->push_back(key.size());
  }
  return key;
}

bool MayEndPhrase(const Token& t) { return t.word || IsPunct(t, '&'); }

}  // namespace

void MarkPhraseStarts(std::vector<Token>* tokens) {
  const StringSet& prefixes = Lexicons().phrase_prefixes;
  for (Token& t : *tokens) t.phrase_start = prefixes.find(WordKey(t)) != prefixes.end() ? 1 : 0;
  // Several lexicons are asked about the same token: its keys are built once.
  for (std::size_t i = 0; i < tokens->size(); ++i) {
    Token& t = (*tokens)[i];
    if (t.phrase_start == 1) t.walk_key = PrefixKeys(*tokens, i, &t.walk_ends);
  }
}

namespace {

// The keys from token i: the token's own when MarkPhraseStarts built them, else `scratch`.
struct Walk {
  const std::string* key;
  const std::vector<std::size_t>* ends;
};

Walk WalkAt(const std::vector<Token>& tokens, std::size_t i, std::string* key, std::vector<std::size_t>* ends) {
  if (!tokens[i].walk_ends.empty()) return Walk{&tokens[i].walk_key, &tokens[i].walk_ends};
  *key = PrefixKeys(tokens, i, ends);
  return Walk{key, ends};
}

}  // namespace

std::vector<std::string_view> PhraseKeysAt(const std::vector<Token>& tokens, std::size_t i,
                                           std::string* scratch) {
  std::vector<std::size_t> scratch_ends;
  const Walk walk = WalkAt(tokens, i, scratch, &scratch_ends);
  std::vector<std::string_view> keys;
  for (const std::size_t end : *walk.ends) keys.push_back(std::string_view(*walk.key).substr(0, end));
  return keys;
}

std::size_t LongestMatch(const StringSet& set, const std::vector<Token>& tokens, std::size_t i) {
  std::string scratch_key;
  std::vector<std::size_t> scratch_ends;
  const Walk walk = WalkAt(tokens, i, &scratch_key, &scratch_ends);
  const std::vector<std::size_t>& ends = *walk.ends;
  for (std::size_t n = ends.size() - 1; n >= 1; --n) {
    if (!MayEndPhrase(tokens[i + n - 1])) continue;
    if (set.find(std::string_view(*walk.key).substr(0, ends[n])) != set.end()) return n;
  }
  return 0;
}

std::size_t LongestMatch(const StringMap<std::string>& map, const std::vector<Token>& tokens, std::size_t i,
                         std::string* value) {
  std::string scratch_key;
  std::vector<std::size_t> scratch_ends;
  const Walk walk = WalkAt(tokens, i, &scratch_key, &scratch_ends);
  const std::vector<std::size_t>& ends = *walk.ends;
  for (std::size_t n = ends.size() - 1; n >= 1; --n) {
    if (!tokens[i + n - 1].word) continue;
    const auto it = map.find(std::string_view(*walk.key).substr(0, ends[n]));
    if (it != map.end()) {
      *value = it->second;
      return n;
    }
  }
  return 0;
}

int EditDistance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  if (n > m + 3 || m > n + 3) return 3;
  std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return std::min(d[n][m], 3);
}

}  // namespace prextract::internal::parts
