// The record finders, one per record kind, over prepared sentence contexts.
#ifndef PREXTRACT_RECORDS_RECORDS_INTERNAL_H_
#define PREXTRACT_RECORDS_RECORDS_INTERNAL_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "prextract/release.h"
#include "records/context.h"

namespace prextract::internal {

std::vector<Event> FindEvents(std::string_view text, const std::vector<SentenceContext>& sentences);
std::vector<Agreement> FindAgreements(std::string_view text,
                                      const std::vector<SentenceContext>& sentences);
std::vector<FollowUp> FindFollowUps(std::string_view text,
                                    const std::vector<SentenceContext>& sentences);

/// "in Berlin, Germany" / "at COEX, Seoul" in the sentence, preferring the part after
/// word `trigger`; empty when none.
std::string FindLocation(std::string_view text, const SentenceContext& s, std::size_t trigger);

/// A TimeML value reduced to its calendar part: "2023-05-25TMO" -> "2023-05-25".
/// Clock times are kept ("2023-05-25T14:00").
std::string DayOf(const std::string& value);

/// An undated record in the paragraph of a dated one continues the same occasion and shares
/// its date ("Minister Yun will visit the UN from February 9 to 10. ... Minister Yun will
/// request ...", "Zoom has selected AWS ... The multi-year agreement extends ..."). A relative
/// date ("in the future", FUTURE_REF) places no occasion and is not passed on.
class ParagraphDate {
 public:
  /// Gives `*date` the date of the paragraph's last dated record when it has none, or
  /// remembers it when it has one. Records are passed in text order.
  void Share(const SentenceContext& s, std::optional<DateRef>* date) {
    if (!s.paragraph) return;
    if (*date && date->value().value.ends_with("_REF")) {
      date_.reset();
    } else if (*date) {
      paragraph_ = s.paragraph;
      date_ = *date;
    } else if (date_ && paragraph_ == s.paragraph) {
      *date = date_;
    }
  }

 private:
  std::optional<int> paragraph_;
  std::optional<DateRef> date_;
};

/// A record id: a letter and a 1-based number ("e1").
std::string MakeId(char prefix, std::size_t number);

}  // namespace prextract::internal

#endif  // PREXTRACT_RECORDS_RECORDS_INTERNAL_H_
