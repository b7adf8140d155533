// Header for regex-result-copy.cpp: its warnings show only with -header-filter,
// and none of them carries a fix-it (the runner must not rewrite this file).
#include <regex>
#include <string>
#include <string_view>

inline bool isDeleteRequest(const std::string &line) {
  static const std::regex Request("(\\w+) (\\S+)");
  std::smatch m;
  if (!std::regex_match(line, m, Request))
    return false;
  std::string method = m[1];
  return method == "DELETE" || method == "PURGE";
}

inline bool hasPath(const std::smatch &m, std::string_view path) {
  return m[2].str() == path;
}
