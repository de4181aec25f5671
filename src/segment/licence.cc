// DetectLicence and LicenceRank: licence and copyright notices -> CONTRACT.md ids.
// Cue phrases live in data/lexicons/en/licences.txt, display names in licence_names.txt;
// this file only reads the structured parts (KOGL type, OGL version, CC elements and
// version, "©" / "Copyright 2024").
#include <algorithm>
#include <array>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "lexicon/lexicon.h"
#include "segment/furniture.h"
#include "segment/furniture_scan.h"
#include "segment/trigram_filter.h"

namespace prextract::internal {
namespace {

constexpr std::string_view kLexicon = "en/licences";
constexpr std::string_view kNames = "en/licence_names";
constexpr std::string_view kCopyrightSign = "\xC2\xA9";  // ©

// Licence ids the lexicon names directly, and the CC element keys in SPDX order.
constexpr std::array<std::string_view, 4> kFixedIds = {"CC0-1.0", "US-PD", "attribution", "proprietary"};
constexpr std::array<std::string_view, 4> kCcElements = {"cc_by", "cc_nc", "cc_nd", "cc_sa"};

struct Found {
  std::string id;
  std::size_t start = 0;  // the cue, relative to the scanned text
  std::size_t end = 0;
  std::string name;  // composed names (Creative Commons); else from the lexicon
};

std::string NameOf(std::string_view id) {
  for (const LexiconEntry& e : Lexicon(kNames)) {
    if (e.canonical == id && e.variants.size() > 1) return e.variants[1];
  }
  return std::string(id);
}

// Offset of the first of `variants` (a category's) in `lower` (a part of `line`), with its length.
std::pair<std::size_t, std::size_t> FindCue(const LowerLine& line, std::string_view lower,
                                            const std::vector<std::string>& variants) {
  std::pair<std::size_t, std::size_t> best = {std::string_view::npos, 0};
  for (const std::string& v : variants) {
    const std::size_t at = FindWordIn(line, lower, v);
    if (at < best.first) best = {at, v.size()};
  }
  return best;
}

// The same for a category's cues: the lines that hold some notice cue mostly hold none of a
// given category's, which its set tells for all its variants at once.
std::pair<std::size_t, std::size_t> FindCue(const LowerLine& line, std::string_view lower, const CategoryCues& cues) {
  if (!line.MayHoldAny(cues.set)) return {std::string_view::npos, 0};
  return FindCue(line, lower, cues.variants);
}

std::size_t SkipFiller(std::string_view s, std::size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == ':' || s[i] == '-' || s[i] == '"' || s[i] == '(')) ++i;
  return i;
}

// "type 1", "type: 2", "제1유형"... after `from`; 0 when none.
int KoglType(const LowerLine& line, std::string_view lower, std::size_t from) {
  for (std::size_t at = FindWord(lower, "type", from); at != std::string_view::npos;
       at = FindWord(lower, "type", at + 1)) {
    const std::size_t i = SkipFiller(lower, at + 4);
    if (i < lower.size() && lower[i] >= '1' && lower[i] <= '4') return lower[i] - '0';
  }
  for (int type = 4; type >= 2; --type) {
    const std::vector<std::string>& variants = LexiconCategory(kLexicon, "kogl_type_" + std::to_string(type));
    if (FindCue(line, lower, variants).first != std::string_view::npos) return type;
  }
  return 0;
}

// A version "d.d" (or "vd", "version d") right after offset `i`, skipping filler words.
std::string VersionAt(std::string_view lower, std::size_t i) {
  i = SkipFiller(lower, i);
  if (lower.substr(i, 8) == "version ") i = SkipFiller(lower, i + 8);
  if (i < lower.size() && lower[i] == 'v') ++i;
  if (i >= lower.size() || !IsDigitByte(lower[i])) return "";
  std::string v(1, lower[i]);
  if (i + 2 < lower.size() && lower[i + 1] == '.' && IsDigitByte(lower[i + 2])) {
    v += lower.substr(i + 1, 2);
  } else {
    v += ".0";
  }
  return v;
}

// Reads Creative Commons elements and version after the cue: "attribution-sharealike
// 4.0", "by-nc-nd 3.0". Returns the SPDX id, or "CC" when no version is stated.
std::string ReadCc(std::string_view lower, std::size_t i, std::string* name) {
  std::array<bool, 4> has = {};
  while (true) {
    i = SkipFiller(lower, i);
    bool matched = false;
    for (std::size_t k = 0; k < kCcElements.size() && !matched; ++k) {
      for (const std::string& v : LexiconCategory(kLexicon, kCcElements[k])) {
        const bool boundary = i + v.size() >= lower.size() || !IsAlnumByte(lower[i + v.size()]);
        if (lower.substr(i, v.size()) == v && boundary) {
          has[k] = matched = true;
          i += v.size();
          break;
        }
      }
    }
    if (!matched) break;
  }
  const std::string version = has[0] ? VersionAt(lower, i) : "";
  if (version.empty()) return "CC";
  std::string id = "CC";
  *name = "Creative Commons ";
  for (std::size_t k = 0; k < kCcElements.size(); ++k) {
    if (!has[k]) continue;
    id.push_back('-');
    for (char c : kCcElements[k].substr(3)) id.push_back(static_cast<char>(c - 'a' + 'A'));
    if (name->back() != ' ') name->push_back('-');
    name->append(NameOf(kCcElements[k]));
  }
  name->push_back(' ');
  name->append(version);
  if (version == "4.0") name->append(" International");
  return id + "-" + version;
}

// A copyright notice: "©", "(c) 2024", "Copyright 2024", "Copyright ©".
std::size_t FindCopyright(const LowerLine& line, std::string_view lower, std::size_t* end) {
  std::size_t best = lower.find(kCopyrightSign);
  if (best != std::string_view::npos) *end = best + kCopyrightSign.size();
  for (std::string_view cue : {std::string_view("copyright"), std::string_view("(c)")}) {
    for (std::size_t at = FindWordIn(line, lower, cue); at != std::string_view::npos && at < best;
         at = FindWord(lower, cue, at + 1)) {
      std::size_t i = at + cue.size();
      while (i < lower.size() && lower[i] == ' ') ++i;
      const bool year = i + 3 < lower.size() && IsDigitByte(lower[i]) && IsDigitByte(lower[i + 3]);
      if (year || lower.substr(i, kCopyrightSign.size()) == kCopyrightSign ||
          (cue == "copyright" && lower.substr(i, 3) == "(c)")) {
        best = at;
        *end = at + cue.size();
        break;
      }
    }
  }
  return best;
}

// The named licences (KOGL, OGL, CC, CC0): the most specific cue found, if any.
void FindNamed(const LowerLine& line, std::string_view lower, std::vector<Found>* found) {
  // Looked up once: every line holding a notice cue asks them.
  static const CategoryCues kogl(kLexicon, "kogl"), ogl_uk(kLexicon, "ogl_uk"), cc(kLexicon, "cc");
  auto [at, len] = FindCue(line, lower, kogl);
  if (at != std::string_view::npos) {
    const int type = KoglType(line, lower, at);
    found->push_back({"KOGL-" + std::to_string(type == 0 ? 1 : type), at, at + len, {}});
    return;
  }
  std::tie(at, len) = FindCue(line, lower, ogl_uk);
  if (at != std::string_view::npos) {
    std::string version = VersionAt(lower, at + len);
    found->push_back({"OGL-UK-" + (version.empty() ? std::string("3.0") : version), at, at + len, {}});
  }
  std::tie(at, len) = FindCue(line, lower, cc);
  if (at != std::string_view::npos) {
    std::string name;
    const std::size_t elements = lower.substr(at, 2) == "cc" ? at + 2 : at + len;
    std::string id = ReadCc(lower, elements, &name);
    found->push_back({std::move(id), at, at + len, std::move(name)});
  }
}

// "the Commonwealth Copyright Act", "crown copyright protection": prose about the law.
bool NamesALaw(std::string_view lower, std::size_t end) {
  std::size_t i = end;
  while (i < lower.size() && lower[i] == ' ') ++i;
  std::size_t j = i;
  while (j < lower.size() && IsAlphaByte(lower[j])) ++j;
  const std::vector<std::string>& words = LexiconCategory(kLexicon, "not_notice_next");
  return j > i && std::find(words.begin(), words.end(), lower.substr(i, j - i)) != words.end();
}

}  // namespace

int LicenceRank(std::string_view id) {
  if (id.empty()) return 0;
  if (id == "proprietary") return 1;
  if (id == "attribution") return 2;
  if (id == "US-PD") return 3;
  if (id == "CC") return 4;
  return 5;
}

namespace {

// The cues of each of kFixedIds, looked up once: every line holding a notice cue asks them all.
const std::array<CategoryCues, kFixedIds.size()>& FixedIdCues() {
  static const std::array<CategoryCues, kFixedIds.size()> cues = {
      CategoryCues(kLexicon, kFixedIds[0]), CategoryCues(kLexicon, kFixedIds[1]),
      CategoryCues(kLexicon, kFixedIds[2]), CategoryCues(kLexicon, kFixedIds[3])};
  return cues;
}

// Every phrase a notice is found by (the cues FindNamed, FindCopyright and the fixed ids
// look for): a line holding none of them holds no notice.
const PhraseSet& NoticeCues() {
  static const PhraseSet cues = [] {
    std::vector<std::string> all = {"copyright", "(c)", std::string(kCopyrightSign)};
    for (std::string_view category : {"kogl", "ogl_uk", "cc"}) {
      const auto& v = LexiconCategory(kLexicon, category);
      all.insert(all.end(), v.begin(), v.end());
    }
    for (std::string_view id : kFixedIds) {
      const auto& v = LexiconCategory(kLexicon, id);
      all.insert(all.end(), v.begin(), v.end());
    }
    return PhraseSet(all);
  }();
  return cues;
}

}  // namespace

std::optional<Licence> DetectLicence(std::string_view text, Span span) {
  return DetectLicence(text, span, LowerLine(SpanText(text, span)));
}

std::optional<Licence> DetectLicence(std::string_view text, Span span, const LowerLine& line) {
  if (!line.MayHoldAny(NoticeCues())) return std::nullopt;
  const std::size_t line_start = std::min(span.start, text.size());
  span = TrimSpan(text, span);
  const std::string_view s = SpanText(text, span);
  const std::string_view lower = line.Part(span.start - line_start, s.size());
  std::vector<Found> found;
  FindNamed(line, lower, &found);
  for (std::size_t k = 0; k < kFixedIds.size(); ++k) {
    if (!line.MayHoldAny(FixedIdCues()[k].set)) continue;
    for (const std::string& v : FixedIdCues()[k].variants) {
      const std::size_t at = FindWordIn(line, lower, v);
      if (at != std::string_view::npos && !NamesALaw(lower, at + v.size())) {
        found.push_back({std::string(kFixedIds[k]), at, at + v.size(), {}});
      }
    }
  }
  std::size_t end = 0;
  const std::size_t at = FindCopyright(line, lower, &end);
  if (at != std::string_view::npos) found.push_back({"proprietary", at, end, {}});
  if (found.empty()) return std::nullopt;
  std::string best, name;
  for (const Found& f : found) {
    if (LicenceRank(f.id) > LicenceRank(best)) {
      best = f.id;
      name = f.name;
    }
  }
  std::size_t first = s.size(), last = 0;
  for (const Found& f : found) {
    if (f.id != best) continue;
    first = std::min(first, f.start);
    last = std::max(last, f.end);
  }
  Licence licence;
  licence.id = best;
  licence.name = name.empty() ? NameOf(best) : name;
  licence.span = TrimSpan(text, {span.start + ClauseStart(s, first), span.start + SentenceEnd(s, last)});
  return licence;
}

}  // namespace prextract::internal
