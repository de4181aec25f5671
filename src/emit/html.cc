#include "prextract/html.h"

#include "emit/html_marks.h"
#include "emit/html_nest.h"
#include "emit/html_table.h"
#include "emit/html_text.h"
#include "lexicon/embedded.h"
#include "prextract/version.h"

namespace prextract {
namespace {

using internal::AppendEscaped;
using internal::Escaped;
using internal::JoinNonEmpty;

// Nothing may load from elsewhere, and no script may run even if one slipped through.
constexpr char kPolicy[] = "default-src 'none'; style-src 'unsafe-inline'";

std::string PageTitle(const Release& r) {
  if (!r.document.title.empty()) return r.document.title;
  return r.source.id ? *r.source.id : r.source.path;
}

void AppendHead(const Release& r, std::string* out) {
  *out += "<!DOCTYPE html>\n<html lang=\"" + Escaped(r.document.language.empty() ? "en" : r.document.language) +
          "\">\n<head>\n<meta charset=\"utf-8\">\n";
  *out += "<meta http-equiv=\"Content-Security-Policy\" content=\"" + Escaped(kPolicy) + "\">\n";
  *out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  *out += "<meta name=\"generator\" content=\"prextract " + Escaped(kVersion) + "\">\n";
  *out += "<title>" + Escaped(PageTitle(r)) + " · prextract</title>\n<style>\n";
  *out += internal::EmbeddedHtmlStyle();
  *out += "</style>\n</head>\n<body>\n";
}

std::string MetaLine(const Release& r) {
  const Document& d = r.document;
  std::string publisher;
  if (d.publisher) publisher = JoinNonEmpty({d.publisher->name, d.publisher->acronym, d.publisher->country}, ", ");
  return JoinNonEmpty({r.source.id ? "id " + *r.source.id : "", "source " + r.source.path,
                       publisher.empty() ? "" : "publisher " + publisher,
                       d.published ? "published " + d.published->value : "",
                       d.reference_date.empty() ? "" : "reference date " + d.reference_date + " (" +
                                                           d.reference_basis + ")",
                       std::to_string(r.source.bytes) + " bytes"},
                      " · ");
}

struct LegendEntry {
  const char* kind;
  const char* label;
  std::size_t count;
};

std::size_t CountParticipants(const Release& r, ParticipantKind kind) {
  std::size_t n = 0;
  for (const Participant& p : r.participants) n += p.kind == kind;
  return n;
}

void AppendLegend(const Release& r, std::string* out) {
  std::size_t phones = 0, emails = 0;
  for (const Contact& c : r.contacts) phones += c.phones.size(), emails += c.emails.size();
  const LegendEntry entries[] = {
      {"date", "dates", r.dates.size()},
      {"person", "people", CountParticipants(r, ParticipantKind::kPerson)},
      {"organization", "organisations", CountParticipants(r, ParticipantKind::kOrganization)},
      {"country", "countries", CountParticipants(r, ParticipantKind::kCountry)},
      {"event", "events", r.events.size()},
      {"agreement", "agreements", r.agreements.size()},
      {"follow-up", "follow-ups", r.follow_ups.size()},
      {"contact", "contacts", r.contacts.size()},
      {"phone", "phones, e-mails", phones + emails},
      {"attachment", "attachments, licence", r.attachments.size() + (r.licence ? 1 : 0)}};
  *out += "<ul class=\"legend\" aria-label=\"Legend\">\n";
  for (const LegendEntry& e : entries) {
    *out += std::string("<li><span class=\"swatch k-") + e.kind + "\">" + e.kind + "</span>" + e.label +
            " <span class=\"n\">" + std::to_string(e.count) + "</span></li>\n";
  }
  *out += "</ul>\n";
}

void AppendHeader(const Release& r, std::string* out) {
  *out += "<header>\n<h1>" + Escaped(PageTitle(r)) + "</h1>\n<p class=\"meta\">";
  AppendEscaped(MetaLine(r), out);
  *out += "</p>\n";
  AppendLegend(r, out);
  *out += "</header>\n";
}

void AppendBody(const Release& r, std::string* out) {
  *out += "<main>\n<article class=\"release\" aria-label=\"Release text\">";
  if (r.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    *out += "<p class=\"empty\">The input holds no text.</p>";
  }
  internal::RenderMarkedText(r, internal::CollectMarks(r), out);
  *out += "</article>\n<aside class=\"records\" aria-label=\"Records\">\n";
  internal::AppendRecordTables(r, out);
  *out += "</aside>\n</main>\n";
}

void AppendError(const Release& r, std::string* out) {
  *out += "<header>\n<h1>No release: the input failed</h1>\n<p class=\"meta\">";
  AppendEscaped("source " + r.source.path + " · " + r.error->code + ": " + r.error->message, out);
  *out += "</p>\n</header>\n";
}

}  // namespace

std::string ToHtml(const Release& release) {
  std::string out;
  out.reserve(3 * release.text.size() + 16384);
  AppendHead(release, &out);
  if (release.error) {
    AppendError(release, &out);
  } else {
    AppendHeader(release, &out);
    AppendBody(release, &out);
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace prextract
