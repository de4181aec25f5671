// The publisher rules that read senators' names and country cues, and the word helpers
// publisher.cc shares with them.
#include "segment/publisher_cues.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
#include <emmintrin.h>
#endif

#include "lexicon/lexicon.h"
#include "segment/anchored_search.h"
#include "segment/date_scan.h"
#include "segment/line_rules.h"
#include "segment/publisher.h"
#include "segment/text_scan.h"

namespace prextract::internal {

bool WordBoundaries(std::string_view s, std::size_t at, std::size_t len) {
  return (at == 0 || !IsAlnum(s[at - 1])) && (at + len >= s.size() || !IsAlnum(s[at + len]));
}

// "Parliamentary", "Minister": where a name written before an office ends.
bool IsRoleWord(std::string_view w) {
  // The roles' first words, gathered once: every word of a senator's name is asked.
  static const std::vector<std::string_view> heads = [] {
    std::vector<std::string_view> first_words;
    for (const LexiconEntry& e : Lexicon("en/header_roles")) {
      const std::string_view head = std::string_view(e.canonical).substr(0, e.canonical.find(' '));
      if (head.size() > 3) first_words.push_back(head);
    }
    return first_words;
  }();
  const std::string lower = AsciiLower(w);
  return std::find(heads.begin(), heads.end(), lower) != heads.end();
}

// Appends `pending` (if any) and `word` to `out`, each after a space unless `out` is empty.
void AppendWords(std::string* out, std::string_view pending, std::string_view word) {
  for (const std::string_view part : {pending, word}) {
    if (part.empty()) continue;
    if (!out->empty()) out->push_back(' ');
    out->append(part);
  }
}

namespace {

// What opens a senator's name, singular cues first: "Sen  Lamar Alexander" is "Sen." with its
// period stripped, and "Senate Majority Leader Bill Frist" names him as "Senator" would. The
// plural cues ("Senators Bayh and Lugar") come last: a name after them is one of several.
struct SenatorCues {
  std::vector<std::string> all;
  std::size_t plain = 0;      // all[0, plain): "Senator ", "Sen. ", "Sen  "
  std::size_t singular = 0;   // all[plain, singular): the leaders' titles
};

// "Senator " and the name. Appended, not "Senator " + name: GCC 12 misreads that as an
// overlapping copy (-Wrestrict, bug 105329).
std::string Senator(std::string_view name) { return std::string("Senator ").append(name); }

const SenatorCues& Cues() {
  static const SenatorCues cues = [] {
    SenatorCues c;
    c.all = {"Senator ", "Sen. ", "Sen  "};
    c.plain = c.all.size();
    for (const LexiconEntry& e : Lexicon("en/senate_leaders")) c.all.push_back("Senate " + e.canonical + " ");
    c.singular = c.all.size();
    for (const char* plural : {"Senators ", "Sens. ", "Sens  "}) c.all.emplace_back(plural);
    return c;
  }();
  return cues;
}

// Every cue opens with "Sen": one search for that, instead of one search per cue.
constexpr std::string_view kCueStem = "Sen";

struct CueHit {
  std::size_t cue = 0;   // index into Cues().all
  std::size_t at = 0;    // offset of the cue in the text
};

// Where the first `count` cues stand in `s`, ordered as a search cue by cue would meet them:
// by cue, then by offset. Callers keep the first name found, so the order matters.
std::vector<CueHit> CueHits(std::string_view s, std::size_t count) {
  const std::vector<std::string>& cues = Cues().all;
  std::vector<CueHit> hits;
  for (std::size_t at = s.find(kCueStem); at != std::string_view::npos; at = s.find(kCueStem, at + 1)) {
    const std::string_view rest = s.substr(at);
    for (std::size_t c = 0; c < count; ++c) {
      if (rest.starts_with(cues[c])) hits.push_back({c, at});
    }
  }
  std::stable_sort(hits.begin(), hits.end(), [](const CueHit& a, const CueHit& b) { return a.cue < b.cue; });
  return hits;
}

// The senator's name after a cue at the start of `rest`: it ends at a comma, a possessive, a
// role word, a word in lower case, or punctuation stripped to a wide gap ("Senator Dick
// Durbin  D IL  today" lost its "(D-IL)").
std::string SenatorNameAt(std::string_view rest) {
  if (StartsWithNoCase(rest, "the Hon. ")) rest.remove_prefix(9);
  std::string name;
  int tokens = 0;
  std::size_t last_size = 0;
  const char* prev_end = rest.data();
  // Every word read either ends the name or is one of its at most four tokens: five words
  // decide it.
  constexpr std::size_t kWordsRead = 5;
  for (std::string_view w : FirstWords(rest, kWordsRead)) {
    // A gap of two or more spaces is stripped punctuation, except after an initial ("M  Kennedy").
    if (tokens > 0 && w.data() - prev_end >= 2 && last_size > 1) break;
    prev_end = w.data() + w.size();
    const bool comma = w.back() == ',';
    if (comma) w.remove_suffix(1);
    // "Baucus's", "Baucus’", and its mojibake "Baucusâ\u0080\u0099" end the name.
    const std::size_t cut = std::min({w.find('\''), w.find("\u2019"), w.find("\u00E2")});
    const bool possessive = cut != std::string_view::npos;
    if (possessive) w = w.substr(0, cut);
    if (w.empty() || !IsUpper(w[0]) || tokens == 4 || IsRoleWord(w) || IsWeekdayName(w)) break;
    if (tokens == 0 && w.size() == 1) return "";   // "Senator   R Colorado": a party tag, no name
    // "Senator Carl Levin News Release": the page's label follows the name.
    if (ReleaseMarkerPrefix(rest.substr(static_cast<std::size_t>(w.data() - rest.data()))) > 0) break;
    const bool sentence_end = w.size() > 2 && w.back() == '.';   // "Jim Talent. The bill"
    if (sentence_end) w.remove_suffix(1);
    AppendWords(&name, "", w);
    last_size = w.size();
    ++tokens;
    if (comma || possessive || sentence_end) break;
  }
  return tokens >= 2 ? name : "";
}

// Whether the words before offset `at` of `s`, back to the start of `s` or of a sentence, are
// all capitalised: "WASHINGTON  United States Senate Majority Leader ..." makes the leader the
// subject; "urging Senate Majority Leader Harry Reid to ..." addresses him.
bool OpensClause(std::string_view s, std::size_t at) {
  constexpr std::size_t kReach = 80;
  const std::size_t from = at > kReach ? at - kReach : 0;
  const std::size_t stop = s.rfind(". ", at);
  const std::size_t begin = stop == std::string_view::npos || stop < from ? from : stop + 2;
  if (begin == from && from > 0) return false;   // too far from any start to tell
  bool capitalised = true;
  ForEachWordWhile(s.substr(begin, at - begin), [&](std::string_view w) {
    capitalised = !IsAlpha(w[0]) || IsUpper(w[0]);
    return capitalised;
  });
  return capitalised;
}

}  // namespace

// The senator first named after "Senator" or "Sen.", cut to a later mention that is the
// start of it: a headline's capitals run on ("Senator Bob Corker Praises Passage"). A leader's
// title names the senator only as the subject of its clause.
std::string SenatorIn(std::string_view s) {
  std::string found;
  for (const CueHit& hit : CueHits(s, Cues().singular)) {
    if (hit.cue >= Cues().plain && !OpensClause(s, hit.at)) continue;
    const std::string name = SenatorNameAt(s.substr(hit.at + Cues().all[hit.cue].size(), 80));
    if (name.empty()) continue;
    if (found.empty()) found = name;
    else if (found.starts_with(name + " ")) found = name;
  }
  return found.empty() ? "" : Senator(found);
}

namespace {

// The lead bytes of U+A000..U+DFFF (Hangul syllables) in `s`, counted until `enough` (a
// count short of it is exact). Every release's whole text passes here: sixty-four bytes a
// step in byte-wide lanes (with SSE2), each lane summed before it can overflow.
std::size_t CountHangulLeads(std::string_view s, std::size_t enough) {
  std::size_t total = 0, from = 0;
#if defined(__SSE2__) && !defined(PREXTRACT_PORTABLE_SCAN)
  constexpr std::size_t kSteps = 63;   // a lane gains at most 4 a step: 252 at most
  // 0xEA..0xED, shifted by 0x80 - 0xEA, are the four least signed bytes, -128..-125.
  const __m128i shift = _mm_set1_epi8(static_cast<char>(0x80 - 0xEA));
  const __m128i above = _mm_set1_epi8(-124);
  const auto leads_at = [&](const char* p) {
    const __m128i v = _mm_add_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), shift);
    return _mm_cmplt_epi8(v, above);   // -1 in a lane holding a lead
  };
  while (from + 64 <= s.size() && total < enough) {
    __m128i counts = _mm_setzero_si128();
    for (std::size_t step = 0; step < kSteps && from + 64 <= s.size(); ++step, from += 64) {
      const char* const p = s.data() + from;
      const __m128i pair = _mm_add_epi8(leads_at(p), leads_at(p + 16));
      counts = _mm_sub_epi8(counts, _mm_add_epi8(pair, _mm_add_epi8(leads_at(p + 32), leads_at(p + 48))));
    }
    const __m128i sums = _mm_sad_epu8(counts, _mm_setzero_si128());
    total += static_cast<std::size_t>(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
  }
#endif
  constexpr std::size_t kBlock = 255;
  for (; from < s.size() && total < enough; from += kBlock) {
    std::uint8_t count = 0;
    for (const char c : s.substr(from, kBlock)) {
      count += static_cast<std::uint8_t>(static_cast<unsigned char>(c) - 0xEAu) < 4;   // 0xEA..0xED
    }
    total += count;
  }
  return total;
}

// The country cues' phrases, each sought in the whole text of every release and most in
// vain: all in one pass, each by its rarest byte ("Republic of Korea" by its 'K').
struct CountryCues {
  std::vector<std::string_view> countries;   // of each phrase, in lexicon order
  AnchoredPhrases phrases{{}};
};

const CountryCues& AllCountryCues() {
  static const CountryCues cues = [] {
    CountryCues c;
    std::vector<std::string_view> phrases;
    for (const LexiconEntry& e : Lexicon("en/country_cues")) {
      for (std::size_t v = 1; v < e.variants.size(); ++v) {
        c.countries.push_back(e.canonical);
        phrases.push_back(e.variants[v]);
      }
    }
    c.phrases = AnchoredPhrases(std::move(phrases));
    return c;
  }();
  return cues;
}

}  // namespace

std::string CountryFromCues(std::string_view text) {
  // Hangul lead bytes before the last two bytes (a syllable takes three).
  constexpr std::size_t kHangulLeads = 4;
  const std::string_view leads = text.substr(0, text.size() > 2 ? text.size() - 2 : 0);
  if (CountHangulLeads(leads, kHangulLeads) >= kHangulLeads) return "KR";
  const CountryCues& cues = AllCountryCues();
  const std::size_t first = cues.phrases.FirstIn(text);
  return first == std::string_view::npos ? "" : std::string(cues.countries[first]);
}
bool NamedTwice(std::string_view text, std::string_view word) {
  int seen = 0;
  for (std::size_t at = text.find(word); at != std::string_view::npos && seen < 2;
       at = text.find(word, at + 1)) {
    if (WordBoundaries(text, at, word.size())) ++seen;
  }
  return seen >= 2;
}

// "Statement of Senator Hillary Rodham Clinton Regarding ...", "Senator Allard Secures 4 6
// Million": a title's capitals run on past the name, so the name keeps only its first words
// that the text names again, and at least two of them.
std::string SenatorOfTitle(const std::string& title, std::string_view text) {
  const std::string name = SenatorIn(title);
  if (name.empty()) return "";
  std::string kept = "Senator";
  int words = 0;
  for (const std::string_view w : Words(std::string_view(name).substr(8))) {
    if (!NamedTwice(text, w)) break;
    kept.append(" ").append(w);
    ++words;
  }
  return words >= 2 ? kept : "";
}

bool NamesSenator(std::string_view s) { return !CueHits(s, Cues().all.size()).empty(); }

// The senator named in `text` whose name ends in `surname` ("Senator Lamar Alexander"), or
// "Senator Allard" when the text names none in full.
std::string SenatorBySurname(std::string_view text, std::string_view surname) {
  if (surname.find(' ') != std::string_view::npos) return "";
  bool named = false;
  for (const CueHit& hit : CueHits(text, Cues().all.size())) {
    const std::string_view rest = text.substr(hit.at + Cues().all[hit.cue].size(), 80);
    named = named || (rest.starts_with(surname) && WordBoundaries(rest, 0, surname.size()));
    const std::string name = SenatorNameAt(rest);
    if (name.size() > surname.size() && name.ends_with(surname) && name[name.size() - surname.size() - 1] == ' ') {
      return Senator(name);
    }
  }
  return named ? Senator(surname) : "";
}

}  // namespace prextract::internal
