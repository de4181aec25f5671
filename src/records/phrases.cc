#include "records/phrases.h"

#include <algorithm>
#include <array>
#include <bit>
#include <memory>
#include <utility>

#include "lexicon/lexicon.h"
#include "text/byte_runs.h"
#include "text/mojibake.h"
#include "text/word_bytes.h"

namespace prextract::internal {
namespace {

// Letters, digits, '-', '\'' and '&': a table, since every byte of every sentence asks.
constexpr std::array<bool, 256> kWordBytes = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) {
    t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '\'' || c == '&';
  }
  return t;
}();

bool IsWordByte(char c) { return kWordBytes[static_cast<unsigned char>(c)]; }

constexpr std::string_view kRightQuote = "\xE2\x80\x99";

// ApostropheAt for a non-ASCII byte at `i`.
std::size_t NonAsciiApostropheAt(std::string_view text, std::size_t i, std::size_t end) {
  if (text.substr(i, 3) == kRightQuote && i + 3 < end && IsWordByte(text[i + 3])) return 3;
  if (IsMojibakeApostrophe(text, i, end) && i + 2 < end && IsWordByte(text[i + 2])) return 2;
  return 0;
}

// The bytes of an apostrophe at `i` between word bytes, or 0: a typographic one ("Korea’s")
// or the "â" left of one by a double decoding ("wonât"). Both open with a non-ASCII byte, and
// the ASCII byte that ends most words is turned away here, without a call.
inline std::size_t ApostropheAt(std::string_view text, std::size_t i, std::size_t end) {
  return static_cast<unsigned char>(text[i]) < 0x80 ? 0 : NonAsciiApostropheAt(text, i, end);
}

// A lower-cased word with its apostrophes read as "'" ("korea’s" like "korea's").
std::string FoldApostrophes(std::string_view lower) {
  std::string folded;
  for (std::size_t i = 0; i < lower.size();) {
    const std::size_t n = ApostropheAt(lower, i, lower.size());
    folded.push_back(n ? '\'' : lower[i]);
    i += n ? n : 1;
  }
  return folded;
}

// The end of a word whose word bytes end at `i`, before an apostrophe ("Korea’s"): past
// the apostrophe and the word bytes after it, and any more such. Out of line and cold: few
// words hold one, and the tokenizer's loop keeps its registers for the others.
[[gnu::cold]] std::size_t EndOfWordPastApostrophes(std::string_view text, std::size_t i, std::size_t end) {
  while (i != end) {
    const std::size_t n = ApostropheAt(text, i, end);
    if (n == 0) break;
    i = SkipWhile(text, i + n, end, IsWordByte);
  }
  return i;
}

}  // namespace

WordStore::WordStore(std::string_view text, std::string_view lowered) : text_(text), lower_(lowered) {
  if (lowered.size() != text.size()) {
    AsciiLowerInto(text, &own_lower_);   // one pass over the whole text is cheaper than one per word
    lower_ = own_lower_;
  }
  if (lower_.size() <= 64) {
    if (!lower_.empty()) one_block_[0] = LowerWordByteMask(lower_, 0, lower_.size());
    bits_ = one_block_;
    return;
  }
  word_bits_.reserve(lower_.size() / 64 + 2);
  for (std::size_t at = 0; at < lower_.size(); at += 64) {
    word_bits_.push_back(LowerWordByteMask(lower_, at, lower_.size()));
  }
  word_bits_.resize(word_bits_.size() + 1);
  bits_ = word_bits_.data();
}

std::vector<Word> TokenizeWords(Span span, WordStore* store) {
  WordArray words;
  AppendWords(span, store, &words);
  return {words.data(), words.data() + words.size()};
}

void WordArray::Grow(std::size_t capacity) {
  std::allocator<Word> allocator;
  Word* data = allocator.allocate(capacity);
  if (data_ != nullptr) {
    std::uninitialized_copy_n(data_, size_, data);
    allocator.deallocate(data_, capacity_);
  }
  data_ = data;
  capacity_ = capacity;
}

namespace {

// Makes a word of text[start, end) at `*out`, in the array's free room, and steps past it.
// `lower` holds a byte, as every word does.
[[gnu::always_inline]] inline std::uint16_t PutWord(std::size_t start, std::size_t end,
                                                    std::string_view lower, Word** out) {
  const std::uint16_t shape = WordFilter::ShapeOf(lower.data(), lower.size());
  const std::uint16_t opens = PhraseMatcher::OpenBits(shape);
  std::construct_at(*out, Word{lower, Span{start, end}, shape, opens});
  ++*out;
  return opens;
}

// Block by block: a word starts at a word byte after another byte and ends at another byte
// after a word byte, so each block's starts and ends are two masks, and each word costs two
// bit scans. Writes the words of text[span) at `*out` up to the first that holds an
// apostrophe ("Korea’s", folded and kept in the store), and returns where to read on: the
// span's end, or that word's end. The text's bytes are read through locals: to the compiler,
// a word written through `*out` might change the store.
std::size_t WriteWords(Span span, WordStore* store, Word** out, std::uint16_t* opens) {
  const std::string_view text = store->text();
  const char* const lower = store->lower_data();
  Word* next = *out;
  std::uint16_t seen = 0;
  std::size_t start = 0, resume = span.end;
  bool folded = false;         // a word with an apostrophe was written: read on from its end
  bool open = false;           // a word started and not yet ended
  std::uint64_t carry = 0;     // 1 when the byte before the block is a word byte
  for (std::size_t base = span.start; base < span.end && !folded; base += 64) {
    const std::uint64_t bits = store->WordBits(base, span.end);
    const std::uint64_t after_word = bits << 1 | carry;
    std::uint64_t starts = bits & ~after_word, ends = ~bits & after_word;
    carry = bits >> 63;
    for (;;) {
      if (!open) {
        if (starts == 0) break;
        start = base + static_cast<std::size_t>(std::countr_zero(starts));
        starts &= starts - 1;
        open = true;
      }
      if (ends == 0) break;
      const std::size_t end = base + static_cast<std::size_t>(std::countr_zero(ends));
      ends &= ends - 1;
      open = false;
      if (end != span.end && ApostropheAt(text, end, span.end) != 0) {
        resume = EndOfWordPastApostrophes(text, end, span.end);
        seen |= PutWord(start, resume, store->Keep(FoldApostrophes(store->Lower(start, resume))), &next);
        folded = true;
        break;
      }
      seen |= PutWord(start, end, std::string_view(lower + start, end - start), &next);
    }
  }
  if (open) seen |= PutWord(start, span.end, std::string_view(lower + start, span.end - start), &next);
  *out = next;
  *opens |= seen;
  return resume;
}

}  // namespace

// A word with an apostrophe goes on past its run of word bytes: the rest of the span is
// then read afresh from its end.
std::uint16_t AppendWords(Span span, WordStore* store, WordArray* words) {
  words->Reserve(MaxWords(span));
  Word* out = words->end();
  std::uint16_t opens = 0;
  for (std::size_t from = span.start; from < span.end;) {
    from = WriteWords(Span{from, span.end}, store, &out, &opens);
  }
  words->SetEnd(out);
  return opens;
}

std::uint16_t AppendWords(Span span, WordStore* store, std::vector<Word>* words) {
  WordArray array;
  const std::uint16_t opens = AppendWords(span, store, &array);
  words->insert(words->end(), array.data(), array.data() + array.size());
  return opens;
}

namespace {

// The words of every variant but the first (the canonical form) of every entry, with the
// entry's index. The variants are split as one text, a line each: one store and one word
// array serve them all, not one each.
std::vector<std::pair<int, std::vector<std::string>>> SplitVariants(
    const std::vector<LexiconEntry>& entries) {
  std::string joined;
  std::vector<std::pair<int, Span>> spans;
  for (std::size_t e = 0; e < entries.size(); ++e) {
    for (std::size_t v = 1; v < entries[e].variants.size(); ++v) {
      const std::string& variant = entries[e].variants[v];
      spans.emplace_back(static_cast<int>(e), Span{joined.size(), joined.size() + variant.size()});
      joined += variant;
      joined += '\n';
    }
  }
  WordStore store(joined);
  WordArray words;
  std::vector<std::pair<int, std::vector<std::string>>> out;
  out.reserve(spans.size());
  for (const auto& [entry, span] : spans) {
    const std::size_t first = words.size();
    AppendWords(span, &store, &words);
    std::vector<std::string> phrase;
    phrase.reserve(words.size() - first);
    for (std::size_t k = first; k < words.size(); ++k) phrase.emplace_back(words[k].lower);
    out.emplace_back(entry, std::move(phrase));
  }
  return out;
}

}  // namespace

std::uint16_t PhraseMatcher::open_bits_[1 << 16] = {};

void PhraseMatcher::MarkOpens(std::string_view word, std::uint16_t bit) {
  open_bits_[WordFilter::Shape(word)] |= bit;
}

PhraseMatcher::PhraseMatcher(std::string_view lexicon_name, std::uint16_t open_bit)
    : open_bit_(open_bit) {
  for (auto& [entry, words] : SplitVariants(Lexicon(lexicon_name))) {
    if (words.empty()) continue;
    first_words_.Add(words.front());
    if (open_bit != 0) MarkOpens(words.front(), open_bit);
    if (words.size() == 1) {
      single_words_.Add(words.front());
    } else {
      const std::size_t bit = PairBit(WordFilter::Shape(words[0]), WordFilter::Shape(words[1]));
      pair_bits_[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
    by_first_word_[words.front()].push_back(Phrase{std::move(words), entry});
  }
  for (auto& [first, phrases] : by_first_word_) {
    // Most first words open one phrase, and a stable sort takes a buffer even for one.
    if (phrases.size() < 2) continue;
    std::stable_sort(phrases.begin(), phrases.end(), [](const Phrase& a, const Phrase& b) {
      return a.words.size() > b.words.size();
    });
  }
}

PhraseHit PhraseMatcher::MatchFrom(WordSpan words, std::size_t i) const {
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

template <typename Next>
std::vector<PhraseHit> PhraseMatcher::FindAllWith(WordSpan words, Next next) const {
  std::vector<PhraseHit> hits;
  // Pointers read once: storing a hit might, to the compiler, change the words.
  const Word* const begin = words.data();
  const Word* const end = begin + words.size();
  for (const Word* w = begin; w != end;) {
    // Most words open no phrase: a tight scan passes them by.
    w = next(w, end);
    if (w == end) break;
    const PhraseHit hit = MatchAt(words, static_cast<std::size_t>(w - begin));
    if (hit.entry < 0) {
      ++w;
      continue;
    }
    hits.push_back(hit);
    w += hit.count;
  }
  return hits;
}

std::vector<PhraseHit> PhraseMatcher::FindAll(WordSpan words) const {
  if (open_bit_ != 0) {
    const std::uint16_t bit = open_bit_;
    return FindAllWith(words,
                       [bit](const Word* w, const Word* end) { return NextOpening(w, end, bit); });
  }
  return FindAllWith(words, [this](const Word* w, const Word* end) {
    while (w != end && !first_words_.MayHoldShape(w->shape)) ++w;
    return w;
  });
}

}  // namespace prextract::internal
