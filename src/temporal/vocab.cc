#include "temporal/vocab.h"

#include <cstring>
#include <iterator>

#include "lexicon/lexicon.h"

namespace prextract::internal {
namespace {

void LoadNumbered(std::string_view name, StringMap<int>* index, StringMap<bool>* full_names) {
  for (const LexiconEntry& e : Lexicon(name)) {
    const int number = std::stoi(e.canonical);
    for (std::size_t k = 1; k < e.variants.size(); ++k) {
      const std::string lower = AsciiLower(e.variants[k]);
      index->emplace(lower, number);
      if (k == 1) full_names->emplace(lower, true);
    }
  }
}

}  // namespace

std::optional<Category> CategoryNamed(std::string_view name) {
  // In the order of the enum.
  static constexpr std::string_view kNames[] = {
      "clock", "day",  "fiscal", "mod", "notyear", "num",  "ord",  "part",  "periodmark", "pod",      "prep",
      "ref",   "refc", "rel",    "season", "set",  "setc", "tense", "unit", "vague",      "vaguedur", "zone"};
  static_assert(std::size(kNames) == static_cast<std::size_t>(Category::kCount));
  for (std::size_t k = 0; k < std::size(kNames); ++k) {
    if (kNames[k] == name) return static_cast<Category>(k);
  }
  return std::nullopt;
}

const Vocab& Vocab::Get() {
  static const Vocab* const vocab = new Vocab();
  return *vocab;
}

Vocab::Vocab() {
  LoadNumbered("en/months", &months_, &full_names_);
  LoadNumbered("en/weekdays", &weekdays_, &full_names_);
  for (const auto* names : {&months_, &weekdays_}) {
    for (const auto& [name, number] : *names) {
      phrases_.try_emplace(name);
      first_word_filter_.Add(name);
    }
  }
  for (const LexiconEntry& e : Lexicon("en/temporal_words")) {
    const std::size_t colon = e.canonical.find(':');
    if (colon == std::string::npos) continue;
    // A category no rule asks about is never looked up: its phrases still trigger, but hit nothing.
    const std::optional<Category> category = CategoryNamed(std::string_view(e.canonical).substr(0, colon));
    const std::string value = e.canonical.substr(colon + 1);
    for (std::size_t k = 1; k < e.variants.size(); ++k) {
      const std::string key = TokenKey(e.variants[k]);
      if (key.empty()) continue;
      for (std::size_t space = key.find(' '); space != std::string::npos; space = key.find(' ', space + 1)) {
        phrases_.try_emplace(key.substr(0, space));
      }
      auto& hits = phrases_[key];
      if (category) hits.emplace_back(*category, value);
      AddWordsToFilters(key);
      std::size_t length = 1;
      for (const char c : key) length += c == ' ' ? 1 : 0;
      if (length > max_phrase_) max_phrase_ = length;
      if (key.size() > max_key_size_) max_key_size_ = key.size();
    }
  }
  IndexFirstWords();
  IndexTwoWordPhrases();
}

void Vocab::IndexFirstWords() {
  for (const auto& [key, hits] : phrases_) {
    const std::size_t space = key.find(' ');
    FirstWord& first = first_words_[std::string_view(key).substr(0, space)];
    if (space == std::string::npos) {
      AppendHits(hits, 1, &first.hits);
      for (const auto& hit : hits) first.categories |= CategoryBit(hit.first);
    } else {
      first.begins_longer = true;
      for (const auto& hit : hits) first.longer_categories |= CategoryBit(hit.first);
    }
  }
  // Every month and weekday name is a key of phrases_ (the constructor adds them), and so a first word.
  for (const auto& [name, number] : months_) first_words_[name].month = static_cast<std::uint8_t>(number);
  for (const auto& [name, number] : weekdays_) first_words_[name].weekday = static_cast<std::uint8_t>(number);
  for (const auto& [name, full] : full_names_) first_words_[name].full_name = full;
  // Pointers into first_words_ are taken once it is complete: it moves its entries as it grows.
  std::uint32_t id = 0;
  for (auto& [word, first] : first_words_) {
    first.id = id++;
    first_word_by_id_.push_back(&first);
    if (ShortWordTable<const FirstWord*>::Fits(word)) short_first_words_.Insert(word, &first);
  }
}

void Vocab::AddWordsToFilters(std::string_view key) {
  std::size_t space = key.find(' ');
  first_word_filter_.Add(key.substr(0, space));
  while (space != std::string_view::npos) {
    const std::size_t next = key.find(' ', space + 1);
    later_word_filter_.Add(key.substr(space + 1, next == std::string_view::npos ? next : next - space - 1));
    space = next;
  }
}

int Vocab::Month(std::string_view lower) const {
  const FirstWord* word = FirstWordOf(lower);
  return word == nullptr ? 0 : word->month;
}

int Vocab::Weekday(std::string_view lower) const {
  const FirstWord* word = FirstWordOf(lower);
  return word == nullptr ? 0 : word->weekday;
}

bool Vocab::IsFullName(std::string_view lower) const {
  const FirstWord* word = FirstWordOf(lower);
  return word != nullptr && word->full_name;
}

std::vector<std::string_view> Vocab::FirstWords() const {
  std::vector<std::string_view> words(first_words_.size());
  for (const auto& [word, first] : first_words_) words[first.id] = word;
  return words;
}

// A key of two words with no hits (a mere prefix, or a phrase of a category no rule asks
// about) adds nothing where it matches: it takes no slot.
void Vocab::IndexTwoWordPhrases() {
  for (const auto& [key, hits] : phrases_) {
    const std::string_view k = key;
    const std::size_t space = k.find(' ');
    if (hits.empty() || space == std::string_view::npos || k.find(' ', space + 1) != std::string_view::npos) continue;
    const FirstWord* first = FirstWordOf(k.substr(0, space));
    const FirstWord* second = FirstWordOf(k.substr(space + 1));
    // A word that is no first word has no first-word id in a token.
    if (first == nullptr || second == nullptr) continue;
    const std::size_t slot = TwoWordSlot(first->id, second->id);
    two_word_bits_[slot / 64] |= std::uint64_t{1} << (slot % 64);
  }
}

std::vector<std::string_view> Vocab::LaterWords() const {
  StringMap<bool> seen;
  std::vector<std::string_view> words;
  for (const auto& [key, hits] : phrases_) {
    const std::string_view k = key;
    for (std::size_t space = k.find(' '); space != std::string_view::npos;) {
      const std::size_t next = k.find(' ', space + 1);
      const std::string_view word = k.substr(space + 1, next == std::string_view::npos ? next : next - space - 1);
      if (seen.emplace(word, true).second) words.push_back(word);
      space = next;
    }
  }
  return words;
}

const Vocab::FirstWord* Vocab::LongFirstWordOf(std::string_view word) const {
  const auto it = first_words_.find(word);
  return it == first_words_.end() ? nullptr : &it->second;
}

void Vocab::MatchLongerSlow(const TokenVector& tokens, std::size_t i, std::vector<VocabHit>* out) const {
  // The key grows only while it still begins a phrase, in place: no phrase is longer than
  // max_key_size_, so a key that outgrows it finds none, and the buffer on the stack suffices
  // (a string holds it only for a lexicon with a longer phrase).
  char buffer[kKeyBuffer];
  std::string long_key;
  char* key = buffer;
  if (max_key_size_ > kKeyBuffer) {
    long_key.resize(max_key_size_);
    key = long_key.data();
  }
  std::size_t size = tokens[i].lower.size();
  if (size > max_key_size_) return;
  std::memcpy(key, tokens[i].lower.data(), size);
  for (std::size_t n = 2; n <= max_phrase_ && i + n <= tokens.size(); ++n) {
    const std::string_view word = tokens[i + n - 1].lower;
    if (!later_word_filter_.MayHold(word) || size + 1 + word.size() > max_key_size_) return;
    key[size] = ' ';
    std::memcpy(key + size + 1, word.data(), word.size());
    size += 1 + word.size();
    const auto it = phrases_.find(std::string_view(key, size));
    if (it == phrases_.end()) return;
    AppendHits(it->second, n, out);
  }
}

}  // namespace prextract::internal
