// A header-only interning table: every distinct string stays forever.
#include <string>
#include <unordered_set>

inline const std::string &intern(const std::string &text) {
  static std::unordered_set<std::string> table;
  return *table.insert(text).first;
}

inline const std::string &internQuietly(const std::string &text) {
  static std::unordered_set<std::string> quiet; // NOLINT(allochunt-unbounded-static-cache)
  return *quiet.insert(text).first;
}
