// Run by stringify-to-compare.cpp with StringifyFunctions set to
// '::util::describe;render' (OPT), and to an invalid list (BAD).
#include <string>

namespace util {
std::string describe(int code);
std::string render(int code);
} // namespace util
namespace other {
std::string describe(int code);
std::string render(int code);
} // namespace other
struct Status {
  std::string toString() const;
};

bool configured(int n, Status s) {
  bool r = util::describe(n) == "ok";
  // CHECK-NOTES-OPT: :[[@LINE-1]]:12: warning: 'util::describe' allocates a string only to compare it with a literal [allochunt-stringify-to-compare]
  // A qualified name matches only that function.
  r |= other::describe(n) == "ok";
  // A plain name matches any function or method so named.
  r |= util::render(n) == "ok";
  // CHECK-NOTES-OPT: :[[@LINE-1]]:8: warning: 'util::render' allocates
  r |= other::render(n) == "ok";
  // CHECK-NOTES-OPT: :[[@LINE-1]]:8: warning: 'other::render' allocates
  // The option replaces the defaults.
  r |= s.toString() == "ok";
  return r;
}

// CHECK-MESSAGES-BAD: error: invalid name 'to string' in option 'allochunt-stringify-to-compare.StringifyFunctions': expected an identifier, optionally qualified with '::' [clang-tidy-config]
