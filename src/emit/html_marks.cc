#include "emit/html_marks.h"

#include "emit/html_text.h"
#include "emit/names.h"

namespace prextract::internal {
namespace {

std::string Numbered(std::string_view prefix, std::size_t index) {
  return std::string(prefix) + std::to_string(index + 1);
}

std::string DateValue(const std::optional<DateRef>& d) { return d ? d->value : std::string(); }

std::string Ids(const std::vector<std::string>& ids) { return JoinNonEmpty(ids, ", "); }

class Collector {
 public:
  explicit Collector(const Release& r) : r_(r) {}

  std::vector<Mark> Run() {
    Segments();
    Dates();
    Participants();
    Events();
    Agreements();
    FollowUps();
    Contacts();
    Attachments();
    return std::move(marks_);
  }

 private:
  void Add(Span span, MarkLayer layer, std::string kind, std::string id, std::string role,
           std::string value, std::string tip, std::string anchor) {
    if (span.empty() || span.end > r_.text.size()) return;
    marks_.push_back(Mark{span, layer, std::move(kind), std::move(id), std::move(role),
                          std::move(value), std::move(tip), std::move(anchor)});
  }
  void Segments();
  void Dates();
  void Participants();
  void Events();
  void Agreements();
  void FollowUps();
  void Contacts();
  void Attachments();

  const Release& r_;
  std::vector<Mark> marks_;
};

void Collector::Segments() {
  for (std::size_t i = 0; i < r_.segments.size(); ++i) {
    const Segment& s = r_.segments[i];
    Add(s.span, MarkLayer::kSegment, std::string(SegmentKindName(s.kind)), "", "", "", "",
        Numbered("s", i));
  }
}

void Collector::Dates() {
  if (const auto& p = r_.document.published; p && p->span) {
    Add(*p->span, MarkLayer::kAtom, "date", "published", "", p->value,
        "date (published): " + p->value, "published");
  }
  for (std::size_t i = 0; i < r_.dates.size(); ++i) {
    const DateMention& d = r_.dates[i];
    const std::string id = Numbered("d", i);
    Add(d.span, MarkLayer::kAtom, "date", id, "", d.value,
        std::string(DateTypeName(d.type)) + " " + id + ": " + d.value, id);
  }
}

void Collector::Participants() {
  for (const Participant& p : r_.participants) {
    const std::string kind(ParticipantKindName(p.kind));
    const bool country = p.kind == ParticipantKind::kCountry;
    const std::string value = country && !p.code.empty() ? p.code : p.name;
    const std::string details = JoinNonEmpty({p.title, p.acronym, p.organization, p.country,
                                              country ? p.code : ""}, " · ");
    const std::string tip = kind + " " + p.id + ": " + p.name + (details.empty() ? "" : "\n" + details);
    for (std::size_t m = 0; m < p.mentions.size(); ++m) {
      Add(p.mentions[m], MarkLayer::kAtom, kind, p.id, "mention", value, tip,
          p.id + "-" + std::to_string(m + 1));
    }
  }
}

void Collector::Events() {
  for (const Event& e : r_.events) {
    const std::string head = JoinNonEmpty({e.type, e.trigger.empty() ? "" : "(" + e.trigger + ")",
                                           e.cameo.empty() ? "" : "CAMEO " + e.cameo}, " ");
    const std::string facts = JoinNonEmpty({DateValue(e.date), e.location, Ids(e.participants)}, " · ");
    const std::string tip = "event " + e.id + ": " + head + (facts.empty() ? "" : "\n" + facts);
    Add(e.evidence, MarkLayer::kWide, "event", e.id, "evidence", e.type, tip, e.id);
    for (std::size_t m = 0; m < e.mentions.size(); ++m) {
      Add(e.mentions[m], MarkLayer::kWide, "event", e.id, "mention", e.type, tip,
          e.id + "-" + std::to_string(m + 1));
    }
  }
}

void Collector::Agreements() {
  for (const Agreement& a : r_.agreements) {
    const std::string facts = JoinNonEmpty({a.type, a.status, DateValue(a.date), Ids(a.parties)}, " · ");
    Add(a.evidence, MarkLayer::kWide, "agreement", a.id, "evidence", a.name.empty() ? a.type : a.name,
        "agreement " + a.id + ": " + JoinNonEmpty({a.name, facts}, "\n"), a.id);
  }
}

void Collector::FollowUps() {
  for (const FollowUp& f : r_.follow_ups) {
    const std::string facts = JoinNonEmpty({DateValue(f.when), f.venue, Ids(f.actor)}, " · ");
    Add(f.evidence, MarkLayer::kWide, "follow-up", f.id, "evidence", f.action,
        "follow-up " + f.id + ": " + JoinNonEmpty({f.action, facts}, "\n"), f.id);
  }
}

void Collector::Contacts() {
  for (std::size_t i = 0; i < r_.contacts.size(); ++i) {
    const Contact& c = r_.contacts[i];
    const std::string id = Numbered("k", i);
    const std::string who = JoinNonEmpty({c.department, c.organization, c.person}, " · ");
    Add(c.span, MarkLayer::kWide, "contact", id, "", who, "contact " + id + ": " + who, id);
    for (std::size_t p = 0; p < c.phones.size(); ++p) {
      const Phone& phone = c.phones[p];
      const std::string value = phone.e164.empty() ? phone.text : phone.e164;
      Add(phone.span, MarkLayer::kAtom, "phone", id, "", value,
          "phone (" + id + "): " + (phone.e164.empty() ? "not a valid number" : phone.e164),
          id + "-phone" + std::to_string(p + 1));
    }
    for (std::size_t m = 0; m < c.emails.size(); ++m) {
      Add(c.emails[m].span, MarkLayer::kAtom, "email", id, "", c.emails[m].text,
          "e-mail (" + id + "): " + c.emails[m].text, id + "-email" + std::to_string(m + 1));
    }
  }
}

void Collector::Attachments() {
  for (std::size_t i = 0; i < r_.attachments.size(); ++i) {
    const Attachment& a = r_.attachments[i];
    const std::string id = Numbered("att", i);
    Add(a.span, MarkLayer::kWide, "attachment", id, "", a.format,
        "attachment " + id + ": " + (a.format.empty() ? "format unknown" : a.format), id);
  }
  if (const auto& l = r_.licence) {
    Add(l->span, MarkLayer::kWide, "licence", "licence", "", l->id,
        "licence: " + JoinNonEmpty({l->id, l->name}, "\n"), "licence");
  }
}

}  // namespace

std::vector<Mark> CollectMarks(const Release& r) { return Collector(r).Run(); }

}  // namespace prextract::internal
