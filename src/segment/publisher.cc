#include "segment/publisher.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "lexicon/string_table.h"
#include "segment/anchored_search.h"
#include "segment/date_scan.h"
#include "segment/line_rules.h"
#include "segment/text_scan.h"
#include "segment/trigram_filter.h"

namespace prextract::internal {
namespace {

// A signature line naming the issuing body is short.
constexpr std::size_t kSignatureWords = 14;

struct Known {
  std::string name, acronym, country;
};

// A lexicon entry reads "canonical|@CC|ACRONYM or -|variant...".
Known FromEntry(const LexiconEntry& e) {
  Known k{e.canonical, "", ""};
  if (e.variants.size() > 1 && e.variants[1].size() == 3 && e.variants[1][0] == '@') k.country = e.variants[1].substr(1);
  if (e.variants.size() > 1 && e.variants[1] == "@") k.country = "";
  if (e.variants.size() > 2 && e.variants[2] != "-") k.acronym = e.variants[2];
  return k;
}

bool IsNameVariant(const std::string& v) { return !v.empty() && v[0] != '@' && v != "-"; }

// The publishers lexicon read once (it was re-read for every release): each entry's
// details with the names it goes by, and every name lower-cased to the first entry using it.
struct Publishers {
  std::vector<Known> known;                 // by entry
  std::vector<std::vector<std::string>> names;   // by entry, as written
  StringMap<std::size_t> by_lower_name;
};

const Publishers& AllPublishers() {
  static const Publishers* const all = [] {
    auto* p = new Publishers();
    for (const LexiconEntry& e : Lexicon("en/publishers")) {
      p->known.push_back(FromEntry(e));
      std::vector<std::string>& names = p->names.emplace_back();
      for (const std::string& v : e.variants) {
        if (!IsNameVariant(v)) continue;
        names.push_back(v);
        p->by_lower_name.emplace(AsciiLower(v), p->known.size() - 1);
      }
    }
    return p;
  }();
  return *all;
}

std::optional<Known> LookUp(std::string_view name) {
  const Publishers& all = AllPublishers();
  const auto it = all.by_lower_name.find(AsciiLower(CollapseSpaces(name)));
  if (it == all.by_lower_name.end()) return std::nullopt;
  return all.known[it->second];
}

bool WordBoundaries(std::string_view s, std::size_t at, std::size_t len) {
  return (at == 0 || !IsAlnum(s[at - 1])) && (at + len >= s.size() || !IsAlnum(s[at + len]));
}

// The earliest publisher variant named in `s` (of the context's country when known).
std::string KnownIn(std::string_view s, std::string_view country) {
  const Publishers& all = AllPublishers();
  // Searching `s` for each of the variants stopped at every capital they start with; the
  // filter of its trigrams rules nearly all of them out first.
  const TrigramFilter filter(s);
  std::size_t best = std::string_view::npos;
  std::string found;
  for (std::size_t e = 0; e < all.known.size(); ++e) {
    const Known& k = all.known[e];
    if (!country.empty() && !k.country.empty() && k.country != country) continue;
    for (const std::string& v : all.names[e]) {
      if (v.size() < 3 || !filter.MayContain(v)) continue;
      for (std::size_t at = s.find(v); at != std::string_view::npos && at < best; at = s.find(v, at + 1)) {
        if (WordBoundaries(s, at, v.size())) {
          best = at;
          found = v;
          break;
        }
      }
    }
  }
  return found;
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

bool IsMinor(std::string_view w) {
  static const auto& minor = LexiconIndex("en/title_minor_words");
  return minor.count(AsciiLower(w)) > 0;
}

bool IsLegalSuffix(std::string_view w) {
  while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
  static const auto& suffixes = LexiconIndex("en/legal_suffixes");
  return !w.empty() && suffixes.count(AsciiLower(w)) > 0;
}

bool Capitalised(std::string_view w) {
  if (w.empty()) return false;
  if (static_cast<unsigned char>(w[0]) < 0x80) return IsUpper(w[0]) || IsDigit(w[0]);
  std::size_t n = 1;
  const char32_t cp = DecodeAt(w, 0, &n);
  return cp >= 0xC0 && cp < 0x2000;   // a letter, not a dash or quote
}

// After a comma inside a name: a list of capitalised words closed by "and X" goes on
// ("Land, Transport and Maritime Affairs"); anything else ends the name.
bool CommaListContinues(const std::vector<std::string_view>& words, std::size_t next) {
  for (std::size_t k = next; k < words.size() && k < next + 8; ++k) {
    if ((words[k] == "and" || words[k] == "&") && k + 1 < words.size()) return Capitalised(words[k + 1]);
    if (!Capitalised(words[k]) || words[k].back() == '.' || words[k].find('(') != std::string_view::npos) return false;
  }
  return false;
}

// Word `w` of `s` opens a full date ("27 May 2025", "May 27, 2025").
bool StartsDate(std::string_view s, std::string_view w) {
  const std::optional<Span> d = FindFullDate(s.substr(static_cast<std::size_t>(w.data() - s.data())));
  return d && d->start == 0;
}

// Appends `pending` (if any) and `word` to `out`, each after a space unless `out` is empty.
void AppendWords(std::string* out, std::string_view pending, std::string_view word) {
  for (const std::string_view part : {pending, word}) {
    if (part.empty()) continue;
    if (!out->empty()) out->push_back(' ');
    out->append(part);
  }
}

// "of Science and ICT(MSIT, ..." -> "Science and ICT": title words up to a lower-case word.
std::string TitleRun(std::string_view s) {
  std::string out;
  std::string pending;
  const std::vector<std::string_view> words = Words(s);
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::string_view w = words[k];
    const bool list_comma = !w.empty() && w.back() == ',' && w.find('(') == std::string_view::npos &&
                            Capitalised(w) && CommaListContinues(words, k + 1);
    if (list_comma) w.remove_suffix(1);
    bool stop = false;
    if (const std::size_t p = w.find('('); p != std::string_view::npos) {
      w = w.substr(0, p);
      stop = true;
    }
    const bool comma = !w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ';' || w.back() == ':' ||
                                      w.back() == ')' || w.back() == ']');
    if (comma) w.remove_suffix(1);
    if (w.empty()) break;
    if (list_comma) {
      AppendWords(&out, pending, w);
      out += ',';
      pending.clear();
      continue;
    }
    if ((IsMinor(w) || w == "&") && !out.empty()) {
      AppendWords(&pending, "", w);
    } else if (!pending.empty() && StartsDate(s, w)) {
      break;   // "issued by the Department of Science on 27 May 2025": the name ends before "on"
    } else if (Capitalised(w)) {
      AppendWords(&out, pending, w);
      pending.clear();
    } else {
      break;
    }
    if (stop || comma) break;
  }
  return out;
}

std::string WorksOf(std::string_view line) {
  const std::size_t at = FindNoCase(line, "works of ");
  if (at == std::string_view::npos) return "";
  std::string_view rest = line.substr(at + 9);
  if (StartsWithNoCase(rest, "the ")) rest.remove_prefix(4);
  return TitleRun(rest);
}

// "Ministry of Foreign Affairs REPUBLIC OF KOREA" -> "Ministry of Foreign Affairs".
std::string CleanOrganisation(std::string_view line) {
  std::vector<std::string_view> words = Words(line);
  while (words.size() > 2) {
    bool caps = words.back().size() >= 2;
    for (const char c : words.back()) caps = caps && !IsLower(c);
    if (!caps) break;
    words.pop_back();
  }
  if (words.empty()) return "";
  return CollapseSpaces(line.substr(0, static_cast<std::size_t>(words.back().data() + words.back().size() - line.data())));
}

std::string BylineName(std::string_view b) {
  if (StartsWithNoCase(b, "senator")) return SenatorIn(b);
  if (StartsWithNoCase(b, "by ")) {
    const std::size_t comma = b.rfind(',');
    return comma == std::string_view::npos ? "" : TitleRun(b.substr(comma + 1));
  }
  if (!StartsWithNoCase(b, "minister for") && !StartsWithNoCase(b, "parliamentary secretary")) return "";
  // "Minister for Immigration and Citizenship, Senator Chris Evans": the office alone.
  std::string_view office = b.substr(0, b.find(" Senator"));
  while (!office.empty() && (office.back() == ',' || office.back() == ' ')) office.remove_suffix(1);
  return CollapseSpaces(office);
}

std::string AcronymIn(std::string_view s) {
  for (std::string_view w : Words(s)) {
    while (!w.empty() && !IsAlpha(w.back())) w.remove_suffix(1);
    while (!w.empty() && !IsAlpha(w.front())) w.remove_prefix(1);
    bool caps = w.size() >= 2 && w.size() <= 8;
    for (const char c : w) caps = caps && IsUpper(c);
    if (caps && LookUp(w)) return std::string(w);
  }
  return "";
}

bool StartsWithOrgHead(std::string_view name) {
  for (const LexiconEntry& e : Lexicon("en/org_heads")) {
    if (PhrasePrefix(name, e.canonical)) return true;
  }
  return false;
}

// The name without a closing legal form ("Hybrid Power Solutions Inc." -> "... Solutions").
std::string_view Stem(std::string_view name) {
  const std::vector<std::string_view> w = Words(name);
  if (w.size() < 2 || !IsLegalSuffix(w.back())) return name;
  std::string_view rest = name.substr(0, static_cast<std::size_t>(w.back().data() - name.data()));
  rest = TrimView(rest);
  while (!rest.empty() && rest.back() == ',') rest.remove_suffix(1);
  return rest;
}

// Whether the title names `name` (without its legal form) as whole words: "A", the first
// word of "A new chapter begins", is not named by the "a" inside "Announces".
bool AppearsIn(std::string_view name, std::string_view title) {
  const std::string_view stem = Stem(name);
  if (stem.empty()) return false;
  for (std::size_t at = FindNoCase(title, stem); at != std::string_view::npos; at = FindNoCase(title, stem, at + 1)) {
    if (WordBoundaries(title, at, stem.size())) return true;
  }
  return false;
}

// "Acme (NASDAQ: ACME), a ...", "Acme (ACME) today announced": what follows a company's
// parenthesis; "Information and Communications Technology (ICT) remains key" names a field.
bool ActsAfterParenthesis(std::string_view after) {
  static const auto& verbs = LexiconIndex("en/headline_verbs");
  const std::size_t close = after.find(')');
  if (close == std::string_view::npos) return false;
  after = TrimView(after.substr(close + 1));
  if (after.starts_with(",")) return true;
  std::string_view next = after.substr(0, after.find(' '));
  return next == "today" || next == "has" || next == "is" || verbs.count(AsciiLower(next)) > 0;
}

// Rule "wire subject": the name opening a wire release's first sentence is the issuer
// when the sentence introduces it ("Acme Inc., a leader in ...", "Acme (NYSE: X)").
bool IntroducesCompany(std::string_view paragraph, std::string_view name) {
  if (name.empty()) return false;
  const std::size_t at = paragraph.find(name.substr(0, name.find(' ')));
  if (at == std::string_view::npos) return false;
  const std::vector<std::string_view> w = Words(name);
  if (IsLegalSuffix(w.back())) return true;
  const std::size_t end = paragraph.find(w.back(), at);
  if (end == std::string_view::npos) return false;
  std::string_view after = paragraph.substr(end + w.back().size());
  for (const std::string_view cue : {", a ", ", an ", ", the ", ", Inc", " is ", " has "}) {
    if (after.substr(0, cue.size()) == cue) return true;
  }
  return after.starts_with(" (") && ActsAfterParenthesis(after);
}

}  // namespace

std::string LeadingName(std::string_view s) {
  // A name stops within its first few words: the rest of the paragraph is not split.
  WordsOnDemand words(s.substr(0, 200));
  std::size_t k = 0;
  if (words.Has(0) && (words[0] == "Today," || words[0] == "Today")) ++k;
  const std::size_t first = k;
  std::size_t last = std::string_view::npos;
  for (; words.Has(k); ++k) {
    std::string_view w = words[k];
    if (w.front() == '(' || w.front() == '"' || w.find("\u201C") == 0) break;
    const bool comma = w.back() == ',';
    const bool suffix = k > first && IsLegalSuffix(w);
    const bool next_cap = words.Has(k + 1) && Capitalised(words[k + 1]);
    const bool ok = suffix || Capitalised(w) || w == "&" || (k > first && IsMinor(w) && next_cap) ||
                    (k == first && next_cap && IsAlpha(w[0]));
    if (!ok) break;
    last = k;
    if (comma && !(words.Has(k + 1) && IsLegalSuffix(words[k + 1]))) break;
  }
  if (last == std::string_view::npos) return "";
  while (last > first && (IsMinor(words[last]) || words[last] == "&")) --last;
  std::string_view end_word = words[last];
  if (end_word.back() == ',') end_word.remove_suffix(1);
  const std::size_t from = static_cast<std::size_t>(words[first].data() - s.data());
  const std::size_t to = static_cast<std::size_t>(end_word.data() + end_word.size() - s.data());
  return CollapseSpaces(s.substr(from, to - from));
}

namespace {

// A body is named by one of the org_heads ("Ministry", "Department" ...) or through
// "Minister ... of": a line with neither needs no search for each head.
bool MayNameGovernmentBody(std::string_view s) {
  static const std::vector<std::string> heads = [] {
    std::vector<std::string> lower;
    for (const LexiconEntry& e : Lexicon("en/org_heads")) lower.push_back(AsciiLower(e.canonical));
    return lower;
  }();
  if (s.find("Minister ") != std::string_view::npos) return true;
  const std::string lower = AsciiLower(s);
  return MayHoldAny(lower, TrigramFilter(lower), heads);
}

}  // namespace

std::string GovernmentBodyIn(std::string_view s) {
  if (!MayNameGovernmentBody(s)) return "";
  std::size_t best = std::string_view::npos;
  std::string found;
  for (const LexiconEntry& e : Lexicon("en/org_heads")) {
    const std::string& head = e.canonical;
    for (std::size_t at = FindNoCase(s, head); at != std::string_view::npos && at < best;
         at = FindNoCase(s, head, at + 1)) {
      if (!IsUpper(s[at]) || !WordBoundaries(s, at, head.size())) continue;
      const std::string run = TitleRun(s.substr(at + head.size()));
      if (run.empty()) continue;
      best = at;
      found = std::string(s.substr(at, head.size())) + " " + run;
      break;
    }
  }
  // "Minister You Youngmin of Science and ICT": the ministry the minister heads.
  for (std::size_t at = s.find("Minister "); at != std::string_view::npos && at < best; at = s.find("Minister ", at + 1)) {
    const std::vector<std::string_view> w = Words(s.substr(at + 9, 80));
    std::size_t k = 0;
    while (k < w.size() && k < 3 && Capitalised(w[k]) && w[k].back() != ',') ++k;
    if (k == 0 || k >= w.size() || w[k] != "of") continue;
    const std::string run = TitleRun(s.substr(static_cast<std::size_t>(w[k].data() - s.data()) + 3));
    if (run.empty()) continue;
    best = at;
    found = std::string("Ministry of ").append(run);
  }
  if (StartsWithNoCase(found, "the ")) found.erase(0, 4);
  return found;
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

// The lead bytes of U+A000..U+DFFF (Hangul syllables) in `s`, counted until `enough`. Every
// release's whole text passes here: a byte-wide counter per block of 255 bytes lets the
// compiler count sixteen bytes per instruction, where a 64-bit count took several.
std::size_t CountHangulLeads(std::string_view s, std::size_t enough) {
  constexpr std::size_t kBlock = 255;
  std::size_t total = 0;
  for (std::size_t from = 0; from < s.size() && total < enough; from += kBlock) {
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

namespace {

// Whether `word` stands as a whole word at least twice in `text` (in the title and again).
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

// Words in a ticker's or an acronym's parentheses from w[k] ("(NYSE:" "QBTS)",
// "(OTC:AABB)", "(EGRA)"), or 0.
std::size_t TickerWords(const std::vector<std::string_view>& w, std::size_t k) {
  constexpr std::size_t kMaxTickerWords = 3;   // "(NYSE American: OPHC)"
  if (w[k].size() < 2 || w[k][0] != '(' || !IsUpper(w[k][1])) return 0;
  if (w[k].back() == ')' && std::all_of(w[k].begin() + 1, w[k].end() - 1, IsUpper)) return 1;
  bool colon = false;
  for (std::size_t j = k; j < w.size() && j < k + kMaxTickerWords; ++j) {
    colon = colon || w[j].find(':') != std::string_view::npos;
    if (w[j].back() == ')') return colon ? j + 1 - k : 0;
  }
  return 0;
}

// "Meticap Announces Clinic Customization Options", "Clene (NASDAQ: CLNN) Announces ...":
// the capitalised words before a headline verb (and the ticker after them), when the text
// names them again.
std::string HeadlineSubject(const std::string& title, std::string_view text) {
  constexpr std::size_t kMaxWords = 5;
  static const auto& verbs = LexiconIndex("en/headline_verbs");
  const auto is_verb = [](std::string_view word) { return verbs.count(AsciiLower(word)) > 0; };
  const std::vector<std::string_view> w = Words(title);
  std::size_t end = 0;   // the subject is w[0, end)
  while (end < w.size() && end < kMaxWords && (end == 0 || !is_verb(w[end])) && TickerWords(w, end) == 0) {
    if (!Capitalised(w[end])) return "";
    ++end;
  }
  if (end == 0 || end >= w.size()) return "";
  const std::size_t verb = end + TickerWords(w, end);
  if (verb >= w.size() || !is_verb(w[verb])) return "";
  const std::size_t from = static_cast<std::size_t>(w[0].data() - title.data());
  const std::size_t to = static_cast<std::size_t>(w[end - 1].data() + w[end - 1].size() - title.data());
  const std::string name = CollapseSpaces(std::string_view(title).substr(from, to - from));
  // "9 Signs a Cooling System May Not be Functioning": a count, not a name.
  if (std::none_of(name.begin(), name.end(), IsAlpha) || !NamedTwice(text, name)) return "";
  // "Alexander Introduces National Park Centennial Act": a senator's office names its
  // senator by surname.
  if (std::string senator = SenatorBySurname(text, name); !senator.empty()) return senator;
  return name;
}

// "In a city that never sleeps, ...", "It Takes ...": a clue that caught only words that
// never name anyone.
bool OnlyStopwords(std::string_view name) {
  static const auto& stopwords = LexiconIndex("en/name_stopwords");
  bool only = true;
  ForEachWordWhile(name, [&](std::string_view w) {
    only = stopwords.count(AsciiLower(w)) > 0;
    return only;
  });
  return only;
}

// The issuer's name from the first clue that yields one, in order of trust. Each clue is
// looked at only when all before it came up empty: the later ones search whole paragraphs.
std::string NameFromClues(const PublisherClues& c, const std::string& country) {
  for (const Span& s : c.licence_lines) {
    if (std::string n = WorksOf(View(c.text, s)); !n.empty()) return n;
  }
  if (std::string n = CleanOrganisation(c.organisation); !n.empty()) return n;
  for (const std::string& b : c.bylines) {
    if (std::string n = BylineName(b); !n.empty()) return n;
  }
  // Signatures and contact lines: "... of the Ministry of X", "... Relations of MOFAT".
  for (const Span& s : c.furniture_lines) {
    const std::string_view line = View(c.text, s);
    if (WordCount(line, kSignatureWords) <= kSignatureWords || FindNoCase(line, "contact") != std::string_view::npos) {
      if (std::string n = GovernmentBodyIn(line); !n.empty()) return n;
    }
    if (std::string n = AcronymIn(line); !n.empty()) return n;
  }
  std::string subject =
      c.dateline_bytes > 0 && !c.lead_paragraphs.empty()
          ? LeadingName(View(c.text, c.lead_paragraphs[0]).substr(c.dateline_bytes))
          : std::string();
  if (OnlyStopwords(subject)) subject.clear();   // "In a groundbreaking move, ..." names no one
  if (AppearsIn(subject, c.title)) return subject;
  for (const std::string& a : c.about_names) {
    if (AppearsIn(a, c.title)) return a;
  }
  if (IntroducesCompany(View(c.text, c.lead_paragraphs.empty() ? Span{} : c.lead_paragraphs[0]), subject)) {
    return subject;
  }
  for (const std::vector<Span>* lines : {&c.lead_paragraphs, &c.subtitles}) {
    for (const Span& s : *lines) {
      if (std::string n = SenatorIn(View(c.text, s)); !n.empty()) return n;
    }
  }
  if (std::string n = SenatorOfTitle(c.title, c.text); !n.empty()) return n;
  if (!c.about_names.empty() && !c.about_names.front().empty()) return c.about_names.front();
  if (std::string n = HeadlineSubject(c.title, c.text); !n.empty()) return n;
  // "Expanding the Horizon: DefiQuant Adds More Cryptocurrencies": the subject after a kicker.
  if (const std::size_t colon = c.title.find(": "); colon != std::string::npos) {
    if (std::string n = HeadlineSubject(c.title.substr(colon + 2), c.text); !n.empty()) return n;
  }
  // A senator's office writes about departments it does not speak for: "U S  Senator   R
  // Colorado  met Thursday with ... the U S  Department of Defense".
  for (const Span& s : c.lead_paragraphs) {
    if (NamesSenator(View(c.text, s))) return "";
  }
  if (std::string n = KnownIn(c.title, country); !n.empty()) return n;
  for (const Span& s : c.lead_paragraphs) {
    if (std::string n = KnownIn(View(c.text, s), country); !n.empty()) return n;
  }
  for (const Span& s : c.lead_paragraphs) {
    if (std::string n = GovernmentBodyIn(View(c.text, s)); !n.empty()) return n;
  }
  return "";
}

}  // namespace

std::optional<Publisher> FindPublisher(const PublisherClues& c) {
  const std::string country = CountryFromCues(c.text);
  const std::string name = NameFromClues(c, country);
  if (name.empty() || OnlyStopwords(name)) return std::nullopt;
  Publisher p{name, "", country};
  if (const std::optional<Known> k = LookUp(name)) {
    if (!StartsWithOrgHead(name)) p.name = k->name;
    p.acronym = k->acronym;
    if (!k->country.empty()) p.country = k->country;
  }
  return p;
}

}  // namespace prextract::internal
