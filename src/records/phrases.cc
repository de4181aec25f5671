#include "records/phrases.h"

#include <algorithm>

#include "lexicon/lexicon.h"

namespace prextract::internal {
namespace {

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '-' || c == '\'' || c == '&';
}

constexpr std::string_view kRightQuote = "\xE2\x80\x99";

std::vector<std::string> SplitWords(const std::string& phrase) {
  std::vector<std::string> out;
  for (const Word& w : TokenizeWords(phrase, Span{0, phrase.size()})) out.push_back(w.lower);
  return out;
}

}  // namespace

std::vector<Word> TokenizeWords(std::string_view text, Span span) {
  std::vector<Word> words;
  words.reserve((span.end - std::min(span.start, span.end)) / 6);
  std::size_t i = span.start;
  while (i < span.end) {
    if (!IsWordByte(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    Word w;
    const std::size_t start = i;
    while (i < span.end) {
      if (IsWordByte(static_cast<unsigned char>(text[i]))) {
        w.lower.push_back(AsciiLowerByte(text[i++]));
      } else if (text.substr(i, 3) == kRightQuote && i + 3 < span.end &&
                 IsWordByte(static_cast<unsigned char>(text[i + 3]))) {
        w.lower.push_back('\'');   // "Korea’s" reads like "Korea's"
        i += 3;
      } else {
        break;
      }
    }
    w.span = Span{start, i};
    words.push_back(std::move(w));
  }
  return words;
}

PhraseMatcher::PhraseMatcher(std::string_view lexicon_name) {
  const auto& entries = Lexicon(lexicon_name);
  for (std::size_t e = 0; e < entries.size(); ++e) {
    for (std::size_t v = 1; v < entries[e].variants.size(); ++v) {
      std::vector<std::string> words = SplitWords(entries[e].variants[v]);
      if (words.empty()) continue;
      first_word_shapes_.set(ShapeOf(words.front()));
      by_first_word_[words.front()].push_back(Phrase{std::move(words), static_cast<int>(e)});
    }
  }
  for (auto& [first, phrases] : by_first_word_) {
    std::stable_sort(phrases.begin(), phrases.end(), [](const Phrase& a, const Phrase& b) {
      return a.words.size() > b.words.size();
    });
  }
}

std::size_t PhraseMatcher::ShapeOf(std::string_view word) {
  const std::size_t first = word.empty() ? 0 : static_cast<unsigned char>(word[0]);
  return first * 32 + std::min<std::size_t>(word.size(), 31);
}

PhraseHit PhraseMatcher::MatchAt(const std::vector<Word>& words, std::size_t i) const {
  if (!first_word_shapes_.test(ShapeOf(words[i].lower))) return {};
  const auto it = by_first_word_.find(words[i].lower);
  if (it == by_first_word_.end()) return {};
  for (const Phrase& p : it->second) {
    if (i + p.words.size() > words.size()) continue;
    bool same = true;
    for (std::size_t k = 1; k < p.words.size() && same; ++k) same = words[i + k].lower == p.words[k];
    if (same) return PhraseHit{i, p.words.size(), p.entry};
  }
  return {};
}

std::vector<PhraseHit> PhraseMatcher::FindAll(const std::vector<Word>& words) const {
  std::vector<PhraseHit> hits;
  for (std::size_t i = 0; i < words.size();) {
    const PhraseHit hit = MatchAt(words, i);
    if (hit.entry < 0) {
      ++i;
      continue;
    }
    hits.push_back(hit);
    i += hit.count;
  }
  return hits;
}

}  // namespace prextract::internal
