// Syntax errors: missing semicolons, unbalanced parentheses and braces, stray tokens. The parser
// skips and resynchronizes, leaving partial functions behind. No crash, and no allochunt
// diagnostic on the code Clang rejected.
// RUN: not %allochunt_tidy --config={} --checks='-*,allochunt-*,misc-unused-alias-decls' %s -- -std=c++20 -ferror-limit=0 > %t.out 2>&1
// RUN: FileCheck %s --input-file=%t.out --implicit-check-not='[allochunt-' --implicit-check-not='Stack dump'

#include <map>
#include <regex>
#include <string>
#include <string_view>

bool missingSemicolon(const std::map<std::string, int> &m, std::string_view sv) {
  auto it = m.find(std::string(sv))
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
  return it != m.end();
}

bool unbalancedParenthesis(const std::string &s) {
  return s == std::string("GET", 3;
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
}

int strayTokens(double estimate) {
  int cents = static_cast<int>(estimate * 100.0) @@ ;
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
  return cents;
}

void regexInBrokenStatement(std::string &s) {
  const std::regex re("[0-9]+") re2;
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
  s = std::regex_replace(s, re, "#" ;
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
}

// A class body that never closes its member function: the parser recovers at the next '}'.
struct Router {
  std::map<std::string, int> routes;
  bool has(std::string_view path) const {
    return routes.count(std::string(path)) != 0 +;
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
  }
  int operator[](const char *path { return routes.at(path); }
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
};

// A file that ends in the middle of a function.
int truncated(const std::string &key) {
  static std::map<std::string, int> cache;
  cache[key] = static_cast<int>(key.size() * 1.5);
  if (cache.size() > 1000 {
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
// CHECK: error: expected '}'
// CHECK: {{^}}Found compiler error(s).
// (The file ends here, inside truncated().)
