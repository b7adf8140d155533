// RUN: %check_allochunt %s allochunt-case-insensitive-copy %t -- -- -I%S/Inputs
// RUN: %check_allochunt -check-suffixes=OPT %S/Inputs/case-insensitive-copy-options.cpp allochunt-case-insensitive-copy %t-options -- -config="{CheckOptions: {allochunt-case-insensitive-copy.CaseConversionFunctions: '::util::toLower;fold', allochunt-case-insensitive-copy.CaseInsensitiveEquals: '::util::equalsIgnoreCase'}}" -- -I%S/Inputs
// RUN: %check_allochunt -check-suffixes=UNDECLARED %S/Inputs/case-insensitive-copy-undeclared.cpp allochunt-case-insensitive-copy %t-undeclared -- -- -I%S/Inputs -DNO_PREDICATES
// RUN: %check_allochunt -expect-clang-tidy-error -check-suffixes=BAD %S/Inputs/case-insensitive-copy-options.cpp allochunt-case-insensitive-copy %t-bad -- -config="{CheckOptions: {allochunt-case-insensitive-copy.CaseInsensitiveEquals: 'equals ignore case'}}" -- -I%S/Inputs

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>
#include "case-insensitive-mocks.h"

// ===== Two case-converted copies compared: a case-insensitive comparison.

bool copies(const std::string &a, const std::string &b) {
  bool r = boost::algorithm::to_lower_copy(a) == boost::algorithm::to_lower_copy(b);
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: 'boost::algorithm::to_lower_copy' allocates a lowercase copy only to compare it; compare case-insensitively with 'boost::algorithm::iequals' [allochunt-case-insensitive-copy]
  // CHECK-FIXES: bool r = boost::algorithm::iequals(a, b);
  r |= boost::to_upper_copy(a) != boost::to_upper_copy(b);
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: 'boost::algorithm::to_upper_copy' allocates an uppercase copy only to compare it; compare case-insensitively with 'boost::algorithm::iequals'
  // CHECK-FIXES: r |= !boost::algorithm::iequals(a, b);
  r |= absl::AsciiStrToLower(a) == absl::AsciiStrToLower(b);
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: 'absl::AsciiStrToLower' allocates a lowercase copy only to compare it; compare case-insensitively with 'absl::EqualsIgnoreCase'
  // CHECK-FIXES: r |= absl::EqualsIgnoreCase(a, b);
  // The constant side is converted once, in the fix-it.
  r |= absl::AsciiStrToLower(a) == absl::AsciiStrToLower("Accept");
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: 'absl::AsciiStrToLower' allocates a lowercase copy only to compare it
  // CHECK-FIXES: r |= absl::EqualsIgnoreCase(a, "accept");
  return r;
}

// ===== A copy compared with a literal in the converted case.

bool literals(const std::string &method, const std::string &header) {
  bool r = boost::algorithm::to_upper_copy(method) == "GET";
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: 'boost::algorithm::to_upper_copy' allocates an uppercase copy only to compare it; compare case-insensitively with 'boost::algorithm::iequals'
  // CHECK-FIXES: bool r = boost::algorithm::iequals(method, "GET");
  r |= "content-type" == boost::algorithm::to_lower_copy(header);
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: 'boost::algorithm::to_lower_copy' allocates a lowercase copy
  // CHECK-FIXES: r |= boost::algorithm::iequals(header, "content-type");
  r |= absl::AsciiStrToLower(header) != "x-request-id";
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: 'absl::AsciiStrToLower' allocates a lowercase copy
  // CHECK-FIXES: r |= !absl::EqualsIgnoreCase(header, "x-request-id");
  return r;
}

// ===== A constant converted on every call: written converted.

bool constants(const std::string &h, const std::string &line) {
  bool r = h == absl::AsciiStrToLower("Authorization");
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: 'absl::AsciiStrToLower' case-converts a constant on every call; write it converted [allochunt-case-insensitive-copy]
  // CHECK-FIXES: bool r = h == "authorization";
  r |= h == boost::algorithm::to_lower_copy(std::string("X-Request-Id"));
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: 'boost::algorithm::to_lower_copy' case-converts a constant
  // CHECK-FIXES: r |= h == "x-request-id";
  r |= line.find(absl::AsciiStrToUpper("error")) != std::string::npos;
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: 'absl::AsciiStrToUpper' case-converts a constant
  // CHECK-FIXES: r |= line.find("ERROR") != std::string::npos;
  return r;
}

// ===== Reported with a note: no fix-it says the same thing.

static const std::string AuthHeader = "Authorization";
constexpr std::string_view HopByHop[] = {"Connection", "Keep-Alive", "Upgrade"};

bool notes(const std::string &a, const std::string &b, const std::string &h) {
  bool r = boost::algorithm::to_lower_copy(a) == "Content-Type";
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: 'boost::algorithm::to_lower_copy' allocates a lowercase copy only to compare it
  // CHECK-NOTES: :[[@LINE-2]]:12: note: the literal has uppercase letters, so the comparison is always false
  r |= boost::algorithm::to_lower_copy(a) == b;
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: 'boost::algorithm::to_lower_copy' allocates a lowercase copy only to compare it
  // CHECK-NOTES: :[[@LINE-2]]:8: note: if the other side is lowercase already, compare with 'boost::algorithm::iequals' instead
  r |= boost::algorithm::to_lower_copy(a) == boost::algorithm::to_upper_copy(b);
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: 'boost::algorithm::to_lower_copy' allocates a lowercase copy only to compare it
  r |= boost::algorithm::to_lower_copy(a).find("json") != std::string::npos;
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: 'boost::algorithm::to_lower_copy' allocates a lowercase copy only to search it [allochunt-case-insensitive-copy]
  // CHECK-NOTES: :[[@LINE-2]]:8: note: search case-insensitively with 'boost::algorithm::icontains'
  r |= h == boost::algorithm::to_lower_copy(AuthHeader);
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: 'boost::algorithm::to_lower_copy' case-converts a constant on every call; write it converted
  // CHECK-NOTES: :[[@LINE-2]]:13: note: store the converted constant once, e.g. in a 'static const' variable
  for (std::string_view Name : HopByHop)
    r |= h == absl::AsciiStrToLower(Name);
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'absl::AsciiStrToLower' case-converts a constant
  // CHECK-NOTES: :[[@LINE-2]]:15: note: store the converted constant once
  return r;
}

// ===== A copy lowercased in place with std::transform, then only compared.

bool isJson(const std::string &contentType) {
  std::string lower = contentType;
  std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'lower' is a copy converted to lowercase only to be compared; compare the original case-insensitively [allochunt-case-insensitive-copy]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: compare with 'boost::algorithm::iequals', which allocates nothing
  return lower == "application/json" || lower.find("+json") != std::string::npos;
}

bool isGet(const std::string &method) {
  std::string upper(method);
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char c) { return std::toupper(c); });
  // CHECK-NOTES: :[[@LINE-2]]:3: warning: 'upper' is a copy converted to uppercase only to be compared
  // CHECK-NOTES: :[[@LINE-3]]:3: note: compare with 'boost::algorithm::iequals'
  return upper == "GET";
}

// ===== Negative cases.

namespace other {
std::string to_lower_copy(const std::string &s);
}
std::string keep(std::string s);

std::string negatives(const std::string &a, const std::string &b, std::string byValue) {
  // Kept: the copy is the result.
  std::string key = boost::algorithm::to_lower_copy(a);
  // Relational: a case-insensitive order needs another predicate.
  bool r = boost::algorithm::to_lower_copy(a) < boost::algorithm::to_lower_copy(b);
  // Not Boost's or Abseil's.
  r |= other::to_lower_copy(a) == "x";
  // Compared with its own source: a test that the text is in lowercase
  // (seen in CMake: `assert(name == cmSystemTools::LowerCase(name))`).
  r |= a == boost::algorithm::to_lower_copy(a);
  r |= boost::algorithm::to_upper_copy(b) != b;
  // Suppressed.
  r |= boost::algorithm::to_lower_copy(a) == "x"; // NOLINT(allochunt-case-insensitive-copy)
  // Converted in place, but a parameter: the caller made the copy.
  std::transform(byValue.begin(), byValue.end(), byValue.begin(), ::tolower);
  r |= byValue == "x";
  // Converted in place and then returned.
  std::string returned = a;
  std::transform(returned.begin(), returned.end(), returned.begin(), ::tolower);
  // Read before it is converted.
  std::string early = b;
  r |= early == "x";
  std::transform(early.begin(), early.end(), early.begin(), ::tolower);
  r |= early == "y";
  // Not a case conversion.
  std::string stripped = b;
  std::transform(stripped.begin(), stripped.end(), stripped.begin(),
                 [](char c) { return c == '-' ? '_' : c; });
  r |= stripped == "a_b";
  // Into another string.
  std::string out(a.size(), ' ');
  std::transform(a.begin(), a.end(), out.begin(), ::tolower);
  r |= out == "x";
  return r ? returned : key;
}

// ===== Templates: dependent calls are left alone; others reported once.

template <class S> bool dependent(const S &s) {
  return boost::algorithm::to_lower_copy(s) == "x";
}
template <class T> bool independent(T, const std::string &s) {
  return boost::algorithm::to_lower_copy(s) == "x";
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'boost::algorithm::to_lower_copy' allocates a lowercase copy
  // CHECK-FIXES: return boost::algorithm::iequals(s, "x");
}
bool instantiate(const std::string &s) {
  return dependent(s) && dependent(std::string("y")) && independent(1, s) &&
         independent(2.0, s);
}

// ===== Macros: reported, never fixed.

#define LOWER(x) boost::algorithm::to_lower_copy(x)
bool macros(const std::string &a, const std::string &b) {
  return LOWER(a) == LOWER(b);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'boost::algorithm::to_lower_copy' allocates a lowercase copy
  // CHECK-NOTES: :[[@LINE-4]]:18: note: expanded from macro 'LOWER'
}
// A macro in the middle of the comparison (found by test/mutation/mutate.py):
// the comparison begins and ends in the file, but rewriting it would drop the
// macro.
#define WRAP(...) __VA_ARGS__
bool macroInside(const std::string &s) {
  return boost::algorithm::WRAP(to_lower_copy(s)) == "x";
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'boost::algorithm::to_lower_copy' allocates a lowercase copy only to compare it; compare case-insensitively with 'boost::algorithm::iequals' [allochunt-case-insensitive-copy]
}
