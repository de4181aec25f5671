#include "segment/publisher.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "lexicon/string_table.h"
#include "segment/date_scan.h"
#include "segment/line_rules.h"
#include "segment/stripped_rules.h"
#include "segment/publisher_cues.h"
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

// One trigram filter per thread, Reset for each text asked about (a fresh filter cleared
// its 4 KB table for every paragraph). It serves one text at a time.
TrigramFilter& ReusedFilter() {
  thread_local TrigramFilter filter{std::string_view()};
  return filter;
}

// The trigram filter of `s` (ReusedFilter), valid until the next call.
const TrigramFilter& FilterOf(std::string_view s) {
  TrigramFilter& filter = ReusedFilter();
  filter.Reset(s);
  return filter;
}

// The release's country by its cues (CountryFromCues), worked out when first asked: it
// scans the whole text for each cue, and a third of releases name no publisher (or one
// whose entry settles the country) without any rule asking for it.
class LazyCountry {
 public:
  explicit LazyCountry(std::string_view text) : text_(text) {}
  const std::string& Get() {
    if (!value_) value_ = CountryFromCues(text_);
    return *value_;
  }

 private:
  std::string_view text_;
  std::optional<std::string> value_;
};

// Where variant `v` is first named in `s` on word boundaries before offset `best`, or npos.
std::size_t NamedBefore(std::string_view s, const TrigramFilter& filter, std::string_view v, std::size_t best) {
  if (v.size() < 3 || !filter.MayContain(v)) return std::string_view::npos;
  for (std::size_t at = s.find(v); at != std::string_view::npos && at < best; at = s.find(v, at + 1)) {
    if (WordBoundaries(s, at, v.size())) return at;
  }
  return std::string_view::npos;
}

// The earliest publisher variant named in `s` (of the context's country when known). An
// entry of another country is skipped whole; the country is asked only of an entry with
// a country of its own that would otherwise win.
std::string KnownIn(std::string_view s, LazyCountry* country) {
  const Publishers& all = AllPublishers();
  // Searching `s` for each of the variants stopped at every capital they start with; the
  // filter of its trigrams rules nearly all of them out first.
  const TrigramFilter& filter = FilterOf(s);
  std::size_t best = std::string_view::npos;
  std::string found;
  for (std::size_t e = 0; e < all.known.size(); ++e) {
    const Known& k = all.known[e];
    bool checked = k.country.empty();
    for (const std::string& v : all.names[e]) {
      const std::size_t at = NamedBefore(s, filter, v, best);
      if (at == std::string_view::npos) continue;
      if (!checked) {
        const std::string& c = country->Get();
        if (!c.empty() && k.country != c) break;
        checked = true;
      }
      best = at;
      found = v;
    }
  }
  return found;
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

// `line` as written: the wide gap of a stripped bracket ends a senator's name ("U S  Senator
// Blanche Lincoln  D Ark").
std::string BylineName(std::string_view line) {
  if (StartsWithNoCase(AfterUsPrefix(line), "senator")) return SenatorIn(line);
  const std::string collapsed = CollapseSpaces(line);
  const std::string_view b = collapsed;
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

// The org_heads lower-cased, in lexicon order (index k is entry k's canonical form).
const std::vector<std::string>& LowerHeads() {
  static const std::vector<std::string> lower = [] {
    std::vector<std::string> heads;
    for (const LexiconEntry& e : Lexicon("en/org_heads")) heads.push_back(AsciiLower(e.canonical));
    return heads;
  }();
  return lower;
}

// A body is named by one of the org_heads ("Ministry", "Department" ...) or through
// "Minister ... of": a line with neither needs no search for each head.
bool MayNameGovernmentBody(std::string_view s, const LowerLine& lower) {
  // The heads as a set: a paragraph lacking the keys its heads share rules them all out.
  static const PhraseSet heads(LowerHeads());
  if (s.find("Minister ") != std::string_view::npos) return true;
  return lower.MayHoldAny(heads);
}

}  // namespace

std::string GovernmentBodyIn(std::string_view s) {
  const LowerLine lower(s, {}, &ReusedFilter());
  if (!MayNameGovernmentBody(s, lower)) return "";
  std::size_t best = std::string_view::npos;
  std::string found;
  const std::vector<LexiconEntry>& entries = Lexicon("en/org_heads");
  const std::vector<std::string>& lower_heads = LowerHeads();
  for (std::size_t k = 0; k < entries.size(); ++k) {
    const std::string& head = entries[k].canonical;
    // A paragraph that passed the set's keys still lacks most heads: their trigrams tell,
    // where a search for one would stop at every "a" or "o" that opens a word.
    if (!lower.MayHold(lower_heads[k])) continue;
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
std::string NameFromClues(const PublisherClues& c, LazyCountry* country) {
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
  LazyCountry country(c.text);
  const std::string name = NameFromClues(c, &country);
  if (name.empty() || OnlyStopwords(name)) return std::nullopt;
  Publisher p{name, "", ""};
  const std::optional<Known> k = LookUp(name);
  if (k) {
    if (!StartsWithOrgHead(name)) p.name = k->name;
    p.acronym = k->acronym;
  }
  p.country = k && !k->country.empty() ? k->country : country.Get();
  return p;
}

}  // namespace prextract::internal
