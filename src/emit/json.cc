#include "prextract/json.h"

#include "emit/codepoints.h"
#include "emit/json_writer.h"
#include "emit/names.h"
#include "lexicon/embedded.h"
#include "prextract/version.h"

#include <vector>

namespace prextract {
namespace {

using internal::CodePointIndex;
using internal::JsonWriter;

void WriteSource(const Source& s, JsonWriter* w) {
  w->BeginObject();
  w->StringMember("path", s.path);
  w->Key("id");
  s.id ? w->String(*s.id) : w->Null();
  w->Key("bytes");
  w->Number(s.bytes);
  w->StringMember("sha256", s.sha256);
  w->EndObject();
}

// Where the output holds the members written for one span, for Writer::Paragraphs to copy.
struct Piece {
  Span span;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Writes one release's members in the contract's order; one method per top-level key.
class Writer {
 public:
  Writer(const Release& r, JsonWriter* w) : r_(r), w_(*w), index_(r.text) {}

  void Release();

 private:
  std::string_view Slice(Span s) const {
    return std::string_view(r_.text).substr(s.start, s.end - s.start);
  }
  void AddSpan(Span s) {
    w_.NumberMembers("start", index_.ToCodePoint(s.start), "end", index_.ToCodePoint(s.end));
  }
  void AddText(Span s) { w_.StringMember("text", Slice(s)); }
  void SpanWithText(Span s) {
    w_.BeginObject();
    AddSpan(s);
    AddText(s);
    w_.EndObject();
  }
  void Spans(const std::vector<Span>& spans) {
    w_.BeginArray();
    for (const Span& s : spans) {
      w_.NumberObject("start", index_.ToCodePoint(s.start), "end", index_.ToCodePoint(s.end));
    }
    w_.EndArray();
  }
  void Member(std::string_view key, std::string_view value) { w_.StringMember(key, value); }
  const Piece* SegmentPiece(Span span, std::size_t* next) const;
  void MemberOrNull(std::string_view key, std::string_view value) {
    if (!value.empty()) return w_.StringMember(key, value);
    w_.Key(key);
    w_.Null();
  }
  void DateOrNull(std::string_view key, const std::optional<DateRef>& d) {
    w_.Key(key);
    if (!d) return w_.Null();
    w_.BeginObject();
    Member("text", d->text);
    Member("value", d->value);
    w_.EndObject();
  }

  void Document();
  void Segments();
  void Paragraphs();
  void Dates();
  void Participants();
  void Participant(const prextract::Participant& p);
  void Events();
  void Agreements();
  void FollowUps();
  void Contacts();
  void Phones(const std::vector<Phone>& phones);
  void Attachments();
  void Licence();
  void Warnings();

  const prextract::Release& r_;
  JsonWriter& w_;
  CodePointIndex index_;
  // Each segment's "start", "end" and "text" members as written, in the output.
  std::vector<Piece> segment_pieces_;
};

void Writer::Release() {
  w_.BeginObject();
  Member("schema", kSchemaId);
  Member("offsets", "codepoint");
  w_.Key("source");
  WriteSource(r_.source, &w_);
  Document();
  Segments();
  Paragraphs();
  Dates();
  Participants();
  Events();
  Agreements();
  FollowUps();
  Contacts();
  Attachments();
  Licence();
  Warnings();
  w_.EndObject();
}

void Writer::Document() {
  const prextract::Document& d = r_.document;
  w_.Key("document");
  w_.BeginObject();
  MemberOrNull("title", d.title);
  w_.Key("breadcrumbs");
  w_.Strings(d.breadcrumbs);
  w_.Key("publisher");
  if (d.publisher) {
    w_.BeginObject();
    Member("name", d.publisher->name);
    MemberOrNull("acronym", d.publisher->acronym);
    MemberOrNull("country", d.publisher->country);
    w_.EndObject();
  } else {
    w_.Null();
  }
  DateOrNull("published", d.published);
  w_.Key("reference_date");
  w_.BeginObject();
  MemberOrNull("value", d.reference_date);
  Member("basis", d.reference_basis);
  w_.EndObject();
  Member("language", d.language);
  w_.EndObject();
}

void Writer::Segments() {
  w_.Key("segments");
  w_.BeginArray();
  segment_pieces_.reserve(r_.segments.size());
  for (const Segment& s : r_.segments) {
    w_.BeginObject();
    Member("kind", internal::SegmentKindName(s.kind));
    const std::size_t begin = w_.Written();
    AddSpan(s.span);
    AddText(s.span);
    segment_pieces_.push_back({s.span, begin, w_.Written()});
    w_.EndObject();
  }
  w_.EndArray();
}

// The piece of the segment whose span is `span`, or null. Paragraphs come in the
// segments' order, so the search goes on from `next`; one out of order is written anew.
const Piece* Writer::SegmentPiece(Span span, std::size_t* next) const {
  while (*next < segment_pieces_.size() && segment_pieces_[*next].span.start < span.start) ++*next;
  if (*next < segment_pieces_.size() && segment_pieces_[*next].span == span) return &segment_pieces_[*next];
  return nullptr;
}

// Every paragraph is most often a segment of its own (same span, same depth in the
// output): its offsets and text are copied from the segment's, not converted and escaped
// again.
void Writer::Paragraphs() {
  w_.Key("paragraphs");
  w_.BeginArray();
  std::size_t next = 0;
  for (std::size_t i = 0; i < r_.paragraphs.size(); ++i) {
    const Span span = r_.paragraphs[i].span;
    w_.BeginObject();
    w_.NumberMember("index", i);
    if (const Piece* piece = SegmentPiece(span, &next)) {
      w_.Repeat(piece->begin, piece->end);
    } else {
      AddSpan(span);
      AddText(span);
    }
    w_.EndObject();
  }
  w_.EndArray();
}

void Writer::Dates() {
  w_.Key("dates");
  w_.BeginArray();
  for (const DateMention& d : r_.dates) {
    w_.BeginObject();
    AddText(d.span);
    Member("value", d.value);
    Member("type", internal::DateTypeName(d.type));
    AddSpan(d.span);
    w_.Key("paragraph");
    d.paragraph ? w_.Number(static_cast<std::uint64_t>(*d.paragraph)) : w_.Null();
    w_.EndObject();
  }
  w_.EndArray();
}

void Writer::Participant(const prextract::Participant& p) {
  w_.BeginObject();
  Member("id", p.id);
  Member("kind", internal::ParticipantKindName(p.kind));
  Member("name", p.name);
  switch (p.kind) {
    case ParticipantKind::kPerson:
      MemberOrNull("title", p.title);
      MemberOrNull("organization", p.organization);
      MemberOrNull("country", p.country);
      w_.Key("aliases");
      w_.Strings(p.aliases);
      break;
    case ParticipantKind::kOrganization:
      MemberOrNull("acronym", p.acronym);
      MemberOrNull("country", p.country);
      w_.Key("aliases");
      w_.Strings(p.aliases);
      break;
    case ParticipantKind::kCountry:
      Member("code", p.code);
      break;
  }
  w_.Key("mentions");
  Spans(p.mentions);
  w_.EndObject();
}

void Writer::Participants() {
  w_.Key("participants");
  w_.BeginArray();
  for (const auto& p : r_.participants) Participant(p);
  w_.EndArray();
}

void Writer::Events() {
  w_.Key("events");
  w_.BeginArray();
  for (const Event& e : r_.events) {
    w_.BeginObject();
    Member("id", e.id);
    Member("type", e.type);
    Member("trigger", e.trigger);
    MemberOrNull("cameo", e.cameo);
    DateOrNull("date", e.date);
    MemberOrNull("location", e.location);
    w_.Key("participants");
    w_.Strings(e.participants);
    w_.Key("evidence");
    SpanWithText(e.evidence);
    w_.Key("mentions");
    Spans(e.mentions);
    w_.EndObject();
  }
  w_.EndArray();
}

void Writer::Agreements() {
  w_.Key("agreements");
  w_.BeginArray();
  for (const Agreement& g : r_.agreements) {
    w_.BeginObject();
    Member("id", g.id);
    Member("type", g.type);
    MemberOrNull("name", g.name);
    Member("status", g.status);
    DateOrNull("date", g.date);
    w_.Key("parties");
    w_.Strings(g.parties);
    w_.Key("evidence");
    SpanWithText(g.evidence);
    w_.EndObject();
  }
  w_.EndArray();
}

void Writer::FollowUps() {
  w_.Key("follow_up_actions");
  w_.BeginArray();
  for (const FollowUp& f : r_.follow_ups) {
    w_.BeginObject();
    Member("id", f.id);
    Member("action", f.action);
    w_.Key("actor");
    w_.Strings(f.actor);
    MemberOrNull("venue", f.venue);
    DateOrNull("when", f.when);
    w_.Key("evidence");
    SpanWithText(f.evidence);
    w_.EndObject();
  }
  w_.EndArray();
}

void Writer::Phones(const std::vector<Phone>& phones) {
  w_.Key("phones");
  w_.BeginArray();
  for (const Phone& p : phones) {
    w_.BeginObject();
    Member("text", p.text);
    MemberOrNull("e164", p.e164);
    w_.EndObject();
  }
  w_.EndArray();
}

void Writer::Contacts() {
  w_.Key("contacts");
  w_.BeginArray();
  for (const Contact& c : r_.contacts) {
    w_.BeginObject();
    MemberOrNull("department", c.department);
    MemberOrNull("organization", c.organization);
    MemberOrNull("person", c.person);
    Phones(c.phones);
    w_.Key("emails");
    w_.BeginArray();
    for (const Email& e : c.emails) w_.String(e.text);
    w_.EndArray();
    AddSpan(c.span);
    w_.EndObject();
  }
  w_.EndArray();
}

void Writer::Attachments() {
  w_.Key("attachments");
  w_.BeginArray();
  for (const Attachment& t : r_.attachments) {
    w_.BeginObject();
    Member("text", t.text);
    MemberOrNull("format", t.format);
    AddSpan(t.span);
    w_.EndObject();
  }
  w_.EndArray();
}

void Writer::Licence() {
  w_.Key("licence");
  if (!r_.licence) return w_.Null();
  w_.BeginObject();
  Member("id", r_.licence->id);
  Member("name", r_.licence->name);
  AddSpan(r_.licence->span);
  w_.EndObject();
}

void Writer::Warnings() {
  w_.Key("warnings");
  w_.BeginArray();
  for (const Warning& warning : r_.warnings) {
    w_.BeginObject();
    Member("code", warning.code);
    Member("message", warning.message);
    if (warning.span) {
      AddSpan(*warning.span);
    } else {
      w_.Key("start");
      w_.Null();
      w_.Key("end");
      w_.Null();
    }
    w_.EndObject();
  }
  w_.EndArray();
}

void WriteError(const Release& r, JsonWriter* w) {
  w->BeginObject();
  w->Key("schema");
  w->String(kSchemaId);
  w->Key("source");
  WriteSource(r.source, w);
  w->Key("error");
  w->BeginObject();
  w->Key("code");
  w->String(r.error->code);
  w->Key("message");
  w->String(r.error->message);
  w->EndObject();
  w->EndObject();
}

}  // namespace

std::string ToJson(const Release& release, bool pretty) {
  std::string out;
  // Segments and paragraphs repeat most of the text, and records and mentions add as much
  // again: a reserve that falls short copies all that was written to a larger buffer, which
  // half of the releases did at three times the text, and one in a thousand does at five.
  out.reserve(5 * release.text.size() + 4096);
  JsonWriter w(&out, pretty);
  if (release.error) {
    WriteError(release, &w);
  } else {
    Writer(release, &w).Release();
  }
  w.Finish();
  return out;
}

std::string_view JsonSchema() { return internal::EmbeddedSchema(); }

}  // namespace prextract
