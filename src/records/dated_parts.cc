#include "records/dated_parts.h"

#include <algorithm>

#include "records/records_internal.h"
#include "segment/text_scan.h"

namespace prextract::internal {
namespace {

bool Inside(Span inner, Span outer) { return inner.start >= outer.start && inner.end <= outer.end; }

// A date of one day ("2020-01-14", "XXXX-01-14"): a year, a month or a range ("between
// April 11 and November 5, 2024") dates no single occasion of a list.
bool IsDay(const DateMention& d) {
  const std::string& v = d.value;
  return d.type == DateType::kDate && v.size() == 10 && v[4] == '-' && v[7] == '-';
}

// The first day the sentence names inside `part`, or null.
const DateMention* DateIn(const SentenceContext& s, Span part) {
  for (const DateMention* d : s.dates) {
    if (IsDay(*d) && Inside(d->span, part)) return d;
  }
  return nullptr;
}

bool Named(const Participant& p, Span part) {
  return std::any_of(p.mentions.begin(), p.mentions.end(), [&](Span m) { return Inside(m, part); });
}

}  // namespace

std::vector<Span> DatedParts(std::string_view text, const SentenceContext& s, std::size_t trigger) {
  std::vector<Span> parts;
  std::size_t start = s.span.start;
  for (std::size_t i = s.words[trigger].span.end; i < s.span.end; ++i) {
    if (text[i] != ';') continue;
    parts.push_back(TrimBlanks(text, Span{start, i}));
    start = i + 1;
  }
  if (parts.empty()) return {};
  parts.push_back(TrimBlanks(text, Span{start, s.span.end}));
  const bool dated =
      std::all_of(parts.begin(), parts.end(), [&](Span p) { return DateIn(s, p) != nullptr; });
  return dated ? parts : std::vector<Span>{};
}

Event PartEvent(std::string_view text, const SentenceContext& s, const Event& first, Span part,
                std::size_t number) {
  Event e;
  e.id = MakeId('e', number);
  e.type = first.type;
  e.cameo = first.cameo;
  e.trigger = first.trigger;
  e.evidence = part;
  const DateMention* d = DateIn(s, part);
  e.date = DateRef{std::string(Slice(text, d->span)), DayOf(d->value), d->span};
  // The subject of the first part acts in every part ("Minister Kim had meetings ... on
  // January 13; from Poland on January 14").
  for (const Participant* p : s.participants) {
    const auto& ids = first.participants;
    const bool in_first = std::find(ids.begin(), ids.end(), p->id) != ids.end();
    if ((in_first && p->kind == ParticipantKind::kPerson) || Named(*p, part)) {
      e.participants.push_back(p->id);
    }
  }
  return e;
}

}  // namespace prextract::internal
