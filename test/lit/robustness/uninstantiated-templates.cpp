// Templates that are never instantiated: everything dependent stays unresolved
// (CXXDependentScopeMemberExpr, UnresolvedLookupExpr, CXXUnresolvedConstructExpr, dependent
// types), beside non-dependent code in the same templates. Valid code: no crash, no error.
// With -fdelayed-template-parsing the bodies are not even parsed.
// RUN: %allochunt_tidy --config={} --checks='-*,allochunt-*,misc-unused-alias-decls' %s -- -std=c++17 > %t.17.out 2>&1
// RUN: FileCheck %s --input-file=%t.17.out --allow-empty --implicit-check-not='error:' --implicit-check-not='Stack dump'
// RUN: %allochunt_tidy --config={} --checks='-*,allochunt-*,misc-unused-alias-decls' %s -- -std=c++23 > %t.23.out 2>&1
// RUN: FileCheck %s --input-file=%t.23.out --allow-empty --implicit-check-not='error:' --implicit-check-not='Stack dump'
// RUN: %allochunt_tidy --config={} --checks='-*,allochunt-*,misc-unused-alias-decls' %s -- -std=c++20 -fdelayed-template-parsing > %t.delayed.out 2>&1
// RUN: FileCheck %s --input-file=%t.delayed.out --allow-empty --implicit-check-not='error:' --implicit-check-not='Stack dump'

#include <cmath>
#include <map>
#include <memory_resource>
#include <regex>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

template <typename Map, typename Key>
bool dependentLookup(const Map &m, const Key &key) {
  return m.find(std::string(key)) != m.end() && m.count(typename Map::key_type(key)) > 0;
}

template <typename CharT>
bool dependentString(const std::basic_string<CharT> &s, const CharT *p) {
  return s == std::basic_string<CharT>(p) || std::basic_string<CharT>(p, 2).compare(s) == 0;
}

template <typename T>
int dependentConversion(T value, T factor) {
  auto product = value * factor;
  if (value > T(0))
    return static_cast<int>(product);
  return int(value / factor) + (int)std::sqrt(value);
}

template <typename T>
struct Router {
  std::map<std::string, T> routes;
  bool has(std::string_view path) const { return routes.count(std::string(path)) != 0; }
  template <typename U> U converted(double d) const { return static_cast<U>(d * 2.0); }
  T lookupOrDefault(const char *name) const {
    auto it = routes.find(name);
    return it == routes.end() ? T{} : it->second;
  }
};

template <typename T>
const std::vector<T> &constantsRebuiltPerCall() {
  const std::vector<std::string> names = {"alpha", "beta", "gamma"};
  static std::vector<T> result(names.size());
  return result;
}

template <typename String>
void dependentRegex(String &s) {
  s = std::regex_replace(s, std::regex("[0-9]+"), "#");
  std::smatch m;
  if (std::regex_search(s, m, std::regex(R"((\w+)=(\w+))")) && m[1].str() == "key")
    s = m.str(2);
}

template <typename Variant>
bool dependentTypeTest(const Variant &v) {
  return std::to_string(v.index()).find("1") != std::string::npos &&
         std::holds_alternative<int>(v);
}

template <typename Key, typename Value>
Value &dependentCache(const Key &key) {
  static std::unordered_map<Key, Value> cache;
  return cache[key];
}

template <typename Base>
class TemplateResource : public Base {
  void *do_allocate(std::size_t bytes, std::size_t) override { return ::operator new(bytes); }
  void do_deallocate(void *p, std::size_t, std::size_t) override { std::free(p); }
  bool do_is_equal(const std::pmr::memory_resource &) const noexcept override { return true; }
};

template <typename T>
struct Outer {
  template <typename U>
  struct Inner {
    static int measure(const U &u) { return static_cast<int>((std::string("x") + u.name()).size()); }
  };
};

// Partial specializations and a variable template, also never used.
template <typename T, typename U> struct Pair { static long convert(double d) { return (long)d; } };
template <typename T> struct Pair<T, T> { static long convert(T t) { return static_cast<long>(t * 0.5); } };
template <typename T> const std::set<std::string> kNames = {"a", "b", T::extraName()};

// A generic lambda that is never called.
inline auto genericLambda = [](const auto &m, auto key) {
  return m.find(std::string(key)) != m.end() ? static_cast<int>(key.size() * 1.5) : 0;
};
