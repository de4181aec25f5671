// A streaming JSON writer: appends straight to one string, with no document tree. It
// prints exactly what nlohmann::ordered_json::dump(-1 or 2) prints for the same values
// (same escapes, same indentation, [] and {} for empty containers), at a fraction of the
// cost: building and freeing a tree per release was the emit stage's main cost. It writes
// through a raw cursor into the string, grown ahead and cut to size by Finish(): an append
// is then a bound check and a copy, not a call into std::string, and a release makes
// tens of thousands of them.
#ifndef PREXTRACT_EMIT_JSON_WRITER_H_
#define PREXTRACT_EMIT_JSON_WRITER_H_

#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace prextract::internal {

class JsonWriter {
 public:
  /// Appends to `out`; indented by two spaces per level when `pretty`. `out` holds what
  /// was written only after Finish().
  JsonWriter(std::string* out, bool pretty);

  /// Cuts `out` to what was written; call once all is written.
  void Finish() { out_->resize(size_); }

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }

  /// The next member's name. REQUIRES: inside an object; `name` needs no escaping.
  [[gnu::always_inline]] void Key(std::string_view name) {
    if (pretty_) {   // KeyPiece writes the line break itself: the key goes after it
      char piece[kMaxKeySize + kKeyExtras];
      Append(piece, KeyPiece(name, piece));
    } else {         // written in place, in room reserved for the longest
      Reserve(kMaxKeySize + kKeyExtras);
      size_ += KeyPiece(name, data_ + size_);
    }
    after_key_ = true;
  }

  /// Key(name) and then Number(n), in one append: the spans' offsets are most of the
  /// numbers of a release, and each append is a call and a copy.
  [[gnu::always_inline]] void NumberMember(std::string_view name, std::uint64_t n) {
    char piece[kMaxKeySize + kKeyExtras + kMaxDigits];
    const std::size_t key_size = KeyPiece(name, piece);
    const char* end = std::to_chars(piece + key_size, piece + sizeof piece, n).ptr;
    Append(piece, static_cast<std::size_t>(end - piece));
  }

  /// NumberMember(name1, n1) and then NumberMember(name2, n2); compact output takes both in
  /// one append: every span writes such a pair ("start", "end").
  [[gnu::always_inline]] void NumberMembers(std::string_view name1, std::uint64_t n1, std::string_view name2,
                                            std::uint64_t n2) {
    if (pretty_) {   // BeforeValue writes the second key's line break itself
      NumberMember(name1, n1);
      return NumberMember(name2, n2);
    }
    // Written in place, in room reserved for the longest: no piece to copy.
    Reserve(2 * (kMaxKeySize + kKeyExtras + kMaxDigits));
    char* const piece = data_ + size_;
    // Each number's room is its own, as in NumberObject.
    char* end = piece + KeyPiece(name1, piece);
    end = std::to_chars(end, end + kMaxDigits, n1).ptr;
    end += KeyPiece(name2, end);
    end = std::to_chars(end, end + kMaxDigits, n2).ptr;
    size_ += static_cast<std::size_t>(end - piece);
  }

  /// BeginObject, NumberMembers(name1, n1, name2, n2) and EndObject; compact output takes
  /// the whole object in one append, with no call to open or close it: every mention of a
  /// participant or an event is such an object ({"start":..,"end":..}).
  [[gnu::always_inline]] void NumberObject(std::string_view name1, std::uint64_t n1, std::string_view name2,
                                           std::uint64_t n2) {
    if (pretty_) {
      BeginObject();
      NumberMembers(name1, n1, name2, n2);
      return EndObject();
    }
    if (depth_ == kMaxDepth) throw std::length_error("JSON nested too deep");
    // Written in place, in room reserved for the longest: no piece to copy.
    Reserve(2 + 2 * (kMaxKeySize + kKeyExtras + kMaxDigits) + 1);
    char* const piece = data_ + size_;
    std::size_t size = 0;
    if (std::exchange(after_key_, false)) {
      // the value of a member: its key wrote what goes before it
    } else if (depth_ > 0 && std::exchange(has_value_[depth_ - 1], true)) {
      piece[size++] = ',';
    }
    piece[size++] = '{';
    size += NamePiece(name1, piece + size);
    // Each number's room is its own: a bound of the whole buffer lets the compiler fear an
    // overflow of the bytes written after it.
    char* end = std::to_chars(piece + size, piece + size + kMaxDigits, n1).ptr;
    *end++ = ',';
    end += NamePiece(name2, end);
    end = std::to_chars(end, end + kMaxDigits, n2).ptr;
    *end++ = '}';
    size_ += static_cast<std::size_t>(end - piece);
  }

  /// Key(name) and then String(value), with the key and the opening quote in one append:
  /// most strings of a release are members. Inline, so that the key's size is a constant
  /// where it is copied (no call to memcpy per key).
  [[gnu::always_inline]] void StringMember(std::string_view name, std::string_view value) {
    if (pretty_) {   // KeyPiece writes the line break itself: the key goes after it
      char piece[kStringPieceSize];
      return AppendStringValue(piece, KeyPiece(name, piece), value);
    }
    // The key written in place, in room reserved for the longest, and the value after it.
    Reserve(kMaxKeySize + kKeyExtras);
    size_ += KeyPiece(name, data_ + size_);
    StringValue(value);
  }

  void String(std::string_view s);
  void Number(std::uint64_t n);
  void Null();

  /// A string, or null when `s` is empty.
  void StringOrNull(std::string_view s) { s.empty() ? Null() : String(s); }

  /// An array of strings.
  void Strings(const std::vector<std::string>& items);

  /// Bytes written so far: where a piece that Repeat may copy begins or ends.
  std::size_t Written() const { return size_; }

  /// Appends again the bytes [begin, end) written before, rather than writing their values
  /// anew: paragraphs repeat their segments' offsets and texts. REQUIRES: the piece holds
  /// whole members only, written inside an object at this same depth after its first member,
  /// and the current object has a member too (so commas and indentation are alike).
  void Repeat(std::size_t begin, std::size_t end) {
    Reserve(end - begin);   // before the copy: growing moves the bytes it copies
    std::memcpy(data_ + size_, data_ + begin, end - begin);
    size_ += end - begin;
  }

 private:
  static constexpr std::size_t kMaxKeySize = 60;
  static constexpr std::size_t kKeyExtras = 5;    // ',', two quotes, ':' and ' '
  static constexpr std::size_t kMaxDigits = 20;   // of a std::uint64_t
  // Longest value StringMember takes in one piece with its key, and that piece's room.
  static constexpr std::size_t kShortValue = 64;
  static constexpr std::size_t kStringPieceSize = kMaxKeySize + kKeyExtras + 1 + kShortValue + 1;

  // Appends `value` as a string after the `size` bytes at `piece` (its member's key), for
  // pretty output.
  // REQUIRES: `piece` holds kStringPieceSize bytes.
  void AppendStringValue(char* piece, std::size_t size, std::string_view value);

  // A string value of compact output, after what goes before it (its key, or a comma): a
  // short plain value is copied straight to the output and tested as it is copied, with no
  // piece to fill, pad and copy again; another is escaped.
  void StringValue(std::string_view value);

  struct Sink;   // AppendJsonEscaped's view of the writer

  // Room for `n` more bytes at data_ + size_.
  [[gnu::always_inline]] void Reserve(std::size_t n) {
    if (n > capacity_ - size_) Grow(n);
  }
  void Grow(std::size_t n);
  [[gnu::always_inline]] void Append(const char* p, std::size_t n) {
    Reserve(n);
    std::memcpy(data_ + size_, p, n);
    size_ += n;
  }
  [[gnu::always_inline]] void Push(char c) {
    Reserve(1);
    data_[size_++] = c;
  }

  void BeforeValue();
  // Open and Close of compact output, inline: a release opens and closes an object or an
  // array for every record, mention and list, and the call cost more than the few stores.
  [[gnu::always_inline]] void Open(char bracket) {
    if (pretty_ || depth_ == kMaxDepth) return OpenPretty(bracket);
    Reserve(2);
    size_ += CompactComma(data_ + size_);
    data_[size_++] = bracket;
    has_value_[depth_++] = false;
  }
  // What compact output writes before a value at `piece` (a comma after another value of
  // its container), returning its size: BeforeValue without a call.
  [[gnu::always_inline]] std::size_t CompactComma(char* piece) {
    if (std::exchange(after_key_, false) || depth_ == 0) return 0;
    if (!std::exchange(has_value_[depth_ - 1], true)) return 0;
    *piece = ',';
    return 1;
  }
  [[gnu::always_inline]] void Close(char bracket) {
    if (pretty_) return ClosePretty(bracket);
    --depth_;
    Push(bracket);
  }
  void OpenPretty(char bracket);
  void ClosePretty(char bracket);
  void NewLine();

  // Writes what goes before a member's value into `piece`, returning its size: key names
  // are the contract's short ASCII literals, with nothing to escape. Inline, so that the
  // name's size is a constant where it is written. The comma before the key, the quotes
  // and the colon share one buffer so that a key costs one append; pretty output also
  // needs a new line, which BeforeValue writes.
  [[gnu::always_inline]] std::size_t KeyPiece(std::string_view name, char* piece) {
    if (name.size() > kMaxKeySize) throw std::length_error("JSON key too long");
    std::size_t size = 0;
    if (pretty_) {
      BeforeValue();
    } else if (depth_ > 0 && std::exchange(has_value_[depth_ - 1], true)) {
      piece[size++] = ',';
    }
    size += NamePiece(name, piece + size);
    if (pretty_) piece[size++] = ' ';
    return size;
  }

  // "name": of compact output, into `piece`, returning its size.
  [[gnu::always_inline]] static std::size_t NamePiece(std::string_view name, char* piece) {
    if (name.size() > kMaxKeySize) throw std::length_error("JSON key too long");
    piece[0] = '"';
    std::memcpy(piece + 1, name.data(), name.size());
    piece[name.size() + 1] = '"';
    piece[name.size() + 2] = ':';
    return name.size() + 3;
  }

  std::string* out_;
  char* data_ = nullptr;   // out_'s bytes: size_ written, capacity_ in all
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
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
