// Word-level phrase matching for trigger lexicons: a sentence becomes lower-cased word
// tokens with byte spans; lexicon phrases match whole words, longest first.
#ifndef PREXTRACT_RECORDS_PHRASES_H_
#define PREXTRACT_RECORDS_PHRASES_H_

#include <algorithm>
#include <cstdint>
#include <forward_list>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/string_table.h"
#include "lexicon/word_filter.h"
#include "prextract/release.h"

namespace prextract::internal {

struct Word {
  std::string_view lower;   // ASCII-lower-cased; typographic apostrophes become ' (views a WordStore)
  Span span;
  // WordFilter::Shape(lower): every phrase matcher probes every word of a sentence, and the
  // shape, computed once, answers each matcher's filter.
  std::uint16_t shape = 0;
  // PhraseMatcher::OpenBits(shape): which of the matchers that scan every sentence may open
  // a phrase at this word, one load per word for them all.
  std::uint16_t opens = 0;
};

/// The words of a sentence: a slice of the release's one word array, so that a sentence
/// costs no buffer of its own.
using WordSpan = std::span<const Word>;

/// The first word in [w, end) whose open bits (Word::opens) share a bit with `bits`, or
/// `end`. Four words a step: most words open nothing, and one test of four words' bits
/// together passes them in about half the instructions of a test each.
inline const Word* NextOpening(const Word* w, const Word* end, std::uint16_t bits) {
  while (end - w >= 4 && ((w[0].opens | w[1].opens | w[2].opens | w[3].opens) & bits) == 0) w += 4;
  while (w != end && (w->opens & bits) == 0) ++w;
  return w;
}

/// The lower-case forms that Words view, so that the words of a sentence own no strings: a
/// lower-cased copy of the text, where each word views its own place, and the few forms that
/// differ in length from their word (folded apostrophes). Neither copied nor moved, which
/// keeps the views valid; it must outlive the words.
class WordStore {
 public:
  /// `lowered`: AsciiLower(text) when the caller has it (it must outlive the store); empty:
  /// the store makes its own copy.
  explicit WordStore(std::string_view text, std::string_view lowered = {});
  WordStore(const WordStore&) = delete;
  WordStore& operator=(const WordStore&) = delete;

  std::string_view text() const { return text_; }
  /// text[start, end) lower-cased (ASCII), viewed in the copy. Unchecked, unlike substr: the
  /// tokenizer asks once per word, for a span inside the text.
  std::string_view Lower(std::size_t start, std::size_t end) const { return {lower_.data() + start, end - start}; }
  /// The lower-cased copy's first byte, which Lower(start, end) views at `start`.
  const char* lower_data() const { return lower_.data(); }
  /// Keeps a lower form the copy cannot hold.
  std::string_view Keep(std::string lower) { return kept_.emplace_front(std::move(lower)); }

  /// Bit k says whether text[at + k] is a word byte (TokenizeWords), for the bytes before
  /// `end`: the tokenizer finds the words of a block of 64 bytes by bit scans.
  std::uint64_t WordBits(std::size_t at, std::size_t end) const {
    const std::size_t block = at / 64, shift = at % 64;
    std::uint64_t bits = bits_[block] >> shift;
    if (shift != 0) bits |= bits_[block + 1] << (64 - shift);
    return end - at >= 64 ? bits : bits & ((std::uint64_t{1} << (end - at)) - 1);
  }

 private:
  std::string_view text_;
  std::string_view lower_;          // text_ lower-cased: the caller's copy or own_lower_
  std::string own_lower_;
  // The word bytes of the text, 64 to a word, read once for all its sentences; a last
  // word of zeros lets WordBits read one word past the text's last block. A text of one
  // block (a lexicon phrase, a title) keeps them inline, with no buffer to allocate.
  const std::uint64_t* bits_;
  std::uint64_t one_block_[2] = {};
  std::vector<std::uint64_t> word_bits_;
  std::forward_list<std::string> kept_;   // a list: its strings never move
};

/// Words of store->text()[span): runs of letters, digits, '-', '\'' and '&'; other
/// characters split.
std::vector<Word> TokenizeWords(Span span, WordStore* store);

/// About how many words text[span] holds: a word takes about five bytes of prose, so a
/// reserve of this rarely falls short and spares moving every word to a larger buffer.
inline std::size_t WordCapacity(Span span) { return (span.end - std::min(span.start, span.end)) / 4 + 1; }

/// The most words text[span] can hold: each takes a byte and a byte between it and the next.
inline std::size_t MaxWords(Span span) { return (span.end - std::min(span.start, span.end) + 1) / 2 + 1; }

/// The words of a release's sentences, end to end. Unlike a vector it hands out its free
/// room: the tokenizer reserves a span's most words once and writes each word in place,
/// with no test of room and no reload of the array's end per word.
class WordArray {
 public:
  WordArray() = default;
  WordArray(const WordArray&) = delete;
  WordArray& operator=(const WordArray&) = delete;
  ~WordArray() { std::allocator<Word>().deallocate(data_, capacity_); }

  const Word* data() const { return data_; }
  std::size_t size() const { return size_; }
  const Word& operator[](std::size_t i) const { return data_[i]; }

  /// Room for `n` more words, at end(); moves the words when it grows.
  void Reserve(std::size_t n) {
    if (capacity_ - size_ < n) Grow(std::max(size_ + n, 2 * capacity_));
  }
  /// The free room, for words to be written in place (as new objects) before SetEnd.
  Word* end() { return data_ + size_; }
  void SetEnd(Word* end) { size_ = static_cast<std::size_t>(end - data_); }

 private:
  void Grow(std::size_t capacity);

  Word* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

/// TokenizeWords appending to `*words`: the sentences of a release share one array.
/// Returns the union of the words' open bits (Word::opens), which tells the scans of a
/// sentence whether any word may open their phrases.
std::uint16_t AppendWords(Span span, WordStore* store, WordArray* words);
/// The same, for a caller with a vector.
std::uint16_t AppendWords(Span span, WordStore* store, std::vector<Word>* words);

struct PhraseHit {
  std::size_t first = 0;   // index of the first word
  std::size_t count = 0;   // words matched
  int entry = -1;          // index into the lexicon's entries
};

class PhraseMatcher {
 public:
  /// Matches every variant of every entry of lexicon `name` ("en/event_triggers"). A
  /// nonzero `open_bit` (one bit) marks the shapes of the phrases' first words with it in
  /// OpenBits, and FindAll then tests Word::opens. Such a matcher must be made before any
  /// word it scans is tokenised: a word takes its bits when tokenised.
  explicit PhraseMatcher(std::string_view lexicon_name, std::uint16_t open_bit = 0);

  /// The open bits of the matchers made so far that may open a phrase at a word of shape
  /// `shape`, and those marked by MarkOpens.
  static std::uint16_t OpenBits(std::uint16_t shape) { return open_bits_[shape]; }
  /// Adds `bit` to the open bits of `word`'s shape, for a scan of words of its own.
  static void MarkOpens(std::string_view word, std::uint16_t bit);

  /// The longest phrase starting at word `i`, or a hit with entry -1. Inline: most words
  /// start no phrase, and the filter turns them away without a call.
  PhraseHit MatchAt(WordSpan words, std::size_t i) const {
    return MayStartAt(words, i) ? MatchFrom(words, i) : PhraseHit{};
  }

  /// Every non-overlapping hit, left to right, longest first.
  std::vector<PhraseHit> FindAll(WordSpan words) const;
  /// FindAll of words whose open bits together are `opens` (AppendWords): none when they
  /// lack this matcher's bit, which spares such a sentence the scan.
  std::vector<PhraseHit> FindAll(WordSpan words, std::uint16_t opens) const {
    if (open_bit_ != 0 && (opens & open_bit_) == 0) return {};
    return FindAll(words);
  }

  /// False when no phrase opens with a word of shape `shape` (Word::shape): the first test of
  /// MayStartAt, for a scan that keeps its own pointer to the words.
  bool MayOpen(std::uint16_t shape) const { return first_words_.MayHoldShape(shape); }

  /// False when no phrase can start at word `i`: its word opens none, or it opens only
  /// longer phrases and the two words open none of them. Common words ("will", "is", "the")
  /// open a few phrases each, and the filter of word pairs spares them the hashing: a
  /// filter of second words alone let through any word that is second in some other phrase.
  /// Public for wrappers of MatchAt that are called word by word: with it inline, a word
  /// that starts no phrase costs them no call.
  bool MayStartAt(WordSpan words, std::size_t i) const {
    if (!first_words_.MayHoldShape(words[i].shape)) return false;
    return single_words_.MayHoldShape(words[i].shape) ||
           (i + 1 < words.size() && MayOpenPair(words[i].shape, words[i + 1].shape));
  }

 private:
  /// MatchAt for a word the filters let through.
  PhraseHit MatchFrom(WordSpan words, std::size_t i) const;
  /// FindAll with `next(w, end)`, the first word in [w, end) that may open a phrase, as the
  /// first filter.
  template <typename Next>
  std::vector<PhraseHit> FindAllWith(WordSpan words, Next next) const;

  static constexpr std::size_t kPairBits = std::size_t{1} << 16;
  /// The bit of the pair of word shapes (first, second) in pair_bits_.
  static std::size_t PairBit(std::uint16_t first, std::uint16_t second) {
    return (std::size_t{first} * 40503 + second) % kPairBits;
  }
  /// False when no longer phrase opens with words of these two shapes.
  bool MayOpenPair(std::uint16_t first, std::uint16_t second) const {
    const std::size_t bit = PairBit(first, second);
    return pair_bits_[bit / 64] >> (bit % 64) & 1;
  }

  static std::uint16_t open_bits_[1 << 16];   // by shape; written only by constructors
  std::uint16_t open_bit_ = 0;

  struct Phrase {
    std::vector<std::string> words;
    int entry;
  };
  /// The first words of the phrases: most words of a sentence start no phrase, and the
  /// filter rules them out before any hashing.
  WordFilter first_words_;
  WordFilter single_words_;   // the phrases of one word
  // The shapes of the first two words of the longer phrases, a bit per pair.
  std::uint64_t pair_bits_[kPairBits / 64] = {};
  StringMap<std::vector<Phrase>> by_first_word_;
};

}  // namespace prextract::internal

#endif  // PREXTRACT_RECORDS_PHRASES_H_
