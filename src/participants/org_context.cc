#include "participants/org_context.h"

#include <string>

#include "participants/lexicons.h"

namespace prextract::internal::parts {
namespace {

bool In(const StringSet& set, std::string_view key) { return set.find(key) != set.end(); }

bool IsCompanyNoun(const Token& t) {
  return t.word && (!t.cap || t.upper) && HasWord(kCompanyNounsBit, t);
}

bool IsArticle(std::string_view k) { return k == "a" || k == "an" || k == "the"; }

// ", the leading digital-business provider": a company noun within the first words of an
// appositive that opens with an article.
// Also as a predicate: "Odido was the first provider to launch it".
// ", the company anticipates" opens a clause after "Eventually" or "WiSA E": "the" needs a
// word between it and the noun ("the leading provider") and a run not opening the sentence.
bool DescribedAfter(const TokenVector& t, std::size_t from, std::size_t to) {
  if (to + 2 >= t.size()) return false;
  const std::string_view link = Key(t[to]);
  const bool opens = IsPunct(t[to], ',') || link == "is" || link == "was";
  const std::string_view article = Key(t[to + 1]);
  if (!opens || !IsArticle(article)) return false;
  const bool definite = article == "the" && IsPunct(t[to], ',');
  if (definite && t[from].sentence_start) return false;
  for (std::size_t k = to + 2; k < t.size() && k < to + 8 && t[k].word; ++k) {
    if (Key(t[k]) == "of") return false;   // "a partner of"
    const bool possessive = k + 1 < t.size() && (Key(t[k + 1]) == "'s" || Key(t[k + 1]) == "’s");
    if (IsCompanyNoun(t[k])) return !possessive && !(definite && k == to + 2);
  }
  return false;
}

// A country or a demonym is no company ("in the UK, the brand ...").
bool PlaceLike(const TokenVector& t, std::size_t from, std::size_t to) {
  const ParticipantLexicons& lex = Lexicons();
  std::string code;
  return LongestMatch(lex.countries, t, from, &code) == to - from ||
         LongestMatch(lex.demonyms, t, from, &code) == to - from;
}

}  // namespace

bool DescribedAsOrg(const TokenVector& t, std::size_t from, std::size_t to) {
  // The description first: most runs have none, and the place lookups cost more.
  if (from >= to || !((from > 0 && IsCompanyNoun(t[from - 1])) || DescribedAfter(t, from, to))) {
    return false;
  }
  return !HasWord(kGivenNamesBit, t[from]) && !PlaceLike(t, from, to);
}

std::size_t ListSplit(const TokenVector& t, std::size_t from, std::size_t to) {
  for (std::size_t k = from + 1; k + 1 < to; ++k) {
    if ((Key(t[k]) == "and" || IsPunct(t[k], ',')) && t[k + 1].cap) return k;
  }
  return to;
}

std::size_t CutAtPersonTitle(const TokenVector& t, std::size_t from, std::size_t to) {
  const ParticipantLexicons& lex = Lexicons();
  // "Labor, and Pensions, and Rep. Roe": a list's comma before the "and" goes as well.
  const auto cut = [&](std::size_t k) {
    return Key(t[k]) == "and" && IsPunct(t[k - 1], ',') ? k - 1 : k;
  };
  for (std::size_t k = from + 1; k + 1 < to; ++k) {
    if (Key(t[k]) != "and" && !IsPunct(t[k], ',')) continue;
    std::size_t next = k + 1;
    if (next >= to || !t[next].cap) continue;
    if (HasWord(kHonorificsBit, t[next])) return cut(k);   // "the Budget, Rep. Joe Baca"
    std::string code;
    std::size_t title = LongestPhrase(kTitlesBit, t, next);
    if (title == 0) {   // "and U.S. Attorney for ..."
      next += LongestMatch(lex.countries, t, next, &code);
      title = next < to ? LongestPhrase(kTitlesBit, t, next) : 0;
    }
    // A complement or name follows the title, or a comma set the title off at the end.
    if (title > 0 && (next + title < to || IsPunct(t[k], ','))) return cut(k);
  }
  return to;
}

std::size_t ExtendToCountry(const TokenVector& t, std::size_t to) {
  if (to == 0 || to + 1 >= t.size() || Key(t[to]) != "to") return to;
  const std::string_view last = Key(t[to - 1]);
  if (!In(Lexicons().org_words, last)) return to;
  std::size_t k = to + 1;
  if (Key(t[k]) == "the") ++k;
  std::string code;
  const std::size_t n = k < t.size() ? LongestMatch(Lexicons().countries, t, k, &code) : 0;
  return n > 0 ? k + n : to;
}

}  // namespace prextract::internal::parts
