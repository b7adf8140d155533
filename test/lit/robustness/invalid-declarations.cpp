// Invalid declarations and expressions: Clang keeps them in the AST as error-recovery nodes
// (RecoveryExpr, invalid declarations, types that contain errors). Each line here offers what
// some allochunt check looks for, and Clang rejects it: no crash, and no allochunt diagnostic.
// The C++23 run also sets the most eager option values.
// RUN: not %allochunt_tidy --config={} --checks='-*,allochunt-*,misc-unused-alias-decls' %s -- -std=c++17 -ferror-limit=0 > %t.17.out 2>&1
// RUN: FileCheck %s --input-file=%t.17.out --implicit-check-not='[allochunt-' --implicit-check-not='Stack dump'
// RUN: not %allochunt_tidy --config="{CheckOptions: {allochunt-unchecked-float-to-int.Mode: all, allochunt-temporary-lookup-key.SmallStringCapacity: 0}}" --checks='-*,allochunt-*,misc-unused-alias-decls' %s -- -std=c++23 -ferror-limit=0 > %t.23.out 2>&1
// RUN: FileCheck %s --input-file=%t.23.out --implicit-check-not='[allochunt-' --implicit-check-not='Stack dump'

#include <map>
#include <memory_resource>
#include <regex>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

// A lookup whose call has too many arguments: the temporary key sits inside a RecoveryExpr.
bool tooManyArguments(const std::map<std::string, int> &m, std::string_view sv) {
  return m.find(std::string(sv), 1) != m.end();
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
}

// The key's source is undeclared.
bool keyFromUnknownView(const std::set<std::string> &s) {
  return s.count(std::string(undeclared_view)) != 0;
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
}

// The container's comparator is undeclared: the variable's type is invalid.
bool invalidContainer(std::string_view sv) {
  std::map<std::string, int, UndeclaredLess> m;
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
  return m.find(std::string(sv)) != m.end();
}

// A comparison against a string made from something undeclared.
bool compareToUndeclared(const std::string &s) {
  return s == std::string(undeclared_chars, 3);
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
}

// A float-to-int conversion of an undeclared value, and of a call that does not resolve.
double scale(double value, double factor);
int convertUndeclared() {
  return static_cast<int>(undeclared_estimate * 1.5);
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
}
long convertBadCall(double d) {
  long n = scale(d);
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
  return n;
}

// A constant container whose initialiser does not compile.
int constantListWithError() {
  const std::vector<std::string> hosts = {"localhost", "example.org", undeclared_host};
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
  return static_cast<int>(hosts.size());
}

// A regex built from literals, passed to a call with the wrong arguments.
bool regexWrongCall(const std::string &s) {
  return std::regex_match(s, std::regex("^[a-z]+$"), 42, 43);
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
}

// regex_replace assigned back to its input, with an undeclared format.
void replaceUndeclaredFormat(std::string &s, const std::regex &re) {
  s = std::regex_replace(s, re, undeclared_format);
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
}

// A sub-match copy compared with an undeclared value.
bool subMatchUndeclared(const std::smatch &m) {
  return m[1].str() == undeclared_method;
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
}

// to_string of an undeclared value compared with a literal, and its size.
bool stringifyUndeclared() {
  return std::to_string(undeclared_status) == "404" ||
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
         (std::string("a") + undeclared_suffix).size() > 3;
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
}

// A type test on a variant alternative that does not exist.
struct DbError { std::string message; };
bool typeTestUndeclared(const std::variant<int, DbError> &err) {
  return std::to_string(1).find("unique") != std::string::npos &&
         std::holds_alternative<UndeclaredError>(err);
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
}

// A static cache whose mapped type is undeclared, filled and never cleared.
int cachedUndeclared(const std::string &key) {
  static std::unordered_map<std::string, UndeclaredValue> cache;
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
  cache[key] = {};
  return 0;
}

// A memory resource whose members do not compile: an allocation that ignores the alignment,
// a deallocation through another family, an equality that never reads `other`.
class BrokenResource : public std::pmr::memory_resource {
  void *do_allocate(std::size_t bytes, std::size_t) override { return missing_alloc(bytes); }
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
  void do_deallocate(void *p, std::size_t, std::size_t) override { std::free(p, 1); }
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
  bool do_is_equal(const std::pmr::memory_resource &) const noexcept override { return missing_flag; }
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
};

// A function whose return type is undeclared, used in a conversion and a lookup.
UndeclaredType makeValue();
// CHECK: :[[@LINE-1]]:{{[0-9]+}}: error:
int useInvalidReturn(const std::map<std::string, int> &m) {
  return static_cast<int>(makeValue()) + static_cast<int>(m.count(std::string(makeValue())));
}

// CHECK: {{^}}Found compiler error(s).
