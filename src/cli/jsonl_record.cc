#include "cli/jsonl_record.h"

#include <cstdlib>
#include <new>
#include <nlohmann/json.hpp>
#include <simdjson.h>

namespace prextract::cli {
namespace {

static_assert(kJsonlPadding >= simdjson::SIMDJSON_PADDING);

// simdjson's buffers take about 14 bytes per byte of the longest line parsed; longer lines,
// rare enough for their parse time not to matter, go to nlohmann and keep memory flat.
constexpr std::size_t kFastParseMaxBytes = std::size_t{1} << 20;

// What the simdjson pass makes of a line.
enum class FastParse { kRecord, kNotAnObject, kUndecided };

// The last value of each key prextract reads, as nlohmann keeps the last of a repeated key.
struct RecordFields {
  std::optional<simdjson::dom::element> id, text, reference_date;
};

RecordFields FindFields(simdjson::dom::object object) {
  RecordFields fields;
  for (const simdjson::dom::key_value_pair field : object) {
    if (field.key == "id") fields.id = field.value;
    else if (field.key == "text") fields.text = field.value;
    else if (field.key == "reference_date") fields.reference_date = field.value;
  }
  return fields;
}

std::optional<std::string> StringOf(const std::optional<simdjson::dom::element>& value) {
  if (!value || !value->is_string()) return std::nullopt;
  return std::string(value->get_string().value_unsafe());
}

// Undecided for anything simdjson rejects (nlohmann may still accept it: a NUL byte ends
// its input, a byte order mark is skipped, nesting is unlimited) and for a number as id,
// whose text is nlohmann's dump() of the number.
FastParse ParseWithSimdjson(simdjson::dom::parser& parser, std::string_view line,
                            JsonlRecord* record) {
  simdjson::dom::element root;
  if (parser.parse(line.data(), line.size(), false).get(root) != simdjson::SUCCESS) {
    return FastParse::kUndecided;
  }
  simdjson::dom::object object;
  if (root.get_object().get(object) != simdjson::SUCCESS) return FastParse::kNotAnObject;
  const RecordFields fields = FindFields(object);
  if (fields.id && fields.id->is_number()) return FastParse::kUndecided;
  record->id = StringOf(fields.id);
  record->text = StringOf(fields.text);
  record->reference_date = StringOf(fields.reference_date).value_or("");
  return FastParse::kRecord;
}

std::optional<JsonlRecord> ParseWithNlohmann(std::string_view line) {
  auto json = nlohmann::json::parse(line, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return std::nullopt;
  JsonlRecord record;
  const auto id = json.find("id");
  if (id != json.end() && id->is_string()) record.id = id->get<std::string>();
  if (id != json.end() && id->is_number()) record.id = id->dump();
  const auto text = json.find("text");
  if (text != json.end() && text->is_string()) {
    record.text = std::move(text->get_ref<std::string&>());   // the json is dropped next
  }
  const auto ref = json.find("reference_date");
  if (ref != json.end() && ref->is_string()) record.reference_date = ref->get<std::string>();
  return record;
}

}  // namespace

PaddedLineReader::~PaddedLineReader() { std::free(buffer_); }

bool PaddedLineReader::Next(std::FILE* file, std::string_view* line) {
  const ssize_t n = getline(&buffer_, &capacity_, file);
  if (n < 0) return false;
  const std::size_t size = static_cast<std::size_t>(n);
  if (capacity_ < size + kJsonlPadding) {
    char* grown = static_cast<char*>(std::realloc(buffer_, size + kJsonlPadding));
    if (grown == nullptr) throw std::bad_alloc();
    buffer_ = grown;
    capacity_ = size + kJsonlPadding;
  }
  *line = std::string_view(buffer_, size);
  return true;
}

JsonlParser::JsonlParser() : parser_(std::make_unique<simdjson::dom::parser>(kFastParseMaxBytes)) {}

JsonlParser::~JsonlParser() = default;

std::optional<JsonlRecord> JsonlParser::Parse(std::string_view line) {
  JsonlRecord record;
  switch (ParseWithSimdjson(*parser_, line, &record)) {
    case FastParse::kRecord: return record;
    case FastParse::kNotAnObject: return std::nullopt;
    case FastParse::kUndecided: break;
  }
  return ParseWithNlohmann(line);
}

}  // namespace prextract::cli
