// FindEmails: a hand-written e-mail scanner. Around each '@' it reads the local part
// backwards and the domain forwards, then cuts off what scraping glued on (lost line
// breaks turn "CEO\njane@x.com\nPhone" into "CEOjane@x.comPhone").
#include <algorithm>
#include <string>
#include <unordered_set>

#include "lexicon/embedded.h"
#include "lexicon/lexicon.h"
#include "segment/contact_scan.h"
#include "segment/furniture_scan.h"

namespace prextract::internal {
namespace {

constexpr std::string_view kLabels = "en/contact_labels";
constexpr std::size_t kMinRemainder = 3;   // a cut must leave a plausible local part
constexpr std::size_t kShortGlueWord = 3;  // "CEO": must be written in capitals
constexpr std::size_t kMaxLocal = 64;      // RFC 5321 limits; they also keep the scan linear
constexpr std::size_t kMaxDomain = 255;
constexpr std::size_t kMaxPhoneGap = 2;  // "310.299.1717 OfficeEditor@x.com"

bool IsLocalByte(char c) {
  return IsAlnumByte(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

bool IsDomainByte(char c) { return IsAlnumByte(c) || c == '-'; }

const std::unordered_set<std::string>& TopLevelDomains() {
  static const std::unordered_set<std::string> tlds = [] {
    const std::vector<std::string>& named = LexiconCategory("en/top_level_domains", "tld");
    std::unordered_set<std::string> set(named.begin(), named.end());
    for (const IsoCountry& c : IsoCountries()) set.insert(AsciiLower(c.alpha_2));
    return set;
  }();
  return tlds;
}

// End of the domain starting at `d`, or `d` when there is no dotted domain there.
std::size_t DomainEnd(std::string_view text, std::size_t d, std::size_t limit) {
  limit = std::min(limit, d + kMaxDomain);
  std::size_t end = d, last_dot = std::string_view::npos;
  while (end < limit) {
    if (IsDomainByte(text[end])) {
      ++end;
    } else if (text[end] == '.' && end + 1 < limit && IsAlnumByte(text[end + 1]) && end > d) {
      last_dot = end++;
    } else {
      break;
    }
  }
  if (last_dot == std::string_view::npos) return d;
  // "x.dewww.x.de": a web address glued after the e-mail address.
  for (std::size_t dot = text.find('.', d); dot < last_dot; dot = text.find('.', dot + 1)) {
    const std::size_t next = text.find('.', dot + 1);
    const std::string label = AsciiLower(text.substr(dot + 1, next - dot - 1));
    if (label.size() >= 5 && label.substr(label.size() - 3) == "www" &&
        TopLevelDomains().count(label.substr(0, label.size() - 3))) {
      return next - 3;
    }
  }
  // "x.comPhone", "x.caT": a capital after lower case inside the last label ends it.
  for (std::size_t i = last_dot + 2; i < end; ++i) {
    if (GluedBoundary(text, i)) {
      end = i;
      break;
    }
  }
  // "x.comcyan": the last label is no known TLD, but a prefix of it is.
  const std::string label = AsciiLower(text.substr(last_dot + 1, end - last_dot - 1));
  if (label.size() > 2 && !TopLevelDomains().count(label)) {
    for (std::size_t n = label.size() - 1; n >= 2; --n) {
      if (TopLevelDomains().count(label.substr(0, n))) return last_dot + 1 + n;
    }
  }
  return end - last_dot - 1 >= 2 ? end : d;
}

// "CEOinvestor", "Officercontactus": a capitalised title glued before a lower-case
// local part. Returns the offset the local part really starts at.
std::size_t SkipGlueWords(std::string_view text, std::size_t k, std::size_t at) {
  const std::vector<std::string>& words = LexiconCategory(kLabels, "glue");
  for (std::size_t j = k; j < at; ++j) {
    if (!IsUpperByte(text[j]) || (j > k && !IsLowerByte(text[j - 1]) && !IsUpperByte(text[j - 1]))) continue;
    for (const std::string& w : words) {
      const std::size_t e = j + w.size();
      if (e + kMinRemainder > at || !StartsWithCi(text.substr(j), w) || !IsLowerByte(text[e])) continue;
      if (w.size() <= kShortGlueWord && !IsUpperByte(text[e - 1])) continue;
      k = e;
      j = e - 1;
      break;
    }
  }
  return k;
}

// "WorkSpansam.gong@workspan.com": the domain's name, capitalised, glued before it.
std::size_t SkipDomainName(std::string_view text, std::size_t k, std::size_t at, std::size_t end) {
  const std::string_view domain = text.substr(at + 1, end - at - 1);
  const std::string name = AsciiLower(domain.substr(0, domain.find('.')));
  const std::size_t e = k + name.size();
  if (name.empty() || e + kMinRemainder > at || !StartsWithCi(text.substr(k), name)) return k;
  if (!IsAlphaByte(text[e])) return k;
  const std::string_view prefix = text.substr(k, name.size());
  return std::any_of(prefix.begin(), prefix.end(), IsUpperByte) ? e : k;
}

// "310.299.1717 OfficeEditor@x.com": the kind of the phone just before ("Office",
// "Mobile") glued to the address.
std::size_t SkipPhoneKind(std::string_view text, std::size_t k, std::size_t at) {
  if (!IsUpperByte(text[k])) return k;
  const std::size_t n = StartsWithCategory(text.substr(k, at - k), kLabels, "phone_kind");
  return n > 1 && k + n + kMinRemainder <= at && IsAlphaByte(text[k + n]) ? k + n : k;
}

}  // namespace

std::vector<Email> FindEmails(std::string_view text, Span span, const std::vector<Phone>& phones) {
  std::vector<Email> out;
  span.end = std::min(span.end, text.size());
  std::size_t floor = span.start;  // an address never reaches back into the previous one
  // Search the span only: a scan to the end of the text per span would be quadratic.
  const std::string_view upto = text.substr(0, span.end);
  for (std::size_t at = upto.find('@', span.start); at < span.end; at = upto.find('@', at + 1)) {
    std::size_t k = at;
    while (k > floor && k + kMaxLocal > at && IsLocalByte(text[k - 1])) --k;
    bool after_phone = false;
    for (const Phone& p : phones) {
      if (p.span.end > k && p.span.end <= at) k = p.span.end;
      after_phone = after_phone || (p.span.end <= k && p.span.end + kMaxPhoneGap >= k);
    }
    while (k < at && !IsAlnumByte(text[k])) ++k;
    const std::size_t end = DomainEnd(text, at + 1, span.end);
    if (k == at || end == at + 1) continue;
    k = SkipDomainName(text, k, at, end);
    k = SkipGlueWords(text, k, at);
    if (after_phone) k = SkipPhoneKind(text, k, at);
    out.push_back({std::string(text.substr(k, end - k)), {k, end}});
    floor = end;
  }
  return out;
}

}  // namespace prextract::internal
