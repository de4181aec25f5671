// Properties every Release must have, whatever the input: checked by the fuzz targets
// and by the regression test that replays fuzz/regressions/ (tests/heavy).
#ifndef PREXTRACT_FUZZ_INVARIANTS_H_
#define PREXTRACT_FUZZ_INVARIANTS_H_

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "prextract/extract.h"
#include "prextract/json.h"
#include "prextract/release.h"
#include "text/decode.h"

namespace prextract::fuzz {

/// The options the Extract() fuzz target runs an input of `size` bytes with: the size
/// picks them, so every combination is reached without spending input bytes on them
/// (dev-corpus seeds stay real releases).
inline Options OptionsFor(std::size_t size) {
  Options o;
  o.body_only = (size & 1) != 0;
  o.date_style = (size & 2) != 0 ? DateStyle::kTimeml : DateStyle::kContract;
  if ((size & 4) != 0) o.reference_date = "2023-05-25";
  if ((size & 24) == 8) o.encoding = Encoding::kCp1252;
  if ((size & 24) == 16) o.encoding = Encoding::kUtf16;
  return o;
}

class InvariantChecker {
 public:
  explicit InvariantChecker(const Release& r) : r_(r) {}

  /// Empty when `r` keeps every invariant, else what broke first.
  std::string Check() {
    if (r_.error) return r_.text.empty() ? "" : "error record with text";
    std::string replaced;
    if (internal::AppendUtf8Replacing(r_.text, &replaced) != 0) return "text is not valid UTF-8";
    CheckLayout();
    CheckRecords();
    CheckJson();
    return problem_;
  }

 private:
  void Fail(const std::string& what) {
    if (problem_.empty()) problem_ = what;
  }
  bool OnBoundary(std::size_t offset) const {
    return offset == r_.text.size() ||
           (offset < r_.text.size() && (static_cast<unsigned char>(r_.text[offset]) & 0xC0) != 0x80);
  }
  void CheckSpan(const Span& s, const char* what) {
    if (s.start > s.end || s.end > r_.text.size()) {
      Fail(std::string(what) + ": span [" + std::to_string(s.start) + ", " +
           std::to_string(s.end) + ") outside the text of " + std::to_string(r_.text.size()));
    } else if (!OnBoundary(s.start) || !OnBoundary(s.end)) {
      Fail(std::string(what) + ": span cuts a UTF-8 sequence");
    }
  }
  void CheckIds(const std::vector<std::string>& ids, const char* what) {
    for (const std::string& id : ids) {
      if (!id.empty() && !participant_ids_.count(id)) Fail(std::string(what) + ": unknown id " + id);
    }
  }

  void CheckLayout() {
    std::size_t last_end = 0;
    for (const Segment& s : r_.segments) {
      CheckSpan(s.span, "segment");
      if (s.span.start < last_end) Fail("segments overlap or are out of order");
      last_end = s.span.end;
    }
    last_end = 0;
    for (const Paragraph& p : r_.paragraphs) {
      CheckSpan(p.span, "paragraph");
      if (p.span.start < last_end) Fail("paragraphs overlap or are out of order");
      last_end = p.span.end;
    }
    for (const DateMention& d : r_.dates) {
      CheckSpan(d.span, "date");
      if (d.paragraph && (*d.paragraph < 0 ||
                          static_cast<std::size_t>(*d.paragraph) >= r_.paragraphs.size())) {
        Fail("date: paragraph index out of range");
      }
    }
    for (const Contact& c : r_.contacts) CheckSpan(c.span, "contact");
    for (const Attachment& a : r_.attachments) CheckSpan(a.span, "attachment");
    if (r_.licence) CheckSpan(r_.licence->span, "licence");
    for (const Warning& w : r_.warnings) {
      if (w.span) CheckSpan(*w.span, "warning");
    }
  }

  void CheckRecords() {
    for (const Participant& p : r_.participants) {
      if (!participant_ids_.insert(p.id).second) Fail("duplicate participant id " + p.id);
      for (const Span& m : p.mentions) CheckSpan(m, "participant mention");
    }
    for (const Participant& p : r_.participants) CheckIds({p.organization}, "participant.organization");
    for (const Event& e : r_.events) {
      CheckSpan(e.evidence, "event evidence");
      for (const Span& m : e.mentions) CheckSpan(m, "event mention");
      CheckIds(e.participants, "event.participants");
    }
    for (const Agreement& a : r_.agreements) {
      CheckSpan(a.evidence, "agreement evidence");
      CheckIds(a.parties, "agreement.parties");
    }
    for (const FollowUp& f : r_.follow_ups) {
      CheckSpan(f.evidence, "follow-up evidence");
      CheckIds(f.actor, "follow_up.actor");
    }
    for (const Contact& c : r_.contacts) CheckIds({c.organization}, "contact.organization");
  }

  void CheckJson() {
    if (!problem_.empty()) return;   // emitting out-of-range spans is undefined
    for (const bool pretty : {false, true}) {
      const std::string json = ToJson(r_, pretty);
      if (!nlohmann::json::accept(json)) Fail("ToJson output is not JSON");
      if (!pretty && json.find('\n') != std::string::npos) Fail("compact JSON holds a newline");
    }
  }

  const Release& r_;
  std::set<std::string> participant_ids_;
  std::string problem_;
};

}  // namespace prextract::fuzz

#endif  // PREXTRACT_FUZZ_INVARIANTS_H_
