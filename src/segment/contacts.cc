// Contact blocks: LooksLikeContact, FindContactOpener, ParseContact, FindInlineContact.
// Labels and openers come from data/lexicons/en/contact_labels.txt; phones and e-mails
// from the scanners in phones.cc and emails.cc.
#include <algorithm>
#include <bitset>
#include <initializer_list>
#include <string>
#include <unordered_set>
#include <utility>

#include "lexicon/lexicon.h"
#include "segment/contact_scan.h"
#include "segment/furniture.h"
#include "segment/furniture_scan.h"
#include "segment/text_scan.h"
#include "segment/trigram_filter.h"

namespace prextract::internal {
namespace {

constexpr std::string_view kLabels = "en/contact_labels";
constexpr std::size_t kShortLine = 200;  // a line this short holding an e-mail is contact
constexpr std::size_t kLabelLine = 300;  // "... | Phone: (469) 765-3221" lines
constexpr std::size_t kForWindow = 60;   // "Media enquiries for Senator X:" reach
constexpr std::size_t kValueGap = 3;     // spaces allowed between a label and its value
constexpr std::size_t kMaxNameTokens = 3;

struct Label {
  std::size_t start;  // the label word
  std::size_t end;    // just past its ':' (or '.')
};

bool AtWordStart(std::string_view s, std::size_t j) {
  return j == 0 || !IsAlnumByte(s[j - 1]) || GluedBoundary(s, j);
}

std::size_t SkipSpaces(std::string_view s, std::size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  return i;
}

// A label of `category` at s[j]: the word, then ':' or, for "Tel." style, '.' and a digit.
std::size_t LabelEnd(std::string_view s, std::size_t j, const CueCategory& category) {
  const std::size_t n = StartsWithCategory(s.substr(j), category);
  if (n == 0) return 0;
  std::size_t i = j + n;
  if (n > 1 && i < s.size() && s[i] == '.') {
    const std::size_t v = SkipSpaces(s, i + 1);
    if (v > i + 1 && v < s.size() && (IsDigitByte(s[v]) || s[v] == '+' || s[v] == '(')) return i + 1;
  }
  if (n > 1) i = SkipSpaces(s, i);
  return i < s.size() && s[i] == ':' ? i + 1 : 0;
}

// The first two bytes a line may open with when it starts with a variant of one of some
// categories (StartsWithCategory > 0 for one of them). A body line opens with an opener or
// a label seldom: most lines are ruled out by one look-up instead of comparing them with
// the variants of four categories that start with their first letter.
class OpeningPairs {
 public:
  explicit OpeningPairs(std::initializer_list<std::string_view> categories) {
    for (const std::string_view category : categories) {
      for (const std::string& v : LexiconCategory(kLabels, category)) Mark(v);
    }
  }

  bool MayOpen(std::string_view line) const {
    if (line.size() < 2) return true;
    const char first = IsUpperByte(line[0]) ? static_cast<char>(line[0] - 'A' + 'a') : line[0];
    return pairs_.test(Pair(first, line[1]));
  }

 private:
  static std::size_t Pair(char first, char second) {
    return 256 * static_cast<unsigned char>(first) + static_cast<unsigned char>(second);
  }

  // `v` (lower case) is matched case folded; one of a single byte ends at the line's first
  // byte, and is taken unless it and the second byte are alphanumeric, a glued capital aside.
  void Mark(const std::string& v) {
    if (v.empty()) return;
    if (v.size() >= 2) {
      pairs_.set(Pair(v[0], v[1]));
      if (IsLowerByte(v[1])) pairs_.set(Pair(v[0], static_cast<char>(v[1] - 'a' + 'A')));
      return;
    }
    for (int b = 0; b < 256; ++b) {
      const char second = static_cast<char>(b);
      if (!IsAlnumByte(v[0]) || !IsAlnumByte(second) || IsUpperByte(second)) pairs_.set(Pair(v[0], second));
    }
  }

  std::bitset<256 * 256> pairs_;
};

// The OpeningPairs of the label categories FindLabels is asked for (null for another).
const OpeningPairs* PairsOf(std::string_view category) {
  static const OpeningPairs phone({"phone"}), email({"email"}), person({"person"});
  if (category == "phone") return &phone;
  if (category == "email") return &email;
  return category == "person" ? &person : nullptr;
}

std::vector<Label> FindLabels(std::string_view s, std::string_view category_name) {
  const CueCategory& category = CueCategoryOf(kLabels, category_name);   // once, not per word
  const OpeningPairs* const pairs = PairsOf(category_name);
  std::vector<Label> labels;
  for (std::size_t j = 0; j < s.size(); ++j) {
    if (!IsAlphaByte(s[j]) || !AtWordStart(s, j)) continue;
    if (pairs != nullptr && !pairs->MayOpen(s.substr(j))) continue;   // most words open no label
    const std::size_t end = LabelEnd(s, j, category);
    if (end > 0) labels.push_back({j, end});
    if (end > 0) j = end - 1;
  }
  return labels;
}

// "For further information, please contact ...": an inquiry opener that leads to a
// contact (the word "contact" in its sentence, or a ':' right after it).
bool InquiryOpensContact(std::string_view s, std::size_t j) {
  static const CueCategory& inquiries = CueCategoryOf(kLabels, "inquiry");
  const std::size_t n = StartsWithCategory(s.substr(j), inquiries);
  if (n == 0) return false;
  const std::size_t after = SkipSpaces(s, j + n);
  if (after < s.size() && s[after] == ':') return true;
  const std::string sentence = AsciiLower(s.substr(j, SentenceEnd(s, j + n) - j));
  return FindWord(sentence, "contact") != std::string_view::npos;
}

bool OpenerAt(std::string_view s, std::size_t j) {
  static const CueCategory& openers = CueCategoryOf(kLabels, "opener");
  const std::size_t n = StartsWithCategory(s.substr(j), openers);
  if (n == 0) return false;
  const std::size_t after = SkipSpaces(s, j + n);
  if (after < s.size() && s[after] == ':') return true;
  if (j > 0) return false;  // mid-line openers need their colon
  if (after >= s.size() || GluedBoundary(s, j + n)) return true;
  const std::size_t colon = s.find(':', after);
  return s.substr(after, 4) == "for " && colon != std::string_view::npos && colon < after + kForWindow;
}

bool IsNavigation(std::string_view t) {
  // Asked of every body line: the list is looked up once, not by name at each asking.
  static const std::vector<std::string>& nav = LexiconCategory(kLabels, "nav");
  for (const std::string& v : nav) {
    if (t.size() == v.size() && StartsWithCi(t, v)) return true;
  }
  return false;
}

bool HasEmail(std::string_view s) { return !FindEmails(s, {0, s.size()}, {}).empty(); }

bool StartsPhoneValue(char c) { return IsDigitByte(c) || c == '+' || c == '('; }

// LabelEnd ends a label at a ':' or at a '.' with spaces after it, and HasLabelledPhone wants
// a number to start after the spaces: a line with no such ':' or '.' has no labelled phone,
// and most prose lines are ruled out by this one pass instead of a lexicon search per word.
bool MayHoldLabelledPhone(std::string_view s) {
  for (const char mark : {':', '.'}) {
    for (std::size_t i = s.find(mark); i != std::string_view::npos; i = s.find(mark, i + 1)) {
      const std::size_t v = SkipSpaces(s, i + 1);
      if (v < s.size() && StartsPhoneValue(s[v]) && (mark == ':' || v > i + 1)) return true;
    }
  }
  return false;
}

bool HasLabelledPhone(std::string_view s) {
  if (!MayHoldLabelledPhone(s)) return false;
  for (const Label& l : FindLabels(s, "phone")) {
    const std::size_t v = SkipSpaces(s, l.end);
    if (v < s.size() && StartsPhoneValue(s[v])) return true;
  }
  return false;
}

// "Jane Doe | Press Officer | +1 202 555 0100": a field separated by '|' is a phone.
bool HasPhoneField(std::string_view s) {
  if (!HoldsAtLeast(s, '|', 2)) return false;
  for (std::size_t start = 0; start <= s.size();) {
    std::size_t bar = std::min(s.find('|', start), s.size());
    const Span field = TrimSpan(s, {start, bar});
    if (LooksLikePhoneText(SpanText(s, field))) return true;
    start = bar + 1;
  }
  return false;
}

// Missing values: a phone or e-mail label with nothing of its kind right after it
// ("E-mail: of the Ministry").
void WarnMissing(std::string_view text, Span block, const Contact& c, std::vector<Warning>* warnings) {
  const std::string_view s = SpanText(text, block);
  // Items are in text order: the first one starting at or after the label decides.
  auto has_value = [&](std::size_t end, auto const& items) {
    const std::size_t from = block.start + end;
    auto it = std::lower_bound(items.begin(), items.end(), from,
                               [](const auto& item, std::size_t at) { return item.span.start < at; });
    return it != items.end() && it->span.start <= from + kValueGap;
  };
  for (const Label& l : FindLabels(s, "email")) {
    if (has_value(l.end, c.emails)) continue;
    warnings->push_back({"contact.email_missing", "an e-mail label has no address after it",
                         Span{block.start + l.start, block.start + l.end}});
  }
  for (const Label& l : FindLabels(s, "phone")) {
    const std::size_t v = SkipSpaces(s, l.end);
    if (has_value(l.end, c.phones) || (v < s.size() && (IsDigitByte(s[v]) || s[v] == '+' || s[v] == '(')))
      continue;
    warnings->push_back({"contact.phone_missing", "a phone label has no number after it",
                         Span{block.start + l.start, block.start + l.end}});
  }
}

bool IsCapitalisedWordAt(std::string_view s, std::size_t i) { return i < s.size() && IsUpperByte(s[i]); }

// End of the word at `i`: letters, digits, '-', '\'', '.'; a glued capital ends it.
std::size_t WordEnd(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && (IsAlnumByte(s[j]) || s[j] == '-' || s[j] == '\'' || s[j] == '&')) {
    if (j > i && GluedBoundary(s, j) && !(j >= i + 2 && s.substr(i, 2) == "Mc")) break;
    ++j;
  }
  return j;
}

bool IsConnector(std::string_view w) {
  return w == "of" || w == "and" || w == "for" || w == "&" || w == "the";
}

// Start of the capitalised phrase ending at `head` ("Public Relations" before
// "Division"); a word glued to the one before it ("KleissKontron") starts afresh.
std::size_t PhraseStart(std::string_view s, std::size_t head) {
  std::size_t start = head;
  while (start >= 2 && s[start - 1] == ' ' && IsAlnumByte(s[start - 2])) {
    std::size_t w = start - 1;
    while (w > 0 && IsAlnumByte(s[w - 1])) --w;
    std::size_t part = w;
    for (std::size_t k = w + 1; k + 1 < start; ++k) {
      if (GluedBoundary(s, k)) part = k;
    }
    if (!IsUpperByte(s[part])) break;
    // "Joanne Gore Joanne Gore Communications": a repeated word is a name, not the unit.
    const std::string_view word = s.substr(part, start - 1 - part);
    if (s.substr(start, head - start + 1).find(word) != std::string_view::npos) break;
    start = part;
    if (part != w) break;
  }
  return start;
}

// End of the department phrase whose head word starts at `head`: following head words,
// and an "of the Environment and Heritage" tail of capitalised words.
std::size_t PhraseEnd(std::string_view s, std::size_t head) {
  std::size_t end = WordEnd(s, head);
  while (end + 1 < s.size() && s[end] == ' ') {
    const std::size_t w = end + 1;
    const std::size_t e = WordEnd(s, w);
    const std::string_view word = s.substr(w, e - w);
    const bool caps = e - w >= 2 && std::all_of(word.begin(), word.end(), IsUpperByte);
    if (e == w || caps || !(IsCapitalisedWordAt(s, w) || IsConnector(word))) break;
    end = e;
  }
  while (end > head) {
    std::size_t w = end;
    while (w > head && s[w - 1] != ' ') --w;
    if (!IsConnector(s.substr(w, end - w))) break;
    end = w > head ? w - 1 : head;
  }
  return end;
}

std::string FindDepartment(std::string_view s) {
  const std::vector<std::string>& heads = LexiconCategory(kLabels, "department");
  for (std::size_t j = 0; j < s.size(); ++j) {
    if (!IsUpperByte(s[j]) || !AtWordStart(s, j)) continue;
    for (const std::string& h : heads) {
      const std::size_t e = j + h.size();
      if (!StartsWithCi(s.substr(j), h) || (e < s.size() && IsAlnumByte(s[e]) && !GluedBoundary(s, e)))
        continue;
      const std::size_t start = PhraseStart(s, j), end = PhraseEnd(s, j);
      if ((start > 0 && s[start - 1] == '[') || (end < s.size() && s[end] == ']')) continue;  // a link
      std::string_view phrase = s.substr(start, end - start);
      if (phrase.substr(0, 4) == "The ") phrase.remove_prefix(4);
      return std::string(phrase);
    }
  }
  return "";
}

// "European Central Bank", "Press Office": capitalised words that end in an
// organisation's head word name no person.
bool EndsWithOrganisationWord(std::string_view last_word) {
  static const auto& org_words = LexiconIndex("en/org_words");
  return org_words.count(AsciiLower(last_word)) > 0;
}

// Two or three capitalised words from `i` ("Marianne McCabe 02 ..."), or "".
std::string NameAt(std::string_view s, std::size_t i) {
  std::vector<std::string_view> tokens;
  while (i < s.size() && IsSpaceByte(s[i])) ++i;
  while (tokens.size() <= kMaxNameTokens && IsCapitalisedWordAt(s, i)) {
    const std::size_t e = WordEnd(s, i);
    const std::string_view token = s.substr(i, e - i);
    if (!tokens.empty() && token == tokens.front()) break;
    if (StartsWithCategory(token, kLabels, "department") == token.size()) return "";
    if (StartsWithCategory(token, kLabels, "phone") == token.size() ||
        StartsWithCategory(token, kLabels, "email") == token.size())
      break;
    tokens.push_back(token);
    if (e >= s.size() || s[e] != ' ') break;
    i = e + 1;
  }
  if (tokens.size() > kMaxNameTokens) tokens.resize(2);
  if (tokens.size() < 2 || EndsWithOrganisationWord(tokens.back())) return "";
  const std::size_t start = static_cast<std::size_t>(tokens.front().data() - s.data());
  const std::size_t end = static_cast<std::size_t>(tokens.back().data() - s.data()) + tokens.back().size();
  return std::string(s.substr(start, end - start));
}

// A line of the block that is nothing but a name ("Nick McDonald").
std::string NameLine(std::string_view s) {
  for (std::size_t start = s.find('\n'); start != std::string_view::npos; start = s.find('\n', start + 1)) {
    const std::size_t end = std::min(s.find('\n', start + 1), s.size());
    const std::string_view line = SpanText(s, TrimSpan(s, {start + 1, end}));
    if (line.empty() || line.size() > kShortLine) continue;
    std::string name = NameAt(line, 0);
    if (!name.empty() && name.size() == line.size()) return name;
  }
  return "";
}

std::string FindPerson(std::string_view s) {
  for (const Label& l : FindLabels(s, "person")) {
    std::string name = NameAt(s, l.end);
    if (!name.empty()) return name;
  }
  const std::size_t opener = FindContactOpener(s);
  if (opener != std::string_view::npos && StartsWithCategory(s.substr(opener), kLabels, "opener") > 0) {
    const std::size_t colon = s.find(':', opener);
    std::string name = colon == std::string_view::npos ? "" : NameAt(s, colon + 1);
    if (!name.empty()) return name;
  }
  return NameLine(s);
}

template <typename T, typename Key>
void Dedupe(std::vector<T>* items, Key key) {
  std::unordered_set<std::string> seen;
  std::vector<T> kept;
  for (T& item : *items) {
    if (seen.insert(key(item)).second) kept.push_back(std::move(item));
  }
  *items = std::move(kept);
}

// An opener or inquiry phrase is a substring of any line that holds one: a line whose
// trigrams rule all of them out needs no word-by-word search.
bool MayHoldOpener(const LowerLine& line) {
  static const std::vector<std::string>& openers = LexiconCategory(kLabels, "opener");
  static const std::vector<std::string>& inquiries = LexiconCategory(kLabels, "inquiry");
  return line.MayHoldAny(openers) || line.MayHoldAny(inquiries);
}

bool OpensContactAt(std::string_view s, std::size_t j) {
  if (!IsAlphaByte(s[j]) || !AtWordStart(s, j)) return false;
  return OpenerAt(s, j) || InquiryOpensContact(s, j);
}

}  // namespace

std::size_t FindContactOpener(std::string_view line) { return FindContactOpener(line, LowerLine(line)); }

std::size_t FindContactOpener(std::string_view line, const LowerLine& gate) {
  if (!MayHoldOpener(gate)) return std::string_view::npos;
  for (std::size_t j = 0; j < line.size(); ++j) {
    if (OpensContactAt(line, j)) return j;
  }
  return std::string_view::npos;
}

bool LooksLikeContact(std::string_view line) {
  const Span trimmed = TrimSpan(line, {0, line.size()});
  const std::string_view t = SpanText(line, trimmed);
  if (t.empty() || IsNavigation(t)) return false;
  // Every body line is asked: its categories are looked up once.
  static const CueCategory& phone_labels = CueCategoryOf(kLabels, "phone");
  static const CueCategory& email_labels = CueCategoryOf(kLabels, "email");
  static const OpeningPairs openings({"opener", "inquiry", "phone", "email"});
  if (openings.MayOpen(t)) {
    // FindContactOpener(t) == 0, without searching the rest of the line for a later opener.
    if (OpensContactAt(t, 0)) return true;
    if (LabelEnd(t, 0, phone_labels) > 0 || LabelEnd(t, 0, email_labels) > 0) return true;
  }
  if (LooksLikePhoneText(t) || HasPhoneField(t)) return true;
  if (t.size() <= kShortLine && HasEmail(t)) return true;
  return t.size() <= kLabelLine && HasLabelledPhone(t);
}

Contact ParseContact(std::string_view text, Span block, std::string_view region,
                     std::vector<Warning>* warnings) {
  Contact c;
  block.end = std::min(block.end, text.size());
  block.start = std::min(block.start, block.end);
  c.span = block;
  c.phones = FindPhones(text, block, region);
  c.emails = FindEmails(text, block, c.phones);
  Dedupe(&c.phones, [](const Phone& p) { return p.e164; });
  Dedupe(&c.emails, [](const Email& e) { return AsciiLower(e.text); });
  const std::string_view s = SpanText(text, block);
  c.department = FindDepartment(s);
  c.person = FindPerson(s);
  if (warnings != nullptr) WarnMissing(text, block, c, warnings);
  return c;
}

std::optional<Contact> FindInlineContact(std::string_view text, Span span, std::string_view region) {
  // Asked of every paragraph, nearly all of which hold neither: a Contact is built only for
  // the few that do.
  std::vector<Phone> phones = FindPhones(text, span, region);
  std::vector<Email> emails = FindEmails(text, span, phones);
  if (phones.empty() && emails.empty()) return std::nullopt;
  Contact c;
  c.phones = std::move(phones);
  c.emails = std::move(emails);
  c.span = {text.size(), 0};
  for (const Phone& p : c.phones)
    c.span = {std::min(c.span.start, p.span.start), std::max(c.span.end, p.span.end)};
  for (const Email& e : c.emails)
    c.span = {std::min(c.span.start, e.span.start), std::max(c.span.end, e.span.end)};
  Dedupe(&c.phones, [](const Phone& p) { return p.e164; });
  Dedupe(&c.emails, [](const Email& e) { return AsciiLower(e.text); });
  return c;
}

}  // namespace prextract::internal
