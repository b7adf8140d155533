#include <string>

// Included by both translation units: its finding is exported twice.
inline bool hasSlash(const std::string &Path) { return Path.find("/") != std::string::npos; }
