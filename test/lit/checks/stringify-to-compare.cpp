// RUN: %check_allochunt -std=c++17 -check-suffixes=ALL,CXX17 %s allochunt-stringify-to-compare %t -- -header-filter='.*stringify-to-compare.h' -- -I%S/Inputs
// RUN: %check_allochunt -std=c++20-or-later -check-suffixes=ALL,CXX20 %s allochunt-stringify-to-compare %t -- -header-filter='.*stringify-to-compare.h' -- -I%S/Inputs
// RUN: %check_allochunt -check-suffixes=OPT %S/Inputs/stringify-to-compare-options.cpp allochunt-stringify-to-compare %t-options -- -config="{CheckOptions: {allochunt-stringify-to-compare.StringifyFunctions: '::util::describe;render'}}"
// RUN: %check_allochunt -expect-clang-tidy-error -check-suffixes=BAD %S/Inputs/stringify-to-compare-options.cpp allochunt-stringify-to-compare %t-bad -- -config="{CheckOptions: {allochunt-stringify-to-compare.StringifyFunctions: 'to string;::ok'}}"

#include <cstdint>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include "stringify-to-compare.h"
#include "constant-names.h"

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
} // namespace v10
} // namespace fmt
namespace boost {
template <class To, class From> To lexical_cast(const From &from);
} // namespace boost
#if __cplusplus >= 202002L
namespace std {
// libstdc++ 12 has no <format>: the shape of std::format.
template <class... T> string format(fmt::format_string<T...> f, T &&...args);
} // namespace std
#endif

enum class Kind { Active, Stopped, Paused };
std::string toString(Kind k) {
  // CHECK-NOTES-ALL: :[[@LINE-1]]:13: warning: 'toString' returns a string literal on every path, copied into a new 'std::string' on each call; a caller only reads the copy [allochunt-stringify-to-compare]
  // CHECK-NOTES-ALL: :[[@LINE-2]]:1: note: return 'std::string_view' instead: the literals outlive every call
  // CHECK-NOTES-ALL: :[[@LINE+145]]:8: note: the copy is only read here
  switch (k) {
  case Kind::Active:
    return "Active";
  case Kind::Stopped:
  case Kind::Paused:
    return "Stopped";
  }
  return "Unknown";
}
struct Status {
  std::string toString() const;
  const std::string &str() const;
};
namespace util {
std::string describe(int code);
}

// ===== Integers formatted only to be compared with a literal: compare the integer.

bool integers(int n, long long big, unsigned u, unsigned long long huge,
              std::uint8_t small, char c) {
  bool r = false;
  r |= std::to_string(n) == "404";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'std::to_string' allocates a string only to compare it with a literal; compare the number instead [allochunt-stringify-to-compare]
  // CHECK-FIXES-ALL: r |= n == 404;
  r |= "404" != std::to_string(n);
  // CHECK-NOTES-ALL: :[[@LINE-1]]:17: warning: 'std::to_string' allocates
  // CHECK-FIXES-ALL: r |= 404 != n;
  r |= std::to_string(n + 1) == "-5";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'std::to_string' allocates
  // CHECK-FIXES-ALL: r |= n + 1 == -5;
  r |= std::to_string(n & 0xff) == "7";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'std::to_string' allocates
  // CHECK-FIXES-ALL: r |= (n & 0xff) == 7;
  r |= std::to_string(big) == "5000000000";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'std::to_string' allocates
  // CHECK-FIXES-ALL: r |= big == 5000000000;
  r |= std::to_string(u) == "4294967295";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'std::to_string' allocates
  // CHECK-FIXES-ALL: r |= u == 4294967295;
  r |= std::to_string(huge) == "18446744073709551615";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'std::to_string' allocates
  // CHECK-FIXES-ALL: r |= huge == 18446744073709551615u;
  r |= std::to_string(small) == "200";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'std::to_string' allocates
  // CHECK-FIXES-ALL: r |= small == 200;
  // std::to_string(char) prints the promoted integer, not the character.
  r |= std::to_string(c) == "65";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'std::to_string' allocates
  // CHECK-FIXES-ALL: r |= c == 65;
  r |= std::to_wstring(n) == L"12";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'std::to_wstring' allocates
  // CHECK-FIXES-ALL: r |= n == 12;
  r |= (std::to_string(n)) == "1";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:9: warning: 'std::to_string' allocates
  // CHECK-FIXES-ALL: r |= (n) == 1;
  // `const char *` comparison stops at the first NUL: this is "4".
  r |= std::to_string(n) == "4\0";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'std::to_string' allocates
  // CHECK-FIXES-ALL: r |= n == 4;
  return r;
}

// ===== Comparisons the integer cannot replace: a warning and a note.

bool notes(int n, std::uint8_t small, bool b, double d) {
  bool r = false;
  r |= std::to_string(n) == "007";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'std::to_string' allocates
  // CHECK-NOTES-ALL: :[[@LINE-2]]:8: note: 'std::to_string' never produces "007" from a value of type 'int'; the comparison is always false
  r |= std::to_string(small) != "300";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'std::to_string' allocates
  // CHECK-NOTES-ALL: :[[@LINE-2]]:8: note: 'std::to_string' never produces "300" from a value of type 'unsigned char'; the comparison is always true
  r |= std::to_string(n) == "-0";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'std::to_string' allocates
  // CHECK-NOTES-ALL: :[[@LINE-2]]:8: note: 'std::to_string' never produces "-0" from a value of type 'int'; the comparison is always false
  r |= std::to_string(n) == "+1";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'std::to_string' allocates
  // CHECK-NOTES-ALL: :[[@LINE-2]]:8: note: 'std::to_string' never produces "+1" from a value of type 'int'; the comparison is always false
  r |= std::to_string(b) == "1";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'std::to_string' allocates
  // CHECK-NOTES-ALL: :[[@LINE-2]]:8: note: 'std::to_string' spells a 'bool' as "0" or "1"; test the 'bool' itself
  r |= std::to_string(d) == "1.5";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'std::to_string' allocates
  // CHECK-NOTES-ALL: :[[@LINE-2]]:8: note: 'std::to_string' formats floating-point values with "%f"; compare with the number you mean, with a tolerance if needed
  return r;
}

// ===== A string stream's contents copied only to be read: view() in C++20.

bool streams(std::ostringstream &oss, std::stringstream &ss, std::stringbuf &buf,
             std::ostringstream *p, const std::string &t) {
  bool r = false;
  r |= oss.str() == "x";
  // CHECK-NOTES-CXX20: :[[@LINE-1]]:12: warning: 'str()' copies the stream's contents into a new string only to compare them; read them through 'view()' [allochunt-stringify-to-compare]
  // CHECK-FIXES-CXX20: r |= oss.view() == "x";
  // CHECK-NOTES-CXX17: :[[@LINE-3]]:12: warning: 'str()' copies the stream's contents into a new string only to compare them [allochunt-stringify-to-compare]
  // CHECK-NOTES-CXX17: :[[@LINE-4]]:12: note: from C++20 on, 'view()' reads the contents without a copy
  r |= ss.str().find("needle") != std::string::npos;
  // CHECK-NOTES-CXX20: :[[@LINE-1]]:11: warning: 'str()' copies the stream's contents into a new string only to search them; read them through 'view()'
  // CHECK-FIXES-CXX20: r |= ss.view().find("needle") != std::string::npos;
  // CHECK-NOTES-CXX17: :[[@LINE-3]]:11: warning: 'str()' copies the stream's contents into a new string only to search them [allochunt-stringify-to-compare]
  // CHECK-NOTES-CXX17: :[[@LINE-4]]:11: note: from C++20 on
  r |= ss.str().empty();
  // CHECK-NOTES-CXX20: :[[@LINE-1]]:11: warning: 'str()' copies the stream's contents into a new string only to measure them; read them through 'view()'
  // CHECK-FIXES-CXX20: r |= ss.view().empty();
  // CHECK-NOTES-CXX17: :[[@LINE-3]]:11: warning: 'str()' copies the stream's contents into a new string only to measure them [allochunt-stringify-to-compare]
  // CHECK-NOTES-CXX17: :[[@LINE-4]]:11: note: from C++20 on
  r |= t == p->str();
  // CHECK-NOTES-CXX20: :[[@LINE-1]]:16: warning: 'str()' copies the stream's contents into a new string only to compare them; read them through 'view()'
  // CHECK-FIXES-CXX20: r |= t == p->view();
  // CHECK-NOTES-CXX17: :[[@LINE-3]]:16: warning: 'str()' copies
  // CHECK-NOTES-CXX17: :[[@LINE-4]]:16: note: from C++20 on
  r |= t.find(buf.str()) == 0;
  // CHECK-NOTES-CXX20: :[[@LINE-1]]:19: warning: 'str()' copies the stream's contents into a new string only to search them; read them through 'view()'
  // CHECK-FIXES-CXX20: r |= t.find(buf.view()) == 0;
  // CHECK-NOTES-CXX17: :[[@LINE-3]]:19: warning: 'str()' copies
  // CHECK-NOTES-CXX17: :[[@LINE-4]]:19: note: from C++20 on
  return r;
}

#if __cplusplus >= 202002L
bool streamsCxx20(std::ostringstream &oss) {
  return oss.str().starts_with("HTTP/") || oss.str() <=> "x" < 0;
  // CHECK-NOTES-CXX20: :[[@LINE-1]]:14: warning: 'str()' copies the stream's contents into a new string only to search them; read them through 'view()'
  // CHECK-NOTES-CXX20: :[[@LINE-2]]:48: warning: 'str()' copies the stream's contents into a new string only to compare them; read them through 'view()'
  // CHECK-FIXES-CXX20: return oss.view().starts_with("HTTP/") || oss.view() <=> "x" < 0;
}
#endif

// ===== Other producers compared with a literal: a note says what to compare.

bool others(int n, Kind k, Status s, char c) {
  bool r = false;
  r |= fmt::format("{}", n) == "404";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'fmt::format' allocates a string only to compare it with a literal [allochunt-stringify-to-compare]
  // CHECK-NOTES-ALL: :[[@LINE-2]]:8: note: compare 'n' with 404 instead
  r |= fmt::format("{:x}", n) == "ff";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'fmt::format' allocates a string only to compare it with a literal
  r |= fmt::format("{}", c) == "65";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'fmt::format' allocates a string only to compare it with a literal
  r |= boost::lexical_cast<std::string>(n) != "12";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'boost::lexical_cast' allocates a string only to compare it with a literal
  // CHECK-NOTES-ALL: :[[@LINE-2]]:8: note: compare 'n' with 12 instead
  r |= toString(k) == "Active";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'toString' allocates a string only to compare it with a literal; compare 'k' with 'Kind::Active' instead [allochunt-stringify-to-compare]
  // CHECK-NOTES-ALL: :[[@LINE-150]]:13: note: 'toString' returns only string literals; it could return 'std::string_view'
  // CHECK-FIXES-ALL: r |= k == Kind::Active;
  // Two enumerators spell "Stopped": no single enumerator to compare with.
  r |= toString(k) == "Stopped";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'toString' allocates a string only to compare it with a literal [allochunt-stringify-to-compare]
  // CHECK-NOTES-ALL: :[[@LINE-155]]:13: note: 'toString' returns only string literals
  r |= s.toString() == "ok";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:10: warning: 'Status::toString' allocates a string only to compare it with a literal
  return r;
}

#if __cplusplus >= 202002L
bool standardFormat(int n) {
  return std::format("{}", n) == "1";
  // CHECK-NOTES-CXX20: :[[@LINE-1]]:10: warning: 'std::format' allocates a string only to compare it with a literal
  // CHECK-NOTES-CXX20: :[[@LINE-2]]:10: note: compare 'n' with 1 instead
}
#endif

// ===== User functions that return a constant name: compare the enumerator.

enum class Color { Red, Green, Blue };
std::string colorName(Color c) {
  // CHECK-NOTES-ALL: :[[@LINE-1]]:13: warning: 'colorName' returns a string literal on every path, copied into a new 'std::string' on each call; a caller only reads the copy [allochunt-stringify-to-compare]
  // CHECK-NOTES-ALL: :[[@LINE-2]]:1: note: return 'std::string_view' instead: the literals outlive every call
  // CHECK-NOTES-ALL: :[[@LINE+28]]:8: note: the copy is only read here
  switch (c) {
  case Color::Red:
    return "red";
  case Color::Green:
    return "green";
  case Color::Blue:
    return "blue";
  }
  return "?";
}
namespace net {
enum Status { Ok, NotFound, Moved };
std::string statusName(Status s) {
  // CHECK-NOTES-ALL: :[[@LINE-1]]:13: warning: 'net::statusName' returns a string literal on every path, {{.*}} [allochunt-stringify-to-compare]
  // CHECK-NOTES-ALL: :[[@LINE-2]]:1: note: return 'std::string_view' instead
  // CHECK-NOTES-ALL: :[[@LINE+24]]:8: note: the copy is only read here
  switch (s) {
  case Ok: return "ok";
  case NotFound: return "not found";
  case Moved: return "moved";
  }
  return "";
}
} // namespace net

bool constantNames(Color c, net::Status st, const Color *p) {
  bool r = false;
  r |= colorName(c) == "red";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'colorName' allocates a string only to compare it with a literal; compare 'c' with 'Color::Red' instead [allochunt-stringify-to-compare]
  // CHECK-NOTES-ALL: :[[@LINE-33]]:13: note: 'colorName' returns only string literals; it could return 'std::string_view'
  // CHECK-FIXES-ALL: r |= c == Color::Red;
  r |= "green" != colorName(c);
  // CHECK-NOTES-ALL: :[[@LINE-1]]:19: warning: 'colorName' allocates a string only to compare it with a literal; compare 'c' with 'Color::Green' instead
  // CHECK-NOTES-ALL: :[[@LINE-37]]:13: note: 'colorName' returns only string literals
  // CHECK-FIXES-ALL: r |= Color::Green != c;
  r |= colorName(*p) == "blue";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'colorName' allocates a string only to compare it with a literal; compare '*p' with 'Color::Blue' instead
  // CHECK-NOTES-ALL: :[[@LINE-41]]:13: note: 'colorName' returns only string literals
  // CHECK-FIXES-ALL: r |= *p == Color::Blue;
  r |= net::statusName(st) == "not found";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'net::statusName' allocates a string only to compare it with a literal; compare 'st' with 'net::Status::NotFound' instead
  // CHECK-NOTES-ALL: :[[@LINE-29]]:13: note: 'net::statusName' returns only string literals
  // CHECK-FIXES-ALL: r |= st == net::Status::NotFound;
  return r;
}

// Only streamed: the function is told, the stream site is not.
enum class Level { Debug, Info };
std::string levelName(Level l) {
  // CHECK-NOTES-ALL: :[[@LINE-1]]:13: warning: 'levelName' returns a string literal on every path, copied into a new 'std::string' on each call; a caller only streams the copy [allochunt-stringify-to-compare]
  // CHECK-NOTES-ALL: :[[@LINE-2]]:1: note: return 'std::string_view' instead: the literals outlive every call
  // CHECK-NOTES-ALL: :[[@LINE+10]]:9: note: the copy is only streamed here
  switch (l) {
  case Level::Debug:
    return "debug";
  case Level::Info:
    return "info";
  }
  return "";
}
void logLine(std::ostream &os, Level l) {
  os << levelName(l) << '\n';
}

// Named in the message, but no fix-it: the shape or the argument forbids it.
enum class Dir { North, South, Up };
std::string axisName(Dir d) {
  // CHECK-NOTES-ALL: :[[@LINE-1]]:13: warning: 'axisName' returns a string literal on every path, {{.*}} [allochunt-stringify-to-compare]
  // CHECK-NOTES-ALL: :[[@LINE-2]]:1: note: return 'std::string_view' instead
  // CHECK-NOTES-ALL: :[[@LINE+23]]:8: note: the copy is only read here
  switch (d) {
  case Dir::North:
    return "horizontal";
  case Dir::South:
    return "horizontal";
  case Dir::Up:
    return "vertical";
  }
  return "";
}
Color next(Color c);
struct Palette {
  std::string name(Color c) const {
    // CHECK-NOTES-ALL: :[[@LINE-1]]:15: warning: 'Palette::name' returns a string literal on every path, {{.*}} [allochunt-stringify-to-compare]
    // CHECK-NOTES-ALL: :[[@LINE-2]]:3: note: return 'std::string_view' instead
    // CHECK-NOTES-ALL: :[[@LINE+15]]:12: note: the copy is only read here
    switch (c) { case Color::Red: return "red"; default: return "other"; }
  }
};
bool noFix(Dir d, Color c, Palette pal) {
  bool r = false;
  // Two cases return "horizontal": no enumerator, no fix-it.
  r |= axisName(d) == "horizontal";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'axisName' allocates a string only to compare it with a literal [allochunt-stringify-to-compare]
  // CHECK-NOTES-ALL: :[[@LINE-28]]:13: note: 'axisName' returns only string literals
  // The argument has side effects: named, not fixed.
  r |= colorName(next(c)) == "green";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'colorName' allocates a string only to compare it with a literal; compare 'next(c)' with 'Color::Green' instead
  // CHECK-NOTES-ALL: :[[@LINE-102]]:13: note: 'colorName' returns only string literals
  // A member function: the object would be dropped; named, not fixed.
  r |= pal.name(c) == "red";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:12: warning: 'Palette::name' allocates a string only to compare it with a literal; compare 'c' with 'Color::Red' instead
  // CHECK-NOTES-ALL: :[[@LINE-20]]:15: note: 'Palette::name' returns only string literals
  return r;
}

// Negative: not a constant-name function, or no new string, or not only read.
enum class Shape { Circle, Square };
std::string shapeName(Shape s) {
  switch (s) {
  case Shape::Circle:
    return "circle";
  default:
    return "shape " + std::to_string(static_cast<int>(s)); // Computed: not a constant name.
  }
}
std::string prefixed(Color c) {
  static const std::string prefix = "color:";
  if (c == Color::Red)
    return prefix; // Not a literal.
  return "color:other";
}
const char *colorCode(Color c) {
  switch (c) { case Color::Red: return "R"; case Color::Green: return "G"; case Color::Blue: return "B"; }
  return "";
}
std::string_view colorView(Color c) {
  switch (c) { case Color::Red: return "red"; default: return "other"; }
}
std::string declaredOnly(Color c); // Defined in another translation unit.
struct Animal {
  virtual ~Animal() = default;
  virtual std::string kind() const { return "animal"; } // An override may say otherwise.
};
template <class E> std::string templatedName(E e) {
  switch (e) { default: return "templated"; }
}
template <class T> struct Namer {
  std::string name(Color) const { return "namer"; }
};
enum class Step { Start, Middle, End };
void trace();
std::string stepName(Step s) {
  // CHECK-NOTES-ALL: :[[@LINE-1]]:13: warning: 'stepName' returns a string literal on every path, {{.*}} [allochunt-stringify-to-compare]
  // CHECK-NOTES-ALL: :[[@LINE-2]]:1: note: return 'std::string_view' instead
  // CHECK-NOTES-ALL: :[[@LINE+32]]:8: note: the copy is only read here
  switch (s) {
  case Step::Start:
    trace(); // Falls through into Middle's return.
    [[fallthrough]];
  case Step::Middle:
    return "middle";
  case Step::End:
    return "end";
  }
  return "";
}
std::string keptName(Color c) { // Its callers keep the string: nothing to say.
  switch (c) { case Color::Red: return "red"; default: return "other"; }
}
std::string quietName(Color c) { // NOLINT(allochunt-stringify-to-compare)
  switch (c) { case Color::Red: return "red"; default: return "other"; }
}
void keep(const std::string &);
bool notConstantNames(Color c, Shape sh, const Animal &a, const std::string &other, Step st) {
  bool r = false;
  r |= shapeName(sh) == "circle";
  r |= prefixed(c) == "color:other";
  r |= colorCode(c) == std::string_view("R");
  r |= colorView(c) == "red";
  r |= declaredOnly(c) == "red";
  r |= a.kind() == "animal";
  r |= templatedName(c) == "templated";
  r |= Namer<int>().name(c) == "namer";
  // Compared with something that is not a literal: only the function is told.
  r |= colorName(c) == other;
  // Start falls into Middle's case: "middle" is not Middle alone.
  r |= stepName(st) == "middle";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'stepName' allocates a string only to compare it with a literal [allochunt-stringify-to-compare]
  // CHECK-NOTES-ALL: :[[@LINE-37]]:13: note: 'stepName' returns only string literals
  // Kept or passed on: the string is needed.
  std::string kept = keptName(c);
  keep(keptName(c));
  // Suppressed at the site, and at the function.
  r |= colorName(c) == "green"; // NOLINT(allochunt-stringify-to-compare)
  r |= quietName(c) == "red"; // NOLINT(allochunt-stringify-to-compare)
  return r;
}

// Not dependent in a template: reported and fixed once.
template <class T> bool colorInTemplate(T, Color c) {
  return colorName(c) == "blue";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:10: warning: 'colorName' allocates a string only to compare it with a literal; compare 'c' with 'Color::Blue' instead
  // CHECK-NOTES-ALL: :[[@LINE-197]]:13: note: 'colorName' returns only string literals
  // CHECK-FIXES-ALL: return c == Color::Blue;
}
bool instantiateColors() { return colorInTemplate(1, Color::Red) && colorInTemplate(1.0, Color::Red); }

// A macro: reported, not fixed.
#define IS_RED(c) (colorName(c) == "red")
bool macroName(Color c) {
  return IS_RED(c);
  // CHECK-NOTES-ALL: :[[@LINE-1]]:10: warning: 'colorName' allocates a string only to compare it with a literal; compare 'c' with 'Color::Red' instead
  // CHECK-NOTES-ALL: :[[@LINE-4]]:20: note: expanded from macro 'IS_RED'
  // CHECK-NOTES-ALL: :[[@LINE-208]]:13: note: 'colorName' returns only string literals
}

// Defined in a header outside -header-filter: the sites are reported, the
// function is not.
bool fromHeader(Fruit f) {
  return fruitName(f) == "apple";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:10: warning: 'fruitName' allocates a string only to compare it with a literal; compare 'f' with 'Fruit::Apple' instead
  // CHECK-NOTES-ALL: constant-names.h:4:20: note: 'fruitName' returns only string literals
  // CHECK-FIXES-ALL: return f == Fruit::Apple;
}

// ===== Aliases and typedefs of the stream and the integer.

using Stream = std::ostringstream;
typedef long Code;
bool aliases(Stream &out, Code code) {
  return out.str() == "ok" && std::to_string(code) == "200";
  // CHECK-NOTES-CXX20: :[[@LINE-1]]:14: warning: 'str()' copies the stream's contents into a new string only to compare them; read them through 'view()'
  // CHECK-NOTES-CXX17: :[[@LINE-2]]:14: warning: 'str()' copies
  // CHECK-NOTES-CXX17: :[[@LINE-3]]:14: note: from C++20 on
  // CHECK-NOTES-ALL: :[[@LINE-4]]:31: warning: 'std::to_string' allocates
  // CHECK-FIXES-CXX20: return out.view() == "ok" && code == 200;
  // CHECK-FIXES-CXX17: return out.str() == "ok" && code == 200;
}

// ===== Negative cases.

namespace other {
std::string render(int);
}
struct Id {
  int value;
};
bool operator==(const std::string &, const Id &);
void use(const std::string &);

bool negatives(int n, std::ostringstream &oss, const std::string &other,
               Status s, Id id) {
  bool r = false;
  // A relational comparison of the text is lexicographic, not numeric.
  r |= std::to_string(n) < "5";
  // Not a literal: comparing numbers would need the other side parsed.
  r |= std::to_string(n) == other;
  // Searched: no integer operation says the same thing.
  r |= std::to_string(n).find('4') != std::string::npos;
  // Not only read: the text is kept, appended to or passed on.
  std::string kept = std::to_string(n);
  r |= std::to_string(n) + "x" == "1x";
  use(oss.str());
  r |= oss.str()[0] == 'x';
  // Not a known or configured way to make text from a value.
  r |= other::render(n) == "1";
  // A comparison the user defined.
  r |= std::to_string(n) == id;
  // Returns a reference: no new string.
  r |= s.str() == "x";
  // Two strings of numbers: -1 and 4294967295u differ as text, not as values.
  r |= std::to_string(n) == std::to_string(0u);
  // Suppressed.
  r |= std::to_string(n) == "3"; // NOLINT(allochunt-stringify-to-compare)
  // Not in the default StringifyFunctions (see Inputs/stringify-to-compare-options.cpp).
  r |= util::describe(n) == "ok";
  return r;
}

#if __cplusplus >= 202002L
bool movedOut(std::ostringstream oss) {
  // str() && moves the buffer out: no copy.
  return std::move(oss).str() == "x";
}
#endif

// ===== Templates: dependent calls are left alone; others reported once.

template <class T> bool dependent(T value) {
  return std::to_string(value) == "1";
}
template <class T> bool independent(T, int n) {
  return std::to_string(n) == "2";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:10: warning: 'std::to_string' allocates
  // CHECK-FIXES-ALL: return n == 2;
}
bool instantiate() {
  return dependent(1) && dependent(2.0) && independent(1, 2) &&
         independent(1.0, 2);
}

// ===== Macros: reported, never fixed.

#define IS_NOT_FOUND(code) (std::to_string(code) == "404")
#define CHECK_TRUE(x) (void)(x)
void macros(int n) {
  (void)IS_NOT_FOUND(n);
  // CHECK-NOTES-ALL: :[[@LINE-1]]:9: warning: 'std::to_string' allocates
  // CHECK-NOTES-ALL: :[[@LINE-5]]:29: note: expanded from macro 'IS_NOT_FOUND'
  CHECK_TRUE(std::to_string(n) == "404");
  // CHECK-NOTES-ALL: :[[@LINE-1]]:14: warning: 'std::to_string' allocates
}

// ===== Headers: reported with -header-filter (clang-tidy prints them last).
// CHECK-NOTES-ALL: stringify-to-compare.h:3:43: warning: 'std::to_string' allocates a string only to compare it with a literal; compare the number instead [allochunt-stringify-to-compare]
// CHECK-NOTES-ALL: stringify-to-compare.h:3:43: note: 'std::to_string' formats floating-point values with "%f"; compare with the number you mean, with a tolerance if needed
