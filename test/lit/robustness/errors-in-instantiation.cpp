// Templates that are valid as written but fail when instantiated with the types used here:
// the instantiations hold invalid declarations and recovery expressions in place of the
// lookups, conversions and caches the checks look for. No crash, no allochunt diagnostic.
// RUN: not %allochunt_tidy --config={} --checks='-*,allochunt-*,misc-unused-alias-decls' %s -- -std=c++20 -ferror-limit=0 > %t.out 2>&1
// RUN: FileCheck %s --input-file=%t.out --implicit-check-not='[allochunt-' --implicit-check-not='Stack dump'

#include <map>
#include <regex>
#include <string>
#include <string_view>
#include <unordered_map>

template <typename Table>
bool lookup(const Table &table, std::string_view key) {
  return table.find(std::string(key)) != table.end();
// CHECK-DAG: :[[@LINE-1]]:{{[0-9]+}}: error:
}

template <typename Estimate>
int cents(const Estimate &estimate) {
  return static_cast<int>(estimate.total() * 100.0);
// CHECK-DAG: :[[@LINE-1]]:{{[0-9]+}}: error:
}

template <typename Key>
int &cached(const Key &key) {
  static std::unordered_map<Key, int> cache;
// CHECK-DAG: :[[@LINE-1]]:{{[0-9]+}}: error:
  return cache[key];
}

template <typename Text>
void redact(Text &text) {
  text = std::regex_replace(text, std::regex("[0-9]+"), "#");
// CHECK-DAG: :[[@LINE-1]]:{{[0-9]+}}: error:
}

struct NoFind {};
struct NoTotal {};
struct Unhashable {};

int useAll() {
  NoFind table;
  NoTotal estimate;
  int number = 0;
  return lookup(table, "key") + cents(estimate) + cached(Unhashable{}) + (redact(number), 0);
}

// CHECK: {{^}}Found compiler error(s).
