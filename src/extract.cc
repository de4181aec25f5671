// The pipeline: read -> segment -> temporal -> participants -> records.
#include "prextract/extract.h"

// SHA256_Init and its kin are deprecated in OpenSSL 3 but kept: see Sha256Hex.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

#include <array>
#include <iterator>
#include <utility>

#include "lexicon/lexicon.h"
#include "participants/participants.h"
#include "records/records.h"
#include "segment/segment.h"
#include "sentences/sentences.h"
#include "temporal/temporal.h"
#include "text/decode.h"

namespace prextract {
namespace {

// The low-level SHA-256 calls, not EVP_Digest: EVP fetches the digest from a provider,
// and the first fetch loads OpenSSL's configuration and providers (about as much work as
// hashing a hundred releases), a start-up cost that one-file runs pay in full. Both reach
// the same block function, with SHA-NI where the CPU has it.
std::string Sha256Hex(std::string_view bytes) {
  std::array<unsigned char, SHA256_DIGEST_LENGTH> digest{};
  SHA256_CTX context;
  SHA256_Init(&context);
  SHA256_Update(&context, bytes.data(), bytes.size());
  SHA256_Final(digest.data(), &context);
  constexpr unsigned int size = SHA256_DIGEST_LENGTH;
  std::string hex;
  hex.reserve(2 * size);
  constexpr char kHex[] = "0123456789abcdef";
  for (unsigned int i = 0; i < size; ++i) {
    hex.push_back(kHex[digest[i] >> 4]);
    hex.push_back(kHex[digest[i] & 15]);
  }
  return hex;
}

Source MakeSource(std::string_view bytes, const Options& options) {
  Source s;
  s.path = options.source_path;
  if (options.has_source_id) s.id = options.source_id;
  s.bytes = bytes.size();
  s.sha256 = Sha256Hex(bytes);
  return s;
}

bool IsBlank(std::string_view text) {
  for (const char c : text) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v') return false;
  }
  return true;
}

// Moves what the segmenter found and no later stage reads into the release, rather than
// copying it (contacts and their phones, the title, attachments). The later stages read
// the segments, paragraphs, publisher and date lines: TakeSegments moves the first two once
// the last of them is done, and the publisher is copied.
void TakeLayout(internal::Layout* layout, Release* r) {
  r->document.title = std::move(layout->title);
  r->document.breadcrumbs = std::move(layout->breadcrumbs);
  r->document.publisher = layout->publisher;
  r->contacts = std::move(layout->contacts);
  r->attachments = std::move(layout->attachments);
  r->licence = std::move(layout->licence);
  r->warnings.insert(r->warnings.end(), std::make_move_iterator(layout->warnings.begin()),
                     std::make_move_iterator(layout->warnings.end()));
}

void TakeSegments(internal::Layout* layout, Release* r) {
  r->segments = std::move(layout->segments);
  r->paragraphs = std::move(layout->paragraphs);
}

void SetReferenceDate(const Options& options, Release* r) {
  if (!options.reference_date.empty()) {
    r->document.reference_date = options.reference_date;
    r->document.reference_basis = "option";
  } else if (r->document.published && IsIsoDate(r->document.published->value)) {
    r->document.reference_date = r->document.published->value;
    r->document.reference_basis = "published";
  }
}

// Links each contact to the organisation it names, by the organisation's name or acronym.
void LinkContacts(Release* r) {
  for (Contact& c : r->contacts) {
    const std::string_view block = std::string_view(r->text).substr(c.span.start, c.span.end - c.span.start);
    for (const Participant& p : r->participants) {
      if (p.kind != ParticipantKind::kOrganization) continue;
      if (block.find(p.name) != std::string_view::npos ||
          (!p.acronym.empty() && block.find(p.acronym) != std::string_view::npos)) {
        c.organization = p.id;
        break;
      }
    }
  }
}

void RunStages(const Options& options, Release* r) {
  // The segmenter's furniture rules and the dates and records stages read lower-case text:
  // one lower-cased copy serves them all.
  std::string lowered;
  internal::AsciiLowerInto(r->text, &lowered);
  internal::Layout layout = internal::SegmentText(r->text, {options.body_only, lowered});
  TakeLayout(&layout, r);
  r->document.published = internal::FindPublished(r->text, layout.date_lines);
  SetReferenceDate(options, r);
  internal::TemporalOptions temporal;
  temporal.reference_date = r->document.reference_date;
  temporal.style = options.date_style;
  if (r->document.publisher) temporal.region = r->document.publisher->country;
  r->dates = internal::FindDates(r->text, layout, temporal, &r->warnings, lowered);
  r->participants = internal::FindParticipants(r->text, layout, lowered);
  LinkContacts(r);
  const std::vector<internal::Sentence> sentences = internal::SplitSentences(r->text, layout);
  TakeSegments(&layout, r);
  const std::string_view publisher =
      r->document.publisher ? std::string_view(r->document.publisher->name) : std::string_view();
  internal::Records records =
      internal::FindRecords({r->text, sentences, r->dates, r->participants, publisher, lowered});
  r->events = std::move(records.events);
  r->agreements = std::move(records.agreements);
  r->follow_ups = std::move(records.follow_ups);
}

}  // namespace

// Digits read by hand, not sscanf: every release with a publication date asks, and sscanf
// cost more than the rest of the check.
bool IsIsoDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  const auto number = [d](std::size_t from, std::size_t to) {
    int n = 0;
    for (std::size_t i = from; i < to; ++i) n = 10 * n + (d[i] - '0');
    return n;
  };
  const int year = number(0, 4), month = number(5, 7), day = number(8, 10);
  constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && !leap);
}

Release Extract(std::string_view bytes, const Options& options) {
  Release r;
  r.source = MakeSource(bytes, options);
  if (bytes.size() > options.max_input_bytes) {
    r.error = Error{"input.too_large", "input is " + std::to_string(bytes.size()) +
                                           " bytes, over the limit of " +
                                           std::to_string(options.max_input_bytes)};
    return r;
  }
  internal::Decoded decoded = internal::Decode(bytes, options.encoding);
  if (decoded.error) {
    r.error = std::move(decoded.error);
    return r;
  }
  r.text = std::move(decoded.text);
  r.warnings = std::move(decoded.warnings);
  if (IsBlank(r.text)) {
    SetReferenceDate(options, &r);
    r.warnings.push_back(Warning{"input.empty", "the input holds no text", std::nullopt});
    return r;
  }
  RunStages(options, &r);
  return r;
}

}  // namespace prextract
