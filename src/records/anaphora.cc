#include "records/anaphora.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <absl/container/inlined_vector.h>

#include "lexicon/lexicon.h"
#include "lexicon/word_filter.h"
#include "text/word_bytes.h"

namespace prextract::internal {
namespace {

// Who was named last, under each title word and overall. Flat arrays searched in turn, not
// hash maps: a release names a few people with a title word or two each, and the maps'
// nodes cost an allocation apiece.
class NamedPeople {
 public:
  const Participant* WithTitle(std::string_view title_word) const {
    for (const auto& [word, person] : by_title_) {
      if (word == title_word) return person;
    }
    return nullptr;
  }
  const Participant* last() const { return last_; }
  const Participant* before_last() const { return before_last_; }

  void Saw(const Participant* p) {
    const Read& read = TitleWordsOf(p);
    for (std::size_t i = read.begin; i < read.end; ++i) Name(title_words_[i], p);
    if (p == last_) return;
    before_last_ = last_;
    last_ = p;
  }

 private:
  // The title words of a person: title_words_[begin, end).
  struct Read {
    const Participant* person;
    std::size_t begin, end;
  };

  void Name(std::string_view title_word, const Participant* p) {
    for (auto& [word, person] : by_title_) {
      if (word == title_word) {
        person = p;
        return;
      }
    }
    by_title_.emplace_back(title_word, p);
  }

  // A person is seen in every sentence that names them: their title is read once.
  const Read& TitleWordsOf(const Participant* p) {
    for (const Read& r : read_) {
      if (r.person == p) return r;
    }
    const std::size_t begin = title_words_.size();
    if (IsAscii(p->title)) {
      AddAsciiTitleWords(p->title);
    } else {
      WordStore title(p->title);
      for (const Word& w : TokenizeWords(Span{0, p->title.size()}, &title)) AddTitleWord(w.lower);
    }
    return read_.emplace_back(Read{p, begin, title_words_.size()});
  }

  // An ASCII title's words are its runs of word bytes (TokenizeWords), read here without a
  // word store and a word array for each person.
  void AddAsciiTitleWords(std::string_view title) {
    for (std::size_t i = 0; i < title.size();) {
      if (!IsWordByte(title[i])) {
        ++i;
        continue;
      }
      const std::size_t start = i;
      while (i < title.size() && IsWordByte(title[i])) ++i;
      char lower[32];   // longer than any title word: such a word is looked up as a string
      if (i - start > sizeof lower) {
        AddTitleWord(AsciiLower(title.substr(start, i - start)));
        continue;
      }
      std::transform(title.begin() + start, title.begin() + i, lower, AsciiLowerByte);
      AddTitleWord(std::string_view(lower, i - start));
    }
  }

  static bool IsWordByte(char c) { return kLowerWordBytes[static_cast<unsigned char>(AsciiLowerByte(c))]; }

  static bool IsAscii(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  }

  void AddTitleWord(std::string_view word) {
    static const auto& titles = LexiconIndex("en/person_titles");
    const auto t = titles.find(word);
    if (t != titles.end()) title_words_.push_back(t->second);
  }

  // Title words view the title lexicon, which lives as long as the process. Inline room for
  // the few people and title words of a release spares it a buffer for each list.
  absl::InlinedVector<std::pair<std::string_view, const Participant*>, 8> by_title_;
  absl::InlinedVector<Read, 8> read_;
  absl::InlinedVector<std::string_view, 8> title_words_;
  const Participant* last_ = nullptr;
  const Participant* before_last_ = nullptr;
};

void AddOnce(SentenceContext* s, const Participant* p) {
  if (p == nullptr) return;
  if (std::find(s->participants.begin(), s->participants.end(), p) == s->participants.end()) {
    s->participants.push_back(p);
  }
}

// "the Minister" / "the minister", not "the Minister of Foreign Affairs Park Jin": a title
// word right after "the" that no name follows.
const Participant* TitleReference(std::string_view text, const SentenceContext& s, std::size_t k,
                                  const NamedPeople& people) {
  if (s.words[k].lower != "the" || k + 1 >= s.words.size()) return nullptr;
  static const auto& titles = LexiconIndex("en/person_titles");   // asked only after "the"
  // Most words after "the" are no title: their shape tells so without hashing them.
  static const WordFilter title_shapes = [] {
    WordFilter f;
    for (const auto& [word, title] : titles) f.Add(word);
    return f;
  }();
  if (!title_shapes.MayHoldShape(s.words[k + 1].shape)) return nullptr;
  const auto t = titles.find(s.words[k + 1].lower);
  if (t == titles.end()) return nullptr;
  if (k + 2 < s.words.size() && StartsUpper(text, s.words[k + 2])) return nullptr;
  return people.WithTitle(t->second);
}

void ResolveIn(std::string_view text, SentenceContext* s, const NamedPeople& people) {
  // A description points back at a person named before it: none yet, nothing to resolve.
  if (people.last() == nullptr || !(s->opens & (kOpensPairAnaphora | kOpensThe))) return;
  const PhraseMatcher& pairs = PairAnaphora();
  // Copied: adding a participant to `s` may, for all the compiler knows, change its words.
  const WordSpan words = s->words;
  const Word* const begin = words.data();
  const Word* const end = begin + words.size();
  for (const Word* w = begin; w != end; ++w) {
    // A pair phrase or a title reference ("the Minister") opens at few words: their open
    // bits turn the others away in a tight scan, without a comparison of strings.
    w = NextOpening(w, end, kOpensPairAnaphora | kOpensThe);
    if (w == end) break;
    const auto k = static_cast<std::size_t>(w - begin);
    if (pairs.MatchAt(words, k).entry >= 0) {
      AddOnce(s, people.before_last());
      AddOnce(s, people.last());
    } else if (const Participant* p = TitleReference(text, *s, k, people)) {
      AddOnce(s, p);
    }
  }
}

}  // namespace

void ResolveDescriptions(std::string_view text, std::vector<SentenceContext>* sentences) {
  NamedPeople people;
  for (SentenceContext& s : *sentences) {
    ResolveIn(text, &s, people);
    for (const Participant* p : s.participants) {
      if (p->kind == ParticipantKind::kPerson) people.Saw(p);
    }
  }
}

}  // namespace prextract::internal
