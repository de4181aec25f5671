#include "temporal/vocab.h"

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
    }
  }
  IndexFirstWords();
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
    }
  }
  // Pointers into first_words_ are taken once it is complete: it moves its entries as it grows.
  std::uint32_t id = 0;
  for (auto& [word, first] : first_words_) {
    first.id = id++;
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
  const auto it = months_.find(lower);
  return it == months_.end() ? 0 : it->second;
}

int Vocab::Weekday(std::string_view lower) const {
  const auto it = weekdays_.find(lower);
  return it == weekdays_.end() ? 0 : it->second;
}

bool Vocab::IsFullName(std::string_view lower) const { return full_names_.find(lower) != full_names_.end(); }

std::vector<std::string_view> Vocab::FirstWords() const {
  std::vector<std::string_view> words(first_words_.size());
  for (const auto& [word, first] : first_words_) words[first.id] = word;
  return words;
}

const Vocab::FirstWord* Vocab::LongFirstWordOf(std::string_view word) const {
  const auto it = first_words_.find(word);
  return it == first_words_.end() ? nullptr : &it->second;
}

void Vocab::MatchLongerSlow(const std::vector<Token>& tokens, std::size_t i, std::vector<VocabHit>* out) const {
  // The key grows only while it still begins a phrase.
  std::string key(tokens[i].lower);
  for (std::size_t n = 2; n <= max_phrase_ && i + n <= tokens.size(); ++n) {
    if (!later_word_filter_.MayHold(tokens[i + n - 1].lower)) return;
    key.push_back(' ');
    key += tokens[i + n - 1].lower;
    const auto it = phrases_.find(key);
    if (it == phrases_.end()) return;
    AppendHits(it->second, n, out);
  }
}

}  // namespace prextract::internal
