#include <string>

// Two findings, each with a fix-it; the rest of the file must stay as it is.
int count(const std::string &Text) {
  int Found = 0;
  if (Text.find("a") != std::string::npos)
    ++Found;
  // A multi-byte character is not a single char: no finding.
  if (Text.rfind("é") != std::string::npos)
    ++Found;
  // After "é", LSP columns (UTF-16) and byte columns differ.
  if (Text.find("é") == 0 || Text.find("x") == 1)
    ++Found;
  return Found + static_cast<int>(Text.find("ab"));
}
