#include "segment/header.h"

#include <algorithm>
#include <utility>

#include "lexicon/lexicon.h"
#include "segment/date_scan.h"
#include "segment/line_rules.h"
#include "segment/text_scan.h"

namespace prextract::internal {
namespace {

// A header longer than this is no header: the body starts after the title.
constexpr std::size_t kMaxHeaderPieces = 300;
// A title this many pieces above the body was a menu item (rule "title near body").
constexpr std::size_t kTitleReach = 12;

bool IsArticle(std::string_view w) { return w == "The" || w == "A" || w == "An"; }

bool IsTitleWord(std::string_view w) {
  if (w.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(w[0]);
  if (IsUpper(w[0]) || IsDigit(w[0]) || c >= 0x80 || w[0] == '$' || w[0] == '&' || w[0] == '-') return true;
  static const auto& minor = LexiconIndex("en/title_minor_words");
  return minor.count(AsciiLower(w)) > 0;
}

// "United States Senator Richard Shelby", "U S  Senator Patty Murray   Press Room": a member's
// office named above the headline, which says what happened ("Murray Questions Defense
// Secretary ...") where the office's line holds no verb, only a country, a title, a name.
bool IsMemberLetterhead(std::string_view s) {
  const std::vector<std::string_view> w = FirstWords(s, 10);
  std::size_t i = 0;
  const auto pair = [&w](std::string_view a, std::string_view b) { return w.size() > 1 && w[0] == a && w[1] == b; };
  if (pair("United", "States") || pair("U", "S")) {
    i = 2;
  } else if (!w.empty() && (w[0] == "U.S." || w[0] == "US")) {
    i = 1;
  }
  const bool country = i > 0;
  if (i >= w.size() || (w[i] != "Senator" && w[i] != "Congressman" && w[i] != "Congresswoman")) return false;
  const std::size_t name_from = ++i;
  while (i < w.size() && i - name_from < 4 && IsUpper(w[i][0]) && w[i] != "Press") ++i;
  if (i < w.size() && (w[i] == ":" || w[i] == "|")) ++i;   // "James Inhofe : Press Room"
  if (i + 1 < w.size() && w[i] == "Press" && (w[i + 1] == "Room" || w[i + 1] == "Releases")) i += 2;
  return i == w.size() && w.size() < 10 && (country || i > name_from);
}

// "Contact Kyle DowneyPhone 202 224 2321", "Contacts: 202-224-9797", "Senator Graham Press
// Releases Contact Wes Hickman 202 224 5972": a press office's contact line above the headline.
bool IsContactLine(std::string_view s) {
  constexpr int kPhoneDigits = 7;
  const int digits = static_cast<int>(std::count_if(s.begin(), s.end(), IsDigit));
  const std::vector<std::string_view> w = FirstWords(s, 12);
  return digits >= kPhoneDigits &&
         std::any_of(w.begin(), w.end(), [](std::string_view x) { return x.starts_with("Contact"); });
}

// The four digits that end a telephone number ("0414" of "202 224 0414"), where an amount's
// digits come in threes ("1 500 000 000").
bool EndsInLineNumber(std::string_view w) {
  std::size_t run = 0;
  while (run < w.size() && IsDigit(w[w.size() - 1 - run])) ++run;
  return run == 4;
}

// "Casey Aden Wansbury  202 224 0414" under "September 12  2005 Contact": the press contact's
// name and telephone number, and nothing else, above the headline. A headline may hold a
// number, but never ends in the ten digits of one after a bare name.
bool IsNamePhoneLine(std::string_view s) {
  constexpr int kPhoneDigits = 10;
  const std::vector<std::string_view> w = FirstWords(s, 12);
  std::size_t names = 0;
  while (names < w.size() && IsUpper(w[names][0]) &&
         std::none_of(w[names].begin(), w[names].end(), IsDigit)) {
    ++names;
  }
  if (names < 2 || names > 4) return false;
  int digits = 0;
  for (std::size_t k = names; k < w.size(); ++k) {
    if (!std::all_of(w[k].begin(), w[k].end(), [](char c) { return IsDigit(c) || c == '-' || c == '.' ||
                                                                    c == '(' || c == ')'; })) {
      return false;
    }
    digits += static_cast<int>(std::count_if(w[k].begin(), w[k].end(), IsDigit));
  }
  return (digits == kPhoneDigits || digits == kPhoneDigits + 1) && EndsInLineNumber(w.back());
}

// "202 224 5972  or Kevin Bishop", "(202) 224-5972": the rest of a press office's contact
// line, split from its "Contact" at a stripped bracket, opens with a telephone number: ten
// digits in groups, the last of four, before the first letter.
bool OpensWithPhone(std::string_view s) {
  constexpr int kPhoneDigits = 10;
  int digits = 0, group = 0;
  for (const char c : s) {
    if (IsAlpha(c)) break;
    if (IsDigit(c)) {
      ++digits;
      ++group;
    } else if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')') {
      if (digits == kPhoneDigits) break;
      group = 0;
    } else {
      return false;
    }
  }
  return digits == kPhoneDigits && group == 4;
}

// "Washington  D C", "WASHINGTON, D.C.": the capital as a dateline's place, split from its
// sentence by scraping, no headline.
bool IsCapitalPlace(std::string_view s) {
  const std::vector<std::string_view> w = FirstWords(s, 4);
  if (w.empty()) return false;
  const std::string first = AsciiLower(w[0]);
  if (first != "washington" && first != "washington,") return false;
  std::string rest;
  for (std::size_t k = 1; k < w.size(); ++k) rest += w[k];
  const std::string r = AsciiLower(rest);
  return r == "dc" || r == "d.c." || r == "d.c";
}

// Whether `s` opens with the capital's name ("WASHINGTON  U S  Senator", "Washington, D.C."):
// after a date, the dateline's place, and the line then goes on with the body.
bool OpensWithCapital(std::string_view s) {
  const std::vector<std::string_view> w = FirstWords(s, 1);
  if (w.empty()) return false;
  std::string_view word = w[0];
  while (!word.empty() && (word.back() == ',' || word.back() == '-')) word.remove_suffix(1);
  return AsciiLower(word) == "washington";
}

// "WASHINGTON" alone on its piece below the headline ("WASHINGTON     U S  Senator Jack Reed
// today filed ..."): the dateline's place, with or without its "D C".
bool IsBareCapital(std::string_view s) { return FirstWords(s, 2).size() == 1 && OpensWithCapital(s); }

// "D C", "D.C.", "DC": the capital's district, the rest of its dateline.
bool IsCapitalsDistrict(std::string_view s) {
  constexpr std::size_t kLongest = 6;   // "D. C.,"
  if (s.size() > kLongest) return false;
  std::string letters;
  for (const char c : s) {
    if (IsAlpha(c)) letters.push_back(static_cast<char>(c | 0x20));
  }
  return letters == "dc";
}

// "1. ", "2) ", "□ ", "ㅇ ", "o ", "▲ ", "° ": markers of numbered paragraphs (not "-", "*", "•").
bool IsNumberedParagraph(std::string_view s) {
  if (ListMarkerLength(s) == 0) return false;
  return IsDigit(s[0]) || s[0] == '(' || s[0] == 'o' || s.substr(0, 3) == "\u25A1" || s.substr(0, 3) == "\u3147" ||
         s.substr(0, 3) == "\u25B2" || s.substr(0, 2) == "\u00B0";
}

// The date a headline runs on into ("Enzi supports tool for fiscal responsibility March 7
// 2006 Washington D C"), or nullopt: at least three words before it (in running text, all
// of them title words). A date after a preposition or a bracket belongs to the headline
// ("Hearing Set for March 5, 2024", "Press Briefing (June 30, 2022)").
std::optional<Span> HeadlineDate(std::string_view s, bool in_running_text) {
  constexpr std::size_t kMinTitleWords = 3;
  constexpr std::size_t kReach = 250;   // a headline and its date
  const std::optional<Span> date = FindFullDate(s.substr(0, kReach));
  if (!date || date->start == 0) return std::nullopt;
  const std::vector<std::string_view> words = Words(s.substr(0, date->start));
  if (words.size() < kMinTitleWords ||
      (in_running_text && !std::all_of(words.begin(), words.end(), IsTitleWord))) {
    return std::nullopt;
  }
  static const auto& minor = LexiconIndex("en/title_minor_words");
  if (minor.count(AsciiLower(words.back())) > 0 || !IsAlnum(words.back().back())) return std::nullopt;
  return date;
}

// A headline line that ends in its date and a short place: the date, or nullopt.
std::optional<Span> TrailingDateline(std::string_view s) {
  constexpr std::size_t kMaxPlaceWords = 6;
  const std::optional<Span> date = HeadlineDate(s, false);
  if (!date || WordCount(s.substr(date->end), kMaxPlaceWords + 1) > kMaxPlaceWords) return std::nullopt;
  return date;
}

class HeaderReader {
 public:
  HeaderReader(std::string_view text, const std::vector<Piece>& pieces) : text_(text), pieces_(pieces) {}

  Header Read() {
    std::size_t title_piece = 0;
    bool found = false;
    const std::size_t limit = std::min(pieces_.size(), kMaxHeaderPieces);
    // A header is a few pieces of a label or two each: room for them up front, not grown.
    constexpr std::size_t kTypicalPieces = 8;
    marks_.reserve(std::min(limit, kTypicalPieces));
    h_.labels.reserve(std::min(limit, kTypicalPieces));
    for (std::size_t i = 0; i < limit && !found; ++i) {
      marks_.push_back(h_.labels.size());
      const std::string_view s = View(text_, pieces_[i].span);
      // "WASHINGTON  D C   Senator Tom Harkin today ...": what follows the capital's name on its
      // line is the body, below the headline or without one.
      // "WASHINGTON" | "D C": the district, split off at a stripped comma, goes on with the
      // dateline's place, and the body after it.
      if (place_dateline_ && !pieces_[i].line_start && IsCapitalsDistrict(s)) {
        Add(pieces_[i].span, SegmentKind::kDateline);
        continue;
      }
      const bool header_only = IsHeaderOnly(s);
      const bool after_place = place_dateline_ && !pieces_[i].line_start && !header_only;
      place_dateline_ = false;
      if (after_place || (!header_only && IsBodyStart(s, !h_.title.empty(), WrappedOn(i)))) {
        h_.body_after_place = after_place;
        StartBody(i);
        found = true;
        break;
      }
      const bool had_title = !h_.title.empty();
      piece_ = i;
      Classify(pieces_[i].span, !header_only);
      if (!had_title && !h_.title.empty()) title_piece = i;
    }
    if (!found) {
      const std::size_t cut = h_.title.empty() || pieces_.empty() ? 0 : std::min(title_piece + 1, marks_.size() - 1);
      if (cut < marks_.size()) h_.labels.resize(marks_[cut]);
      h_.body_piece = cut;
      h_.body_from = cut < pieces_.size() ? pieces_[cut].span.start : text_.size();
    }
    if (h_.breadcrumbs.empty() && bullets_.size() >= 2 && StartsWithNoCase(bullets_[0], "home")) {
      h_.breadcrumbs = bullets_;
    }
    return std::move(h_);   // the reader is done with it: moved, not copied
  }

 private:
  bool WrappedOn(std::size_t i) const {
    if (i + 1 >= pieces_.size() || !pieces_[i].line_end) return false;
    const Piece& next = pieces_[i + 1];
    return next.line_start && next.blanks_before == 0 && IsLower(text_[next.span.start]);
  }

  bool IsHeaderOnly(std::string_view s) const {
    return MarkdownTitleStart(s) > 0 || IsMarkdownImage(s) || IsForeignScript(s) || IsImageCaption(s) ||
           IsNavigation(s) || IsDateLine(s, FullDate(s)) || ReleaseMarkerPrefix(s) == s.size() || !Breadcrumbs(s).empty() ||
           (IsNoteLine(s) && !h_.title.empty());
  }

  // FindFullDate(v), kept for the last text asked about: IsHeaderOnly and ClassifyRest ask
  // it of the same piece, and it reads the line word by word.
  std::optional<Span> FullDate(std::string_view v) const {
    if (v.data() != date_text_.data() || v.size() != date_text_.size()) {
      date_text_ = v;
      date_ = FindFullDate(v);
    }
    return date_;
  }

  // Rule "title near body": a first title candidate far above the body was page
  // furniture; the last headline-like subtitle (four words or more, no date) above the
  // body is the title instead.
  void RepickTitle(std::size_t body_piece) {
    if (h_.title.empty() || body_piece - title_piece_ <= kTitleReach || candidates_.empty()) return;
    const std::size_t pick = candidates_.back();
    h_.labels[title_label_].kind = SegmentKind::kNavigation;
    h_.labels[pick].kind = SegmentKind::kTitle;
    h_.title = h_.labels[pick].span;
  }

  void StartBody(std::size_t i) {
    RepickTitle(i);
    h_.body_piece = i;
    h_.body_from = pieces_[i].span.start;
    if (!h_.title.empty() || !pieces_[i].line_start) return;
    const std::size_t n = GluedTitleEnd(View(text_, pieces_[i].span));
    if (n == 0) return;
    const Span glued = TrimBlanks(text_, Span{h_.body_from, h_.body_from + n});
    // "FOR IMMEDIATE RELEASE  A decade ago  I stood here ...": a release marker glued to the
    // body is no headline.
    if (ReleaseMarkerPrefix(View(text_, glued)) == glued.end - glued.start) {
      Add(glued, SegmentKind::kNavigation);
    } else {
      SetTitle(glued);
    }
    h_.body_from += n;
  }

  void Add(Span s, SegmentKind kind) {
    s = TrimBlanks(text_, s);
    if (!s.empty()) h_.labels.push_back(Label{s, kind, false});
  }

  // `segment` is what the title segment covers ("# Title"); `s` the headline itself.
  void SetTitle(Span s, Span segment = Span{}) {
    if (segment.empty()) segment = s;
    std::string_view v = View(text_, s);
    if (v.size() > 2 && v.front() == '<' && v.back() == '>') s = TrimBlanks(text_, Span{s.start + 1, s.end - 1});
    h_.title = s;
    title_label_ = h_.labels.size();
    title_piece_ = piece_;
    Add(segment, SegmentKind::kTitle);
  }

  void TakeTitle(Span s) {
    const std::size_t marker = ReleaseMarkerInside(View(text_, s));
    if (marker != std::string_view::npos) {
      SetTitle(TrimBlanks(text_, Span{s.start, s.start + marker}));
      Add(Span{s.start + marker, s.end}, SegmentKind::kNavigation);
      return;
    }
    if (const std::optional<Span> date = TrailingDateline(View(text_, s))) {
      SetTitle(TrimBlanks(text_, Span{s.start, s.start + date->start}));
      Add(Span{s.start + date->start, s.end}, SegmentKind::kDateline);
      place_dateline_ = OpensWithCapital(View(text_, s).substr(date->end));
      return;
    }
    SetTitle(s);
  }

  // `plain`: `s` is a whole piece that IsHeaderOnly ruled out, which answers most of the
  // furniture tests already (each reads the whole line).
  void Classify(Span s, bool plain = false);
  bool ClassifyFurniture(Span s, std::string_view v, bool plain);
  bool ClassifyMarker(Span s, std::string_view v);
  void ClassifyRest(Span s, std::string_view v);

  std::string_view text_;
  const std::vector<Piece>& pieces_;
  Header h_;
  std::vector<std::size_t> marks_;
  std::vector<std::string> bullets_;
  bool bullets_closed_ = false;
  // The last piece read ended in the capital's name as a dateline's place (IsCapitalPlace,
  // IsBareCapital, or after a date): the rest of its line is the body.
  bool place_dateline_ = false;
  std::size_t piece_ = 0;         // the piece being read
  std::size_t title_piece_ = 0;
  std::size_t title_label_ = 0;
  std::vector<std::size_t> candidates_;   // labels that could be the title instead
  mutable std::string_view date_text_;    // FullDate's last text and its answer
  mutable std::optional<Span> date_;
};

void HeaderReader::Classify(Span s, bool plain) {
  s = TrimBlanks(text_, s);
  if (s.empty()) return;
  const std::string_view v = View(text_, s);
  const bool bullet = ListMarkerLength(v) > 0 && h_.title.empty() && WordCount(v) <= 11 && !EndsSentence(v);
  if (bullet) {
    if (!bullets_closed_) bullets_.push_back(CollapseSpaces(v.substr(ListMarkerLength(v))));
    Add(s, SegmentKind::kNavigation);
    return;
  }
  if (!bullets_.empty()) bullets_closed_ = true;
  if (!ClassifyFurniture(s, v, plain)) ClassifyRest(s, v);
}

// Lines that are header furniture wherever they stand. A `plain` line has no markdown
// title, owner's section, image, foreign script, caption, navigation or breadcrumbs.
bool HeaderReader::ClassifyFurniture(Span s, std::string_view v, bool plain) {
  if (plain) {
    if (HoldsAtLeast(v, '|', 2)) {
      Add(s, SegmentKind::kNavigation);
      return true;
    }
    return ClassifyMarker(s, v);
  }
  if (const std::size_t n = MarkdownTitleStart(v)) {
    if (h_.title.empty()) {
      SetTitle(TrimBlanks(text_, Span{s.start + n, s.end}), s);
    } else {
      Add(s, SegmentKind::kHeading);
    }
    return true;
  }
  if (std::string owner = ReleaseSectionOwner(v); !owner.empty()) {
    if (h_.organisation.empty()) h_.organisation = std::move(owner);   // the site's owner issues its releases
    Add(s, SegmentKind::kNavigation);
    return true;
  }
  if (IsMarkdownImage(v) || IsForeignScript(v) || IsImageCaption(v) || IsNavigation(v) ||
      HoldsAtLeast(v, '|', 2)) {
    Add(s, SegmentKind::kNavigation);
    return true;
  }
  if (std::vector<std::string> crumbs = Breadcrumbs(v); !crumbs.empty()) {
    if (h_.breadcrumbs.empty()) h_.breadcrumbs = std::move(crumbs);
    Add(s, SegmentKind::kNavigation);
    return true;
  }
  return ClassifyMarker(s, v);
}

// "Press Release: ...": the marker is navigation, the rest is read on its own.
bool HeaderReader::ClassifyMarker(Span s, std::string_view v) {
  if (const std::size_t n = ReleaseMarkerPrefix(v)) {
    Add(Span{s.start, s.start + n}, SegmentKind::kNavigation);
    Classify(Span{s.start + n, s.end});
    return true;
  }
  return false;
}

void HeaderReader::ClassifyRest(Span s, std::string_view v) {
  const std::optional<Span> date = FullDate(v);
  if (IsDateLine(v, date)) {
    Add(s, SegmentKind::kDateline);
    h_.date_lines.push_back(s);
    place_dateline_ = !h_.title.empty() && OpensWithCapital(v.substr(date->end));
    return;
  }
  if (date && date->start == 0 && h_.title.empty()) {   // "August 16  2007 Schumer To ..."
    const Span d{s.start, s.start + date->end};
    Add(d, SegmentKind::kDateline);
    h_.date_lines.push_back(d);
    Classify(Span{d.end, s.end});
    return;
  }
  if (IsBylineLine(v)) {
    h_.bylines.emplace_back(v);   // as written: a wide gap ends a senator's name
    Add(s, h_.title.empty() ? SegmentKind::kNavigation : SegmentKind::kSubtitle);
    return;
  }
  if (IsOrganisationLine(v)) {
    if (h_.organisation.empty()) h_.organisation = CollapseSpaces(v);
    Add(s, SegmentKind::kNavigation);
    return;
  }
  // The office's name or its contact line above the headline.
  if (h_.title.empty() &&
      (IsLetterheadLine(v) || IsMemberLetterhead(v) || IsContactLine(v) || IsNamePhoneLine(v) ||
       OpensWithPhone(v))) {
    Add(s, SegmentKind::kNavigation);
    return;
  }
  if (IsCapitalPlace(v) || (!h_.title.empty() && IsBareCapital(v))) {
    Add(s, SegmentKind::kDateline);
    place_dateline_ = true;
    return;
  }
  if (date) h_.date_lines.push_back(s);
  if (!h_.title.empty()) {
    if (!date && WordCount(v) >= 4 && !IsNoteLine(v) && ListMarkerLength(v) == 0) candidates_.push_back(h_.labels.size());
    Add(s, SegmentKind::kSubtitle);
  } else if (WordCount(v) <= 2 || IsLower(v[0])) {
    Add(s, date ? SegmentKind::kDateline : SegmentKind::kNavigation);
  } else {
    TakeTitle(s);
  }
}

}  // namespace

namespace {

// Whether `s` reports in running text: "said" or "today" among its first words, which are
// not in title case ("U S  Senator Carl Levin  D Mich  said today ..."). A page whose
// punctuation was stripped ends no sentence, and its opening paragraph shows itself so.
bool ReportsInRunningText(std::string_view s, std::size_t words) {
  constexpr std::size_t kReach = 40;
  bool reports = false;
  std::size_t k = 0;
  ForEachWordWhile(s, [&](std::string_view w) {
    reports = w == "said" || w == "today";
    return !reports && ++k < kReach;
  });
  return reports && !TitleCaseShareAtLeast(s, words, 0.7);
}

}  // namespace

bool IsBodyStart(std::string_view s, bool title_found, bool wrapped_on) {
  constexpr std::size_t kLongLine = 200;        // body, unless a headline (below)
  constexpr std::size_t kLongestHeadline = 300;
  // Every rule below but the headline one says "body" of a long line, and the headline rule
  // holds only before the title, of a line this short: no word need be counted, no
  // dateline sought (the first paragraph is often the longest line of a release).
  if (s.size() >= kLongLine && (title_found || s.size() > kLongestHeadline)) return true;
  // Counting stops past 40 words: no test below tells 41 words from more.
  const std::size_t words = WordCount(s, 40);
  if (words >= 8 && DatelineLength(s) > 0) return true;
  if (!title_found && words <= 40 && s.size() <= kLongestHeadline && TitleCaseShareAtLeast(s, words, 0.8)) {
    return false;
  }
  if (EndsSentence(s) && words >= 6) return true;
  if (title_found && words >= 10 && ReportsInRunningText(s, words)) return true;
  if (s.size() >= kLongLine) return true;
  if (words >= 8 && IsNumberedParagraph(s)) return true;
  return wrapped_on && s.size() >= 60;
}

std::size_t GluedTitleEnd(std::string_view s) {
  constexpr std::size_t kMinBody = 80;
  // "Casey Questions Legality Of Recess Appointment April 5, 2007 WASHINGTON, DC- U.S.
  // Senator ...": the headline ends where its date begins.
  if (const std::optional<Span> date = HeadlineDate(s, true); date && s.size() - date->start >= kMinBody) {
    return date->start;
  }
  // Word by word, not Words(s): `s` is the body's opening paragraph, and its first word
  // that is no title word settles the question.
  std::size_t k = 0, end = 0, prev_at = 0;
  bool prev_comma = false;
  ForEachWordWhile(s, [&](std::string_view w) {
    const std::size_t at = static_cast<std::size_t>(w.data() - s.data());
    if (!IsTitleWord(w)) return false;
    // "... Before Election Washington-- U.S. Senator", "... Job Fair Lafayette, IN-- U.S.":
    // the dateline's place, glued to its dashes, opens the body.
    if (k >= 4 && IsUpper(w[0]) && w.ends_with("--")) {
      const std::size_t place = prev_comma ? prev_at : at;
      end = s.size() - place >= kMinBody ? place : 0;
      return false;
    }
    prev_at = at;
    prev_comma = w.back() == ',';
    if (k++ < 3 || !IsArticle(w)) return true;
    end = s.size() - at >= kMinBody ? at : 0;
    return false;
  });
  return end;
}

Header ReadHeader(std::string_view text, const std::vector<Piece>& pieces) {
  return HeaderReader(text, pieces).Read();
}

}  // namespace prextract::internal
