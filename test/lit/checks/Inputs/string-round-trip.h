#include <string>

inline std::string headerCopy(const std::string &s) {
  return std::string(s.c_str());
}
