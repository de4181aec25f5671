// Stage "temporal": runs the scanner over body paragraphs and notes (one context per
// document, so anaphora can reach back across paragraphs) and over the date lines.
#include "temporal/temporal.h"

#include <algorithm>
#include <initializer_list>
#include <memory>

#include "lexicon/lexicon.h"
#include "temporal/calendar.h"
#include "temporal/date_filter.h"
#include "temporal/scanner.h"
#include "temporal/tokens.h"

namespace prextract::internal {
namespace {

struct Unit {
  Span span;
  std::optional<int> paragraph;
};

// Countries that write 05/06/2023 month first.
bool MonthFirstRegion(std::string_view region) {
  return region.empty() || region == "US" || region == "PH" || region == "FM" || region == "MH" ||
         region == "PW";
}

std::vector<Unit> UnitsOf(const Layout& layout) {
  std::vector<Unit> units;
  for (std::size_t p = 0; p < layout.paragraphs.size(); ++p) {
    units.push_back(Unit{layout.paragraphs[p].span, static_cast<int>(p)});
  }
  for (const Segment& s : layout.segments) {
    if (s.kind == SegmentKind::kNote) units.push_back(Unit{s.span, std::nullopt});
  }
  std::stable_sort(units.begin(), units.end(),
                   [](const Unit& a, const Unit& b) { return a.span.start < b.span.start; });
  return units;
}

bool IsAnyOf(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// "since September 11th", "the September 11 attacks", "the events of September 11": in a
// release of a later year (or of none known), a September 11 without a year is the day of the
// 2001 attacks, which the words around it name, not that day of the release's year.
bool NamesTheAttacks(const Found& f, const TokenVector& tokens, const ScanContext& context) {
  constexpr int kAttackYear = 2001;
  if (f.last - f.first != 2 || f.value.size() != 10 || f.value.compare(4, 6, "-09-11") != 0) return false;
  if (context.reference && context.reference->year <= kAttackYear) return false;
  const std::string_view next = f.last < tokens.size() ? tokens[f.last].lower : std::string_view();
  const std::string_view before = f.first > 0 ? tokens[f.first - 1].lower : std::string_view();
  return IsAnyOf(next, {"attack", "attacks", "terrorist", "commission", "hijackers", "tragedy"}) ||
         IsAnyOf(before, {"since", "after", "pre", "post", "of"});
}

void Emit(const Found& f, const TokenVector& tokens, const Unit& unit, const ScanContext& context,
          std::vector<DateMention>* out) {
  DateMention m;
  m.span = Span{tokens[f.first].begin, tokens[f.last - 1].end};
  m.value = NamesTheAttacks(f, tokens, context) ? "2001-09-11" : f.value;
  m.type = f.type;
  m.paragraph = unit.paragraph;
  out->push_back(std::move(m));
}

// The scanner of a document and what it reads: the current unit's tokens, in a buffer all
// units share, and the anchor the units pass on.
struct ScanState {
  TokenVector tokens;
  ScanContext context;
  Scanner scanner{tokens, &context};
};

// Documents of ordinary size share one state per thread, so that the buffers grow to the
// longest paragraph once, not once per document; a huge one gets its own, freed after it.
ScanState& StateFor(std::size_t text_size, std::unique_ptr<ScanState>* own) {
  constexpr std::size_t kSharedTextLimit = std::size_t{1} << 18;
  thread_local ScanState shared;
  if (text_size <= kSharedTextLimit) return shared;
  *own = std::make_unique<ScanState>();
  return **own;
}

// "on Jan 01, 1970 00:00": content systems print the Unix epoch for an empty date field;
// it dates no release.
bool IsEpochPlaceholder(std::string_view value) { return value.substr(0, 10) == "1970-01-01"; }

// "09 13 2007", a date line whose slashes a scraper dropped (the segment stage takes such a
// date only where it opens a line): MM DD YYYY, or DD MM YYYY when the first is no month.
// Its value, or none. Only here: in prose, three numbers in a row are no date.
std::optional<std::string> SpacedNumericDate(const TokenVector& t) {
  if (t.size() < 3 || (t.size() > 3 && t[3].kind == TokenKind::kNumber)) return std::nullopt;
  for (std::size_t k = 0; k < 3; ++k) {
    if (t[k].kind != TokenKind::kNumber || t[k].ordinal || t[k].plural) return std::nullopt;
    if (k > 0 && !t[k].space_before) return std::nullopt;
  }
  if (t[0].digits > 2 || t[1].digits > 2 || t[2].digits != 4) return std::nullopt;
  const bool month_first = t[0].number <= 12;
  const Ymd d{static_cast<int>(t[2].number), static_cast<int>(month_first ? t[0].number : t[1].number),
              static_cast<int>(month_first ? t[1].number : t[0].number)};
  if (!IsValidDate(d.year, d.month, d.day)) return std::nullopt;
  return DayValue(d);
}

}  // namespace

std::optional<DateRef> FindPublished(std::string_view text, const std::vector<Span>& date_lines) {
  std::string lowered;
  for (const Span& line : date_lines) {
    if (line.end > text.size() || line.start >= line.end) continue;
    const TokenVector tokens = Tokenize(text, line.start, line.end, &lowered);
    if (const std::optional<std::string> value = SpacedNumericDate(tokens)) {
      const Span span{tokens[0].begin, tokens[2].end};
      return DateRef{std::string(text.substr(span.start, span.end - span.start)), *value, span};
    }
    ScanContext context;
    Scanner scanner(tokens, &context);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const std::optional<Found> f = scanner.FullDateAt(i);
      if (!f || IsEpochPlaceholder(f->value)) continue;
      const Span span{tokens[f->first].begin, tokens[f->last - 1].end};
      return DateRef{std::string(text.substr(span.start, span.end - span.start)), f->value.substr(0, 10), span};
    }
  }
  return std::nullopt;
}

std::vector<DateMention> FindDates(std::string_view text, const Layout& layout, const TemporalOptions& options,
                                   std::vector<Warning>* warnings, std::string_view lowered) {
  std::string own_lowered;
  if (lowered.size() != text.size()) {
    AsciiLowerInto(text, &own_lowered);
    lowered = own_lowered;
  }
  std::unique_ptr<ScanState> own_state;
  ScanState& state = StateFor(text.size(), &own_state);
  TokenVector& tokens = state.tokens;
  ScanContext& context = state.context;
  Scanner& scanner = state.scanner;
  context = ScanContext{};
  context.reference = ParseIsoDate(options.reference_date);
  context.style = options.style;
  context.month_first = MonthFirstRegion(options.region);
  const WordKeyTable& word_ids = Scanner::WordIds();
  const DateFilter& filter = DateFilter::Get();
  std::vector<DateMention> out;
  for (const Unit& unit : UnitsOf(layout)) {
    if (unit.span.end > text.size() || unit.span.start >= unit.span.end) continue;
    // Most paragraphs of a release hold no date: a test of their bytes spares their tokens
    // and the scan, which would find nothing and change no anchor.
    if (!filter.MayHoldDate(text, lowered, unit.span.start, unit.span.end)) continue;
    TokenizeLowered(text, lowered, unit.span.start, unit.span.end, &tokens, &word_ids);
    scanner.Reset();
    for (const Found& f : scanner.ScanAll()) {
      if (options.style == DateStyle::kTimeml && !f.ends.empty()) {
        for (const Found& end : f.ends) Emit(end, tokens, unit, context, &out);
      } else {
        Emit(f, tokens, unit, context, &out);
      }
    }
  }
  const bool underspecified = std::any_of(out.begin(), out.end(), [](const DateMention& m) {
    return m.value.compare(0, 4, "XXXX") == 0;
  });
  if (!context.reference && underspecified && warnings) {
    warnings->push_back(Warning{"date.no_reference",
                                "no reference date is known: relative dates and dates without a year stay "
                                "underspecified (XXXX)",
                                std::nullopt});
  }
  return out;
}

}  // namespace prextract::internal
