#include <string>

// Something for the pipeline to find in any configuration: an upstream check with a fix-it
// (the project's .clang-tidy enables it next to allochunt-*).
int probeSlash(const std::string &Path) { return static_cast<int>(Path.find("/")); }
