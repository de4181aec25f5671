#include "participants/lexicons.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "lexicon/embedded.h"
#include "lexicon/lexicon.h"
#include "lexicon/short_word_table.h"

namespace prextract::internal::parts {
namespace {

// ASCII letters and digits in words parted by single spaces ("secretary of state"): the
// tokeniser would key such a phrase as its lower case.
bool IsPlainPhrase(std::string_view phrase) {
  if (phrase.empty() || phrase.front() == ' ' || phrase.back() == ' ') return false;
  for (std::size_t k = 0; k < phrase.size(); ++k) {
    const char c = phrase[k];
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum && (c != ' ' || phrase[k - 1] == ' ')) return false;
  }
  return true;
}

// Normalises a lexicon phrase the way text is tokenised, so both give the same key.
std::string NormalPhrase(std::string_view phrase, std::size_t* words) {
  // Most phrases are plain: they skip the tokeniser, which dominated building the lexicons.
  if (IsPlainPhrase(phrase)) {
    *words = std::max<std::size_t>(*words, std::count(phrase.begin(), phrase.end(), ' ') + 1);
    return AsciiLower(phrase);
  }
  const OwnTokens own = TokenizeOwn(phrase);
  const TokenVector& tokens = own.tokens;
  *words = std::max(*words, tokens.size());
  return PhraseKey(tokens, 0, tokens.size());
}

// The bit of ParticipantLexicons::long_key_filter that a key of more than eight bytes sets.
std::size_t LongKeyBit(std::string_view key) {
  // PackShortWord of a longer word holds its first and last four bytes: with the size, that
  // tells most words apart.
  const std::uint64_t hash = (PackShortWord(key) + key.size()) * 0x9E3779B97F4A7C15ULL;
  return static_cast<std::size_t>(hash >> (64 - ParticipantLexicons::kFilterBits));
}

bool HasBit(const ParticipantLexicons::KeyFilter& filter, std::size_t bit) {
  return (filter[bit / 64] >> (bit % 64) & 1) != 0;
}

void SetBit(std::size_t bit, ParticipantLexicons::KeyFilter* filter) {
  (*filter)[bit / 64] |= std::uint64_t{1} << (bit % 64);
}

// False when phrase_table holds no key `key` of more than eight bytes.
bool MayBeLongKey(const ParticipantLexicons& lex, std::string_view key) {
  return HasBit(lex.long_key_filter, LongKeyBit(key));
}

}  // namespace

std::string PhraseKeyOf(std::string_view s) {
  std::size_t words = 0;
  return NormalPhrase(s, &words);
}

namespace {

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

// After FillIsoCountries: a US state that shares another country's name ("Georgia", GE, not
// US-GA) needs its code. Puerto Rico and Guam are listed as countries of their own (PR, GU).
void FillIsoStates(ParticipantLexicons* lex) {
  std::size_t words = 0;   // no phrase walk looks states up: they leave max_phrase_words alone
  for (const IsoState& state : IsoStates()) {
    std::string key = NormalPhrase(state.name, &words);
    if (state.country == "US") {
      lex->us_states.push_back(key);
      const auto it = lex->countries.find(key);
      if (it != lex->countries.end() && !state.code.ends_with("-" + it->second)) {
        lex->us_state_namesakes.emplace(it->second, state.code.substr(state.code.find('-') + 1));
      }
    }
    lex->state_names.insert(std::move(key));
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

// Every word prefix of `phrase` enters the table, marked as one that a longer key extends;
// the phrase itself gets `bit`.
void AddPhrase(const std::string& phrase, std::uint32_t bit, PhraseTable* table) {
  for (std::size_t space = phrase.find(' '); space != std::string::npos; space = phrase.find(' ', space + 1)) {
    (*table)[phrase.substr(0, space)] |= kBeginsLongerKey;
  }
  (*table)[phrase] |= bit;
}

// Every one-word entry of `set` of three bytes or more with an "s" added, under `bit`: the
// plurals the scanners test (a token key longer than three bytes that ends in "s").
void AddPlurals(const StringSet& set, std::uint32_t bit, PhraseTable* table) {
  for (const std::string& e : set) {
    if (e.size() >= 3 && e.find(' ') == std::string::npos) (*table)[e + 's'] |= bit;
  }
}

void CollectPrefixes(ParticipantLexicons* lex) {
  const std::pair<const StringSet*, std::uint32_t> sets[] = {
      {&lex->titles, kTitlesBit}, {&lex->modifiers, kModifiersBit},
      {&lex->honorifics, kHonorificsBit}, {&lex->particles, kParticlesBit},
      {&lex->suffixes, kSuffixesBit}, {&lex->given_names, kGivenNamesBit},
      {&lex->asian_surnames, kAsianSurnamesBit}, {&lex->org_words, kOrgWordsBit},
      {&lex->legal_suffixes, kLegalSuffixesBit}, {&lex->domain_words, kDomainWordsBit},
      {&lex->stopwords, kStopwordsBit}, {&lex->speech_verbs, kSpeechVerbsBit},
      {&lex->org_anaphora, kOrgAnaphoraBit}, {&lex->non_org_words, kNonOrgWordsBit},
      {&lex->place_words, kPlaceWordsBit}, {&lex->address_titles, kAddressTitlesBit},
      {&lex->company_nouns, kCompanyNounsBit}};
  // About one key per phrase (prefixes and phrases shared by lexicons roughly even out):
  // reserved, so that the table is not rehashed again and again as it fills.
  std::size_t phrases = lex->countries.size() + lex->demonyms.size() + lex->known_orgs.size();
  for (const auto& [set, bit] : sets) phrases += set->size();
  lex->phrase_table.reserve(phrases);
  for (const auto& [set, bit] : sets) {
    for (const std::string& e : *set) AddPhrase(e, bit, &lex->phrase_table);
  }
  AddPlurals(lex->org_words, kPluralOrgWordsBit, &lex->phrase_table);
  AddPlurals(lex->non_org_words, kPluralNonOrgWordsBit, &lex->phrase_table);
  for (const auto& [phrase, code] : lex->countries) AddPhrase(phrase, kCountriesBit, &lex->phrase_table);
  for (const auto& [phrase, code] : lex->demonyms) AddPhrase(phrase, kDemonymsBit, &lex->phrase_table);
  for (const auto& [phrase, org] : lex->known_orgs) AddPhrase(phrase, kKnownOrgsBit, &lex->phrase_table);
}

void CollectShortAndLongKeys(ParticipantLexicons* lex) {
  for (const auto& [key, value] : lex->phrase_table) {
    if (key.empty()) continue;   // no token has an empty key
    if (ShortWordTable<std::uint32_t>::Fits(key)) {
      lex->short_phrase_keys.Insert(key, value);
    } else {
      SetBit(LongKeyBit(key), &lex->long_key_filter);
    }
  }
}

using Shapes = std::array<std::uint64_t, ParticipantLexicons::kShapeSlots>;

std::uint64_t ShapeBit(std::string_view word) { return 1ull << std::min<std::size_t>(word.size(), 63); }

// The first byte and the low five bits of the last, which tell the ASCII letters apart: the
// first letter and the size alone let most words of prose through. REQUIRES: !word.empty().
std::size_t ShapeSlot(std::string_view word) {
  return static_cast<std::size_t>(static_cast<unsigned char>(word.front())) << 5 |
         (static_cast<unsigned char>(word.back()) & 31u);
}

void AddShape(std::string_view word, Shapes* shapes) {
  if (word.empty()) return;   // no token has an empty key
  (*shapes)[ShapeSlot(word)] |= ShapeBit(word);
}

void CollectWordShapes(ParticipantLexicons* lex) {
  for (const auto& [key, bits] : lex->phrase_table) {
    if (key.empty()) continue;
    std::size_t space = key.find(' ');
    if (space == std::string::npos) {
      AddShape(key, &lex->word_shapes);
      continue;
    }
    // Keys join token keys with single spaces: every later word is a token key of its own.
    while (space != std::string::npos) {
      const std::size_t next = key.find(' ', space + 1);
      AddShape(std::string_view(key).substr(space + 1, next - space - 1), &lex->later_word_shapes);
      space = next;
    }
  }
}

bool HasShape(const Shapes& shapes, std::string_view word) {
  return !word.empty() && (shapes[ShapeSlot(word)] & ShapeBit(word)) != 0;
}

// The typo scans compare a word only with phrases of its own size: indexed by size once.
std::vector<std::vector<const std::string*>> BySize(const StringSet& set) {
  std::vector<std::vector<const std::string*>> out;
  for (const std::string& e : set) {
    if (out.size() <= e.size()) out.resize(e.size() + 1);
    out[e.size()].push_back(&e);
  }
  return out;
}

ParticipantLexicons* Build() {
  // Default-initialised, not value-initialised (`()`): that would zero the whole object, its
  // two 64 KiB shape arrays included, before their own initialisers zero them again.
  auto* lex = new ParticipantLexicons;
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
  FillSet("en/municipal_heads", &lex->municipal_heads, w);
  FillSet("en/descriptor_participles", &lex->descriptor_participles, w);
  FillIsoCountries(lex);
  FillIsoStates(lex);
  FillCodes("en/country_short_forms", &lex->countries, w, &lex->country_names);
  FillCodes("en/demonyms", &lex->demonyms, w, nullptr);
  FillKnownOrgs(lex);
  CollectPrefixes(lex);
  CollectShortAndLongKeys(lex);
  CollectWordShapes(lex);
  lex->titles_by_size = BySize(lex->titles);
  lex->address_titles_by_size = BySize(lex->address_titles);
  return lex;
}

}  // namespace

const ParticipantLexicons& Lexicons() {
  static const ParticipantLexicons* lex = Build();
  return *lex;
}

namespace {

std::string_view WordKey(const Token& t) { return IsPunct(t, '&') ? std::string_view("and") : Key(t); }

}  // namespace

std::string PhraseKey(const TokenVector& tokens, std::size_t from, std::size_t to) {
  to = std::min(to, tokens.size());
  // Sized first: a name's key outgrows the string's own buffer, and grew it twice or more.
  std::size_t size = 0;
  for (std::size_t i = from; i < to; ++i) size += WordKey(tokens[i]).size() + 1;
  std::string key;
  key.reserve(size);
  for (std::size_t i = from; i < to; ++i) {
    if (i > from) key.push_back(' ');
    key.append(WordKey(tokens[i]));
  }
  return key;
}

namespace {

// The phrase_table value of a key, 0 when the table lacks it (every key it holds has a
// lexicon bit or kBeginsLongerKey set).
std::uint32_t ValueOf(const PhraseTable& table, std::string_view key) {
  const auto it = table.find(key);
  return it == table.end() ? 0 : it->second;
}

// The phrase_table values of the short keys met last, by thread. A few short words ("the",
// "of", "said") make up much of any text, and all are keys: looked up here, they are neither
// hashed as strings nor compared byte by byte with the table's keys again.
class ShortKeyMemo {
 public:
  static constexpr std::size_t kMaxSize = 8;   // a key in one 64-bit word

  /// The value of a key of 1 to kMaxSize bytes in `table`, 0 when it lacks the key;
  /// `table`: always the same one. Inline up to the slot: most words find theirs filled.
  std::uint32_t ValueOf(const ShortWordTable<std::uint32_t>& table, std::string_view key) {
    const std::uint64_t packed = PackShortWord(key);
    Slot& slot = slots_[(packed * 0x9E3779B97F4A7C15ULL) >> (64 - kSlotBits)];
    if (slot.size == key.size() && slot.packed == packed) return slot.value;
    return Fill(table, key, packed, &slot);
  }

 private:
  // 4,096 slots (64 KiB, as one of the shape tables): with 1,024, a fifth of the lookups
  // missed, half of them as another word held their slot.
  static constexpr int kSlotBits = 12;
  struct Slot {
    std::uint64_t packed = 0;
    std::uint32_t size = 0;   // 0: empty, as no key is
    std::uint32_t value = 0;
  };

  // Looks `key` (packed as `packed`) up in `table` into `slot`; returns its value. Out of
  // line: the lookup would take registers from the marking loop it is inlined into.
  [[gnu::noinline]] static std::uint32_t Fill(const ShortWordTable<std::uint32_t>& table,
                                              std::string_view key, std::uint64_t packed,
                                              Slot* slot) {
    slot->packed = packed;
    slot->size = static_cast<std::uint32_t>(key.size());
    const std::uint32_t* value = table.Find(key);
    slot->value = value != nullptr ? *value : 0;
    return slot->value;
  }

  std::array<Slot, std::size_t{1} << kSlotBits> slots_{};
};

// FirstKeyValue of a key of more than ShortKeyMemo::kMaxSize bytes.
[[gnu::noinline]] std::uint32_t LongKeyValue(const ParticipantLexicons& lex, std::string_view key) {
  return MayBeLongKey(lex, key) ? ValueOf(lex.phrase_table, key) : 0;
}

// ValueOf(lex.phrase_table, first) for the first key of a walk, most often a short word.
// Inline: the marking pass asks it of most words, and most are answered by the memo, where
// a call cost as much as the answer.
[[gnu::always_inline]] inline std::uint32_t FirstKeyValue(const ParticipantLexicons& lex,
                                                          std::string_view first) {
  if (first.size() > ShortKeyMemo::kMaxSize) return LongKeyValue(lex, first);
  thread_local ShortKeyMemo memo;
  return memo.ValueOf(lex.short_phrase_keys, first);
}

// The phrase_table values of the two-word keys met last, by thread, as ShortKeyMemo keeps
// those of one word: a walk past its first word most often meets a pair met before ("of
// the", "chief executive"), which is then neither joined into a string nor hashed as one.
class PairKeyMemo {
 public:
  /// The value of the key "first second" in `table`, 0 when it lacks the key; `table`:
  /// always the same one. REQUIRES: both words of 1 to ShortKeyMemo::kMaxSize bytes.
  std::uint32_t Value(const PhraseTable& table, std::string_view first, std::string_view second) {
    const std::uint64_t a = PackShortWord(first), b = PackShortWord(second);
    const auto sizes = static_cast<std::uint32_t>(first.size() << 4 | second.size());
    const std::uint64_t hash = (a * 0x9E3779B97F4A7C15ULL) ^ (b + sizes) * 0xC2B2AE3D27D4EB4FULL;
    Slot& slot = slots_[hash >> (64 - kSlotBits)];
    if (slot.sizes == sizes && slot.first == a && slot.second == b) return slot.value;
    slot = Slot{a, b, sizes, PairValue(table, first, second)};
    return slot.value;
  }

  /// The value of "first second" in `table`, looked up as a string.
  static std::uint32_t PairValue(const PhraseTable& table, std::string_view first,
                                 std::string_view second) {
    thread_local std::string key;
    key.assign(first);
    key.push_back(' ');
    key.append(second);
    return ValueOf(table, key);
  }

 private:
  static constexpr int kSlotBits = 10;
  struct Slot {
    std::uint64_t first = 0, second = 0;   // PackShortWord of each word
    std::uint32_t sizes = 0;   // the words' sizes (first << 4 | second); 0: empty
    std::uint32_t value = 0;
  };

  std::array<Slot, std::size_t{1} << kSlotBits> slots_{};
};

// The phrase_table value of the two-word key "first second".
std::uint32_t PairKeyValue(const ParticipantLexicons& lex, std::string_view first,
                           std::string_view second) {
  if (first.size() > ShortKeyMemo::kMaxSize || second.size() > ShortKeyMemo::kMaxSize) {
    return PairKeyMemo::PairValue(lex.phrase_table, first, second);
  }
  thread_local PairKeyMemo memo;
  return memo.Value(lex.phrase_table, first, second);
}

// WalkOnFrom past the key of tokens [i, i + 2), "first second", which begins a longer key;
// `most`: the most words a walk may take, at least 3.
void WalkPastTwo(const ParticipantLexicons& lex, const TokenVector& tokens, std::size_t i,
                 std::size_t most, std::string_view first, std::string_view second,
                 PhraseWalk* masks) {
  const PhraseTable& table = lex.phrase_table;
  // Reused across calls: the key is rebuilt for every walk that goes this far.
  thread_local std::string key;
  key.assign(first);
  key.push_back(' ');
  key.append(second);
  for (std::size_t n = 3; n <= most; ++n) {
    const std::string_view word = WordKey(tokens[i + n - 1]);
    // A word that stands second or later in no phrase extends none: most walks that go past
    // their first word end here, without a lookup.
    if (!HasShape(lex.later_word_shapes, word)) break;
    key.push_back(' ');
    key.append(word);
    const auto it = table.find(key);
    if (it == table.end()) break;
    masks->push_back(it->second & ~kBeginsLongerKey);
    if ((it->second & kBeginsLongerKey) == 0) break;
  }
}

// WalkFrom past the first key, which begins a longer key. Kept apart, so that the many
// walks that end at their first word cost no call.
void WalkOnFrom(const ParticipantLexicons& lex, const TokenVector& tokens, std::size_t i,
                std::string_view first, PhraseWalk* masks) {
  // A walk holds at most PhraseWalk::kCapacity masks: a longer phrase would never match.
  const std::size_t most = std::min({lex.max_phrase_words, PhraseWalk::kCapacity, tokens.size() - i});
  if (most < 2) return;
  // Most walks end at their second word, which stands second in no key: they leave before
  // the key is looked up.
  const std::string_view second = WordKey(tokens[i + 1]);
  if (!HasShape(lex.later_word_shapes, second)) return;
  const std::uint32_t value = PairKeyValue(lex, first, second);
  if (value == 0) return;
  masks->push_back(value & ~kBeginsLongerKey);
  if ((value & kBeginsLongerKey) != 0 && most >= 3) {
    WalkPastTwo(lex, tokens, i, most, first, second, masks);
  }
}

// Masks of the keys of tokens [i, i + n) for every n while the key still begins a phrase,
// into the empty walk `masks`; `t`: tokens[i], whose phrase_start is not read. `lex`:
// Lexicons(), fetched once by a caller that walks from every token.
void WalkKeys(const ParticipantLexicons& lex, const TokenVector& tokens, const Token& t,
              std::size_t i, PhraseWalk* masks) {
  const std::string_view first = WordKey(t);
  // Most tokens that begin no phrase are turned away by their shape, without a lookup.
  if (!HasShape(lex.word_shapes, first)) return;
  const std::uint32_t first_value = FirstKeyValue(lex, first);
  if (first_value == 0) return;
  masks->push_back(first_value & ~kBeginsLongerKey);
  // Most words begin no phrase of two words or more: their walk ends without a second key.
  if ((first_value & kBeginsLongerKey) != 0) WalkOnFrom(lex, tokens, i, first, masks);
}

// WalkKeys for a token whose marks, once set, may tell that no phrase starts there.
void WalkFrom(const ParticipantLexicons& lex, const TokenVector& tokens, std::size_t i,
              PhraseWalk* masks) {
  masks->clear();
  if (tokens[i].phrase_start == 0) return;
  WalkKeys(lex, tokens, tokens[i], i, masks);
}

bool MayEndPhrase(const Token& t) { return t.word || IsPunct(t, '&'); }

// The bit of a code map of Lexicons(), found by its address; 0 for any other map.
std::uint32_t BitOf(const StringMap<std::string>* map) {
  const ParticipantLexicons& lex = Lexicons();
  if (map == &lex.countries) return kCountriesBit;
  if (map == &lex.demonyms) return kDemonymsBit;
  return 0;
}

// Fills the phrase marks of token `t`, tokens[i]: WalkKeys, kept as the token keeps it (its
// first mask, and the union of the others). `lex`: Lexicons().
void MarkWith(const ParticipantLexicons& lex, const TokenVector& tokens, Token* t,
              std::size_t i) {
  const std::string_view first = WordKey(*t);
  // Most tokens that begin no phrase are turned away by their shape, without a lookup.
  const std::uint32_t value =
      HasShape(lex.word_shapes, first) ? FirstKeyValue(lex, first) : 0;
  t->phrase_start = value != 0 ? 1 : 0;
  t->first_mask = value & ~kBeginsLongerKey;
  t->later_masks = 0;
  // Most words begin no phrase of two words or more: their walk ends without a second key.
  if ((value & kBeginsLongerKey) == 0) return;
  PhraseWalk later;
  WalkOnFrom(lex, tokens, i, first, &later);
  t->later_masks = later.any();
}

void MarkWith(const ParticipantLexicons& lex, TokenVector* tokens, std::size_t i) {
  MarkWith(lex, *tokens, &(*tokens)[i], i);
}

}  // namespace

void MarkPhraseStarts(TokenVector* tokens) {
  // Several lexicons are asked about the same token: its keys are looked up once. The walk
  // reads no phrase_start but that of its first token, so one pass fills both. The tokens'
  // bounds are kept in locals: the marks stored are chars, which may alias the vector's
  // pointers, and those were loaded again for every token.
  const ParticipantLexicons& lex = Lexicons();
  Token* const t = tokens->data();
  const std::size_t size = tokens->size();
  for (std::size_t i = 0; i < size; ++i) MarkWith(lex, *tokens, &t[i], i);
}

void MarkPhraseStart(TokenVector* tokens, std::size_t i) { MarkWith(Lexicons(), tokens, i); }

std::span<const std::uint32_t> PhraseMasksAt(const TokenVector& tokens, std::size_t i,
                                             std::uint32_t bits, PhraseWalk* scratch) {
  // The longer keys of a marked token matter only when one is a phrase of `bits`: most
  // phrase starts answer from their own mask, without the keys being built again.
  const Token& t = tokens[i];
  if (t.phrase_start == 1 && (t.later_masks & bits) == 0) return {&t.first_mask, 1};
  WalkFrom(Lexicons(), tokens, i, scratch);
  return scratch->masks();
}

std::uint32_t UnmarkedWordBits(const Token& t) {
  const PhraseTable& table = Lexicons().phrase_table;
  const auto it = table.find(Key(t));
  return it != table.end() ? it->second & ~kBeginsLongerKey : 0;
}

std::size_t LongestPhraseOfWalk(std::uint32_t bit, const TokenVector& tokens, std::size_t i) {
  if (tokens[i].phrase_start == 0) return 0;   // no phrase starts here
  PhraseWalk scratch;
  const std::span<const std::uint32_t> masks = PhraseMasksAt(tokens, i, bit, &scratch);
  for (std::size_t n = masks.size(); n >= 1; --n) {
    if (MayEndPhrase(tokens[i + n - 1]) && (masks[n - 1] & bit) != 0) return n;
  }
  return 0;
}

std::size_t LongestMatch(const StringMap<std::string>& map, const TokenVector& tokens, std::size_t i,
                         std::string* value) {
  if (tokens[i].phrase_start == 0) return 0;   // no phrase starts here
  const std::uint32_t bit = BitOf(&map);
  // A marked token whose walk meets no phrase of the map's lexicon starts none: the country
  // scan asks this of every capitalised word, and most leave here.
  const Token& t = tokens[i];
  if (t.phrase_start == 1 && bit != 0 && (AnyMask(t) & bit) == 0) return 0;
  PhraseWalk scratch;
  // Another map than those of BitOf may hold any key: all the masks are walked for it.
  const std::span<const std::uint32_t> masks =
      PhraseMasksAt(tokens, i, bit != 0 ? bit : ~0u, &scratch);
  for (std::size_t n = masks.size(); n >= 1; --n) {
    if (!tokens[i + n - 1].word || (bit != 0 && (masks[n - 1] & bit) == 0)) continue;
    // The key of one word is the token's own: looked up as it is, without building a string.
    const auto it = n == 1 ? map.find(Key(tokens[i])) : map.find(PhraseKey(tokens, i, i + n));
    if (it != map.end()) {
      *value = it->second;
      return n;
    }
  }
  return 0;
}

bool HasOneTypoOf(const std::vector<std::vector<const std::string*>>& by_size, std::string_view key) {
  if (key.empty() || key.size() >= by_size.size()) return false;
  for (const std::string* phrase : by_size[key.size()]) {
    if ((*phrase)[0] == key[0] && OneEditApartSameSize(key, *phrase)) return true;
  }
  return false;
}

bool OneEditApartSameSize(std::string_view a, std::string_view b) {
  // Between strings of one size, an insertion or deletion never comes alone: one edit (in the
  // optimal-string-alignment distance) is one substitution or one swap of neighbours.
  std::size_t first = 0;
  while (first < a.size() && a[first] == b[first]) ++first;
  if (first == a.size()) return false;   // equal
  std::size_t last = a.size() - 1;
  while (a[last] == b[last]) --last;
  if (first == last) return true;
  return last == first + 1 && a[first] == b[last] && a[last] == b[first];
}

}  // namespace prextract::internal::parts
