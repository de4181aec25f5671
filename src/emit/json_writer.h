// A streaming JSON writer: appends straight to one string, with no document tree. It
// prints exactly what nlohmann::ordered_json::dump(-1 or 2) prints for the same values
// (same escapes, same indentation, [] and {} for empty containers), at a fraction of the
// cost: building and freeing a tree per release was the emit stage's main cost.
#ifndef PREXTRACT_EMIT_JSON_WRITER_H_
#define PREXTRACT_EMIT_JSON_WRITER_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace prextract::internal {

class JsonWriter {
 public:
  /// Appends to `out`; indented by two spaces per level when `pretty`.
  JsonWriter(std::string* out, bool pretty) : out_(out), pretty_(pretty) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }

  /// The next member's name. REQUIRES: inside an object; `name` needs no escaping.
  void Key(std::string_view name);

  void String(std::string_view s);
  void Number(std::uint64_t n);
  void Null();

  /// A string, or null when `s` is empty.
  void StringOrNull(std::string_view s) { s.empty() ? Null() : String(s); }

  /// An array of strings.
  void Strings(const std::vector<std::string>& items);

 private:
  void BeforeValue();
  void Open(char bracket);
  void Close(char bracket);
  void NewLine();

  std::string* out_;
  bool pretty_;
  bool after_key_ = false;
  // One entry per open container: whether it holds a value yet. A fixed array rather
  // than a std::vector<bool>: the contract nests only a few levels, and every value
  // reads and writes the innermost entry.
  static constexpr std::size_t kMaxDepth = 32;
  std::array<bool, kMaxDepth> has_value_{};
  std::size_t depth_ = 0;
};

/// Appends `s` as a JSON string body (no quotes): ", \ and control characters escaped
/// as nlohmann does, invalid UTF-8 replaced by U+FFFD.
void AppendJsonEscaped(std::string_view s, std::string* out);

}  // namespace prextract::internal

#endif  // PREXTRACT_EMIT_JSON_WRITER_H_
