#include "prextract/json.h"

#include <nlohmann/json.hpp>

#include "emit/codepoints.h"
#include "emit/names.h"
#include "lexicon/embedded.h"
#include "prextract/version.h"

namespace prextract {
namespace {

using Json = nlohmann::ordered_json;
using internal::CodePointIndex;

class Writer {
 public:
  explicit Writer(const Release& r) : r_(r), index_(r.text) {}

  Json Release() const;

 private:
  std::string_view Slice(Span s) const {
    return std::string_view(r_.text).substr(s.start, s.end - s.start);
  }
  void AddSpan(Span s, Json* j) const {
    (*j)["start"] = index_.ToCodePoint(s.start);
    (*j)["end"] = index_.ToCodePoint(s.end);
  }
  Json SpanWithText(Span s) const {
    Json j = Json::object();
    AddSpan(s, &j);
    j["text"] = Slice(s);
    return j;
  }
  Json Spans(const std::vector<Span>& spans) const {
    Json a = Json::array();
    for (const Span& s : spans) {
      Json j = Json::object();
      AddSpan(s, &j);
      a.push_back(std::move(j));
    }
    return a;
  }
  static Json OrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }
  static Json DateOrNull(const std::optional<DateRef>& d) {
    if (!d) return nullptr;
    return Json{{"text", d->text}, {"value", d->value}};
  }

  Json Document() const;
  Json Segments() const;
  Json Paragraphs() const;
  Json Dates() const;
  Json Participants() const;
  Json Participant(const prextract::Participant& p) const;
  Json Events() const;
  Json Agreements() const;
  Json FollowUps() const;
  Json Contacts() const;
  Json Attachments() const;
  Json Licence() const;
  Json Warnings() const;

  const prextract::Release& r_;
  CodePointIndex index_;
};

Json SourceJson(const Source& s) {
  Json j = Json::object();
  j["path"] = s.path;
  j["id"] = s.id ? Json(*s.id) : Json(nullptr);
  j["bytes"] = s.bytes;
  j["sha256"] = s.sha256;
  return j;
}

Json Writer::Release() const {
  Json j = Json::object();
  j["schema"] = kSchemaId;
  j["offsets"] = "codepoint";
  j["source"] = SourceJson(r_.source);
  j["document"] = Document();
  j["segments"] = Segments();
  j["paragraphs"] = Paragraphs();
  j["dates"] = Dates();
  j["participants"] = Participants();
  j["events"] = Events();
  j["agreements"] = Agreements();
  j["follow_up_actions"] = FollowUps();
  j["contacts"] = Contacts();
  j["attachments"] = Attachments();
  j["licence"] = Licence();
  j["warnings"] = Warnings();
  return j;
}

Json Writer::Document() const {
  const prextract::Document& d = r_.document;
  Json j = Json::object();
  j["title"] = OrNull(d.title);
  j["breadcrumbs"] = d.breadcrumbs;
  if (d.publisher) {
    j["publisher"] = Json{{"name", d.publisher->name},
                          {"acronym", OrNull(d.publisher->acronym)},
                          {"country", OrNull(d.publisher->country)}};
  } else {
    j["publisher"] = nullptr;
  }
  j["published"] = DateOrNull(d.published);
  j["reference_date"] = Json{{"value", OrNull(d.reference_date)}, {"basis", d.reference_basis}};
  j["language"] = d.language;
  return j;
}

Json Writer::Segments() const {
  Json a = Json::array();
  for (const Segment& s : r_.segments) {
    Json j = Json{{"kind", internal::SegmentKindName(s.kind)}};
    AddSpan(s.span, &j);
    j["text"] = Slice(s.span);
    a.push_back(std::move(j));
  }
  return a;
}

Json Writer::Paragraphs() const {
  Json a = Json::array();
  for (std::size_t i = 0; i < r_.paragraphs.size(); ++i) {
    Json j = Json{{"index", i}};
    AddSpan(r_.paragraphs[i].span, &j);
    j["text"] = Slice(r_.paragraphs[i].span);
    a.push_back(std::move(j));
  }
  return a;
}

Json Writer::Dates() const {
  Json a = Json::array();
  for (const DateMention& d : r_.dates) {
    Json j = Json{{"text", Slice(d.span)}, {"value", d.value},
                  {"type", internal::DateTypeName(d.type)}};
    AddSpan(d.span, &j);
    j["paragraph"] = d.paragraph ? Json(*d.paragraph) : Json(nullptr);
    a.push_back(std::move(j));
  }
  return a;
}

Json Writer::Participant(const prextract::Participant& p) const {
  Json j = Json{{"id", p.id}, {"kind", internal::ParticipantKindName(p.kind)}, {"name", p.name}};
  switch (p.kind) {
    case ParticipantKind::kPerson:
      j["title"] = OrNull(p.title);
      j["organization"] = OrNull(p.organization);
      j["country"] = OrNull(p.country);
      j["aliases"] = p.aliases;
      break;
    case ParticipantKind::kOrganization:
      j["acronym"] = OrNull(p.acronym);
      j["country"] = OrNull(p.country);
      j["aliases"] = p.aliases;
      break;
    case ParticipantKind::kCountry:
      j["code"] = p.code;
      break;
  }
  j["mentions"] = Spans(p.mentions);
  return j;
}

Json Writer::Participants() const {
  Json a = Json::array();
  for (const auto& p : r_.participants) a.push_back(Participant(p));
  return a;
}

Json Writer::Events() const {
  Json a = Json::array();
  for (const Event& e : r_.events) {
    a.push_back(Json{{"id", e.id}, {"type", e.type}, {"trigger", e.trigger},
                     {"cameo", OrNull(e.cameo)}, {"date", DateOrNull(e.date)},
                     {"location", OrNull(e.location)}, {"participants", e.participants},
                     {"evidence", SpanWithText(e.evidence)}, {"mentions", Spans(e.mentions)}});
  }
  return a;
}

Json Writer::Agreements() const {
  Json a = Json::array();
  for (const Agreement& g : r_.agreements) {
    a.push_back(Json{{"id", g.id}, {"type", g.type}, {"name", OrNull(g.name)},
                     {"status", g.status}, {"date", DateOrNull(g.date)}, {"parties", g.parties},
                     {"evidence", SpanWithText(g.evidence)}});
  }
  return a;
}

Json Writer::FollowUps() const {
  Json a = Json::array();
  for (const FollowUp& f : r_.follow_ups) {
    a.push_back(Json{{"id", f.id}, {"action", f.action}, {"actor", f.actor},
                     {"venue", OrNull(f.venue)}, {"when", DateOrNull(f.when)},
                     {"evidence", SpanWithText(f.evidence)}});
  }
  return a;
}

Json Writer::Contacts() const {
  Json a = Json::array();
  for (const Contact& c : r_.contacts) {
    Json phones = Json::array();
    for (const Phone& p : c.phones) {
      phones.push_back(Json{{"text", p.text}, {"e164", OrNull(p.e164)}});
    }
    Json emails = Json::array();
    for (const Email& e : c.emails) emails.push_back(e.text);
    Json j = Json{{"department", OrNull(c.department)}, {"organization", OrNull(c.organization)},
                  {"person", OrNull(c.person)}, {"phones", std::move(phones)},
                  {"emails", std::move(emails)}};
    AddSpan(c.span, &j);
    a.push_back(std::move(j));
  }
  return a;
}

Json Writer::Attachments() const {
  Json a = Json::array();
  for (const Attachment& t : r_.attachments) {
    Json j = Json{{"text", t.text}, {"format", OrNull(t.format)}};
    AddSpan(t.span, &j);
    a.push_back(std::move(j));
  }
  return a;
}

Json Writer::Licence() const {
  if (!r_.licence) return nullptr;
  Json j = Json{{"id", r_.licence->id}, {"name", r_.licence->name}};
  AddSpan(r_.licence->span, &j);
  return j;
}

Json Writer::Warnings() const {
  Json a = Json::array();
  for (const Warning& w : r_.warnings) {
    Json j = Json{{"code", w.code}, {"message", w.message}};
    if (w.span) {
      AddSpan(*w.span, &j);
    } else {
      j["start"] = nullptr;
      j["end"] = nullptr;
    }
    a.push_back(std::move(j));
  }
  return a;
}

Json ErrorJson(const Release& r) {
  return Json{{"schema", kSchemaId}, {"source", SourceJson(r.source)},
              {"error", Json{{"code", r.error->code}, {"message", r.error->message}}}};
}

}  // namespace

std::string ToJson(const Release& release, bool pretty) {
  const Json j = release.error ? ErrorJson(release) : Writer(release).Release();
  // Replace, not throw, should a string ever hold invalid UTF-8.
  return j.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
}

std::string_view JsonSchema() { return internal::EmbeddedSchema(); }

}  // namespace prextract
