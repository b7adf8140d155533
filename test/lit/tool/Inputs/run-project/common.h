// Included by both translation units: its finding must be reported once.
#include <string>

inline bool hasComma(const std::string &s) { return s.find(",") != std::string::npos; }
