// Heavy macro use: X-macros that generate whole functions, token pasting, stringizing into
// lookup keys, macros expanding to casts and static caches, nested and variadic macros
// (__VA_OPT__), _Pragma, a macro argument spanning a lambda, and #line directives that move
// the presumed locations. Valid code: no crash and no error. Warnings may appear; whatever
// -fix changes (never inside a macro) must leave code that still compiles.
// RUN: cp %s %t.cpp
// RUN: %allochunt_tidy --config={} --checks='-*,allochunt-*,misc-unused-alias-decls' %t.cpp -fix -- -std=c++20 > %t.out 2>&1
// RUN: FileCheck %s --input-file=%t.out --allow-empty --implicit-check-not='error:' --implicit-check-not='Stack dump'
// RUN: %allochunt_tidy --config={} --checks='-*,misc-unused-alias-decls' %t.cpp -- -std=c++20 > %t.fixed.out 2>&1
// RUN: FileCheck %s --input-file=%t.fixed.out --allow-empty --implicit-check-not='error:'

#include <cstdint>
#include <map>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#define STR(x) #x
#define CAT(a, b) a##b
#define KEY(name) std::string(STR(name))
#define TO_INT(x) static_cast<int>(x)
#define CENTS(amount) TO_INT((amount) * 100.0)
#define LOOKUP(m, k) ((m).find(KEY(k)) != (m).end())
#define CACHE(type, name) static type name
#define FIND_ANY(m, k, ...) (LOOKUP(m, k) __VA_OPT__(|| false))
#define APPLY(f, ...) f(__VA_ARGS__)
#define IDENTITY(...) __VA_ARGS__

using Cache = std::map<std::string, int>;

#define ROUTES(X) \
  X(users, 1)     \
  X(orders, 2)    \
  X(invoices, 3)

#define DEFINE_HANDLER(name, id)                                            \
  int CAT(handle_, name)(const std::map<std::string, int> &m, double load) { \
    CACHE(Cache, CAT(cache_, name));                                          \
    CAT(cache_, name)[STR(name)] = id;                                       \
    if (LOOKUP(m, name))                                                     \
      return CENTS(load) + id;                                               \
    return TO_INT(load) - id;                                                \
  }
ROUTES(DEFINE_HANDLER)
#undef DEFINE_HANDLER

#define REGEX_REPLACE_SELF(s, pattern) s = std::regex_replace(s, std::regex(pattern), "#")

bool macroArguments(const std::map<std::string, int> &m, std::string &line, double ratio) {
  REGEX_REPLACE_SELF(line, "[0-9]+");
  int scaled = APPLY(TO_INT, ratio * 3.0);
  bool found = FIND_ANY(m, users) || FIND_ANY(m, orders, unused);
  _Pragma("clang diagnostic push") _Pragma("clang diagnostic ignored \"-Wunused-variable\"")
  int unused_here = IDENTITY(static_cast<int>)(ratio);
  _Pragma("clang diagnostic pop")
  auto lambda = IDENTITY([&](std::string_view k) { return m.count(std::string(k)) != 0; });
  return found && scaled > 0 && lambda("x");
}

#line 5000 "virtual-file.cpp"
int afterLineDirective(const std::map<std::string, int> &m, double d) {
  if (m.count(KEY(virtual)) != 0)
    return static_cast<int>(d);
  return CENTS(d);
}
#line 1 "another-virtual-file.h"
inline std::int64_t inVirtualHeader(double d) { return (std::int64_t)(d * 2.5); }
