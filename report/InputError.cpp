//===--- InputError.cpp - bad input, named by file and position -----------===//

#include "report/InputError.h"

namespace allochunt::report {

static std::string describe(const std::string &File, unsigned Line,
                            unsigned Column, const std::string &Message) {
  std::string Text = File;
  if (Line != 0) {
    Text += ":" + std::to_string(Line);
    if (Column != 0)
      Text += ":" + std::to_string(Column);
  }
  return Text + ": error: " + Message;
}

InputError::InputError(std::string File, unsigned Line, unsigned Column,
                       const std::string &Message)
    : std::runtime_error(describe(File, Line, Column, Message)),
      File(std::move(File)), Line(Line), Column(Column), Message(Message) {}

} // namespace allochunt::report
