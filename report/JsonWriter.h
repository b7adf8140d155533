//===--- JsonWriter.h - streaming, always-valid JSON ----------------------===//
//
// Writes JSON for the json, codequality and sarif formats: objects and arrays
// with their commas and indentation, and strings escaped so the output is
// valid even when a finding's text is not (invalid UTF-8 becomes U+FFFD). It
// does not check that calls nest properly beyond what its stack needs.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_REPORT_JSONWRITER_H
#define ALLOCHUNT_REPORT_JSONWRITER_H

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace allochunt::report {

/// \p Text as a quoted JSON string.
std::string jsonQuote(std::string_view Text);

/// Writes one JSON value to a stream, pretty-printed with two-space indents.
class JsonWriter {
public:
  explicit JsonWriter(std::ostream &Out) : Out(Out) {}
  ~JsonWriter();
  JsonWriter(const JsonWriter &) = delete;
  JsonWriter &operator=(const JsonWriter &) = delete;

  void beginObject();
  void endObject();
  void beginArray();
  void endArray();
  /// Starts a member of the current object; a value or begin* must follow.
  void key(std::string_view Name);

  void value(std::string_view Text);
  void value(const char *Text) { value(std::string_view(Text)); }
  void value(std::uint64_t Number);
  void value(unsigned Number) { value(static_cast<std::uint64_t>(Number)); }
  void value(bool Flag);
  /// A finite number, shortest form up to 6 significant digits (0.361, 1).
  void value(double Number);

  /// key() followed by value().
  template <typename T> void member(std::string_view Name, const T &Value) {
    key(Name);
    value(Value);
  }

private:
  void beforeValue();
  void newline();
  void close(char Bracket);

  std::ostream &Out;
  /// One entry per open object or array: whether it has members yet.
  std::vector<bool> HasMembers;
  bool AfterKey = false;
};

} // namespace allochunt::report

#endif // ALLOCHUNT_REPORT_JSONWRITER_H
