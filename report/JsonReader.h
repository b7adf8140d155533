//===--- JsonReader.h - pull-parsing JSON without building a tree ---------===//
//
// Reads JSON token by token, for inputs too large to hold as a tree (a DHAT
// profile of a real run is tens of megabytes of numbers the report never
// looks at): the caller asks for the value it expects next and skips the
// rest. Every error is an InputError naming the file, line and column.
// Nesting deeper than MaxDepth is rejected so hostile input cannot exhaust
// the stack. Strings are decoded (escapes, \u with surrogate pairs) to UTF-8.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_REPORT_JSONREADER_H
#define ALLOCHUNT_REPORT_JSONREADER_H

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace allochunt::report {

/// A cursor over one JSON text.
class JsonReader {
public:
  static constexpr unsigned MaxDepth = 64;

  /// \p Name is the file \p Text came from, for messages; \p Text must outlive the reader.
  JsonReader(std::string_view Text, const std::string &Name) : Text(Text), Name(Name) {}

  /// Throws InputError at the current position.
  [[noreturn]] void fail(const std::string &Message) const;
  /// Fails saying \p What was expected, or that the file ended before it.
  [[noreturn]] void failExpecting(const char *What) const;

  /// The next character that is not whitespace, without consuming it ('\0' at the end).
  char peek();
  /// Consumes \p C after whitespace, or fails saying what was expected.
  void expect(char C, const char *What);
  /// Consumes \p C after whitespace if it is next.
  bool consume(char C);

  /// Starts reading an object or an array, failing with \p WhenNot if the
  /// next value is something else; then call nextMember/nextItem until false.
  void beginObject(const std::string &WhenNot);
  void beginArray(const std::string &WhenNot);
  /// Reads the next member's key into \p Key (and its ':'); false at the closing '}'.
  bool nextMember(std::string &Key);
  /// Moves to the next element; false at the closing ']'.
  bool nextItem();

  std::string string();
  /// A non-negative integer that fits in 64 bits; \p What names it in messages.
  std::uint64_t unsignedInteger(const char *What);
  /// Skips one value of any type.
  void skipValue();
  /// Fails unless only whitespace remains.
  void expectEnd();

private:
  void skipWhitespace();
  static void appendCodePoint(std::uint32_t CodePoint, std::string &Out);
  std::uint32_t hex4();
  void skipLiteral(std::string_view Word);
  void skipNumber();
  void enter(char Open, const std::string &WhenNot);
  bool nextElement(char Close, const char *Expected);

  std::string_view Text;
  const std::string &Name;
  std::size_t Position = 0;
  unsigned Depth = 0;
  /// Bit N: the object or array open at depth N + 1 has had an element.
  std::uint64_t HasElements = 0;
};

} // namespace allochunt::report

#endif // ALLOCHUNT_REPORT_JSONREADER_H
