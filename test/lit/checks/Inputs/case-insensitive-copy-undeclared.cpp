// Run by case-insensitive-copy.cpp with -DNO_PREDICATES: the comparison
// functions are not declared, so a fix-it calling them would not compile.
#include <algorithm>
#include <cctype>
#include <string>
#include "case-insensitive-mocks.h"

bool undeclared(const std::string &a, const std::string &b) {
  bool r = boost::algorithm::to_lower_copy(a) == boost::algorithm::to_lower_copy(b);
  // CHECK-NOTES-UNDECLARED: :[[@LINE-1]]:12: warning: 'boost::algorithm::to_lower_copy' allocates a lowercase copy only to compare it; compare case-insensitively with 'boost::algorithm::iequals' [allochunt-case-insensitive-copy]
  // CHECK-NOTES-UNDECLARED: :[[@LINE-2]]:12: note: 'boost::algorithm::iequals' is declared in <boost/algorithm/string/predicate.hpp>
  std::string lower = a;
  std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
  // CHECK-NOTES-UNDECLARED: :[[@LINE-1]]:3: warning: 'lower' is a copy converted to lowercase only to be compared
  // CHECK-NOTES-UNDECLARED: :[[@LINE-2]]:3: note: compare without a copy, e.g. with 'std::equal' (sizes checked first) or 'std::search' and a predicate comparing 'std::tolower' of each character
  return r || lower == "x";
}
