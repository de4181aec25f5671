#include "lexicon/lexicon.h"

#include <map>

#include "lexicon/embedded.h"

namespace prextract::internal {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<LexiconEntry> Parse(std::string_view text) {
  std::vector<LexiconEntry> entries;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    line = Trim(line);
    if (line.empty() || line.front() == '#') continue;
    LexiconEntry entry;
    while (true) {
      const std::size_t bar = line.find('|');
      const std::string_view field = Trim(line.substr(0, bar));
      if (!field.empty()) entry.variants.emplace_back(field);
      if (bar == std::string_view::npos) break;
      line.remove_prefix(bar + 1);
    }
    if (entry.variants.empty()) continue;
    entry.canonical = entry.variants.front();
    entries.push_back(std::move(entry));
  }
  return entries;
}

}  // namespace

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLowerByte(c);
  return out;
}

void AsciiLowerInto(std::string_view s, std::string* out) {
  out->assign(s);
  // A local pointer and size (a char store may alias the string's fields) and no branch let
  // the loop vectorise: the records and dates stages lower every paragraph with it. (A word,
  // a few bytes, is lowered faster by AsciiLower's plain loop.)
  char* const bytes = out->data();
  const std::size_t size = s.size();
  for (std::size_t k = 0; k < size; ++k) {
    const unsigned char c = static_cast<unsigned char>(bytes[k]);
    bytes[k] = static_cast<char>(c + (static_cast<unsigned char>(c - 'A') < 26 ? 0x20 : 0));
  }
}

namespace {

struct Parsed {
  std::map<std::string, std::vector<LexiconEntry>, std::less<>> entries;
  std::map<std::string, StringMap<std::string>, std::less<>> indexes;
};

// Every embedded lexicon, parsed and indexed once: the scanners ask for lexicons per word,
// so a lookup must neither lock nor parse.
const Parsed& AllLexicons() {
  static const Parsed* const parsed = [] {
    auto* p = new Parsed();
    for (const EmbeddedFile& f : EmbeddedLexicons()) {
      std::vector<LexiconEntry>& entries = p->entries[std::string(f.name)] = Parse(f.text);
      StringMap<std::string>& index = p->indexes[std::string(f.name)];
      for (const LexiconEntry& e : entries) {
        for (const std::string& v : e.variants) index.emplace(AsciiLower(v), e.canonical);
      }
    }
    return p;
  }();
  return *parsed;
}

}  // namespace

const std::vector<LexiconEntry>& Lexicon(std::string_view name) {
  static const std::vector<LexiconEntry> kNone;
  const auto& all = AllLexicons().entries;
  const auto it = all.find(name);
  return it == all.end() ? kNone : it->second;
}

const StringMap<std::string>& LexiconIndex(std::string_view name) {
  static const StringMap<std::string> kNone;
  const auto& all = AllLexicons().indexes;
  const auto it = all.find(name);
  return it == all.end() ? kNone : it->second;
}

}  // namespace prextract::internal
