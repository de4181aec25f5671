// Word tokens of one block of text for the participants stage: byte spans plus the
// letter-case facts the name and organisation scanners need.
#ifndef PREXTRACT_PARTICIPANTS_TOKENS_H_
#define PREXTRACT_PARTICIPANTS_TOKENS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "prextract/release.h"
#include "text/unfilled_allocator.h"

namespace prextract::internal::parts {

/// Lexicon bit masks of the phrase keys from one token (index n - 1: the key of n words).
/// The masks live inline, without an allocation or a destructor: a walk never outgrows
/// kCapacity, as the phrase walk stops there. A scratch walk on the stack: tokens keep only
/// the first mask and the union of the rest (Token::first_mask, Token::later_masks).
class PhraseWalk {
 public:
  // The lexicons' longest phrase has eight words.
  static constexpr std::size_t kCapacity = 14;

  void clear() { size_ = 0; any_ = 0; }
  bool empty() const { return size_ == 0; }
  /// The union of the masks: a lexicon absent from it starts no phrase here.
  std::uint32_t any() const { return any_; }
  /// REQUIRES: fewer than kCapacity masks so far.
  void push_back(std::uint32_t mask) {
    any_ |= mask;
    masks_[size_++] = mask;
  }
  std::span<const std::uint32_t> masks() const { return {masks_.data(), size_}; }

 private:
  // [0, size_) set; the rest is never read, so no scratch walk zeroes it.
  std::array<std::uint32_t, kCapacity> masks_;
  std::uint32_t size_ = 0;
  std::uint32_t any_ = 0;
};

struct Token {
  // Every member has its initialiser, and a user-provided constructor spares the zeroing of
  // the whole token that value initialisation does first. The tokeniser writes every member
  // of its tokens itself, in room that holds none yet (TokenizeBlockInto): a member added
  // here is written there too.
  Token() {}

  Span span;
  std::string_view text;    // view into the release text
  // Start of the ASCII lower case of `text` (of its size), in the lower-cased text the
  // tokeniser was given, so that no word is copied. Read through Lower(t). No token owns
  // its lower case: without a heap member, a token needs no destructor, and a block's
  // vector of tokens is freed without a visit to every token.
  const char* lower_start = nullptr;
  bool word = false;        // letters/digits; otherwise one punctuation character
  bool cap = false;         // starts with an upper-case letter
  bool upper = false;       // two or more letters, all upper-case ("BMBF", "U.S.")
  bool initial = false;     // one letter and a period ("H.")
  bool space_before = false;
  // Two or more spaces on one line before the token: text whose punctuation was stripped
  // ("Condoleeza Rice  Schumer said") keeps a wide gap where a comma or period stood.
  bool wide_gap_before = false;
  bool sentence_start = false;   // first word of the block or after . ! ? : or a quote
  // Claimed by a scanner of the block (BlockTokens): kept in the token, in a byte the
  // layout leaves free, rather than in a vector of its own allocated for every block.
  bool used = false;
  char32_t punct = 0;       // the code point of a punctuation token
  // Whether a lexicon phrase can start here: -1 not known yet, 0 no, 1 yes. Set for the
  // blocks of a release (MarkPhraseStarts) so that phrase lookups skip most tokens at once.
  signed char phrase_start = -1;
  signed char name_word = -1;   // IsNameWord, once known (MarkNameWords): -1 not yet
  // Lexicon phrases from here, once computed (MarkPhraseStarts), when phrase_start is 1:
  // the LexiconBits of the lexicons holding the token's own key, and the union of those of
  // the longer keys from here. A walk's further masks are rarely read: they are walked
  // again then (PhraseMasksAt), which keeps a token at 64 bytes where the whole walk made it
  // 128, and every scanner walks the tokens.
  std::uint32_t first_mask = 0;
  std::uint32_t later_masks = 0;
};
// A power of two: indexing tokens and taking the count of a vector of them are shifts.
static_assert(sizeof(Token) == 64, "a token fills one cache line");

/// The tokens of a block, as the tokeniser gives them, written in place (UnfilledAllocator).
using TokenVector = std::vector<Token, UnfilledAllocator<Token>>;

/// Splits text[block] into tokens. A period stays on a word when the word is an initial,
/// has inner periods ("U.S.") or is in `abbreviations` (lower-case, without period);
/// "'s" is split off as its own token. `lowered`: AsciiLower(text), which the tokens view
/// (it must outlive them). REQUIRES: valid UTF-8; lowered.size() == text.size().
TokenVector TokenizeBlock(std::string_view text, Span block, std::string_view lowered);

/// TokenizeBlock into `tokens`, cleared first: a caller that tokenises block after block
/// reuses one vector's storage rather than allocating it for every block.
void TokenizeBlockInto(std::string_view text, Span block, std::string_view lowered,
                       TokenVector* tokens);

/// The tokens of a string of their own (a name, a phrase) with the lower case they view,
/// kept together so that the tokens never outlive it.
struct OwnTokens {
  // On the heap, so that moving the pair keeps the tokens' views valid; null when the
  // string has no ASCII capital and the tokens view the string itself.
  std::unique_ptr<char[]> lower;
  TokenVector tokens;
};

/// TokenizeBlock of all of `s`, lower-cased here. `s` must outlive the tokens.
OwnTokens TokenizeOwn(std::string_view s);

/// ASCII lower case of the token's text.
inline std::string_view Lower(const Token& t) { return {t.lower_start, t.text.size()}; }

/// True when `t` is the punctuation code point `c`.
inline bool IsPunct(const Token& t, char32_t c) { return !t.word && t.punct == c; }

/// Text of tokens [from, to) as written, with runs of white space folded to one space.
std::string JoinTokens(std::string_view text, const TokenVector& tokens, std::size_t from,
                       std::size_t to);

}  // namespace prextract::internal::parts

#endif  // PREXTRACT_PARTICIPANTS_TOKENS_H_
