#include <string>

inline std::string headerCopy(const std::string &s) {
  return std::string(s.c_str());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:24: warning: std::string copied through 'c_str()' into a new std::string: the copy measures the characters again and stops at the first embedded NUL; use the string itself [allochunt-string-round-trip]
}
