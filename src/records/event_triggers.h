// Which trigger of a sentence names its event: the candidates the event lexicon finds,
// less those negated, quoted or used as a modifier, and whether the chosen one points
// back at an occasion already reported ("the meeting").
#ifndef PREXTRACT_RECORDS_EVENT_TRIGGERS_H_
#define PREXTRACT_RECORDS_EVENT_TRIGGERS_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "records/context.h"
#include "records/phrases.h"

namespace prextract::internal {

struct TriggerType {
  std::string type;    // meeting, visit, ...; "reference" for "the event", "the occasion"
  std::string cameo;
};

struct TriggerPick {
  PhraseHit hit;
  TriggerType type;
  bool definite = false;   // "the meeting", "today's ceremony": an occasion already reported
  // The occasion the sentence points back at before reporting a different one ("On the
  // occasion of the meeting, the two sides will sign ...").
  std::optional<TriggerType> reference;
};

/// A further occasion the sentence reports in a clause of its own, of another kind ("Park
/// will meet Ebrard, who will visit Korea from July 3 to 6"); `start` is the clause's first
/// word.
struct SecondOccasion {
  PhraseHit hit;
  TriggerType type;
  std::size_t start = 0;
};

/// A quotation mark of the text: '"' opens or closes, a curly quote opens or closes as drawn.
struct QuoteMark {
  enum class Turn { kToggle, kOpen, kClose };
  std::size_t at;
  Turn turn;

  /// Whether a quotation is open after this mark, given whether one was before it.
  bool After(bool open) const { return turn == Turn::kToggle ? !open : turn == Turn::kOpen; }
};

/// Which words of a sentence stand inside a quotation (QuoteTracker::Inside): the state at
/// the sentence's start and the marks inside it. A word is looked up only when asked about
/// (the first word of a trigger, a money verb), not every word of every sentence with a mark.
class QuotedWords {
 public:
  /// No word quoted, as in most sentences.
  QuotedWords() = default;
  /// `open`: whether a quotation is open where `words` start; `marks`: those among them.
  QuotedWords(WordSpan words, std::span<const QuoteMark> marks, bool open)
      : words_(words), marks_(marks), open_(open) {}

  /// A word takes the state in force where it starts: the marks before it, not one there.
  bool operator[](std::size_t k) const {
    bool open = open_;
    if (marks_.empty()) return open;
    const std::size_t start = words_[k].span.start;
    for (const QuoteMark& m : marks_) {
      if (m.at >= start) break;
      open = m.After(open);
    }
    return open;
  }

 private:
  WordSpan words_;
  std::span<const QuoteMark> marks_;
  bool open_ = false;
};

/// Whether each word of a sentence stands inside a quotation. Quotations may span
/// sentences, so the state runs on through a paragraph; Reset() at a new paragraph.
class QuoteTracker {
 public:
  /// Finds the quotation marks of `text` once: most sentences hold none, and a search of
  /// each sentence cost more than its few words.
  explicit QuoteTracker(std::string_view text);

  void Reset() { open_ = false; }
  /// `s`: a sentence of the text, after those of the text before it. The answer views this
  /// tracker and `s`.
  QuotedWords Inside(const SentenceContext& s);

 private:
  std::size_t text_size_;
  std::vector<QuoteMark> marks_;   // by offset
  // The first mark not before the last sentence asked about: sentences come in text order,
  // so a cursor finds each one's marks, with no search of them all.
  std::size_t next_mark_ = 0;
  bool open_ = false;
};

/// A trigger phrase that names an occasion in its sentence.
struct TriggerCandidate {
  PhraseHit hit;
  TriggerType type;
  bool definite;
  bool background = false;   // "Following his visit to New York, ..."
};

/// The sentence's trigger candidates, in word order: found once, they serve both
/// PickTrigger and FindLaterOccasions. `quoted[k]`: word k is inside a quotation (a
/// speaker's words report no occasion of the release). `payments`: a currency sign stands
/// in the sentence (MentionsCurrency), so that its words may give amounts.
std::vector<TriggerCandidate> FindCandidates(std::string_view text, const SentenceContext& s,
                                             QuotedWords quoted, bool payments);

/// The trigger among the sentence's candidates `all` that names its event, or nullopt.
std::optional<TriggerPick> PickTrigger(const SentenceContext& s, const std::vector<TriggerCandidate>& all);

/// The further occasions after `main` among the sentence's candidates `all`, in word order,
/// each in a clause after the one before ("met with Cai, who was on a visit to Korea to
/// attend the Journalists Forum": a visit, then a forum).
std::vector<SecondOccasion> FindLaterOccasions(const SentenceContext& s,
                                               const std::vector<TriggerCandidate>& all,
                                               const TriggerPick& main);

}  // namespace prextract::internal

#endif  // PREXTRACT_RECORDS_EVENT_TRIGGERS_H_
