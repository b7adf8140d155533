// RUN: %check_allochunt -std=c++17 -check-suffixes=ALL,CXX17 %s allochunt-stringify-to-compare %t -- -header-filter='.*stringify-to-compare.h' -- -I%S/Inputs
// RUN: %check_allochunt -std=c++20-or-later -check-suffixes=ALL,CXX20 %s allochunt-stringify-to-compare %t -- -header-filter='.*stringify-to-compare.h' -- -I%S/Inputs
// RUN: %check_allochunt -check-suffixes=OPT %S/Inputs/stringify-to-compare-options.cpp allochunt-stringify-to-compare %t-options -- -config="{CheckOptions: {allochunt-stringify-to-compare.StringifyFunctions: '::util::describe;render'}}"
// RUN: %check_allochunt -expect-clang-tidy-error -check-suffixes=BAD %S/Inputs/stringify-to-compare-options.cpp allochunt-stringify-to-compare %t-bad -- -config="{CheckOptions: {allochunt-stringify-to-compare.StringifyFunctions: 'to string;::ok'}}"

#include <cstdint>
#include <sstream>
#include <string>
#include "stringify-to-compare.h"

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
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'toString' allocates a string only to compare it with a literal
  // CHECK-NOTES-ALL: :[[@LINE-2]]:8: note: compare 'k' with 'Kind::Active' instead
  // Two enumerators spell "Stopped": no single enumerator to compare with.
  r |= toString(k) == "Stopped";
  // CHECK-NOTES-ALL: :[[@LINE-1]]:8: warning: 'toString' allocates a string only to compare it with a literal
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
