// A missing header is a fatal error: Clang stops reporting but keeps building an AST in which
// everything the header should have declared is missing. No crash, no allochunt diagnostic.
// RUN: not %allochunt_tidy --config={} --checks='-*,allochunt-*,misc-unused-alias-decls' %s -- -std=c++20 > %t.out 2>&1
// RUN: FileCheck %s --input-file=%t.out --implicit-check-not='[allochunt-' --implicit-check-not='Stack dump'

#include <map>
#include <string>
#include "allochunt_robustness_no_such_header.h"
// CHECK: :[[@LINE-1]]:10: error: 'allochunt_robustness_no_such_header.h' file not found

// Everything below depends on what the missing header would declare.
bool lookup(const RouteTable &table, std::string_view path) {
  return table.find(std::string(path)) != table.end();
}

int costInCents(const Estimate &estimate) {
  return static_cast<int>(estimate.total() * 100.0);
}

bool isNotFound(const Response &response) {
  return std::to_string(response.status()) == "404";
}

void redact(std::string &line) {
  line = std::regex_replace(line, kSecretPattern, "***");
}

int cached(const std::string &key) {
  static std::map<std::string, int> cache;
  cache[key] = computeCost(key);
  return cache[key];
}

// CHECK: {{^}}Found compiler error(s).
