// RUN: %check_allochunt -std=c++17 -check-suffixes=ALL,CXX17 %s allochunt-serialize-to-measure %t -- -header-filter='.*serialize-to-measure.h' -- -I%S/Inputs
// RUN: %check_allochunt -std=c++20-or-later -check-suffixes=ALL,CXX20 %s allochunt-serialize-to-measure %t -- -header-filter='.*serialize-to-measure.h' -- -I%S/Inputs
// RUN: %check_allochunt -check-suffixes=OPT %S/Inputs/serialize-to-measure-options.cpp allochunt-serialize-to-measure %t-options -- -config="{CheckOptions: {allochunt-serialize-to-measure.MeasureFunctions: '::lib::render=::lib::rendered_size;dump_text=text_size'}}"
// RUN: %check_allochunt -expect-clang-tidy-error -check-suffixes=BAD %S/Inputs/serialize-to-measure-options.cpp allochunt-serialize-to-measure %t-bad -- -config="{CheckOptions: {allochunt-serialize-to-measure.MeasureFunctions: '::lib::render'}}"
// RUN: %check_allochunt -std=c++20 -check-suffixes=BOTH %S/Inputs/serialize-to-measure-both.cpp allochunt-serialize-to-measure,allochunt-stringify-to-compare %t-both

#include <cstddef>
#include <sstream>
#include <string>
std::string f();
#include "serialize-to-measure.h"

// The libraries that are not installed, as mocks of their shape.
template <class T> struct type_identity { using type = T; };
namespace fmt {
inline namespace v10 {
template <class... T> struct basic_format_string {
  basic_format_string(const char *s) : text(s) {}
  const char *text;
};
template <class... T>
using format_string = basic_format_string<typename type_identity<T>::type...>;
template <class... T> std::string format(format_string<T...> f, T &&...args);
template <class... T>
std::size_t formatted_size(format_string<T...> f, T &&...args);
} // namespace v10
} // namespace fmt
#if __cplusplus >= 202002L
namespace std {
// libstdc++ 12 has no <format>: the shape of std::format.
template <class... T> string format(fmt::format_string<T...> f, T &&...args);
template <class... T>
size_t formatted_size(fmt::format_string<T...> f, T &&...args);
} // namespace std
#endif
namespace nlohmann {
template <class T> struct basic_json {
  std::string dump(int indent = -1) const;
};
using json = basic_json<int>;
} // namespace nlohmann

// ===== fmt::format measured: fmt::formatted_size counts without a string.

std::size_t formats(int a, int b) {
  std::size_t n = fmt::format("{}-{}", a, b).size();
  // CHECK-NOTES-ALL: :[[@LINE-1]]:19: warning: 'fmt::format' allocates a string only to measure it; use 'fmt::formatted_size' [allochunt-serialize-to-measure]
  // CHECK-FIXES-ALL: std::size_t n = fmt::formatted_size("{}-{}", a, b);
  n += fmt::format("{}", a).length();
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'fmt::format' allocates
  // CHECK-FIXES-ALL: n += fmt::formatted_size("{}", a);
  n += (fmt::format("{}", b)).size();
  // CHECK-NOTES-ALL: :[[@LINE-1]]:9: warning: 'fmt::format' allocates
  // CHECK-FIXES-ALL: n += (fmt::formatted_size("{}", b));
  if (fmt::format("{}", a).empty())
    // CHECK-NOTES-ALL: :[[@LINE-1]]:7: warning: 'fmt::format' allocates
    // CHECK-FIXES-ALL: if (fmt::formatted_size("{}", a) == 0)
    return 0;
  if (!fmt::format("{}", b).empty())
    // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'fmt::format' allocates
    // CHECK-FIXES-ALL: if (!(fmt::formatted_size("{}", b) == 0))
    return 1;
  return n;
}

#if __cplusplus >= 202002L
std::size_t standardFormat(int a) {
  return std::format("{}", a).size();
  // CHECK-NOTES-CXX20: :[[@LINE-1]]:10: warning: 'std::format' allocates a string only to measure it; use 'std::formatted_size'
  // CHECK-FIXES-CXX20: return std::formatted_size("{}", a);
}
#endif

// ===== A concatenation measured: the sum of its operands' sizes.

struct Person {
  std::string first, last, prefix;
  std::size_t nameLength() const {
    return (prefix + first + " " + last).size();
    // CHECK-NOTES-ALL: :[[@LINE-1]]:34: warning: concatenation allocates a string only to measure it; measure its operands instead [allochunt-serialize-to-measure]
    // CHECK-FIXES-ALL: return prefix.size() + first.size() + last.size() + 1;
  }
};

bool concatenations(const std::string &a, const std::string &b,
                    const std::string *p, const std::wstring &w, std::size_t x) {
  bool r = false;
  r |= (a + b).length() * 2 > x;
  // CHECK-NOTES-ALL: :[[@LINE-1]]:11: warning: concatenation allocates
  // CHECK-FIXES-ALL: r |= (a.length() + b.length()) * 2 > x;
  r |= x - (a + b).size() > 0;
  // CHECK-NOTES-ALL: :[[@LINE-1]]:15: warning: concatenation allocates
  // CHECK-FIXES-ALL: r |= x - (a.size() + b.size()) > 0;
  r |= (a + 'x').size() > x;
  // CHECK-NOTES-ALL: :[[@LINE-1]]:11: warning: concatenation allocates
  // CHECK-FIXES-ALL: r |= a.size() + 1 > x;
  // A `const char *` operand ends at its first NUL: "x\0y" adds one character.
  r |= (a + "x\0y").size() > x;
  // CHECK-NOTES-ALL: :[[@LINE-1]]:11: warning: concatenation allocates
  // CHECK-FIXES-ALL: r |= a.size() + 1 > x;
  r |= (a + "").size() > x;
  // CHECK-NOTES-ALL: :[[@LINE-1]]:11: warning: concatenation allocates
  // CHECK-FIXES-ALL: r |= a.size() > x;
  r |= (*p + a).size() > x;
  // CHECK-NOTES-ALL: :[[@LINE-1]]:12: warning: concatenation allocates
  // CHECK-FIXES-ALL: r |= (*p).size() + a.size() > x;
  r |= (w + L"ab").size() > x;
  // CHECK-NOTES-ALL: :[[@LINE-1]]:11: warning: concatenation allocates
  // CHECK-FIXES-ALL: r |= w.size() + 2 > x;
  r |= (a + b).empty();
  // CHECK-NOTES-ALL: :[[@LINE-1]]:11: warning: concatenation allocates
  // CHECK-FIXES-ALL: r |= a.empty() && b.empty();
  r |= !(a + b).empty();
  // CHECK-NOTES-ALL: :[[@LINE-1]]:12: warning: concatenation allocates
  // CHECK-FIXES-ALL: r |= !(a.empty() && b.empty());
  return r;
}

// ===== A string stream's contents measured: view() in C++20.

std::size_t streams(const std::ostringstream &oss, std::stringstream &ss) {
  std::size_t n = oss.str().size();
  // CHECK-NOTES-CXX20: :[[@LINE-1]]:23: warning: 'str()' copies the stream's contents into a new string only to measure them; read them through 'view()' [allochunt-serialize-to-measure]
  // CHECK-FIXES-CXX20: std::size_t n = oss.view().size();
  // CHECK-NOTES-CXX17: :[[@LINE-3]]:23: warning: 'str()' copies the stream's contents into a new string only to measure them [allochunt-serialize-to-measure]
  // CHECK-NOTES-CXX17: :[[@LINE-4]]:23: note: from C++20 on, 'view()' reads the contents without a copy
  if (ss.str().empty())
    // CHECK-NOTES-CXX20: :[[@LINE-1]]:10: warning: 'str()' copies the stream's contents into a new string only to measure them; read them through 'view()'
    // CHECK-FIXES-CXX20: if (ss.view().empty())
    // CHECK-NOTES-CXX17: :[[@LINE-3]]:10: warning: 'str()' copies
    // CHECK-NOTES-CXX17: :[[@LINE-4]]:10: note: from C++20 on
    return 0;
  return n;
}

// ===== No allocation-free replacement the check can write: a note says how.

std::size_t notes(int n, const std::string &s, std::size_t p, std::size_t k,
                  const nlohmann::json &j, const std::string &a, const char *c) {
  std::size_t r = std::to_string(n).size();
  // CHECK-NOTES-ALL: :[[@LINE-1]]:19: warning: 'std::to_string' allocates a string only to measure it [allochunt-serialize-to-measure]
  // CHECK-NOTES-ALL: :[[@LINE-2]]:19: note: count the digits instead, e.g. with 'std::to_chars' into a local buffer
  r += std::to_string(n).empty();
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'std::to_string' allocates
  // CHECK-NOTES-ALL: :[[@LINE-2]]:8: note: 'std::to_string' never returns an empty string
  r += s.substr(2, 3).size();
  // CHECK-NOTES-ALL: :[[@LINE-1]]:10: warning: 'std::basic_string::substr' allocates a string only to measure it
  // CHECK-NOTES-ALL: :[[@LINE-2]]:10: note: compute it from the bounds: 'std::min(3, s.size() - 2)' ('substr' also throws when the position is past the end)
  r += s.substr(p).length();
  // CHECK-NOTES-ALL: :[[@LINE-1]]:10: warning: 'std::basic_string::substr' allocates
  // CHECK-NOTES-ALL: :[[@LINE-2]]:10: note: compute it from the bounds: 's.size() - p' ('substr'
  r += s.substr(p, k).empty();
  // CHECK-NOTES-ALL: :[[@LINE-1]]:10: warning: 'std::basic_string::substr' allocates
  // CHECK-NOTES-ALL: :[[@LINE-2]]:10: note: compute it from the bounds: 'k == 0 || p == s.size()' ('substr'
  r += j.dump().size();
  // CHECK-NOTES-ALL: :[[@LINE-1]]:10: warning: 'nlohmann::basic_json::dump' allocates a string only to measure it
  // CHECK-NOTES-ALL: :[[@LINE-2]]:10: note: 'nlohmann::json' has no size-only serializer; count the bytes through an output adapter that stores nothing
  r += (a + "x").empty();
  // CHECK-NOTES-ALL: :[[@LINE-1]]:11: warning: concatenation allocates a string only to measure it; measure its operands instead
  // CHECK-NOTES-ALL: :[[@LINE-2]]:11: note: it is never empty: an operand is a non-empty literal or a character
  // An operand with side effects, and a C string measured by strlen.
  r += (a + f()).size();
  // CHECK-NOTES-ALL: :[[@LINE-1]]:11: warning: concatenation allocates
  r += (a + c).size();
  // CHECK-NOTES-ALL: :[[@LINE-1]]:11: warning: concatenation allocates
  return r;
}

std::size_t unqualified(int a) {
  using fmt::format;
  // Unqualified, `formatted_size` would not be found: no fix-it.
  return format("{}", a).size();
  // CHECK-NOTES-ALL: :[[@LINE-1]]:10: warning: 'fmt::format' allocates a string only to measure it; use 'fmt::formatted_size'
}

// ===== Aliases and typedefs.

using Text = std::string;
typedef std::ostringstream Out;
std::size_t aliases(const Text &a, const Text &b, Out &out) {
  return (a + b).size() + out.str().length();
  // CHECK-NOTES-ALL: :[[@LINE-1]]:13: warning: concatenation allocates
  // CHECK-NOTES-CXX20: :[[@LINE-2]]:31: warning: 'str()' copies the stream's contents into a new string only to measure them; read them through 'view()'
  // CHECK-NOTES-CXX17: :[[@LINE-3]]:31: warning: 'str()' copies
  // CHECK-NOTES-CXX17: :[[@LINE-4]]:31: note: from C++20 on
  // CHECK-FIXES-CXX20: return a.size() + b.size() + out.view().length();
  // CHECK-FIXES-CXX17: return a.size() + b.size() + out.str().length();
}

// ===== Negative cases.

namespace other {
std::string format(const char *, int);
}
struct Path {
  std::string text;
};
std::string operator+(const Path &p, const char *s);
void use(const std::string &);

std::size_t negatives(int a, const std::string &s, const std::string &t,
                      Path path, std::ostringstream &oss) {
  // Kept or passed on: the string is needed.
  std::string kept = fmt::format("{}", a);
  use(s + t);
  use(s.substr(1));
  // Not measured: read in other ways.
  std::size_t r = (s + t).find('x');
  r += (s + t).data()[0];
  // Not fmt::format, and not a std::string concatenation.
  r += other::format("{}", a).size();
  r += (path + ".txt").size();
  // Measuring a string that already exists.
  r += s.size() + kept.size();
  // Suppressed.
  r += (s + t).size(); // NOLINT(allochunt-serialize-to-measure)
  // The stream is the argument, not the object, of a measure.
  r += std::string(oss.str()).size();
  return r;
}

#if __cplusplus >= 202002L
std::size_t movedOut(std::ostringstream oss) {
  // str() && moves the buffer out: no copy.
  return std::move(oss).str().size();
}
#endif

// ===== Templates: dependent calls are left alone; others reported once.

template <class T> std::size_t dependent(T value, const std::string &s) {
  return fmt::format("{}", value).size() + (s + value).size();
}
template <class T> std::size_t independent(T, const std::string &s) {
  return (s + "!").size();
  // CHECK-NOTES-ALL: :[[@LINE-1]]:13: warning: concatenation allocates
  // CHECK-FIXES-ALL: return s.size() + 1;
}
std::size_t instantiate(const std::string &s) {
  return dependent('a', s) + dependent("b", s) + independent(1, s) +
         independent(2.0, s);
}

// ===== Macros: reported, never fixed.

#define LENGTH_OF(x) fmt::format("{}", x).size()
#define TWICE(x) ((x) * 2)
std::size_t macros(int a, const std::string &s) {
  std::size_t r = LENGTH_OF(a);
  // CHECK-NOTES-ALL: :[[@LINE-1]]:19: warning: 'fmt::format' allocates
  // CHECK-NOTES-ALL: :[[@LINE-5]]:22: note: expanded from macro 'LENGTH_OF'
  r += TWICE((s + s).size());
  // CHECK-NOTES-ALL: :[[@LINE-1]]:17: warning: concatenation allocates
  return r;
}

// ===== Headers: reported with -header-filter (clang-tidy prints them last).
// CHECK-NOTES-ALL: serialize-to-measure.h:3:65: warning: concatenation allocates a string only to measure it; measure its operands instead [allochunt-serialize-to-measure]
