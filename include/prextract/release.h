// prextract — the records one press release yields.
//
// Plain structs, no behaviour. Every Span is a half-open range of BYTE offsets into
// Release::text (the decoded UTF-8 input); the JSON writer turns them into code-point
// offsets. Ids ("p1", "o1", "c1", "e1", "a1", "f1") are local to one release.
#ifndef PREXTRACT_RELEASE_H_
#define PREXTRACT_RELEASE_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace prextract {

/// A half-open byte range [start, end) into Release::text.
struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
  bool empty() const { return end <= start; }
  friend bool operator==(const Span&, const Span&) = default;
};

enum class SegmentKind {
  kNavigation, kTitle, kSubtitle, kDateline, kBody, kHeading,
  kNote, kContact, kAttachment, kLicence, kBoilerplate,
};

struct Segment {
  SegmentKind kind = SegmentKind::kBody;
  Span span;
};

struct Paragraph {
  Span span;
};

/// Something the reader should know about the input or a record: data, not chatter.
struct Warning {
  std::string code;     // e.g. "contact.email_missing", "input.empty"
  std::string message;
  std::optional<Span> span;
};

/// A temporal value as text plus its TimeML-style normal form.
struct DateRef {
  std::string text;
  std::string value;
  std::optional<Span> span;
};

struct Publisher {
  std::string name;
  std::string acronym;   // empty when unknown
  std::string country;   // ISO 3166-1 alpha-2, empty when unknown
};

struct Document {
  std::string title;
  std::vector<std::string> breadcrumbs;
  std::optional<Publisher> publisher;
  std::optional<DateRef> published;       // only a full date the page states
  std::string reference_date;             // YYYY-MM-DD or empty
  std::string reference_basis = "none";   // option | published | none
  std::string language = "en";
};

enum class DateType { kDate, kTime, kDuration, kSet };

struct DateMention {
  Span span;
  std::string value;
  DateType type = DateType::kDate;
  std::optional<int> paragraph;   // body paragraph index; nullopt inside a note
};

enum class ParticipantKind { kPerson, kOrganization, kCountry };

struct Participant {
  std::string id;
  ParticipantKind kind = ParticipantKind::kPerson;
  std::string name;
  std::string title;          // persons
  std::string organization;   // persons: id of an organisation participant
  std::string acronym;        // organisations
  std::string country;        // ISO alpha-2 (persons, organisations)
  std::string code;           // countries: ISO alpha-2
  std::vector<std::string> aliases;
  std::vector<Span> mentions;
};

struct Event {
  std::string id;
  std::string type;       // meeting, summit, visit, conference, signing, ...
  std::string trigger;
  std::string cameo;
  std::optional<DateRef> date;
  std::string location;
  std::vector<std::string> participants;   // participant ids
  Span evidence;
  std::vector<Span> mentions;
};

struct Agreement {
  std::string id;
  std::string type;       // agreement, treaty, mou, contract, settlement, partnership, decision
  std::string name;
  std::string status;     // signed, agreed, decided, planned, in_force
  std::optional<DateRef> date;
  std::vector<std::string> parties;
  Span evidence;
};

struct FollowUp {
  std::string id;
  std::string action;
  std::vector<std::string> actor;
  std::string venue;
  std::optional<DateRef> when;
  Span evidence;
};

struct Phone {
  std::string text;
  std::string e164;   // empty when it could not be validated
  Span span;
};

struct Email {
  std::string text;
  Span span;
};

struct Contact {
  std::string department;
  std::string organization;   // participant id, or empty
  std::string person;         // empty when none is named
  std::vector<Phone> phones;
  std::vector<Email> emails;
  Span span;
};

struct Attachment {
  std::string text;
  std::string format;   // pdf, hwp, docx, ... or empty
  Span span;
};

struct Licence {
  std::string id;     // CONTRACT.md "Licence ids"
  std::string name;
  Span span;
};

struct Source {
  std::string path;                // file path or "-"
  std::optional<std::string> id;   // JSONL record id
  std::uint64_t bytes = 0;
  std::string sha256;              // of the raw input bytes, lowercase hex
};

/// Why an input produced no release. `code` is one of CONTRACT.md's error codes.
struct Error {
  std::string code;
  std::string message;
};

struct Release {
  Source source;
  std::optional<Error> error;   // set: nothing else below is meaningful
  std::string text;             // the decoded input all spans point into
  Document document;
  std::vector<Segment> segments;
  std::vector<Paragraph> paragraphs;
  std::vector<DateMention> dates;
  std::vector<Participant> participants;
  std::vector<Event> events;
  std::vector<Agreement> agreements;
  std::vector<FollowUp> follow_ups;
  std::vector<Contact> contacts;
  std::vector<Attachment> attachments;
  std::optional<Licence> licence;
  std::vector<Warning> warnings;
};

}  // namespace prextract

#endif  // PREXTRACT_RELEASE_H_
