// Incomplete types where the checks expect complete ones: a container of an incomplete value,
// members of a class only declared, a base that is incomplete. No crash, no allochunt diagnostic.
// RUN: not %allochunt_tidy --config={} --checks='-*,allochunt-*,misc-unused-alias-decls' %s -- -std=c++20 -ferror-limit=0 > %t.out 2>&1
// RUN: FileCheck %s --input-file=%t.out --implicit-check-not='[allochunt-' --implicit-check-not='Stack dump'

#include <map>
#include <memory_resource>
#include <string>
#include <string_view>
#include <variant>

struct Route;
class Estimate;
class Pool;

// Lookups in a container whose key type is incomplete.
bool lookupIncompleteKey(const std::map<Route, int> &routes, std::string_view sv) {
  return routes.find(std::string(sv)) != routes.end();
// CHECK-DAG: :[[@LINE-1]]:{{[0-9]+}}: error:
}

// A member call and a conversion on an incomplete class.
int costOfIncomplete(const Estimate &estimate) {
  return static_cast<int>(estimate.total() * 1.25);
// CHECK-DAG: :[[@LINE-1]]:{{[0-9]+}}: error:
}

// An object of an incomplete type: invalid declaration.
int localOfIncomplete() {
  Estimate e;
// CHECK-DAG: :[[@LINE-1]]:{{[0-9]+}}: error:
  return 0;
}

// A variant with an incomplete alternative, tested after stringifying.
bool variantOfIncomplete(const std::variant<int, Route> &v) {
  return std::to_string(1) == "1" && std::holds_alternative<Route>(v);
// CHECK-DAG: :[[@LINE-1]]:{{[0-9]+}}: note: in instantiation of
}

// A memory resource deriving from an incomplete class.
class LeakyResource : public Pool {
// CHECK-DAG: :[[@LINE-1]]:{{[0-9]+}}: error:
  void *do_allocate(std::size_t bytes, std::size_t) { return ::operator new(bytes); }
  bool do_is_equal(const std::pmr::memory_resource &) const noexcept { return true; }
};

// A static cache of an incomplete mapped type.
void cacheOfIncomplete(const std::string &key) {
  static std::map<std::string, Route> cache;
  cache[key];
// CHECK-DAG: :[[@LINE-1]]:{{[0-9]+}}: note: in instantiation of
}

// CHECK: {{^}}Found compiler error(s).
