#include "temporal/vocab.h"

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

const Vocab& Vocab::Get() {
  static const Vocab* const vocab = new Vocab();
  return *vocab;
}

Vocab::Vocab() {
  LoadNumbered("en/months", &months_, &full_names_);
  LoadNumbered("en/weekdays", &weekdays_, &full_names_);
  for (const auto* names : {&months_, &weekdays_}) {
    for (const auto& [name, number] : *names) triggers_.insert(name);
  }
  for (const LexiconEntry& e : Lexicon("en/temporal_words")) {
    const std::size_t colon = e.canonical.find(':');
    if (colon == std::string::npos) continue;
    const std::string category = e.canonical.substr(0, colon);
    const std::string value = e.canonical.substr(colon + 1);
    for (std::size_t k = 1; k < e.variants.size(); ++k) {
      const std::string key = TokenKey(e.variants[k]);
      if (key.empty()) continue;
      phrases_[key].emplace_back(category, value);
      AddWordPrefixes(key, &prefixes_);
      triggers_.insert(key.substr(0, key.find(' ')));
      std::size_t length = 1;
      for (const char c : key) length += c == ' ' ? 1 : 0;
      if (length > max_phrase_) max_phrase_ = length;
    }
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

void Vocab::MatchAll(const std::vector<Token>& tokens, std::size_t i, std::vector<VocabHit>* out) const {
  // The key grows only while it still begins a phrase: most tokens cost one lookup.
  std::string key;
  for (std::size_t n = 1; n <= max_phrase_ && i + n <= tokens.size(); ++n) {
    if (n > 1) key.push_back(' ');
    key += tokens[i + n - 1].lower;
    if (prefixes_.find(key) == prefixes_.end()) return;
    const auto it = phrases_.find(key);
    if (it == phrases_.end()) continue;
    for (const auto& [cat, value] : it->second) out->push_back(VocabHit{n, cat, value});
  }
}

bool Vocab::IsTrigger(const Token& token) const {
  return token.kind == TokenKind::kNumber || triggers_.find(token.lower) != triggers_.end();
}

}  // namespace prextract::internal
