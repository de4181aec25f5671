// The streaming JSON writer must print exactly what nlohmann's dump() prints: each test
// re-parses the output with nlohmann and dumps it again, which must give the same bytes.
#include "emit/json_writer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "prextract/extract.h"
#include "prextract/json.h"

namespace prextract {
namespace {

using Json = nlohmann::ordered_json;

struct EscapeCase {
  std::string input;
  std::string expected;
};

TEST(JsonWriterTest, EscapesLikeNlohmann) {
  const std::vector<EscapeCase> cases = {
      {"plain", "plain"},
      {"a\"b\\c", "a\\\"b\\\\c"},
      {"\n\r\t\b\f", "\\n\\r\\t\\b\\f"},
      {std::string("\x01\x1f", 2), "\\u0001\\u001f"},
      {std::string("nul\0x", 5), "nul\\u0000x"},
      {"\x7f/", "\x7f/"},
      {"caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D \xF0\x9F\x98\x80", "caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D \xF0\x9F\x98\x80"},
      {"a\xFF" "b", "a\xEF\xBF\xBD" "b"},
      {"end\xE2\x82", "end\xEF\xBF\xBD"},
      {"\xE0\x80x", "\xEF\xBF\xBD\xEF\xBF\xBDx"},
      {"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
  };
  for (const EscapeCase& c : cases) {
    std::string out;
    internal::AppendJsonEscaped(c.input, &out);
    EXPECT_EQ(out, c.expected) << "input: " << c.input;
    const std::string ours = "\"" + out + "\"";
    EXPECT_EQ(ours, Json(c.input).dump(-1, ' ', false, Json::error_handler_t::replace))
        << "input: " << c.input;
  }
}

// Plain ASCII is skipped sixteen bytes at a time (eight without SSE2): a character that
// needs escaping or checking must be caught at every position of such a block and of the
// partial block at the end.
TEST(JsonWriterTest, EscapesAtEveryOffsetOfLongText) {
  const std::vector<std::string> specials = {std::string(1, '\0'), "\x01", "\x1f", "\"", "\\", "\n",
                                             "\xC3\xA9", "\xE2\x80\x9C", "\xFF", " ", "\x7f"};
  for (const std::string& special : specials) {
    for (std::size_t at = 0; at <= 38; ++at) {
      std::string input(40, 'a');
      input.replace(at, 1, special);
      std::string out;
      internal::AppendJsonEscaped(input, &out);
      EXPECT_EQ("\"" + out + "\"", Json(input).dump(-1, ' ', false, Json::error_handler_t::replace))
          << "special at " << at;
    }
  }
}

// Strings shorter than a block are read padded, and the last partial block of a longer one
// in a load that overlaps the block before it: each position of both must still be seen.
TEST(JsonWriterTest, EscapesAtEveryOffsetOfShortText) {
  const std::vector<std::string> specials = {"\x01", "\"", "\\", "\n", "\xC3\xA9", "\xFF"};
  for (const std::string& special : specials) {
    for (std::size_t size = 1; size <= 33; ++size) {
      for (std::size_t at = 0; at < size; ++at) {
        std::string input(size, 'a');
        input.replace(at, 1, special);
        std::string out;
        internal::AppendJsonEscaped(input, &out);
        EXPECT_EQ("\"" + out + "\"", Json(input).dump(-1, ' ', false, Json::error_handler_t::replace))
            << "size " << size << ", special at " << at;
      }
    }
  }
}

// The writer copies a short value and checks it in one pass (blocks of sixteen, the last
// overlapping the one before; a shorter value in two overlapping halves), and skips a longer
// text 64 bytes at a time: a character to escape must be caught at every position of every
// size, in a member and in an array.
TEST(JsonWriterTest, WriterEscapesAtEveryOffsetOfEverySize) {
  const std::vector<std::string> specials = {std::string(1, '\0'), "\x1f", "\"", "\\", "\xC3\xA9", "\xFF"};
  for (const std::string& special : specials) {
    for (std::size_t size = 0; size <= 140; ++size) {
      for (std::size_t at = 0; at <= size; ++at) {   // at == size: none
        std::string value(size, 'a');
        if (at < size) value.replace(at, 1, special);
        std::string out;
        internal::JsonWriter w(&out, false);
        w.BeginObject();
        w.StringMember("v", value);
        w.Key("a");
        w.BeginArray();
        w.String(value);
        w.EndArray();
        w.EndObject();
        w.Finish();
        Json expected = Json::object();
        expected["v"] = value;
        expected["a"] = Json::array({value});
        ASSERT_EQ(out, expected.dump(-1, ' ', false, Json::error_handler_t::replace))
            << "size " << size << ", special at " << at;
      }
    }
  }
}

// The one-append members write what their parts write: first and later in an object, in
// an array, compact and indented.
TEST(JsonWriterTest, FusedMembersWriteWhatTheirPartsWrite) {
  for (const bool pretty : {false, true}) {
    std::string fused, parts;
    internal::JsonWriter f(&fused, pretty), p(&parts, pretty);
    f.BeginObject();
    p.BeginObject();
    f.StringMember("name", "a \"b\"");
    p.Key("name");
    p.String("a \"b\"");
    f.StringMember("empty", "");
    p.Key("empty");
    p.String("");
    // Short plain values take one append with their key; long ones and those to escape do not.
    for (const std::string& value : {std::string("plain"), std::string(64, 'x'), std::string(65, 'y'),
                                     std::string(70, 'z') + "\"", std::string("caf\xC3\xA9"),
                                     std::string("bad\xFF")}) {
      f.StringMember("value", value);
      p.Key("value");
      p.String(value);
    }
    f.Key("mentions");
    p.Key("mentions");
    f.BeginArray();
    p.BeginArray();
    for (const std::uint64_t n : {0, 7, 123456789}) {
      f.NumberObject("start", n, "end", n + 1);
      p.BeginObject();
      p.NumberMembers("start", n, "end", n + 1);
      p.EndObject();
    }
    f.EndArray();
    p.EndArray();
    f.Key("span");
    p.Key("span");
    f.NumberObject("start", 1, "end", 2);
    p.BeginObject();
    p.NumberMembers("start", 1, "end", 2);
    p.EndObject();
    f.EndObject();
    p.EndObject();
    f.Finish();
    p.Finish();
    EXPECT_EQ(fused, parts) << (pretty ? "pretty" : "compact");
  }
}

void ExpectSameAsNlohmann(const Release& r) {
  for (const bool pretty : {false, true}) {
    const std::string ours = ToJson(r, pretty);
    const Json parsed = Json::parse(ours, nullptr, false);
    ASSERT_FALSE(parsed.is_discarded()) << ours.substr(0, 200);
    EXPECT_EQ(ours, parsed.dump(pretty ? 2 : -1)) << r.source.path << (pretty ? " pretty" : "");
  }
}

// A release with one record of every kind, null and empty members included.
Release HandBuilt() {
  Release r;
  r.source = Source{"a \"quoted\"\tpath", std::string("id\x01"), 42, "ab12"};
  r.text = "Title line\n\nOn May 25, Joo met \xE2\x80\x9CM\xC3\xBCller\xE2\x80\x9D in Berlin.\n";
  r.document.title = "Title line";
  r.document.breadcrumbs = {"Home", "News"};
  r.document.publisher = Publisher{"Ministry", "", "KR"};
  r.document.published = DateRef{"May 25", "2023-05-25", std::nullopt};
  r.document.reference_date = "2023-05-25";
  r.document.reference_basis = "published";
  r.segments = {{SegmentKind::kTitle, {0, 10}}, {SegmentKind::kBody, {12, 56}}};
  r.paragraphs = {{{12, 56}}};
  r.dates = {{{15, 21}, "2023-05-25", DateType::kDate, 0}, {{15, 18}, "XXXX-05", DateType::kDate, {}}};
  r.participants = {
      {"p1", ParticipantKind::kPerson, "Joo", "", "o1", "KR", "", "", {"Mr Joo"}, {{23, 26}}},
      {"o1", ParticipantKind::kOrganization, "Ministry", "", "", "MSIT", "", "", {}, {}},
      {"c1", ParticipantKind::kCountry, "Germany", "", "", "", "", "DE", {}, {{50, 56}}}};
  r.events = {{"e1", "meeting", "met", "040", DateRef{"May 25", "2023-05-25", {}}, "", {"p1"},
               {12, 56}, {{12, 20}}}};
  r.agreements = {{"a1", "mou", "", "signed", std::nullopt, {"c1"}, {12, 56}}};
  r.follow_ups = {{"f1", "meet again", {}, "Berlin", std::nullopt, {12, 56}}};
  r.contacts = {{"Press", "o1", "", {{"+82 44", "+8244", {0, 1}}, {"12", "", {0, 1}}},
                 {{"a@b.kr", {0, 1}}}, {0, 10}}};
  r.attachments = {{"See the PDF.", "pdf", {0, 10}}, {"x", "", {0, 1}}};
  r.licence = Licence{"KOGL-1", "Korea Open Government License", {0, 10}};
  r.warnings = {{"input.cp1252", "read as Windows-1252", std::nullopt}, {"w", "m", Span{12, 20}}};
  return r;
}

TEST(JsonWriterTest, HandBuiltReleaseMatchesNlohmann) { ExpectSameAsNlohmann(HandBuilt()); }

// Code points before byte `offset` of `text`.
std::uint64_t CodePoints(std::string_view text, std::size_t offset) {
  std::uint64_t n = 0;
  for (std::size_t i = 0; i < offset; ++i) n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return n;
}

// A paragraph whose span is a segment's copies the segment's members; the others (out of
// the segments' order, or within a segment) are written anew: all must read the same.
TEST(JsonWriterTest, ParagraphsCopiedFromSegmentsReadAsWrittenAnew) {
  Release r = HandBuilt();
  r.paragraphs = {{{12, 56}}, {{0, 10}}, {{12, 20}}, {{12, 56}}, {{40, 56}}};
  ExpectSameAsNlohmann(r);
  for (const bool pretty : {false, true}) {
    const Json parsed = Json::parse(ToJson(r, pretty));
    ASSERT_EQ(parsed["paragraphs"].size(), r.paragraphs.size());
    for (std::size_t i = 0; i < r.paragraphs.size(); ++i) {
      const Span s = r.paragraphs[i].span;
      const Json& p = parsed["paragraphs"][i];
      EXPECT_EQ(p["index"], i);
      EXPECT_EQ(p["start"], CodePoints(r.text, s.start)) << i;
      EXPECT_EQ(p["end"], CodePoints(r.text, s.end)) << i;
      EXPECT_EQ(p["text"], r.text.substr(s.start, s.end - s.start)) << i;
    }
  }
}

TEST(JsonWriterTest, EmptyReleaseAndErrorRecordMatchNlohmann) {
  ExpectSameAsNlohmann(Extract("", Options{}));
  Release error;
  error.source.path = "missing.txt";
  error.error = Error{"io.not_found", "no such file"};
  ExpectSameAsNlohmann(error);
  EXPECT_EQ(ToJson(error, false),
            "{\"schema\":\"prextract/1\",\"source\":{\"path\":\"missing.txt\",\"id\":null,"
            "\"bytes\":0,\"sha256\":\"\"},\"error\":{\"code\":\"io.not_found\","
            "\"message\":\"no such file\"}}");
}

TEST(JsonWriterTest, ReleasesOfTheCorpusMatchNlohmann) {
  const std::filesystem::path dir = "/work/shared/corpus/dev";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no corpus at " << dir;
  int seen = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Options options;
    options.source_path = entry.path().filename().string();
    ExpectSameAsNlohmann(Extract(bytes, options));
    ++seen;
  }
  EXPECT_GT(seen, 0);
}

}  // namespace
}  // namespace prextract
