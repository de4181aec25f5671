// Pieces of person detection shared by the scanners: name words, titles and their
// complements ("Minister of Education and Research"), as token ranges of one block.
#ifndef PREXTRACT_PARTICIPANTS_NAME_PARTS_H_
#define PREXTRACT_PARTICIPANTS_NAME_PARTS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "participants/lexicons.h"
#include "participants/candidates.h"
#include "participants/tokens.h"

namespace prextract::internal::parts {

/// IsNameWord of a token MarkNameWords has not marked.
bool NameWordUncached(const Token& t);

/// A capitalised word that may be part of a personal name (not a title, organisation,
/// domain, country or stop word). Inline: the scanners ask it of every token many times.
inline bool IsNameWord(const Token& t) { return t.name_word >= 0 ? t.name_word == 1 : NameWordUncached(t); }

/// Fills Token::name_word for every token of the block: IsNameWord asks a dozen lexicons, and
/// the scanners ask it about the same token many times. Lists the block's capitals,
/// person_openers and anaphora_words from those marks. REQUIRES: MarkPhraseStarts has marked
/// the tokens.
void MarkNameWords(BlockTokens* block);

/// End of the personal name starting at token `i` (words, initials, particles, a nickname,
/// "Jr."), or `i` when none starts there. `*words` gets the number of name words.
std::size_t ParseName(const TokenVector& tokens, std::size_t i, int* words);

/// "Chris Bowen MP", "Jane Smith QC": honours, offices and degrees written after a name.
bool IsPostNominal(const Token& t);

/// NicknameIn's answer when the name holds no nickname.
inline constexpr std::size_t kNoNickname = static_cast<std::size_t>(-1);

/// 'Paul "Bear" Bryant', "John D. (Jay) Rockefeller": a nickname in quotes (a name word) or
/// brackets (a given name) at token `j`, its opening mark, before a capitalised word.
bool NicknameAt(const TokenVector& t, std::size_t j);

/// The opening mark of a nickname within a name's tokens [from, to), or kNoNickname.
std::size_t NicknameIn(const TokenVector& t, std::size_t from, std::size_t to);

/// Whether a capital "The" at token `j` parts two names of a list whose commas were lost
/// ("University of Vermont The University of Maine"): it follows a capitalised word of a
/// name, not a connector ("Department of The Treasury") or a stopword ("As The New York
/// Times noted").
bool PartsListedNames(const TokenVector& tokens, std::size_t j);

/// A capitalised run from token `i`: words joined by "of", "and", "for", "the", "&",
/// "'s" and list commas ("Science, Technology and Innovation"). Returns its end.
/// `in_list`: the run follows a preposition, so list commas may continue it.
std::size_t ParseCapRun(const TokenVector& tokens, std::size_t i, bool in_list = false);

/// A word that joins the capitalised words of a run: "of", "and", "for", "the", "on", "&",
/// "'s", "de", "du". By its size first: most keys differ from every connector in it.
inline bool IsConnector(std::string_view k) {
  switch (k.size()) {
    case 1: return k[0] == '&';
    case 2: return k == "of" || k == "on" || k == "'s" || k == "de" || k == "du";
    case 3: return k == "and" || k == "for" || k == "the";
    case 4: return k == "’s";
    default: return false;
  }
}

/// Whether the capitalised run from the capitalised word at `i` is that word alone, as
/// ParseCapRun finds, told by the token after it: none, or a lower-case word that joins no
/// name ("The company", "Smith said"). False when ParseCapRun must tell. Inline: asked of
/// most capitalised words, to spare them the parse.
inline bool RunEndsAfterFirst(const TokenVector& tokens, std::size_t i) {
  if (i + 1 >= tokens.size()) return true;
  const Token& next = tokens[i + 1];
  // A lower-case word that is no connector ends the run at once (ParseCapRun's last break).
  return next.word && !next.cap && !next.upper && !IsConnector(Key(next));
}

struct TitleMatch {
  std::size_t start = 0;        // first token (may include a demonym or acronym before it)
  std::size_t core_end = 0;     // after the title words
  std::size_t end = 0;          // after the complement ("of X"), if any
  std::size_t complement = 0;   // first token of the complement's capitalised run, or 0
  std::string code;             // country named in the title ("German Chancellor")
};

/// A title word written with one typo ("minsiter"), accepted only before a name.
bool FuzzyTitleWord(const Token& t);

/// False when no title starts at token `i`, as ParseTitle would find, but without its match:
/// most words start none. Inline: the person scan asks it of every word, and most answer
/// from the token's own marks.
inline bool MayStartTitle(const TokenVector& tokens, std::size_t i) {
  // The first step of ParseTitle: without a title word, a modifier or a title word with a
  // typo at `i`, it stops there.
  return tokens[i].word &&
         (LongestPhrase(kTitlesBit, tokens, i) || LongestPhrase(kModifiersBit, tokens, i) ||
          (i + 1 < tokens.size() && IsNameWord(tokens[i + 1]) && FuzzyTitleWord(tokens[i])));
}

/// Parses a title starting at token `i` ("Acting Assistant Attorney General", "vice
/// minsiter" with one typo when a name follows). False when none starts there.
bool ParseTitle(const TokenVector& tokens, std::size_t i, TitleMatch* m);

/// Extends `m` backwards over a demonym, country or acronym right before the title.
void ExtendTitleBack(const TokenVector& tokens, TitleMatch* m);

}  // namespace prextract::internal::parts

#endif  // PREXTRACT_PARTICIPANTS_NAME_PARTS_H_
