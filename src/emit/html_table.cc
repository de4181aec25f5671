#include "emit/html_table.h"

#include <vector>

#include "emit/html_text.h"
#include "emit/names.h"

namespace prextract::internal {
namespace {

struct Row {
  std::string anchor;               // DOM id of the span to jump to; empty: no link
  std::vector<std::string> cells;   // cells[0] is the id
};

struct Table {
  std::string title;
  std::string kind;                 // legend colour of the heading
  std::vector<std::string> headers;
  std::vector<Row> rows;
};

std::string_view Slice(const Release& r, Span s) {
  if (s.end > r.text.size() || s.empty()) return {};
  return std::string_view(r.text).substr(s.start, s.end - s.start);
}

std::string Ids(const std::vector<std::string>& ids) { return JoinNonEmpty(ids, ", "); }

std::string DateValue(const std::optional<DateRef>& d) { return d ? d->value : std::string(); }

void AppendRow(const Row& row, std::string* out) {
  *out += "<tr>";
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    *out += i == 0 ? "<td class=\"id\">" : "<td>";
    if (i == 0 && !row.anchor.empty()) *out += "<a href=\"#" + Escaped(row.anchor) + "\">";
    AppendEscaped(row.cells[i], out);
    if (i == 0 && !row.anchor.empty()) *out += "</a>";
    *out += "</td>";
  }
  *out += "</tr>\n";
}

void AppendTable(const Table& t, std::string* out) {
  *out += "<h2><span class=\"swatch k-" + Escaped(t.kind) + "\">" + std::to_string(t.rows.size()) +
          "</span>" + Escaped(t.title) + "</h2>\n";
  if (t.rows.empty()) {
    *out += "<p class=\"none\">none</p>\n";
    return;
  }
  *out += "<table><thead><tr>";
  for (const std::string& h : t.headers) *out += "<th>" + Escaped(h) + "</th>";
  *out += "</tr></thead><tbody>\n";
  for (const Row& row : t.rows) AppendRow(row, out);
  *out += "</tbody></table>\n";
}

Table DatesTable(const Release& r) {
  Table t{"Dates", "date", {"id", "text", "value", "type"}, {}};
  for (std::size_t i = 0; i < r.dates.size(); ++i) {
    const DateMention& d = r.dates[i];
    const std::string id = std::string("d").append(std::to_string(i + 1));
    t.rows.push_back({id, {id, std::string(Slice(r, d.span)), d.value, std::string(DateTypeName(d.type))}});
  }
  return t;
}

Table ParticipantsTable(const Release& r, ParticipantKind kind) {
  static const char* const kTitles[] = {"People", "Organisations", "Countries"};
  const std::string name(ParticipantKindName(kind));
  Table t{kTitles[static_cast<int>(kind)], name, {"id", "name", "details", "mentions"}, {}};
  for (const Participant& p : r.participants) {
    if (p.kind != kind) continue;
    const std::string details = JoinNonEmpty({p.title, p.acronym, p.organization, p.country, p.code}, " · ");
    const std::string anchor = p.mentions.empty() ? "" : p.id + "-1";
    t.rows.push_back({anchor, {p.id, p.name, details, std::to_string(p.mentions.size())}});
  }
  return t;
}

Table EventsTable(const Release& r) {
  Table t{"Events", "event", {"id", "type", "trigger", "date", "location", "participants"}, {}};
  for (const Event& e : r.events) {
    t.rows.push_back({e.id, {e.id, e.type, e.trigger, DateValue(e.date), e.location, Ids(e.participants)}});
  }
  return t;
}

Table AgreementsTable(const Release& r) {
  Table t{"Agreements", "agreement", {"id", "name", "type", "status", "date", "parties"}, {}};
  for (const Agreement& a : r.agreements) {
    t.rows.push_back({a.id, {a.id, a.name, a.type, a.status, DateValue(a.date), Ids(a.parties)}});
  }
  return t;
}

Table FollowUpsTable(const Release& r) {
  Table t{"Follow-up actions", "follow-up", {"id", "action", "when", "venue", "actor"}, {}};
  for (const FollowUp& f : r.follow_ups) {
    t.rows.push_back({f.id, {f.id, f.action, DateValue(f.when), f.venue, Ids(f.actor)}});
  }
  return t;
}

Table ContactsTable(const Release& r) {
  Table t{"Contacts", "contact", {"id", "who", "phones (E.164)", "e-mails"}, {}};
  for (std::size_t i = 0; i < r.contacts.size(); ++i) {
    const Contact& c = r.contacts[i];
    std::vector<std::string> phones, emails;
    for (const Phone& p : c.phones) phones.push_back(p.e164.empty() ? p.text + " (invalid)" : p.e164);
    for (const Email& e : c.emails) emails.push_back(e.text);
    const std::string id = std::string("k").append(std::to_string(i + 1));
    t.rows.push_back({id, {id, JoinNonEmpty({c.department, c.organization, c.person}, " · "),
                           Ids(phones), Ids(emails)}});
  }
  return t;
}

Table OthersTable(const Release& r) {
  Table t{"Attachments and licence", "attachment", {"id", "text", "value"}, {}};
  for (std::size_t i = 0; i < r.attachments.size(); ++i) {
    const std::string id = "att" + std::to_string(i + 1);
    t.rows.push_back({id, {id, r.attachments[i].text, r.attachments[i].format}});
  }
  if (r.licence) t.rows.push_back({"licence", {"licence", r.licence->name, r.licence->id}});
  return t;
}

Table WarningsTable(const Release& r) {
  Table t{"Warnings", "warning", {"code", "message"}, {}};
  for (const Warning& w : r.warnings) t.rows.push_back({"", {w.code, w.message}});
  return t;
}

}  // namespace

void AppendRecordTables(const Release& r, std::string* out) {
  const Table tables[] = {
      DatesTable(r), ParticipantsTable(r, ParticipantKind::kPerson),
      ParticipantsTable(r, ParticipantKind::kOrganization), ParticipantsTable(r, ParticipantKind::kCountry),
      EventsTable(r), AgreementsTable(r), FollowUpsTable(r), ContactsTable(r), OthersTable(r),
      WarningsTable(r)};
  for (const Table& t : tables) AppendTable(t, out);
}

}  // namespace prextract::internal
