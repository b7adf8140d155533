// Default options (Mode=untrusted): every warning and note is pinned.
// RUN: %check_allochunt %s allochunt-unchecked-float-to-int %t
// Mode=all: also values that do not come from an untrusted source.
// RUN: %check_allochunt -check-suffix=ALL %s allochunt-unchecked-float-to-int %t -- \
// RUN:   -config="{CheckOptions: {allochunt-unchecked-float-to-int.Mode: all}}" -- -DVARIANT -DMODE_ALL
// RequireRangeCheck: finiteness alone is not enough.
// RUN: %check_allochunt -check-suffix=RANGE %s allochunt-unchecked-float-to-int %t -- \
// RUN:   -config="{CheckOptions: {allochunt-unchecked-float-to-int.RequireRangeCheck: true}}" -- -DVARIANT -DRANGE_CHECK
// CheckedConversionFunction: explicit casts are rewritten to it.
// RUN: %check_allochunt -check-suffix=FIX %s allochunt-unchecked-float-to-int %t -- \
// RUN:   -config="{CheckOptions: {allochunt-unchecked-float-to-int.CheckedConversionFunction: 'mylib::checked_cast'}}" -- -DVARIANT -DCHECKED
// assert() protects only where it is compiled in.
// RUN: %check_allochunt -check-suffix=NDEBUG %s allochunt-unchecked-float-to-int %t -- -- -DVARIANT -DASSERT_ONLY -DNDEBUG
// A header is analysed like the main file, and reported with -header-filter.
// RUN: %check_allochunt -check-suffix=HEADER %s allochunt-unchecked-float-to-int %t -- \
// RUN:   -header-filter=scaling.h -- -DVARIANT -DHEADER_ONLY -I %S/Inputs/unchecked-float-to-int
// MaxCFGBlocks: functions with larger CFGs are not analysed.
// RUN: %check_allochunt -check-suffix=LIMIT %s allochunt-unchecked-float-to-int %t -- \
// RUN:   -config="{CheckOptions: {allochunt-unchecked-float-to-int.MaxCFGBlocks: 3}}" -- -DVARIANT -DLIMIT
// Bad option values are configuration errors.
// RUN: %check_allochunt -check-suffix=BAD-MODE -expect-clang-tidy-error %s allochunt-unchecked-float-to-int %t -- \
// RUN:   -config="{CheckOptions: {allochunt-unchecked-float-to-int.Mode: sometimes}}" -- -DVARIANT
// RUN: %check_allochunt -check-suffix=BAD-LIMIT -expect-clang-tidy-error %s allochunt-unchecked-float-to-int %t -- \
// RUN:   -config="{CheckOptions: {allochunt-unchecked-float-to-int.MaxCFGBlocks: 0}}" -- -DVARIANT
// RUN: %check_allochunt -check-suffix=BAD-LIMIT-TEXT -expect-clang-tidy-error %s allochunt-unchecked-float-to-int %t -- \
// RUN:   -config="{CheckOptions: {allochunt-unchecked-float-to-int.MaxCFGBlocks: many}}" -- -DVARIANT

// CHECK-MESSAGES-BAD-MODE: error: invalid value 'sometimes' for option 'allochunt-unchecked-float-to-int.Mode'; expected 'untrusted' or 'all' [clang-tidy-config]
// CHECK-MESSAGES-BAD-LIMIT: error: invalid value '0' for option 'allochunt-unchecked-float-to-int.MaxCFGBlocks'; expected a positive number of CFG blocks [clang-tidy-config]
// CHECK-MESSAGES-BAD-LIMIT-TEXT: error: invalid value 'many' for option 'allochunt-unchecked-float-to-int.MaxCFGBlocks'; expected a positive number of CFG blocks [clang-tidy-config]

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <istream>
#include <stdexcept>
#include <string>
#include <type_traits>

void takesInt(int);
void takesChar(char);
constexpr double kMax = 1000.0;
using Count = unsigned;

#ifndef VARIANT
//===----------------------------------------------------------------------===//
// Every spelling of an explicit cast, from a parameter.
//===----------------------------------------------------------------------===//

int staticCast(double x) { return static_cast<int>(x); }
// CHECK-NOTES: :[[@LINE-1]]:35: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite [allochunt-unchecked-float-to-int]
// CHECK-NOTES: :[[@LINE-2]]:23: note: the value comes from parameter 'x'
// CHECK-NOTES: :[[@LINE-3]]:35: note: check it first: 'if (!std::isfinite(x)) ...'

int cStyleCast(double x) { return (int)x; }
// CHECK-NOTES: :[[@LINE-1]]:35: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite
// CHECK-NOTES: :[[@LINE-2]]:23: note: the value comes from parameter 'x'
// CHECK-NOTES: :[[@LINE-3]]:35: note: check it first: 'if (!std::isfinite(x)) ...'

int functionalCast(double x) { return int(x * 2); }
// CHECK-NOTES: :[[@LINE-1]]:39: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite
// CHECK-NOTES: :[[@LINE-2]]:27: note: the value comes from parameter 'x'
// CHECK-NOTES: :[[@LINE-3]]:39: note: check it first: 'if (!std::isfinite(x)) ...'

long long fromFloat(float f) { return (long long)f; }
// CHECK-NOTES: :[[@LINE-1]]:39: warning: conversion from 'float' to 'long long' is undefined behaviour when the value is NaN or infinite
// CHECK-NOTES: :[[@LINE-2]]:27: note: the value comes from parameter 'f'
// CHECK-NOTES: :[[@LINE-3]]:39: note: check it first: 'if (!std::isfinite(f)) ...'

std::uint64_t fromLongDouble(long double ld) { return static_cast<std::uint64_t>(ld); }
// CHECK-NOTES: :[[@LINE-1]]:55: warning: conversion from 'long double' to 'std::uint64_t' (aka 'unsigned long') is undefined behaviour when the value is NaN or infinite
// CHECK-NOTES: :[[@LINE-2]]:42: note: the value comes from parameter 'ld'
// CHECK-NOTES: :[[@LINE-3]]:55: note: check it first: 'if (!std::isfinite(ld)) ...'

Count throughAlias(double x) { return (Count)x; }
// CHECK-NOTES: :[[@LINE-1]]:39: warning: conversion from 'double' to 'Count' (aka 'unsigned int') is undefined behaviour when the value is NaN or infinite
// CHECK-NOTES: :[[@LINE-2]]:27: note: the value comes from parameter 'x'
// CHECK-NOTES: :[[@LINE-3]]:39: note: check it first: 'if (!std::isfinite(x)) ...'

//===----------------------------------------------------------------------===//
// Every kind of implicit conversion.
//===----------------------------------------------------------------------===//

int initialisation(double x) {
  int n = x;
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite
  // CHECK-NOTES: :[[@LINE-3]]:27: note: the value comes from parameter 'x'
  // CHECK-NOTES: :[[@LINE-3]]:11: note: check it first: 'if (!std::isfinite(x)) ...'
  return n;
}

int assignment(double x, int n) {
  n = x;
  // CHECK-NOTES: :[[@LINE-1]]:7: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite
  // CHECK-NOTES: :[[@LINE-3]]:23: note: the value comes from parameter 'x'
  // CHECK-NOTES: :[[@LINE-3]]:7: note: check it first: 'if (!std::isfinite(x)) ...'
  return n;
}

void compoundAssignment(int &total, double x) {
  total += x;
  // CHECK-NOTES: :[[@LINE-1]]:9: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite
  // CHECK-NOTES: :[[@LINE-3]]:44: note: the value comes from parameter 'x'
  // CHECK-NOTES: :[[@LINE-3]]:9: note: check it first: 'if (!std::isfinite(x)) ...'
}

int returned(double x) { return x; }
// CHECK-NOTES: :[[@LINE-1]]:33: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite
// CHECK-NOTES: :[[@LINE-2]]:21: note: the value comes from parameter 'x'
// CHECK-NOTES: :[[@LINE-3]]:33: note: check it first: 'if (!std::isfinite(x)) ...'

void argument(double x) { takesChar(x); }
// CHECK-NOTES: :[[@LINE-1]]:37: warning: conversion from 'double' to 'char' is undefined behaviour when the value is NaN or infinite
// CHECK-NOTES: :[[@LINE-2]]:22: note: the value comes from parameter 'x'
// CHECK-NOTES: :[[@LINE-3]]:37: note: check it first: 'if (!std::isfinite(x)) ...'

//===----------------------------------------------------------------------===//
// Untrusted origins within the function.
//===----------------------------------------------------------------------===//

std::uint64_t estimateCents(double total, int count) {
  constexpr double kSafetyMargin = 1.25;
  const double estimated = total / count;
  return static_cast<std::uint64_t>(estimated * kSafetyMargin);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: conversion from 'double' to 'std::uint64_t' (aka 'unsigned long') is undefined behaviour when the value is NaN or infinite
  // CHECK-NOTES: :[[@LINE-3]]:34: note: the value comes from a division by 'count', which is NaN or infinite when 'count' is zero
  // CHECK-NOTES: :[[@LINE-3]]:10: note: check it first: 'if (!std::isfinite(estimated)) ...'
}

int divideAssign(int parts, int whole) {
  double share = whole;
  share /= parts;
  return (int)share;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite
  // CHECK-NOTES: :[[@LINE-3]]:9: note: the value comes from a division by 'parts', which is NaN or infinite when 'parts' is zero
  // CHECK-NOTES: :[[@LINE-3]]:10: note: check it first: 'if (!std::isfinite(share)) ...'
}

long parsedWithStrtod(const char *text) {
  const double value = std::strtod(text, nullptr);
  return static_cast<long>(value);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: conversion from 'double' to 'long' is undefined behaviour when the value is NaN or infinite
  // CHECK-NOTES: :[[@LINE-3]]:24: note: the value comes from 'strtod', which accepts "nan" and "inf" and overflows to infinity
  // CHECK-NOTES: :[[@LINE-3]]:10: note: check it first: 'if (!std::isfinite(value)) ...'
}

int parsedWithStod(const std::string &text) { return static_cast<int>(std::stod(text)); }
// CHECK-NOTES: :[[@LINE-1]]:54: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite
// CHECK-NOTES: :[[@LINE-2]]:71: note: the value comes from 'std::stod', which accepts "nan" and "inf" and overflows to infinity
// CHECK-NOTES: :[[@LINE-3]]:54: note: store it in a variable and check it first: 'if (!std::isfinite(value)) ...'

int parsedWithAtof(const char *text) { return (int)atof(text); }
// CHECK-NOTES: :[[@LINE-1]]:47: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite
// CHECK-NOTES: :[[@LINE-2]]:52: note: the value comes from 'atof', which accepts "nan" and "inf" and overflows to infinity
// CHECK-NOTES: :[[@LINE-3]]:47: note: store it in a variable and check it first: 'if (!std::isfinite(value)) ...'

int parsedWithSscanf(const char *text) {
  double value = 0;
  if (std::sscanf(text, "%lf", &value) != 1)
    return 0;
  return (int)value;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite
  // CHECK-NOTES: :[[@LINE-4]]:7: note: the value comes from 'sscanf', which accepts "nan" and "inf" and overflows to infinity
  // CHECK-NOTES: :[[@LINE-3]]:10: note: check it first: 'if (!std::isfinite(value)) ...'
}

int parsedFromStream(std::istream &in) {
  double value = 0;
  in >> value;
  return (int)value;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite
  // CHECK-NOTES: :[[@LINE-3]]:6: note: the value comes from 'operator>>', which accepts "nan" and "inf" and overflows to infinity
  // CHECK-NOTES: :[[@LINE-3]]:10: note: check it first: 'if (!std::isfinite(value)) ...'
}

int squareRootOfDifference(int a, int b) { return (int)std::sqrt(a - b); }
// CHECK-NOTES: :[[@LINE-1]]:51: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN
// CHECK-NOTES: :[[@LINE-2]]:56: note: the value comes from 'std::sqrt', which returns NaN outside its domain
// CHECK-NOTES: :[[@LINE-3]]:51: note: store it in a variable and check it first: 'if (!std::isfinite(value)) ...'

int logarithm(int n) {
  const double bits = std::log2(n);
  return static_cast<int>(bits);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite
  // CHECK-NOTES: :[[@LINE-3]]:23: note: the value comes from 'std::log2', which returns NaN outside its domain
  // CHECK-NOTES: :[[@LINE-3]]:10: note: check it first: 'if (!std::isfinite(bits)) ...'
}

struct Usage {
  double cpuSeconds;
};

int fieldOfParameter(const Usage &usage) { return (int)usage.cpuSeconds; }
// CHECK-NOTES: :[[@LINE-1]]:51: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite
// CHECK-NOTES: :[[@LINE-2]]:35: note: the value comes from parameter 'usage'
// CHECK-NOTES: :[[@LINE-3]]:51: note: check it first: 'if (!std::isfinite(usage.cpuSeconds)) ...'

// A division under a guard that rules its divisor zero out (as in ninja's
// status printer) is not where a NaN comes from.
struct Progress {
  long elapsedMillis;
  double predictedShare;
  long secondsLeft() const {
    double left = -1;
    if (predictedShare != 0.0)
      left = elapsedMillis / predictedShare;
    if (left < 0)
      return -1;
    return (long)left;
  }
};

long divisorCheckedFirst(long total, long count) {
  if (count == 0)
    return 0;
  const double mean = static_cast<double>(total) / count;
  return (long)mean;
}

long divisorPositive(long total, int count) {
  double mean = 0;
  if (count > 0 && total > 0)
    mean = static_cast<double>(total) / count;
  return (long)mean;
}

long divisorTruthy(long total, int count) {
  if (!count)
    return 0;
  double mean = static_cast<double>(total);
  mean /= count;
  return (long)mean;
}

// The guard tests something else, allows zero, or the divisor changes after it.
long guardAllowsZero(long total, int count) {
  if (count >= 0) {
    const double mean = static_cast<double>(total) / count;
    return (long)mean;
    // CHECK-NOTES: :[[@LINE-1]]:12: warning: conversion from 'double' to 'long' is undefined behaviour when the value is NaN or infinite
    // CHECK-NOTES: :[[@LINE-3]]:52: note: the value comes from a division by 'count', which is NaN or infinite when 'count' is zero
    // CHECK-NOTES: :[[@LINE-5]]:7: note: this check on 'count' lets infinity through
    // CHECK-NOTES: :[[@LINE-4]]:12: note: check it first: 'if (!std::isfinite(mean)) ...'
  }
  return 0;
}

long divisorWrittenAfterGuard(long total, int count, int used) {
  if (count == 0)
    return 0;
  count -= used;
  const double mean = static_cast<double>(total) / count;
  return (long)mean;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: conversion from 'double' to 'long' is undefined behaviour when the value is NaN or infinite
  // CHECK-NOTES: :[[@LINE-3]]:50: note: the value comes from a division by 'count', which is NaN or infinite when 'count' is zero
  // CHECK-NOTES: :[[@LINE-3]]:10: note: check it first: 'if (!std::isfinite(mean)) ...'
}

long otherVariableChecked(long total, int count, int items) {
  if (items == 0)
    return 0;
  const double mean = static_cast<double>(total) / count;
  return (long)mean;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: conversion from 'double' to 'long' is undefined behaviour when the value is NaN or infinite
  // CHECK-NOTES: :[[@LINE-3]]:50: note: the value comes from a division by 'count', which is NaN or infinite when 'count' is zero
  // CHECK-NOTES: :[[@LINE-3]]:10: note: check it first: 'if (!std::isfinite(mean)) ...'
}

//===----------------------------------------------------------------------===//
// Guards that do not protect, each with a note saying why.
//===----------------------------------------------------------------------===//

int rangeCheckLetsNaNThrough(double x) {
  if (x < 0 || x > kMax)
    return 0;
  return (int)x;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN
  // CHECK-NOTES: :[[@LINE-5]]:37: note: the value comes from parameter 'x'
  // CHECK-NOTES: :[[@LINE-5]]:7: note: this check on 'x' lets NaN through: every comparison with NaN is false
  // CHECK-NOTES: :[[@LINE-4]]:10: note: check it first: 'if (!std::isfinite(x)) ...'
}

int upperBoundOnly(double x) {
  if (x > kMax)
    return 0;
  return (int)x;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite
  // CHECK-NOTES: :[[@LINE-5]]:27: note: the value comes from parameter 'x'
  // CHECK-NOTES: :[[@LINE-5]]:7: note: this check on 'x' lets NaN and infinity through: every comparison with NaN is false
  // CHECK-NOTES: :[[@LINE-4]]:10: note: check it first: 'if (!std::isfinite(x)) ...'
}

int clampKeepsNaN(double x) { return static_cast<int>(std::clamp(x, 0.0, kMax)); }
// CHECK-NOTES: :[[@LINE-1]]:38: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN
// CHECK-NOTES: :[[@LINE-2]]:26: note: the value comes from parameter 'x'
// CHECK-NOTES: :[[@LINE-3]]:55: note: 'std::clamp' returns NaN when its first argument is NaN; 'std::fmin' and 'std::fmax' with a finite bound do not
// CHECK-NOTES: :[[@LINE-4]]:38: note: check it first: 'if (!std::isfinite(x)) ...'

int minMaxKeepNaN(double x) { return (int)std::min(std::max(x, 0.0), kMax); }
// CHECK-NOTES: :[[@LINE-1]]:38: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN
// CHECK-NOTES: :[[@LINE-2]]:26: note: the value comes from parameter 'x'
// CHECK-NOTES: :[[@LINE-3]]:52: note: 'std::max' returns NaN when its first argument is NaN; 'std::fmin' and 'std::fmax' with a finite bound do not
// CHECK-NOTES: :[[@LINE-4]]:43: note: 'std::min' returns NaN when its first argument is NaN; 'std::fmin' and 'std::fmax' with a finite bound do not
// CHECK-NOTES: :[[@LINE-5]]:38: note: check it first: 'if (!std::isfinite(x)) ...'

int guardOverwritten(double x, double y) {
  if (!std::isfinite(x))
    return 0;
  x = y;
  return (int)x;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite
  // CHECK-NOTES: :[[@LINE-6]]:29: note: the value comes from parameter 'x'
  // CHECK-NOTES: :[[@LINE-3]]:10: note: check it first: 'if (!std::isfinite(x)) ...'
}

int guardOnOnePathOnly(double x, bool strict) {
  if (strict) {
    if (!std::isfinite(x))
      return 0;
  }
  return (int)x;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite
  // CHECK-NOTES: :[[@LINE-7]]:31: note: the value comes from parameter 'x'
  // CHECK-NOTES: :[[@LINE-3]]:10: note: check it first: 'if (!std::isfinite(x)) ...'
}

int guardInsideLoopBodyBeforeWrite(double x, int n) {
  int sum = 0;
  if (!std::isfinite(x))
    return 0;
  for (int i = 0; i < n; ++i) {
    sum += (int)x;
    // CHECK-NOTES: :[[@LINE-1]]:12: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite
    // CHECK-NOTES: :[[@LINE-7]]:43: note: the value comes from parameter 'x'
    // CHECK-NOTES: :[[@LINE-3]]:12: note: check it first: 'if (!std::isfinite(x)) ...'
    x = x * x / i;
  }
  return sum;
}

//===----------------------------------------------------------------------===//
// Guards that protect: nothing is reported.
//===----------------------------------------------------------------------===//

int earlyReturn(double x) {
  if (!std::isfinite(x))
    return 0;
  return (int)x;
}

int insideIf(double x) {
  if (std::isfinite(x)) {
    return static_cast<int>(x);
  }
  return 0;
}

int conditionalOperator(double x) { return std::isfinite(x) ? (int)x : 0; }

bool shortCircuit(double x) { return std::isfinite(x) && (int)x > 3; }

int assertion(double x) {
  assert(std::isfinite(x));
  return (int)x;
}

int noNaNNoInf(double x) {
  if (!std::isnan(x) && !std::isinf(x))
    return (int)x;
  return 0;
}

int rangeWhereComparisonsHold(double x) {
  if (x >= 0 && x <= kMax)
    return (int)x;
  return 0;
}

int negatedRangeCheck(double x) {
  // NaN makes the inner condition false, the negation true: it returns.
  if (!(x >= 0 && x <= kMax))
    return 0;
  return (int)x;
}

int absoluteBound(double x) {
  if (std::fabs(x) < 1e9)
    return (int)x;
  return 0;
}

int selfComparisonAndQuietComparisons(double x) {
  if (x != x)
    return 0;
  if (std::isgreaterequal(x, -1e6) && std::islessequal(x, 1e6))
    return (int)x;
  return 0;
}

int namedCondition(double x) {
  const bool usable = std::isfinite(x);
  if (!usable)
    return 0;
  return (int)x;
}

int expectedBranch(double x) {
  if (__builtin_expect(!std::isfinite(x), 0))
    return 0;
  return (int)x;
}

int throws(double x) {
  if (!std::isfinite(x))
    throw std::invalid_argument("not a finite number");
  return (int)x;
}

int loopContinueAndBreak(const double *values, int n, double scale) {
  int total = 0;
  for (int i = 0; i < n; ++i) {
    const double scaled = values[i] * scale;
    if (std::isnan(scaled))
      continue;
    if (std::isinf(scaled))
      break;
    total += (int)scaled;
  }
  return total;
}

int fminFmaxWithFiniteBounds(double x) {
  return static_cast<int>(std::fmin(std::fmax(x, 0.0), kMax));
}

int maxWithConstantFirst(double x) {
  // std::max(0.0, NaN) is 0.0 and std::min(kMax, +inf) is kMax: argument order matters.
  return (int)std::min(kMax, std::max(0.0, x));
}

int guardedDefinition(double total, int count) {
  if (count <= 0 || !std::isfinite(total))
    return 0;
  const double average = total / count;
  return (int)average;
}

int reassignedBeforeGuard(double x, double y) {
  x = y * 2;
  if (!std::isfinite(x))
    return 0;
  return (int)x;
}

int clampedInPlace(double ratio) {
  ratio = std::fmax(0.0, std::fmin(ratio, 1.0));
  return (int)(ratio * 100);
}

int integerOrigin(int n, short s) {
  // Values converted from integers are finite.
  const double d = n;
  return (int)(d * 0.5) + (int)(s / 2.0);
}

int parsedAndChecked(const char *first, const char *last) {
  double value = 0;
  std::from_chars(first, last, value);
  if (!std::isfinite(value))
    return -1;
  return (int)value;
}

//===----------------------------------------------------------------------===//
// Not conversions this check is about.
//===----------------------------------------------------------------------===//

constexpr double kPi = 3.14159;
int constants() {
  constexpr double Local = 2.5;
  int table[(int)3.0] = {};
  return (int)2.5 + static_cast<int>(kPi * 100) + (int)Local + table[0];
}

bool toBool(double x) {
  bool nonZero = x;
  if (x)
    return nonZero;
  return false;
}

long rounded(double x) { return std::lround(x); }

double floatingToFloating(float f) { return f; }

int unevaluated(double x) { return sizeof((int)x) + noexcept((int)x); }

int unreachable(double x) {
  return 0;
  return (int)x;
}

int lambdaCapture(double x) {
  // The lambda's own parameters are its only untrusted origin.
  auto half = [x] { return (int)(x / 2); };
  return half();
}

//===----------------------------------------------------------------------===//
// Templates: one warning per location, however many instantiations.
//===----------------------------------------------------------------------===//

template <typename T> int toInt(T value) { return static_cast<int>(value); }
// CHECK-NOTES: :[[@LINE-1]]:51: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite
// CHECK-NOTES: :[[@LINE-2]]:35: note: the value comes from parameter 'value'
// CHECK-NOTES: :[[@LINE-3]]:51: note: check it first: 'if (!std::isfinite(value)) ...'

template <typename T> int toIntChecked(T value) {
  if (!std::isfinite(value))
    return 0;
  return static_cast<int>(value);
}

template <typename T> int neverInstantiated(T value) { return static_cast<int>(value); }

int useTemplates(double d, float f, int i) {
  return toInt(d) + toInt(f) + toInt(i) + toIntChecked(d) + toIntChecked(f);
}

//===----------------------------------------------------------------------===//
// Macros: reported where the macro is used.
//===----------------------------------------------------------------------===//

#define TO_INT(v) ((int)(v))

int throughMacro(double x) { return TO_INT(x); }
// CHECK-NOTES: :[[@LINE-1]]:37: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite
// CHECK-NOTES: :[[@LINE-4]]:20: note: expanded from macro 'TO_INT'
// CHECK-NOTES: :[[@LINE-3]]:25: note: the value comes from parameter 'x'
// CHECK-NOTES: :[[@LINE-4]]:37: note: check it first: 'if (!std::isfinite(x)) ...'
// CHECK-NOTES: :[[@LINE-7]]:20: note: expanded from macro 'TO_INT'

int checkedMacroArgument(double x) { return std::isfinite(x) ? TO_INT(x) : 0; }

//===----------------------------------------------------------------------===//
// NOLINT.
//===----------------------------------------------------------------------===//

int suppressed(double x) { return (int)x; } // NOLINT(allochunt-unchecked-float-to-int)

// NOLINTNEXTLINE(allochunt-unchecked-float-to-int)
int suppressedNext(double x) { return (int)x; }

//===----------------------------------------------------------------------===//
// Language versions.
//===----------------------------------------------------------------------===//

#if __cplusplus >= 202002L
consteval int compileTimeOnly(double x) { return (int)x; }

int unlikelyAttribute(double x) {
  if (!std::isfinite(x)) [[unlikely]]
    return 0;
  return (int)x;
}

template <typename T>
  requires std::is_floating_point_v<T>
int constrained(T value) {
  return value >= 0 && value <= kMax ? (int)value : -1;
}
int useConstrained(double d) { return constrained(d); }
#endif

#if __cplusplus >= 202302L
constexpr int consteval_branch(double x) {
  if consteval {
    return (int)x;
  }
  return std::isfinite(x) ? (int)x : 0;
}
#endif

#endif // VARIANT

//===----------------------------------------------------------------------===//
// Mode=all: values from anywhere, not only untrusted ones.
//===----------------------------------------------------------------------===//

#if !defined(VARIANT) || defined(MODE_ALL)
double gRatio = 0.5;
double compute();

int fromGlobal() { return (int)gRatio; }
// CHECK-MESSAGES-ALL: :[[@LINE-1]]:27: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite

int fromCall() { return static_cast<int>(compute()); }
// CHECK-MESSAGES-ALL: :[[@LINE-1]]:25: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite

struct Gauge {
  double level_ = 0;
  int percent() const { return (int)(level_ * 100); }
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:32: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite
};

int gTotal = (int)gRatio;
// CHECK-MESSAGES-ALL: :[[@LINE-1]]:14: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite

int capturedInLambda(double x) {
  if (!std::isfinite(x))
    return 0;
  // Guards outside a lambda are not seen inside it.
  return [x] { return (int)x; }();
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:23: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite
}

int checkedInAllModes() {
  const double v = compute();
  if (!std::isfinite(v))
    return 0;
  return (int)v;
}

int fromFiniteArithmetic(int n) {
  const double half = n / 2.0;
  return (int)(half * 3 + 1);
}
#endif

//===----------------------------------------------------------------------===//
// RequireRangeCheck: the guard must also bound the value to the target type.
//===----------------------------------------------------------------------===//

#if !defined(VARIANT) || defined(RANGE_CHECK)
int finiteIsNotEnough(double x) {
  if (!std::isfinite(x))
    return 0;
  return (int)x;
  // CHECK-MESSAGES-RANGE: :[[@LINE-1]]:10: warning: conversion from 'double' to 'int' is undefined behaviour when the value is out of range
}

int exactBounds(double x) {
  if (x > -2147483649.0 && x < 2147483648.0)
    return (int)x;
  return 0;
}

unsigned upperBoundIncluded(double x) {
  // 4294967296.0 itself does not fit in 'unsigned'.
  if (x >= 0 && x <= 4294967296.0)
    return (unsigned)x;
  // CHECK-MESSAGES-RANGE: :[[@LINE-1]]:12: warning: conversion from 'double' to 'unsigned int' is undefined behaviour when the value is out of range
  return 0;
}

std::uint8_t clampedByFminFmax(double x) {
  return static_cast<std::uint8_t>(std::fmin(std::fmax(x, 0.0), 255.0));
}

short clampedButNaN(double x) { return (short)std::clamp(x, -100.0, 100.0); }
// CHECK-NOTES: :[[@LINE-1]]:40: warning: conversion from 'double' to 'short' is undefined behaviour when the value is NaN
// CHECK-NOTES: :[[@LINE-2]]:28: note: the value comes from parameter 'x'
// CHECK-NOTES: :[[@LINE-3]]:47: note: 'std::clamp' returns NaN when its first argument is NaN; 'std::fmin' and 'std::fmax' with a finite bound do not
// CHECK-NOTES: :[[@LINE-4]]:40: note: check it first: 'if (!std::isfinite(x)) ...'
// CHECK-MESSAGES-RANGE: :[[@LINE-5]]:40: warning: conversion from 'double' to 'short' is undefined behaviour when the value is NaN

int percentage(double fraction) {
  if (!(fraction >= 0.0 && fraction <= 1.0))
    return 0;
  return (int)(fraction * 100);
}
#endif

//===----------------------------------------------------------------------===//
// CheckedConversionFunction: explicit casts become a call to it.
//===----------------------------------------------------------------------===//

#ifdef CHECKED
int beforeDeclaration(double x) { return static_cast<int>(x); }
// CHECK-MESSAGES-FIX: :[[@LINE-1]]:42: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite

namespace mylib {
template <typename To, typename From> To checked_cast(From value) {
  if (!(value > -1.0 && value < 4294967296.0))
    std::abort();
  return static_cast<To>(value);
}
} // namespace mylib

int fixStatic(double x) { return static_cast<int>(x); }
// CHECK-MESSAGES-FIX: :[[@LINE-1]]:34: warning: conversion from 'double' to 'int' is undefined behaviour
// CHECK-FIXES-FIX: int fixStatic(double x) { return mylib::checked_cast<int>(x); }

int fixCStyle(double x) { return (int)x * 2; }
// CHECK-MESSAGES-FIX: :[[@LINE-1]]:34: warning: conversion from 'double' to 'int' is undefined behaviour
// CHECK-FIXES-FIX: int fixCStyle(double x) { return mylib::checked_cast<int>(x) * 2; }

int fixParenthesised(double x) { return (int)(x + 0.5); }
// CHECK-MESSAGES-FIX: :[[@LINE-1]]:41: warning: conversion from 'double' to 'int' is undefined behaviour
// CHECK-FIXES-FIX: int fixParenthesised(double x) { return mylib::checked_cast<int>(x + 0.5); }

unsigned fixFunctional(double x) { return unsigned(x); }
// CHECK-MESSAGES-FIX: :[[@LINE-1]]:43: warning: conversion from 'double' to 'unsigned int' is undefined behaviour
// CHECK-FIXES-FIX: unsigned fixFunctional(double x) { return mylib::checked_cast<unsigned>(x); }

std::uint32_t fixAlias(double x) { return (std::uint32_t)(x * 2); }
// CHECK-MESSAGES-FIX: :[[@LINE-1]]:43: warning: conversion from 'double' to 'std::uint32_t' (aka 'unsigned int') is undefined behaviour
// CHECK-FIXES-FIX: std::uint32_t fixAlias(double x) { return mylib::checked_cast<std::uint32_t>(x * 2); }

int fixComma(double x, double y) { return static_cast<int>(y, x); }
// CHECK-MESSAGES-FIX: :[[@LINE-1]]:43: warning: conversion from 'double' to 'int' is undefined behaviour
// CHECK-FIXES-FIX: int fixComma(double x, double y) { return mylib::checked_cast<int>((y, x)); }

int noFixImplicit(double x) { return x; }
// CHECK-MESSAGES-FIX: :[[@LINE-1]]:38: warning: conversion from 'double' to 'int' is undefined behaviour

#define CAST_TO_INT(v) ((int)(v))
int noFixInMacro(double x) { return CAST_TO_INT(x); }
// CHECK-MESSAGES-FIX: :[[@LINE-1]]:37: warning: conversion from 'double' to 'int' is undefined behaviour

template <typename T> int noFixInTemplate(T value) { return static_cast<int>(value); }
// CHECK-MESSAGES-FIX: :[[@LINE-1]]:61: warning: conversion from 'double' to 'int' is undefined behaviour
int useNoFixInTemplate(double d) { return noFixInTemplate(d); }
#endif

//===----------------------------------------------------------------------===//
// NDEBUG: assert() expands to nothing and protects nothing.
//===----------------------------------------------------------------------===//

#ifdef ASSERT_ONLY
int assertionCompiledOut(double x) {
  assert(std::isfinite(x));
  return (int)x;
  // CHECK-MESSAGES-NDEBUG: :[[@LINE-1]]:10: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite
}
#endif

#ifdef HEADER_ONLY
#include "scaling.h"
int useHeader(double points) { return scaledPixels(points, 2.0) + checkedPixels(points); }
// CHECK-MESSAGES-HEADER: scaling.h:5:10: warning: conversion from 'double' to 'int' is undefined behaviour when the value is NaN or infinite
#endif

//===----------------------------------------------------------------------===//
// MaxCFGBlocks.
//===----------------------------------------------------------------------===//

#ifdef LIMIT
int smallEnough(double x) { return (int)x; }
// CHECK-MESSAGES-LIMIT: :[[@LINE-1]]:36: warning: conversion from 'double' to 'int' is undefined behaviour

int tooLargeToAnalyse(double x, bool b) {
  if (b)
    return 1;
  return (int)x;
}
#endif

#ifdef VARIANT
int checkedEverywhere(double x) { return x >= -1e6 && x <= 1e6 ? (int)x : 0; }
#endif
