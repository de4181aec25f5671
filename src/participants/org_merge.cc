// Organisation and country merging: one record per organisation (full name, short name,
// acronym and nickname linked), with later mentions found by those forms and by "the ministry".
#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <utility>

#include <absl/container/flat_hash_map.h>

#include "lexicon/lexicon.h"
#include "participants/lexicons.h"
#include "participants/merge.h"

namespace prextract::internal::parts {
namespace {

struct OrgRecord {
  Participant p;
  // Phrase(p.name), kept with the name (SetName): the merge compares it for every mention.
  std::string name_key;
  // The tokens of p.name, kept with the name (SetName): the merge reads them at the end.
  // Their text views the candidate's or the lexicon's copy of the name, or the release text
  // the name was read from, which outlive the merge; so does their lower case.
  OwnTokens name_tokens;
  std::vector<std::string> forms;   // phrase keys that name it
  bool seed = false;
  bool strong = false;   // some candidate gave clear evidence (Candidate::strong)
};

std::string Phrase(std::string_view s) { return PhraseKeyOf(s); }

// TokenizeOwn(name) with the first marked (MarkPhraseStart): the forms and the country
// reading ask the lexicons about the first word several times, and its walk answers them all.
OwnTokens NameTokens(std::string_view name) {
  OwnTokens t = TokenizeOwn(name);
  if (!t.tokens.empty()) MarkPhraseStart(&t.tokens, 0);
  return t;
}

// NameTokens(c.name): a copy of the tokens the name was read from, when it has them (the
// block's marks serve as well, as they depend on the words alone), which costs less than
// tokenising it again.
OwnTokens CandidateTokens(const Candidate& c) {
  if (c.name_tokens.empty()) return NameTokens(c.name);
  OwnTokens t;
  t.tokens.assign(c.name_tokens.begin(), c.name_tokens.end());
  return t;
}

// `tokens`: NameTokens(name), of a copy of it that outlives the merge. `key`: Phrase(name).
void SetName(OrgRecord* r, const std::string& name, OwnTokens tokens, std::string key) {
  r->p.name = name;
  r->name_tokens = std::move(tokens);
  r->name_key = std::move(key);
}

// About the size of a key of tokens [from, to) of a name, which they index (its text there,
// and room for an "&" read as "and"): a capacity, so that the key is not regrown word by word.
std::size_t KeySizeHint(const TokenVector& t, std::size_t from, std::size_t to) {
  return from < to ? t[to - 1].span.end - t[from].span.start + 8 : 0;
}

// Words without a final "s" and without "'s": a lost apostrophe ("FBIs Philadelphia Division",
// "National Security Divisions highest priority") keys like the name written properly.
// Only for names of two words or more, so that one word never keys a shorter word.
std::string LooseKey(const TokenVector& t, std::size_t from, std::size_t to) {
  std::string key = "~";
  key.reserve(KeySizeHint(t, from, to));
  for (std::size_t k = from; k < to; ++k) {
    std::string_view w = IsPunct(t[k], '&') ? std::string_view("and") : Key(t[k]);
    if (w == "the" || w == "'s" || w == "’s") continue;
    if (w.size() > 3 && w.back() == 's') w.remove_suffix(1);
    key.push_back(' ');
    key.append(w);
  }
  return key;
}

// The words of a bare key in sorted order: "Joint Korea-Germany Committee on X" and
// "Korea-Germany Joint Committee on X" are one body whose modifiers moved. Only for long
// names (four words or more), where a reordering is no other name.
std::string WordSetKey(const std::string& bare) {
  // Names have a few words: their views are sorted on the stack, and only a longer name
  // allocates for them.
  constexpr std::size_t kInline = 16;
  std::array<std::string_view, kInline> inline_words;
  std::vector<std::string_view> more;
  const std::size_t n = std::count(bare.begin(), bare.end(), ' ') + 1;
  if (n > kInline) more.resize(n);
  const std::span<std::string_view> words =
      n > kInline ? std::span<std::string_view>(more) : std::span(inline_words.data(), n);
  std::size_t w = 0;
  for (std::size_t from = 0; w < n; ++w) {
    std::size_t space = bare.find(' ', from);
    if (space == std::string::npos) space = bare.size();
    words[w] = std::string_view(bare).substr(from, space - from);
    from = space + 1;
  }
  std::sort(words.begin(), words.end());
  std::string key = "#";
  key.reserve(bare.size() + 2);   // "#" and a space before each word
  for (std::string_view word : words) {
    key.push_back(' ');
    key.append(word);
  }
  return key;
}

// The phrase key of tokens [from, to) without the word "the".
std::string BareKey(const TokenVector& t, std::size_t from, std::size_t to) {
  std::string bare;
  bare.reserve(KeySizeHint(t, from, to));
  for (std::size_t k = from; k < to; ++k) {
    if (Key(t[k]) == "the") continue;
    if (!bare.empty()) bare.push_back(' ');
    bare.append(IsPunct(t[k], '&') ? std::string_view("and") : Key(t[k]));
  }
  return bare;
}

// The name without "The" in front and without a legal suffix ("Barclays Capital, Inc.").
// Also without a country in front ("U.S. Department of Justice") and without inner "the".
// `t`: the name's tokens.
std::vector<std::string> FormsOf(const TokenVector& t) {
  std::vector<std::string> forms;
  // Five forms at most here and two more in Add: the vector is allocated once, not regrown.
  forms.reserve(7);
  forms.push_back(PhraseKey(t, 0, t.size()));   // Phrase(name)
  std::size_t from = 0, to = t.size();
  if (to > 1 && Key(t[0]) == "the") ++from;
  std::string code;
  const std::size_t country = from < to ? LongestMatch(Lexicons().countries, t, from, &code) : 0;
  if (country > 0 && to - from > country + 1) from += country;
  if (to - from > 1 && HasWord(kLegalSuffixesBit, t[to - 1])) --to;
  if (to - from > 1 && IsPunct(t[to - 1], ',')) --to;
  if (from > 0 || to < t.size()) forms.push_back(PhraseKey(t, from, to));
  // Without an inner "the" (as in most names), the bare key is the last form itself
  // (PhraseKey(t, from, to)): not built and offered twice.
  const bool inner_the =
      std::any_of(t.begin() + from, t.begin() + to, [](const Token& w) { return Key(w) == "the"; });
  if (inner_the) forms.push_back(BareKey(t, from, to));
  const std::size_t bare_at = forms.size() - 1;   // reserved: no push moves it
  if (to - from >= 2) forms.push_back(LooseKey(t, from, to));
  if (to - from >= 4) forms.push_back(WordSetKey(forms[bare_at]));
  return forms;
}

// Where AddForm finds or puts no form: an empty one.
constexpr std::size_t kNoForm = SIZE_MAX;

// Adds `form` (a view or a string) unless r holds it already, as most forms offered are:
// only a new one is copied, or moved in when its caller is done with it. Returns the form's
// index in r->forms.
template <typename Form>
std::size_t AddForm(OrgRecord* r, Form&& form) {
  if (form.empty()) return kNoForm;
  const auto it = std::find(r->forms.begin(), r->forms.end(), form);
  if (it != r->forms.end()) return it - r->forms.begin();
  r->forms.emplace_back(std::forward<Form>(form));
  return r->forms.size() - 1;
}

// A record's name without "The" in front, as a phrase key: a view of its name_key.
std::string_view KeyWithoutThe(const OrgRecord& r) {
  std::string_view key = r.name_key;
  if (key.starts_with("the ")) key.remove_prefix(4);
  return key;
}

// True when no word of the phrase key is a head word ("Keep A Breast", not "Department of
// Justice", which names a body of its own rather than a short form of a longer name).
bool HeadlessKey(std::string_view key) {
  const ParticipantLexicons& lex = Lexicons();
  for (std::size_t from = 0; from <= key.size();) {
    std::size_t space = key.find(' ', from);
    if (space == std::string::npos) space = key.size();
    const std::string_view w = key.substr(from, space - from);
    if (lex.org_words.count(w) || lex.legal_suffixes.count(w)) return false;
    from = space + 1;
  }
  return true;
}

// `one`, a short form of `full`, becomes its alias; its mentions move to `full`.
void JoinShortForm(OrgRecord* one, OrgRecord* full) {
  full->p.mentions.insert(full->p.mentions.end(), one->p.mentions.begin(), one->p.mentions.end());
  full->p.aliases.push_back(one->p.name);
  if (full->p.acronym.empty()) full->p.acronym = one->p.acronym;
  for (const std::string& f : one->forms) AddForm(full, f);
  one->p.mentions.clear();
}

// Each record's name as a key, without a leading "the". Views of the records' name keys:
// the merges that read them change no name, and copies of them cost a string per record.
std::vector<std::string_view> NameKeys(const std::vector<OrgRecord>& records) {
  std::vector<std::string_view> keys;
  keys.reserve(records.size());
  for (const OrgRecord& r : records) keys.push_back(KeyWithoutThe(r));
  return keys;
}

// The first bytes and sizes of a set of keys: bit min(size, 63) of [first byte] is set for
// each. The merges and the scan look up few keys of many they could form (prefixes, tails,
// capitalised words): a shape no key has turns one away before it is hashed.
using KeyShapes = std::array<std::uint64_t, 256>;

std::uint64_t SizeBit(std::size_t size) {
  return std::uint64_t{1} << std::min<std::size_t>(size, 63);
}

void AddShape(std::string_view key, KeyShapes* shapes) {
  if (!key.empty()) (*shapes)[static_cast<unsigned char>(key[0])] |= SizeBit(key.size());
}

// False when no key of `shapes` can be `key`.
bool MayHave(const KeyShapes& shapes, std::string_view key) {
  return !key.empty() && (shapes[static_cast<unsigned char>(key[0])] & SizeBit(key.size())) != 0;
}

// Record indices by views into keys that outlive the index: indexing copies no key. Nothing
// iterates it, so its order does not matter.
using KeyIndex = absl::flat_hash_map<std::string_view, std::size_t, StringHash, std::equal_to<>>;

// A record ("Concentric", "Keep A Breast") that is the first word(s) of a longer name joins
// it: one word, or words without a head word. Longer names are indexed by their word
// prefixes, so this stays linear; only by prefixes shaped like some name, as few are.
void MergeFirstWords(std::vector<OrgRecord>* records) {
  // Names do not change before the second loop reads them: each is keyed once.
  const std::vector<std::string_view> keys = NameKeys(*records);
  KeyShapes shapes{};
  for (const std::string_view key : keys) AddShape(key, &shapes);
  KeyIndex by_prefix;
  for (std::size_t j = 0; j < records->size(); ++j) {
    const std::string_view key = keys[j];
    for (std::size_t space = key.find(' '); space != std::string::npos; space = key.find(' ', space + 1)) {
      // "NEC Bio Therapeutics" does not shorten "NEC Bio Therapeutics and AGC Biologics".
      if (!MayHave(shapes, key.substr(0, space)) || key.substr(space + 1).starts_with("and ")) {
        continue;
      }
      by_prefix.try_emplace(key.substr(0, space), j);   // the first name with a prefix keeps it
    }
  }
  for (std::size_t i = 0; i < records->size(); ++i) {
    const std::string_view key = keys[i];
    if (key.empty()) continue;
    const auto it = by_prefix.find(key);
    // Most names begin no other: the head words of the rest are looked up after.
    if (it == by_prefix.end() || it->second == i) continue;
    if (key.find(' ') != std::string::npos && !HeadlessKey(key)) continue;
    OrgRecord& full = (*records)[it->second];
    if (full.p.mentions.empty() || !full.strong) continue;
    JoinShortForm(&(*records)[i], &full);
  }
}

// True when the first word of a phrase key is a head word ("commission on trade").
bool OpensWithHead(std::string_view key) {
  const std::string_view first = key.substr(0, key.find(' '));
  return Lexicons().org_words.count(first) > 0;
}

std::size_t FirstStart(const OrgRecord& r) {
  std::size_t first = SIZE_MAX;
  for (const Span& m : r.p.mentions) first = std::min(first, m.start);
  return first;
}

// Words that may stand before a body's name without making another body: no head word, no
// "and" or preposition ("Office for the ..."), and not only a country or a nationality
// ("German Ministry of Foreign Affairs" is not the release's own "Ministry of Foreign Affairs").
bool ModifiersOnly(std::string_view prefix) {
  const ParticipantLexicons& lex = Lexicons();
  const OwnTokens own = TokenizeOwn(prefix);
  const TokenVector& t = own.tokens;
  for (const Token& w : t) {
    const std::string_view k = Key(w);
    if ((!w.word && !IsPunct(w, '-')) || lex.org_words.count(k) || lex.legal_suffixes.count(k) ||
        lex.stopwords.count(k)) {
      return false;
    }
  }
  std::string code;
  return LongestMatch(lex.countries, t, 0, &code) != t.size() &&
         LongestMatch(lex.demonyms, t, 0, &code) != t.size();
}

// Whether some tail of `key` (the words after one of its spaces) has a shape of `shapes`.
bool AnyTailShaped(const KeyShapes& shapes, std::string_view key) {
  for (std::size_t space = key.find(' '); space != std::string::npos; space = key.find(' ', space + 1)) {
    if (MayHave(shapes, key.substr(space + 1))) return true;
  }
  return false;
}

// "Commission on Trade and Economic Cooperation" for "Intergovernmental ROK-Ukrainian
// Commission on Trade and Economic Cooperation": a name of three words or more, opening with
// its head word, that ends a longer name after modifiers joins it.
void MergeTails(std::vector<OrgRecord>* records) {
  const std::vector<std::string_view> keys = NameKeys(*records);
  KeyShapes shapes{};   // of the names that may be tails: three words or more
  for (const std::string_view key : keys) {
    if (std::count(key.begin(), key.end(), ' ') >= 2) AddShape(key, &shapes);
  }
  KeyIndex by_tail;
  for (std::size_t j = 0; j < records->size(); ++j) {
    const std::string_view key = keys[j];
    if (!AnyTailShaped(shapes, key)) continue;   // no tail of it is a name
    for (std::size_t space = key.find(' '); space != std::string::npos; space = key.find(' ', space + 1)) {
      const std::string_view tail = key.substr(space + 1);
      if (!OpensWithHead(tail)) continue;
      // The first record with a tail keeps it: a later one need not tokenise its modifiers.
      if (MayHave(shapes, tail) && !by_tail.contains(tail) && ModifiersOnly(key.substr(0, space))) {
        by_tail.emplace(tail, j);
      }
      break;   // the first head word opens the only tail that can name the same body
    }
  }
  for (std::size_t i = 0; i < records->size(); ++i) {
    OrgRecord& one = (*records)[i];
    const std::string_view key = keys[i];
    if (one.p.mentions.empty() || std::count(key.begin(), key.end(), ' ') < 2) continue;
    const auto it = by_tail.find(key);
    if (it == by_tail.end() || it->second == i) continue;
    OrgRecord& full = (*records)[it->second];
    // A re-mention follows the full name and defines no acronym of its own ("Journal of
    // Academy of Business and Economics (JABE)" before "International Academy of ...").
    if (full.p.mentions.empty() || !full.strong || !one.p.acronym.empty() ||
        FirstStart(one) < FirstStart(full)) {
      continue;
    }
    JoinShortForm(&one, &full);
  }
}

// `forms`: strings or views.
template <typename Forms>
bool Matches(const OrgRecord& r, const Forms& forms) {
  for (const auto& f : forms) {
    if (std::find(r.forms.begin(), r.forms.end(), f) != r.forms.end()) return true;
  }
  return false;
}

// The first record holding one of `forms` (strings or views), or null.
template <typename Forms>
OrgRecord* FirstMatch(std::vector<OrgRecord>* records, const Forms& forms) {
  for (OrgRecord& r : *records) {
    if (Matches(r, forms)) return &r;
  }
  return nullptr;
}

// All of Absorb but the forms, which its callers add: c's mention, evidence, acronym, country
// and name. `phrase`: Phrase(c.name). `acronym`: c's, or its known body's.
void AbsorbMention(OrgRecord* r, const Candidate& c, const std::string& acronym,
                   std::string_view phrase) {
  r->strong = r->strong || c.strong;
  if (!c.span.empty()) r->p.mentions.push_back(c.span);
  if (r->p.acronym.empty()) r->p.acronym = acronym;
  if (r->p.country.empty()) r->p.country = c.code;
  if (!c.name.empty() && phrase != r->name_key &&
      std::find(r->p.aliases.begin(), r->p.aliases.end(), c.name) == r->p.aliases.end()) {
    r->p.aliases.push_back(c.name);
  }
}

// The rest of Absorb, after the forms: the candidate's own short names.
void AbsorbNameWords(OrgRecord* r, const Candidate& c) {
  for (const std::string& n : c.name_words) {
    AddForm(r, Phrase(n));
    if (std::find(r->p.aliases.begin(), r->p.aliases.end(), n) == r->p.aliases.end()) {
      r->p.aliases.push_back(n);
    }
  }
}

// What Add made of a name and acronym before: the record that first took its forms and
// their indices there (forms only grow while candidates are added), and the acronym. A
// release names most organisations more than once: a repeat is neither tokenised nor keyed.
struct SeenName {
  const Candidate* first = nullptr;       // whose name and acronym these are (outliving the adds)
  const std::string* acronym = nullptr;   // first's, or its known body's
  std::size_t record = 0;
  std::array<std::size_t, 8> forms{};     // [0]: Phrase(name); no empty form
  std::size_t form_count = 0;
};
// In the order first seen. A release names a few organisations: a search through them
// costs less than hashing the name.
using SeenNames = std::vector<SeenName>;

// "National Security Division" rather than "National Security Divisions" (a lost "'s").
bool ProperForm(const std::string& form, const std::string& name) {
  return form.size() + 1 == name.size() && name.back() == 's' &&
         name.compare(0, form.size(), form) == 0;
}

// A record named after the known body `known`, else `name` (tokenised as `tokens`, keyed as
// `key`). Built in place: a record holds a participant and its forms, so moving one in cost
// as much.
OrgRecord& NewRecord(const KnownOrg* known, const std::string& name, OwnTokens tokens,
                     const std::string& key, std::vector<OrgRecord>* records) {
  OrgRecord& r = records->emplace_back();
  r.p.kind = ParticipantKind::kOrganization;
  if (known) {
    OwnTokens known_tokens = NameTokens(known->name);
    // Phrase(name)
    std::string known_key = PhraseKey(known_tokens.tokens, 0, known_tokens.tokens.size());
    SetName(&r, known->name, std::move(known_tokens), std::move(known_key));
  } else {
    SetName(&r, name, std::move(tokens), key);
  }
  return r;
}

// Add for a name and acronym seen before: its forms are read from the record that took them.
void AddSeen(const Candidate& c, const SeenName& seen, std::vector<OrgRecord>* records) {
  std::array<std::string_view, 8> views;
  const std::vector<std::string>& held = (*records)[seen.record].forms;
  for (std::size_t k = 0; k < seen.form_count; ++k) views[k] = held[seen.forms[k]];
  const std::span<const std::string_view> forms(views.data(), seen.form_count);
  // Some record holds them all, and views into its forms stay valid as others take copies.
  OrgRecord* r = FirstMatch(records, forms);
  if (!r) return;
  if (ProperForm(c.name, r->p.name)) {
    r->p.aliases.push_back(r->p.name);
    SetName(r, c.name, NameTokens(c.name), std::string(forms[0]));
  }
  AbsorbMention(r, c, *seen.acronym, forms[0]);
  for (const std::string_view f : forms) AddForm(r, f);
  AbsorbNameWords(r, c);
}

// `forms`: FormsOf(c.name) first, then Phrase(acronym) when there is an acronym (as Add
// builds them); the caller's last use of them, so the new ones move into the record.
// `acronym`: c's, or its known body's. Notes in `seen` where the forms went.
void Absorb(OrgRecord* r, const Candidate& c, const std::string& acronym,
            std::vector<std::string>&& forms, SeenName* seen) {
  AbsorbMention(r, c, acronym, forms.front());
  for (std::string& f : forms) {
    const std::size_t at = AddForm(r, std::move(f));
    if (at != kNoForm) seen->forms[seen->form_count++] = at;
  }
  AbsorbNameWords(r, c);
}

void Add(const Candidate& c, bool seed, std::vector<OrgRecord>* records, SeenNames* seen) {
  const auto was = std::find_if(seen->begin(), seen->end(),
                                [&c](const SeenName& n) { return n.first->name == c.name; });
  if (was != seen->end() && was->first->acronym == c.acronym) {
    AddSeen(c, *was, records);
    return;
  }
  // Tokenised once: for the forms, and for the record when it takes this name.
  OwnTokens tokens = CandidateTokens(c);
  std::vector<std::string> forms = FormsOf(tokens.tokens);
  // A known body under another of its names ("Justice Department" read off "Justice
  // Departments Environment Division") joins the record of its canonical name.
  const auto& known = Lexicons().known_orgs;
  const auto it = known.find(forms.front());
  const KnownOrg* known_org = it != known.end() ? &it->second : nullptr;
  const std::string* acronym = &c.acronym;
  if (known_org && acronym->empty()) {
    forms.push_back(Phrase(known_org->name));
    acronym = &known_org->acronym;
  }
  if (!acronym->empty()) forms.push_back(Phrase(*acronym));
  SeenName name{&c, acronym};
  OrgRecord* taker = FirstMatch(records, forms);
  if (taker && ProperForm(c.name, taker->p.name)) {
    taker->p.aliases.push_back(taker->p.name);
    // FormsOf gives Phrase(c.name) first.
    SetName(taker, c.name, std::move(tokens), forms.front());
  }
  if (!taker) {
    taker = &NewRecord(known_org, c.name, std::move(tokens), forms.front(), records);
    taker->seed = seed;
    taker->forms.reserve(forms.size() + 1);   // and a short company form, often
  }
  name.record = taker - records->data();
  const bool keep = was == seen->end() && !forms.front().empty();
  Absorb(taker, c, *acronym, std::move(forms), &name);
  if (keep) seen->push_back(name);
}

// A company's first word alone ("Barclays" for "Barclays Capital, Inc.") when it is distinctive.
// `t`: the tokens of r->p.name.
void AddShortCompanyForm(OrgRecord* r, const TokenVector& t) {
  const ParticipantLexicons& lex = Lexicons();
  if (t.size() < 2 || !lex.legal_suffixes.count(Key(t.back()))) return;
  const std::string first(Key(t[0]));
  if (first.size() < 4 || lex.stopwords.count(first) || lex.domain_words.count(first) ||
      lex.org_words.count(first) || lex.given_names.count(first) || lex.countries.count(first) ||
      lex.demonyms.count(first)) {
    return;
  }
  AddForm(r, first);
}

// The country a name starts with ("German Foreign Ministry", "U.S. Department of Justice").
// `t`: the name's tokens.
std::string CountryOf(const TokenVector& t) {
  std::string code;
  if (t.size() < 2) return "";
  if (LongestMatch(Lexicons().countries, t, 0, &code) || LongestMatch(Lexicons().demonyms, t, 0, &code)) {
    return code;
  }
  return "";
}

// "National Oceanic and Atmospheric Administration" for "U.S. National Oceanic and
// Atmospheric Administration", "Ministry of Economic Development" for "Russian Ministry of
// Economic Development": the name without the country (or "The") in front, as it is also cited.
// `t`: the tokens of p->name.
void AddCountrylessAlias(Participant* p, const TokenVector& t) {
  const ParticipantLexicons& lex = Lexicons();
  std::string code;
  std::size_t n = LongestMatch(lex.countries, t, 0, &code);
  // Only a short form ("U.S.", "EU") or a demonym: a country's full name often begins a
  // name of its own ("Korea Cooperative Exchange", "America Movil Group").
  const bool short_form = n == 1 && t[0].upper;
  if (!short_form) n = LongestMatch(lex.demonyms, t, 0, &code);
  if (n == 0 && t.size() >= 3 && Key(t[0]) == "the") n = 1;   // "The Charleston Harbor Center"
  if (n == 0 || t.size() < n + 2) return;
  const std::string alias = JoinTokens(p->name, t, n, t.size());
  if (std::find(p->aliases.begin(), p->aliases.end(), alias) == p->aliases.end()) {
    p->aliases.push_back(alias);
  }
}

// Whether a form may open with the key of a capitalised word, where the scan for forms
// starts: such a word opens with a letter, lower-cased, or a digit ("3M"), ASCII or not. The
// "~" and "#" keys open with none.
bool MayKeyCapital(std::string_view form) {
  const unsigned char c = form.empty() ? 0 : static_cast<unsigned char>(form[0]);
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// The forms of every record, mapped to the first record with that form, and every word
// prefix of them, mapped to kNoRecord unless it is a form too: a scan extends a key only while
// it still begins some form, with one lookup per word. Keys are views into the records'
// forms, which stay as they are while the index is read (the scan adds mentions and aliases
// only): indexing copies no key. Open addressing: a node per key cost more than the scan
// itself, and nothing iterates the index, so its order does not matter. A form whose first
// word no capitalised word can key is left out with its prefixes: no scan could reach it.
using FormIndex = absl::flat_hash_map<std::string_view, std::size_t, StringHash, std::equal_to<>>;
constexpr std::size_t kNoRecord = SIZE_MAX;

// `first_words`: the shapes of the first words of the forms indexed, for the scan.
FormIndex IndexForms(const std::vector<OrgRecord>& records, KeyShapes* first_words) {
  const auto first_word = [](std::string_view f) { return f.substr(0, f.find(' ')); };
  std::size_t forms = 0;
  for (const OrgRecord& r : records) {
    for (const std::string_view f : r.forms) forms += MayKeyCapital(f);
  }
  FormIndex index;
  index.reserve(forms);   // the prefixes come on top; most forms are of a word or two
  for (std::size_t r = 0; r < records.size(); ++r) {
    for (const std::string_view f : records[r].forms) {
      if (!MayKeyCapital(f)) continue;
      const std::string_view first = first_word(f);
      AddShape(first, first_words);
      for (std::size_t space = first.size(); space < f.size(); space = f.find(' ', space + 1)) {
        index.try_emplace(f.substr(0, space), kNoRecord);
      }
      const auto [it, added] = index.try_emplace(f, r);
      if (!added && it->second == kNoRecord) it->second = r;
    }
  }
  return index;
}

// (words, record) of every form starting at token i, shortest first, into `found`.
// `key`: scratch; both are reused from token to token, so a scan allocates once.
void FormsAt(const FormIndex& index, const TokenVector& t, std::size_t i, std::string* key,
             std::vector<std::pair<std::size_t, std::size_t>>* found) {
  found->clear();
  key->clear();
  for (std::size_t k = i; k < t.size(); ++k) {
    if (k > i) key->push_back(' ');
    key->append(IsPunct(t[k], '&') ? std::string_view("and") : Key(t[k]));
    const auto it = index.find(*key);
    if (it == index.end()) break;
    if (it->second != kNoRecord) found->emplace_back(k + 1 - i, it->second);
  }
}

// Whether a mention written `surface` adds nothing to the record's name, acronym and aliases.
bool KnownSurface(const OrgRecord& r, const std::string& surface) {
  // Most mentions repeat the name or an alias as written: compared as they are first, so
  // that only a new surface is tokenised (the name itself keys as name_key, Phrase(p.name)).
  return surface == r.p.name || surface == r.p.acronym ||
         std::find(r.p.aliases.begin(), r.p.aliases.end(), surface) != r.p.aliases.end() ||
         Phrase(surface) == r.name_key;
}

void AddFormMention(std::string_view text, BlockTokens* b, std::size_t i, std::size_t n, OrgRecord* r) {
  const TokenVector& t = b->tokens;
  r->p.mentions.push_back({t[i].span.start, t[i + n - 1].span.end});
  std::string surface = JoinTokens(text, t, i, i + n);
  if (!KnownSurface(*r, surface)) r->p.aliases.push_back(std::move(surface));
  for (std::size_t k = i; k < i + n; ++k) b->tokens[k].used = true;
}

void ScanForms(std::string_view text, std::vector<BlockTokens>* blocks,
               std::vector<OrgRecord>* records) {
  if (records->empty()) return;   // no form to find: not a word of the text is read
  KeyShapes shapes{};
  const FormIndex index = IndexForms(*records, &shapes);
  std::string key;
  std::vector<std::pair<std::size_t, std::size_t>> forms;
  for (BlockTokens& b : *blocks) {
    const TokenVector& t = b.tokens;
    std::size_t next = 0;   // past the last mention found
    // A form opens with a capitalised word (an upper-case one is capitalised too): the other
    // tokens are not visited.
    for (const std::size_t i : b.capitals()) {
      if (i < next || b.tokens[i].used) continue;
      if (!MayHave(shapes, Key(t[i]))) continue;
      FormsAt(index, t, i, &key, &forms);
      for (auto f = forms.rbegin(); f != forms.rend(); ++f) {   // the longest form wins
        const auto [n, record] = *f;
        OrgRecord& r = (*records)[record];
        if (n == 1 && !t[i].upper && !r.p.acronym.empty() && Phrase(r.p.acronym) == Key(t[i])) {
          continue;   // "Doe Run" is not "DOE"
        }
        AddFormMention(text, &b, i, n, &r);
        next = i + n;
        break;
      }
    }
  }
}

// "the ministry": the latest organisation before it whose name has that word.
void ScanAnaphora(std::vector<BlockTokens>* blocks, std::vector<OrgRecord>* records) {
  if (records->empty()) return;   // no organisation "the ministry" could name
  for (BlockTokens& b : *blocks) {
    // Only a word whose key the anaphora lexicon may hold can be one: the other tokens, most
    // of the text, are not visited.
    for (const std::size_t i : b.anaphora_words()) {
      if (i == 0) continue;
      const Token& t = b.tokens[i];
      // The token's marks first, the union of its masks before its own word's mask: they
      // turn away almost every token.
      if (!MayBeginPhrase(t, kOrgAnaphoraBit) || !HasWord(kOrgAnaphoraBit, t) || b.tokens[i].used ||
          Key(b.tokens[i - 1]) != "the") {
        continue;
      }
      OrgRecord* best = nullptr;
      std::size_t best_at = 0;
      for (OrgRecord& r : *records) {
        if (r.name_key.find(Key(t)) == std::string::npos) continue;
        for (const Span& m : r.p.mentions) {
          if (m.start < t.span.start && (!best || m.start >= best_at)) {
            best = &r;
            best_at = m.start;
          }
        }
      }
      if (best) best->p.mentions.push_back({b.tokens[i - 1].span.start, t.span.end});
    }
  }
}

// "the Board of Directors", "its Advisory Board": an organ every body has, named alone
// (en/generic_bodies), no organisation of its own.
bool IsGenericBody(const OrgRecord& r) {
  static const auto& organs = LexiconIndex("en/generic_bodies");
  return organs.count(std::string(KeyWithoutThe(r))) > 0;
}

}  // namespace

std::vector<Participant> MergeOrganizations(std::string_view text,
                                            const std::vector<Candidate>& candidates,
                                            const std::vector<Candidate>& seeds,
                                            std::vector<BlockTokens>* blocks) {
  std::vector<OrgRecord> records;
  // At most one record per candidate: reserved, so that no record is moved as they come.
  const auto is_org = [](const Candidate& c) { return c.kind == ParticipantKind::kOrganization; };
  records.reserve(seeds.size() + std::count_if(candidates.begin(), candidates.end(), is_org));
  SeenNames seen;
  seen.reserve(records.capacity());   // a name at most per candidate
  for (const Candidate& c : candidates) {
    if (c.kind == ParticipantKind::kOrganization) Add(c, false, &records, &seen);
  }
  for (const Candidate& c : seeds) Add(c, true, &records, &seen);
  // No name changes past the adds (the merges below move mentions, forms and aliases only):
  // the tokens the adds kept serve this and the country reading at the end.
  for (OrgRecord& r : records) AddShortCompanyForm(&r, r.name_tokens.tokens);
  MergeFirstWords(&records);
  MergeTails(&records);
  ScanForms(text, blocks, &records);
  ScanAnaphora(blocks, &records);
  std::vector<Participant> out;
  out.reserve(records.size());   // no participant moved twice as the vector grows
  for (std::size_t k = 0; k < records.size(); ++k) {
    Participant& p = records[k].p;
    if (p.mentions.empty() || !records[k].strong || IsGenericBody(records[k])) continue;
    const TokenVector& name_tokens = records[k].name_tokens.tokens;
    if (p.country.empty() && !p.name.empty()) p.country = CountryOf(name_tokens);
    AddCountrylessAlias(&p, name_tokens);
    out.push_back(std::move(p));
  }
  return out;
}

std::vector<Participant> MergeCountries(const std::vector<Candidate>& candidates) {
  const auto is_country = [](const Candidate& c) { return c.kind == ParticipantKind::kCountry; };
  std::vector<Participant> out;
  // At most one record per candidate: reserved, so that no record is moved as they come.
  out.reserve(std::count_if(candidates.begin(), candidates.end(), is_country));
  const auto& names = Lexicons().country_names;
  for (const Candidate& c : candidates) {
    if (!is_country(c)) continue;
    auto it = std::find_if(out.begin(), out.end(), [&](const Participant& p) { return p.code == c.code; });
    if (it == out.end()) {
      Participant& p = out.emplace_back();
      p.kind = ParticipantKind::kCountry;
      p.code = c.code;
      const auto name = names.find(c.code);
      p.name = name != names.end() ? name->second : c.code;
      it = out.end() - 1;
    }
    it->mentions.push_back(c.span);
  }
  return out;
}

void OrderRecords(std::vector<Participant>* records) {
  for (Participant& p : *records) {
    std::sort(p.mentions.begin(), p.mentions.end(),
              [](const Span& a, const Span& b) { return a.start < b.start || (a.start == b.start && a.end < b.end); });
    p.mentions.erase(std::unique(p.mentions.begin(), p.mentions.end()), p.mentions.end());
  }
  const auto first_mention = [](const Participant& p) {
    return p.mentions.empty() ? SIZE_MAX : p.mentions.front().start;
  };
  const auto by_first_mention = [&](const Participant& a, const Participant& b) {
    return first_mention(a) < first_mention(b);
  };
  // Most records come in order already: the sort moved each of them out and back in even so.
  if (std::is_sorted(records->begin(), records->end(), by_first_mention)) return;
  // The order is found on (first mention, index) pairs, and each record is moved once, into
  // its place: sorted in place, a record (seven strings and two vectors) moved again and
  // again.
  std::vector<std::pair<std::size_t, std::size_t>> order(records->size());
  for (std::size_t k = 0; k < records->size(); ++k) order[k] = {first_mention((*records)[k]), k};
  std::sort(order.begin(), order.end());   // the index settles ties: stable
  std::vector<Participant> sorted;
  sorted.reserve(records->size());
  for (const auto& [start, k] : order) sorted.push_back(std::move((*records)[k]));
  records->swap(sorted);
}

}  // namespace prextract::internal::parts
