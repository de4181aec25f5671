// Parses one line of --input-format jsonl into the fields prextract reads. simdjson
// takes the common line; whatever it cannot settle exactly as nlohmann::json would (a
// line it rejects, a number as id) is parsed again with nlohmann, so malformed and odd
// lines keep the behaviour they always had.
#ifndef PREXTRACT_CLI_JSONL_RECORD_H_
#define PREXTRACT_CLI_JSONL_RECORD_H_

#include <cstddef>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace simdjson::dom {
class parser;
}  // namespace simdjson::dom

namespace prextract::cli {

/// The keys of a record prextract reads; any other key is only checked to be valid JSON.
/// A key given twice counts with its last value.
struct JsonlRecord {
  std::optional<std::string> id;     // a string, or a number as nlohmann's dump() prints it
  std::optional<std::string> text;   // only when "text" is a string
  std::string reference_date;        // empty unless "reference_date" is a string
};

/// Bytes past the end of a line that JsonlParser::Parse() may read (their values do not matter).
inline constexpr std::size_t kJsonlPadding = 64;

/// Reads lines with kJsonlPadding bytes of room after each.
class PaddedLineReader {
 public:
  PaddedLineReader() = default;
  ~PaddedLineReader();
  PaddedLineReader(const PaddedLineReader&) = delete;
  PaddedLineReader& operator=(const PaddedLineReader&) = delete;

  /// The next line of `file` with its newline, valid until the next call; false at the end.
  bool Next(std::FILE* file, std::string_view* line);

 private:
  char* buffer_ = nullptr;   // getline's, grown by realloc
  std::size_t capacity_ = 0;
};

class JsonlParser {
 public:
  JsonlParser();
  ~JsonlParser();
  JsonlParser(const JsonlParser&) = delete;
  JsonlParser& operator=(const JsonlParser&) = delete;

  /// The record on `line`, or nullopt when the line is not a JSON object. `line` must be
  /// followed by kJsonlPadding readable bytes (PaddedLineReader leaves them).
  std::optional<JsonlRecord> Parse(std::string_view line);

 private:
  std::unique_ptr<simdjson::dom::parser> parser_;   // reused: it keeps its buffers
};

}  // namespace prextract::cli

#endif  // PREXTRACT_CLI_JSONL_RECORD_H_
