#include "segment/line_rules.h"

#include <algorithm>
#include <array>
#include <iterator>

#include "lexicon/lexicon.h"
#include "segment/date_scan.h"
#include "segment/pieces.h"
#include "segment/stripped_rules.h"
#include "segment/text_scan.h"

namespace prextract::internal {
namespace {

unsigned char FoldedByte(char c) { return static_cast<unsigned char>(AsciiLowerByte(c)); }

// The phrases of a lexicon, longest first so that "latest news" wins over "latest", and the
// same split by lower-cased first byte (each bucket in that order): a line is compared only
// with the phrases that can begin it.
struct SortedPhrases {
  std::string_view lexicon;
  std::vector<std::string> longest_first;
  std::array<std::vector<const std::string*>, 256> by_first_byte;
};

const SortedPhrases& PhrasesOf(std::string_view name) {
  static std::array<SortedPhrases, 4> cache = {{
      {"en/navigation", {}, {}}, {"en/release_markers", {}, {}}, {"en/header_roles", {}, {}}, {"en/org_heads", {}, {}}}};
  static const bool built = [] {
    for (SortedPhrases& c : cache) {
      for (const LexiconEntry& e : Lexicon(c.lexicon)) c.longest_first.push_back(e.canonical);
      std::sort(c.longest_first.begin(), c.longest_first.end(),
                [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
      for (const std::string& p : c.longest_first) {
        if (!p.empty()) c.by_first_byte[FoldedByte(p[0])].push_back(&p);
      }
    }
    return true;
  }();
  (void)built;
  for (const SortedPhrases& c : cache) {
    if (c.lexicon == name) return c;
  }
  static const SortedPhrases kNone;
  return kNone;
}

const std::vector<std::string>& PhrasesLongestFirst(std::string_view name) { return PhrasesOf(name).longest_first; }

// PhrasePrefix(s, phrase) for a phrase of the bucket of s[0]: most phrases of a bucket
// differ from the line within their next three bytes ("The ..." from the boilerplate's
// many "this ..." and "these ..."), which is told without a call.
std::size_t BucketPrefix(std::string_view s, std::string_view phrase) {
  if (s.size() < phrase.size()) return 0;
  const std::size_t head = std::min<std::size_t>(phrase.size(), 4);
  for (std::size_t i = 1; i < head; ++i) {
    if (FoldedByte(s[i]) != FoldedByte(phrase[i])) return 0;
  }
  return PhrasePrefix(s, phrase);
}

std::size_t LongestPrefix(std::string_view s, const SortedPhrases& phrases) {
  if (s.empty()) return 0;
  for (const std::string* p : phrases.by_first_byte[FoldedByte(s[0])]) {
    if (const std::size_t n = BucketPrefix(s, *p)) return n;
  }
  return 0;
}

std::size_t LongestPrefix(std::string_view s, std::string_view lexicon) { return LongestPrefix(s, PhrasesOf(lexicon)); }

// The navigation phrases, found once: IsNavigation asks them of every paragraph's first
// line, where finding the lexicon by name cost as much as trying its phrases.
const SortedPhrases& NavigationPhrases() {
  static const SortedPhrases& phrases = PhrasesOf("en/navigation");
  return phrases;
}

// Skips spaces, separators, bullets and list numbers between navigation phrases.
std::size_t SkipFurniture(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    if (const std::size_t n = SpaceAt(s, i)) {
      i += n;
    } else if (IsDigit(s[i])) {
      std::size_t j = i;
      while (j < s.size() && IsDigit(s[j])) ++j;
      if (j >= s.size() || (s[j] != '.' && s[j] != ')')) return i;
      i = j + 1;
    } else if (static_cast<unsigned char>(s[i]) < 0x80) {
      if (IsAlpha(s[i])) return i;
      ++i;
    } else {
      std::size_t n = 1;
      const char32_t cp = DecodeAt(s, i, &n);
      const bool symbol = (cp >= 0xA0 && cp <= 0xBF) || cp == 0xD7 || (cp >= 0x2000 && cp <= 0x2BFF);
      if (!symbol) return i;
      i += n;
    }
  }
  return i;
}

bool IsMinorWord(std::string_view w) {
  static const auto& minor = LexiconIndex("en/title_minor_words");
  // Minor words are short: a longer word needs no lower-cased copy and no look-up.
  static const std::size_t longest = [] {
    std::size_t n = 0;
    for (const auto& [word, canonical] : minor) n = std::max(n, word.size());
    return n;
  }();
  if (w.size() > longest) return false;
  // Lowered on the stack: the index looks views up, so a title's every word needs no string.
  std::array<char, 16> lower;
  if (w.size() > lower.size()) return minor.count(AsciiLower(w)) > 0;
  for (std::size_t i = 0; i < w.size(); ++i) lower[i] = AsciiLowerByte(w[i]);
  return minor.count(std::string_view(lower.data(), w.size())) > 0;
}

// The word without leading quotes or brackets.
std::string_view Bare(std::string_view w) {
  while (!w.empty() && (w.front() == '"' || w.front() == '(' || w.front() == '[' || w.front() == '\'')) {
    w.remove_prefix(1);
  }
  if (w.size() >= 3 && (w.substr(0, 3) == "\u201C" || w.substr(0, 3) == "\u2018")) w.remove_prefix(3);
  return w;
}

bool HasLetter(std::string_view w) {
  for (const char c : w) {
    if (IsAlpha(c) || static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

int SentenceCount(std::string_view s) {
  int n = 0;
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    if ((s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i + 1] == ' ') ++n;
  }
  return n + 1;
}

}  // namespace

bool IsEndMark(std::string_view s) {
  // Every end mark opens with '#', '-', '*', '_', '=' or '~' (after white space): a line
  // opening with another ASCII byte, a letter most often, is none, and needs no trimming.
  if (!s.empty()) {
    const char c = s[0];
    const bool mark = c == '#' || c == '-' || c == '*' || c == '_' || c == '=' || c == '~';
    if (!mark && static_cast<unsigned char>(c) < 0x80 && SpaceAt(s, 0) == 0) return false;
  }
  s = TrimView(s);
  if (s == "-30-" || s == "- 30 -" || s == "-###-" || s == "###-") return true;
  int marks = 0;
  for (const char c : s) {
    if (c == '#' || c == '-' || c == '*' || c == '_' || c == '=' || c == '~') {
      ++marks;
    } else if (c != ' ') {
      return false;
    }
  }
  return marks >= 3;
}

std::size_t MarkdownTitleStart(std::string_view s) {
  if (s.size() < 3 || s[0] != '#' || s[1] != ' ') return 0;
  std::size_t i = 1;
  i = SpacesEnd(s, i);
  return i < s.size() ? i : 0;
}

bool IsMarkdownImage(std::string_view s) { return s.substr(0, 2) == "!["; }

namespace {

constexpr std::string_view kImageExtensions[] = {".jpg", ".jpeg", ".png", ".gif"};

}  // namespace

bool IsImageCaption(std::string_view s) {
  // Every extension below starts with '.': a line without one needs no word count.
  if (s.find('.') == std::string_view::npos || WordCount(s, 8) > 8) return false;
  for (const std::string_view ext : kImageExtensions) {
    if (FindNoCase(s, ext) != std::string_view::npos) return true;
  }
  return false;
}

bool IsImageCaption(std::string_view s, const LowerLine& lower) {
  // Most body lines hold a '.' and run past eight words: the line's trigrams rule the
  // extensions out before a word count, all at once by the keys of their set.
  static const PhraseSet extensions(std::vector<std::string>(std::begin(kImageExtensions), std::end(kImageExtensions)));
  return lower.MayHoldAny(extensions) && IsImageCaption(s);
}

namespace {

// The letters NonLatinShare counts as foreign (Hangul, kana, CJK ideographs) are three-byte
// UTF-8 sequences led by 0xE1 or 0xE3..0xED (0xE2 leads punctuation such as curly quotes),
// or overlong four-byte ones led by 0xF0 as DecodeAt reads them: a line without 0xE1 or a
// byte from 0xE3 up needs no decoding. The bytes are OR-ed, not searched: a loop the
// compiler vectorises.
bool MayHoldForeignLetter(std::string_view s) {
  unsigned char any = 0;
  for (const char c : s) {
    const auto b = static_cast<unsigned char>(c);
    any |= static_cast<unsigned char>((b >= 0xE3) | (b == 0xE1));
  }
  return any != 0;
}

}  // namespace

bool IsForeignScript(std::string_view s) { return MayHoldForeignLetter(s) && NonLatinShare(s) >= 0.5; }

bool IsForeignScript(std::string_view s, const LowerLine& lower) {
  // Most body lines are plain ASCII, which the trigram pass has noted: no pass of their own.
  return lower.MayHoldNonAscii() && IsForeignScript(s);
}

std::string ReleaseSectionOwner(std::string_view s) {
  constexpr std::size_t kMaxOwnerWords = 3;
  // IsNavigation asks every paragraph's first line: one ending in an ASCII byte that is no
  // white space and no 's' (a plural marker's) needs no trimming.
  if (!s.empty()) {
    const char last = s.back();
    if (last != 's' && last != 'S' && static_cast<unsigned char>(last) < 0x80 && SpaceAt(s, s.size() - 1) == 0) {
      return "";
    }
  }
  s = TrimView(s);
  if (s.empty() || (s.back() != 's' && s.back() != 'S')) return "";
  const std::string_view singular = s.substr(0, s.size() - 1);
  for (const std::string& m : PhrasesLongestFirst("en/release_markers")) {
    if (singular.size() <= m.size() || !StartsWithNoCase(singular.substr(singular.size() - m.size()), m)) continue;
    const std::string_view owner = singular.substr(0, singular.size() - m.size());
    if (!SpaceAt(owner, owner.size() - 1)) continue;
    const std::vector<std::string_view> words = Words(owner);
    const bool named = !words.empty() && words.size() <= kMaxOwnerWords &&
                       std::all_of(words.begin(), words.end(), [](std::string_view w) { return IsUpper(w[0]); });
    // "Press Room Press Releases": a section within a section names no owner.
    return named && !IsNavigation(owner) ? CollapseSpaces(owner) : "";
  }
  return "";
}

bool IsNavigation(std::string_view s) {
  if (!ReleaseSectionOwner(s).empty()) return true;
  std::size_t i = SkipFurniture(s, 0);
  bool any = false;
  while (i < s.size()) {
    const std::size_t n = LongestPrefix(s.substr(i), NavigationPhrases());
    if (n == 0) return false;
    any = true;
    i = SkipFurniture(s, i + n);
  }
  return any;
}

namespace {

// s.find(sep, from) for a crumb separator. " > " is sought by its '>': a search led by the
// space would stop at every word of the line.
std::size_t FindCrumbSeparator(std::string_view s, std::string_view sep, std::size_t from) {
  if (sep.front() != ' ') return s.find(sep, from);
  const std::string_view rest = sep.substr(1);
  for (std::size_t at = s.find(rest, from + 1); at != std::string_view::npos; at = s.find(rest, at + 1)) {
    if (s[at - 1] == ' ') return at - 1;
  }
  return std::string_view::npos;
}

}  // namespace

std::vector<std::string> Breadcrumbs(std::string_view s) {
  std::vector<std::string> crumbs;
  for (const std::string_view sep : {"\u00BB", "\u203A", " > "}) {
    if (FindCrumbSeparator(s, sep, 0) == std::string_view::npos) continue;
    std::size_t from = 0;
    while (from <= s.size()) {
      std::size_t at = FindCrumbSeparator(s, sep, from);
      if (at == std::string_view::npos) at = s.size();
      const std::string crumb = CollapseSpaces(s.substr(from, at - from));
      if (!crumb.empty()) crumbs.push_back(crumb);
      from = at + sep.size();
    }
    const bool home = StartsWithNoCase(crumbs.front(), "home");
    if (crumbs.size() <= 8 && (crumbs.size() >= 3 || (home && crumbs.size() >= 2))) return crumbs;
    crumbs.clear();
  }
  // "HOME News & Notice Press Releases": navigation phrases opening with Home.
  if (!StartsWithNoCase(s, "home") || !IsNavigation(s)) return {};
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t n = LongestPrefix(s.substr(i), NavigationPhrases());
    if (n == 0) break;
    crumbs.emplace_back(s.substr(i, n));
    i = SkipFurniture(s, i + n);
  }
  if (!crumbs.empty()) crumbs.front() = "Home";
  return crumbs.size() >= 2 ? crumbs : std::vector<std::string>{};
}

std::size_t ReleaseMarkerPrefix(std::string_view s) {
  const std::size_t n = LongestPrefix(s, "en/release_markers");
  if (n == 0) return 0;
  std::size_t i = n;
  i = SpacesEnd(s, i);
  if (i < s.size() && s[i] == ':') ++i;   // "Press Release:", "PRESS RELEASE :"
  i = SpacesEnd(s, i);
  return i;
}

std::size_t ReleaseMarkerInside(std::string_view s) {
  std::size_t best = std::string_view::npos;
  for (const std::string& m : PhrasesLongestFirst("en/release_markers")) {
    for (std::size_t at = FindNoCase(s, m); at != std::string_view::npos; at = FindNoCase(s, m, at + 1)) {
      if (at == 0 || SpaceAt(s, at - 1) == 0 || PhrasePrefix(s.substr(at), m) == 0) continue;
      if (WordCount(s.substr(0, at)) >= 3 && at < best) best = at;
      break;
    }
  }
  return best;
}

namespace {

// "Senator Murray Questions Defense Secretary on Fort Lewis": a lower-case word other than
// those that join an office's words ("Minister for the Environment and Heritage") tells a
// sentence or a headline from a byline.
bool HasProseWord(std::string_view s) {
  bool prose = false;
  ForEachWordWhile(s, [&prose](std::string_view w) {
    prose = IsLower(w[0]) && w != "of" && w != "for" && w != "the" && w != "and" && w != "to" && w != "on";
    return !prose;
  });
  return prose;
}

}  // namespace

bool IsBylineLine(std::string_view line) {
  const std::string_view s = AfterUsPrefix(line);
  if (EndsSentence(s) || LongestPrefix(s, "en/header_roles") == 0) return false;
  const std::size_t words = WordCount(s);
  if (words > 20) return false;
  if (words <= 5) return true;
  return (FindNoCase(s, "minister") != std::string_view::npos || FindNoCase(s, "secretary") != std::string_view::npos ||
          FindNoCase(s, "hon.") != std::string_view::npos) &&
         !HasProseWord(s);
}

bool IsOrganisationLine(std::string_view s) {
  if (EndsSentence(s) || LongestPrefix(s, "en/org_heads") == 0) return false;
  const std::size_t words = WordCount(s, 12);
  return words <= 12 && TitleCaseShareAtLeast(s, words, 0.8);
}

namespace {

// "Hon.", "Honourable": the form of address (lexicon en/honorifics) of a minister's letterhead.
bool IsHonourable(std::string_view w) {
  static const auto& honorifics = LexiconIndex("en/honorifics");
  const auto it = honorifics.find(AsciiLower(w));
  return it != honorifics.end() && it->second == "hon";
}

// "MP", "QC": post-nominals stand in capitals, which tells them from the words "mp", "md".
bool IsPostNominalWord(std::string_view w) {
  static const auto& post_nominals = LexiconIndex("en/post_nominals");
  return std::none_of(w.begin(), w.end(), IsLower) && post_nominals.count(AsciiLower(w)) > 0;
}

bool HasLowerCase(std::string_view s) { return std::any_of(s.begin(), s.end(), IsLower); }

}  // namespace

bool IsLetterheadLine(std::string_view s) {
  constexpr std::size_t kMaxNameWords = 4;
  // "The Hon." + a name + post-nominals: the rule reads no further than this.
  constexpr std::size_t kMaxWords = 2 + kMaxNameWords + 3;
  std::vector<std::string_view> words;
  words.reserve(kMaxWords);
  ForEachWordWhile(s, [&words](std::string_view w) {
    words.push_back(w);
    return words.size() < kMaxWords;
  });
  std::size_t i = 0;
  if (i < words.size() && words[i] == "The") ++i;
  const bool honourable = i < words.size() && IsHonourable(words[i]);
  if (honourable) ++i;
  const std::size_t name_from = i;
  while (i < words.size() && i - name_from < kMaxNameWords && IsUpper(words[i][0]) && !IsPostNominalWord(words[i])) {
    ++i;
  }
  if (i - name_from < 2 || i >= words.size() || !IsPostNominalWord(words[i])) return false;
  while (i < words.size() && IsPostNominalWord(words[i])) ++i;
  const std::size_t name_end = static_cast<std::size_t>(words[i - 1].data() - s.data()) + words[i - 1].size();
  const std::string_view rest = TrimView(s.substr(name_end));
  // A headline may open with a name: "Chris Bowen MP Announces ..." is no letterhead.
  return rest.empty() || (honourable && !HasLowerCase(rest));
}

std::size_t ListMarkerLength(std::string_view s) {
  // A line opening with a letter (most lines) opens with no marker, the letter 'o' alone aside.
  if (!s.empty() && IsAlpha(s[0]) && s[0] != 'o') return 0;
  std::size_t i = 0;
  if (i < s.size() && s[i] == '(') ++i;
  const std::size_t digits_from = i;
  while (i < s.size() && IsDigit(s[i]) && i - digits_from < 3) ++i;
  if (i > digits_from) {
    if (i >= s.size() || (s[i] != '.' && s[i] != ')')) return 0;
    ++i;
  } else {
    std::size_t end = s.find(' ');
    if (end == std::string_view::npos || !IsListMarkerToken(s.substr(0, end))) {
      // Markers that need no space after them.
      for (const std::string_view m : {"\u25B2", "\u25A1", "\u00B0", "\u2022"}) {
        if (s.substr(0, m.size()) == m) return m.size();
      }
      return 0;
    }
    i = end;
  }
  if (i >= s.size() || SpaceAt(s, i) == 0) return 0;
  i = SpacesEnd(s, i);
  return i;
}

bool IsNoteLine(std::string_view s) {
  if (s.empty()) return false;
  if (s.substr(0, 3) == "\u203B") return true;
  if (s[0] == '*') {
    std::size_t i = 0;
    while (i < s.size() && s[i] == '*') ++i;
    return i <= 3 && i < s.size();
  }
  return s.front() == '(' && s.back() == ')' && s.find(')') == s.size() - 1 && WordCount(s) >= 2;
}

std::string AboutName(std::string_view s) {
  if (s.size() < 7 || s.substr(0, 6) != "About " || !(IsUpper(s[6]) || static_cast<unsigned char>(s[6]) >= 0x80)) {
    return "";
  }
  if (IsNavigation(s)) return "";   // "About us"
  const std::string_view rest = s.substr(6);
  const std::size_t colon = rest.find(':');
  if (colon != std::string_view::npos && colon <= 60) return CollapseSpaces(rest.substr(0, colon));
  // Glued: "About IntelagenIntelagen (formerly ...", "About Keep A BreastThe Keep A Breast ..."
  for (std::size_t i = 1; i < rest.size() && i < 60; ++i) {
    if (!IsLower(rest[i - 1]) || !IsUpper(rest[i])) continue;
    const std::string_view name = rest.substr(0, i);
    const std::string_view after = rest.substr(i);
    if (after.substr(0, name.size()) == name || after.substr(0, 4) == "The " || after.substr(0, 2) == "A ") {
      return CollapseSpaces(name);
    }
  }
  // The tests below read twelve words and ask whether there are more than eight: thirteen
  // answer both as the whole list would.
  constexpr std::size_t kWordsRead = 13;
  const std::vector<std::string_view> w = FirstWords(rest, kWordsRead);
  for (std::size_t k = 1; k <= 6 && 2 * k <= w.size(); ++k) {
    if (std::equal(w.begin(), w.begin() + k, w.begin() + k)) {
      return CollapseSpaces(rest.substr(0, static_cast<std::size_t>(w[k - 1].data() + w[k - 1].size() - rest.data())));
    }
  }
  // "About Carrier Connect Data Solutions Inc.": a short title-cased name.
  const bool one_sentence = rest.find(". ") == std::string_view::npos;
  if (w.size() <= 8 && (!EndsSentence(rest) || (one_sentence && TitleCaseShare(rest) >= 0.8))) {
    return CollapseSpaces(rest);
  }
  return "";
}

namespace {

struct BoilerplatePhrase {
  const std::string* phrase;
  const std::string* kind;
};

// The phrases of en/boilerplate in lexicon order, split by lower-cased first byte: a line
// is compared only with the phrases that can begin it.
const std::array<std::vector<BoilerplatePhrase>, 256>& BoilerplateByFirstByte() {
  static const auto* const buckets = [] {
    auto* b = new std::array<std::vector<BoilerplatePhrase>, 256>();
    for (const LexiconEntry& e : Lexicon("en/boilerplate")) {
      for (std::size_t v = 1; v < e.variants.size(); ++v) {
        if (!e.variants[v].empty()) (*b)[FoldedByte(e.variants[v][0])].push_back({&e.variants[v], &e.canonical});
      }
    }
    return b;
  }();
  return *buckets;
}

// True when `s` holds `phrase` (lower case), case folded. Most body lines lack the phrase's
// trigrams, which spares searching them.
bool HoldsNoCase(std::string_view s, const LowerLine& lower, std::string_view phrase) {
  return lower.MayHold(phrase) && FindNoCase(s, phrase) != std::string_view::npos;
}

}  // namespace

std::string_view BoilerplateKind(std::string_view s) { return BoilerplateKind(s, LowerLine(s)); }

std::string_view BoilerplateKind(std::string_view s, const LowerLine& lower) {
  if (HoldsNoCase(s, lower, "appeared first on")) return "footer";
  // "* The Food and Drug Administration has not evaluated ...": a footnote's asterisk
  // opens the line, not its words.
  while (!s.empty() && (s[0] == '*' || s[0] == ' ')) s.remove_prefix(1);
  if (s.empty()) return "";
  for (const BoilerplatePhrase& p : BoilerplateByFirstByte()[FoldedByte(s[0])]) {
    const std::string& phrase = *p.phrase;
    if (BucketPrefix(s, phrase) == 0) continue;
    const std::size_t words = WordCount(s);
    if (*p.kind == "pointer" && (s.size() > 400 || SentenceCount(s) > 3)) return "";
    if ((phrase == "follow" || phrase == "visit" || phrase == "updated") && words > 12) return "";
    return *p.kind;
  }
  return "";
}

bool IsPointerLine(std::string_view s) { return IsPointerLine(s, LowerLine(s)); }

bool IsPointerLine(std::string_view s, const LowerLine& lower) {
  if (s.size() > 250) return false;
  // The cues are asked of the trigram filter first, all at once by the keys of their set:
  // most lines hold none, and need no search and no sentence count.
  static constexpr std::string_view kCues[] = {"http://", "https://", "www.", "can be found here", "click here"};
  static const PhraseSet cues(std::vector<std::string>(std::begin(kCues), std::end(kCues)));
  if (!lower.MayHoldAny(cues)) return false;
  for (const std::string_view cue : kCues) {
    if (HoldsNoCase(s, lower, cue)) return SentenceCount(s) <= 2;
  }
  return false;
}

namespace {

// TitleCaseShare's count of the words read so far.
struct TitleTally {
  int eligible = 0;
  int capital = 0;
  bool first = true;

  void Add(std::string_view w) {
    w = Bare(w);
    if (!HasLetter(w) && !(w.size() > 0 && IsDigit(w[0]))) return;
    const bool minor = !first && IsMinorWord(w);
    first = false;
    if (minor) return;
    ++eligible;
    const unsigned char c = static_cast<unsigned char>(w[0]);
    if (IsUpper(w[0]) || IsDigit(w[0]) || c >= 0x80 || w[0] == '$') ++capital;
  }

  double Share() const { return eligible == 0 ? 0.0 : static_cast<double>(capital) / eligible; }
};

}  // namespace

double TitleCaseShare(std::string_view s) {
  TitleTally tally;
  ForEachWord(s, [&tally](std::string_view w) { tally.Add(w); });
  return tally.Share();
}

bool TitleCaseShareAtLeast(std::string_view s, std::size_t words, double share) {
  if (words == 0) return TitleCaseShare(s) >= share;
  // At most `words` are eligible: once the share could not reach `share` even were every
  // word still to come a capital one, the line is settled. The margin keeps an exit off a
  // share that only rounding would tell from `share`.
  constexpr double kMargin = 1e-9;
  const double most = static_cast<double>(words);
  TitleTally tally;
  bool ruled_out = false;
  ForEachWordWhile(s, [&](std::string_view w) {
    tally.Add(w);
    ruled_out = (most - (tally.eligible - tally.capital)) / most < share - kMargin;
    return !ruled_out;
  });
  return !ruled_out && tally.Share() >= share;
}

bool IsHeadingLine(std::string_view s) {
  if (s.size() >= 2 && s.front() == '[' && s.back() == ']') return true;
  if (EndsSentence(s) || ListMarkerLength(s) > 0 || EndsWithSpeechVerb(s)) return false;
  // All capitals: letters, none of them lower case (prose stops at its first lower-case byte).
  if (std::none_of(s.begin(), s.end(), IsLower) && std::any_of(s.begin(), s.end(), IsAlpha)) return true;
  // The word count settles most lines; the title-case share is for the rest.
  const std::size_t words = WordCount(s, 25);
  if (s.back() == ':') return words <= 12 && TitleCaseShareAtLeast(s, words, 0.999);
  if (words <= 6) return true;
  return words <= 12 ? TitleCaseShareAtLeast(s, words, 0.8) : words <= 25 && TitleCaseShareAtLeast(s, words, 0.95);
}

bool IsDateLine(std::string_view s) { return IsDateLine(s, FindFullDate(s)); }

bool IsDateLine(std::string_view s, const std::optional<Span>& d) {
  if (!d || s.find('|') != std::string_view::npos) return false;
  if (d->start > 0 && s[d->start - 1] == '(') return false;   // "Press Briefing (June 30, 2022)")
  // More than five words around the date answer "no" below however many more there are: a
  // paragraph that holds a date is not read to its end.
  constexpr int kMaxWords = 5;
  int before = 0, after = 0;
  ForEachWordWhile(s.substr(0, d->start), [&before](std::string_view w) {
    before += HasLetter(w) && !IsWeekdayName(Bare(w.substr(0, w.find(','))));
    return before <= kMaxWords;
  });
  ForEachWordWhile(s.substr(d->end), [&](std::string_view w) {
    after += HasLetter(w) ? 1 : 0;
    return before + after <= kMaxWords;
  });
  // "August 16  2007 Schumer Urges Action On Toys" is a date glued to a headline.
  const std::size_t next = s.find_first_not_of(" ,", d->end);
  if (before == 0 && after >= 3 && next != std::string_view::npos && IsUpper(s[next])) return false;
  return before + after <= kMaxWords;
}

}  // namespace prextract::internal
