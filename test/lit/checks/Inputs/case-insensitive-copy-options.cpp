// Run by case-insensitive-copy.cpp with CaseConversionFunctions
// '::util::toLower;fold' and CaseInsensitiveEquals '::util::equalsIgnoreCase'
// (OPT), and with an invalid CaseInsensitiveEquals (BAD).
#include <string>

namespace util {
std::string toLower(const std::string &s);
std::string toUpper(const std::string &s);
bool equalsIgnoreCase(const std::string &a, const std::string &b);
} // namespace util
std::string fold(const std::string &s);

bool configured(const std::string &a, const std::string &b) {
  bool r = util::toLower(a) == util::toLower(b);
  // CHECK-MESSAGES-OPT: :[[@LINE-1]]:12: warning: 'util::toLower' allocates a lowercase copy only to compare it; compare case-insensitively with 'util::equalsIgnoreCase' [allochunt-case-insensitive-copy]
  // CHECK-FIXES-OPT: bool r = util::equalsIgnoreCase(a, b);
  r |= util::toLower(a) == "accept";
  // CHECK-MESSAGES-OPT: :[[@LINE-1]]:8: warning: 'util::toLower' allocates a lowercase copy
  // CHECK-FIXES-OPT: r |= util::equalsIgnoreCase(a, "accept");
  // The name says no case: only the same function on both sides is fixed.
  r |= fold(a) == fold(b);
  // CHECK-MESSAGES-OPT: :[[@LINE-1]]:8: warning: 'fold' allocates a case-converted copy only to compare it; compare case-insensitively with 'util::equalsIgnoreCase'
  // CHECK-FIXES-OPT: r |= util::equalsIgnoreCase(a, b);
  r |= fold(a) == "x";
  // CHECK-MESSAGES-OPT: :[[@LINE-1]]:8: warning: 'fold' allocates a case-converted copy only to compare it
  // Not configured.
  r |= util::toUpper(a) == "X";
  return r;
}

// CHECK-MESSAGES-BAD: error: invalid name 'equals ignore case' in option 'allochunt-case-insensitive-copy.CaseInsensitiveEquals': expected an identifier, optionally qualified with '::' [clang-tidy-config]
