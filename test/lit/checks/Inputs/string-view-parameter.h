// A header's function: its callers in other translation units are not seen.
#include <string>

inline bool headerHasPrefix(const std::string &s) { return s.size() > 2 && s[0] == '-'; }
static bool headerStaticIsFlag(const std::string &s) { return s.size() > 1 && s[0] == '-'; }
