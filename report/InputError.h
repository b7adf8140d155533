//===--- InputError.h - bad input, named by file and position -------------===//
//
// Everything allochunt-report rejects (malformed or truncated YAML, a wrong
// schema, a missing file, a baseline from a future version) is reported as an
// InputError: the tool prints `FILE:LINE:COLUMN: error: MESSAGE` and exits 2.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_REPORT_INPUTERROR_H
#define ALLOCHUNT_REPORT_INPUTERROR_H

#include <stdexcept>
#include <string>
#include <utility>

namespace allochunt::report {

/// An input the report cannot use; Line and Column are 1-based, 0 if unknown.
class InputError : public std::runtime_error {
public:
  InputError(std::string File, unsigned Line, unsigned Column,
             const std::string &Message);
  InputError(std::string File, const std::string &Message)
      : InputError(std::move(File), 0, 0, Message) {}

  const std::string &file() const { return File; }
  unsigned line() const { return Line; }
  unsigned column() const { return Column; }
  /// The bare message, without the file and position.
  const std::string &message() const { return Message; }

private:
  std::string File;
  unsigned Line;
  unsigned Column;
  std::string Message;
};

} // namespace allochunt::report

#endif // ALLOCHUNT_REPORT_INPUTERROR_H
