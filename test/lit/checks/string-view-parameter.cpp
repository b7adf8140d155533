// The specification of allochunt-string-view-parameter, against libstdc++.
// RUN: %check_allochunt -std=c++17 -check-suffixes=ALL %s allochunt-string-view-parameter %t -- -header-filter='.*' -- -I %S/Inputs
// RUN: %check_allochunt -std=c++20,c++23 -check-suffixes=ALL,CXX20 %s allochunt-string-view-parameter %t -- -header-filter='.*' -- -I %S/Inputs
// With IncludeExternalFunctions, functions other translation units may call
// are reported too, without a fix-it.
// RUN: %check_allochunt -std=c++17 -check-suffixes=ALL,EXT %s allochunt-string-view-parameter %t -- \
// RUN:   -config="{CheckOptions: {allochunt-string-view-parameter.IncludeExternalFunctions: true}}" -- -I %S/Inputs -DEXTERNAL

#include <string>
#include <vector>
#include "string-view-parameter.h"
// CHECK-FIXES-ALL: #include <string_view>

// ---- Positive: only read, and some call builds a temporary ----

static bool isKeyword(const std::string &key) {
  return key == "if" || key == "else" || key.size() > 10;
}
// CHECK-MESSAGES-ALL: :[[@LINE-3]]:42: warning: parameter 'key' is 'const std::string&' but only read; 3 calls pass a string literal and allocate a temporary std::string (use std::string_view) [allochunt-string-view-parameter]
// CHECK-FIXES-ALL: static bool isKeyword(std::string_view key) {
void useKeyword() {
  isKeyword("if-and-only-if-long");
  isKeyword("while-longer-than-sso");
  isKeyword("return-longer-than-sso");
}

namespace {
int countDots(const std::string& text) {
  int n = 0;
  for (char c : text)
    n += c == '.';
  return n + static_cast<int>(text.find("..")) + (text.empty() ? 1 : 0);
}
// CHECK-MESSAGES-ALL: :[[@LINE-6]]:34: warning: parameter 'text' is 'const std::string&' but only read; 2 calls pass a 'const char*' or an explicitly built std::string and allocate a temporary std::string (use std::string_view) [allochunt-string-view-parameter]
// CHECK-FIXES-ALL: int countDots(std::string_view text) {
} // namespace
int useDots(const char *p, const std::string &s) {
  // A std::string object (s) is no temporary, and a view accepts it.
  return countDots(p) + countDots(s) + countDots(std::string("a.b.c.d.e.f.g.h.i"));
}

// Private and static member functions: every caller is in this file.
class Parser {
public:
  bool run() { return isFlag("--help-with-a-long-name") && isFlag(name); }
  static bool isShort(const std::string &arg) { return arg.size() == 2; }
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:42: warning: parameter 'arg' is 'const std::string&' but only read; 1 call passes a string literal and allocates a temporary std::string (use std::string_view) [allochunt-string-view-parameter]
  // CHECK-FIXES-ALL: static bool isShort(std::string_view arg) { return arg.size() == 2; }
private:
  bool isFlag(const std::string &arg) const { return arg.compare(0, 2, "--") == 0 && arg[2] != '-'; }
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:34: warning: parameter 'arg' is 'const std::string&' but only read; 1 call passes a string literal and allocates
  // CHECK-FIXES-ALL: bool isFlag(std::string_view arg) const { return arg.compare(0, 2, "--") == 0 && arg[2] != '-'; }
  std::string name;
};
bool useShort() { return Parser::isShort("-h-is-short-but-this-is-not"); }

// Every declaration is rewritten; passing it on as a view is a read.
static bool viaView(const std::string &s);
// CHECK-FIXES-ALL: static bool viaView(std::string_view s);
static int takesView(std::string_view v) { return static_cast<int>(v.size()); }
static bool viaView(const std::string &s) { return takesView(s) > 1 && s.find_first_of("xy") == 0; }
// CHECK-MESSAGES-ALL: :[[@LINE-1]]:40: warning: parameter 's' is 'const std::string&' but only read; 1 call passes a string literal
// CHECK-FIXES-ALL: static bool viaView(std::string_view s) { return takesView(s) > 1 && s.find_first_of("xy") == 0; }
bool useViaView() { return viaView("xyz-and-more-than-15"); }

// Aliases of the string type and wide strings.
using Str = std::string;
static bool aliasParam(const Str &s) { return s.empty(); }
// CHECK-MESSAGES-ALL: :[[@LINE-1]]:35: warning: parameter 's' is 'const std::string&' but only read; 1 call passes a string literal
// CHECK-FIXES-ALL: static bool aliasParam(std::string_view s) { return s.empty(); }
static bool wide(const std::wstring &w) { return w.length() == 1; }
// CHECK-MESSAGES-ALL: :[[@LINE-1]]:38: warning: parameter 'w' is 'const std::wstring&' but only read; 1 call passes a string literal and allocates a temporary std::wstring (use std::wstring_view) [allochunt-string-view-parameter]
// CHECK-FIXES-ALL: static bool wide(std::wstring_view w) { return w.length() == 1; }
bool useAliases() { return aliasParam("a-literal-longer-than-15") && wide(L"wide-literal"); }

// A call in a template counts once, however many instantiations.
static bool plain(const std::string &s) { return s < "m"; }
// CHECK-MESSAGES-ALL: :[[@LINE-1]]:38: warning: parameter 's' is 'const std::string&' but only read; 1 call passes a string literal
// CHECK-FIXES-ALL: static bool plain(std::string_view s) { return s < "m"; }
template <class T> bool callPlain(T) { return plain("a-literal-longer-than-15"); }
bool useCallPlain() { return callPlain(1) && callPlain(2.0); }

#if __cplusplus >= 202002L
static bool prefixed(const std::string &s) { return s.starts_with("--") || s.ends_with("="); }
// CHECK-MESSAGES-CXX20: :[[@LINE-1]]:41: warning: parameter 's' is 'const std::string&' but only read; 1 call passes a string literal
// CHECK-FIXES-CXX20: static bool prefixed(std::string_view s) { return s.starts_with("--") || s.ends_with("="); }
bool usePrefixed() { return prefixed("--x-longer-than-sso"); }
#endif

// ---- Warned, but no fix-it ----

// An argument a view does not accept.
struct Name {
  operator std::string() const { return "n"; }
};
static bool blocked(const std::string &s) { return s.empty(); }
// CHECK-MESSAGES-ALL: :[[@LINE-1]]:40: warning: parameter 's' is 'const std::string&' but only read; 1 call passes a string literal
bool useBlocked() { return blocked("a-literal-longer-than-15") && blocked(Name{}); }

// Overloaded: a view parameter could make calls ambiguous.
static bool over(const std::string &s) { return s.empty(); }
// CHECK-MESSAGES-ALL: :[[@LINE-1]]:37: warning: parameter 's' is 'const std::string&' but only read; 1 call passes a string literal
static bool over(int i) { return i == 0; }
bool useOver() { return over("a-literal-longer-than-15") && over(1); }

// The reference type spelled through an alias.
using StrRef = const std::string &;
static bool aliasRef(StrRef s) { return s.empty(); }
// CHECK-MESSAGES-ALL: :[[@LINE-1]]:29: warning: parameter 's' is 'const std::string&' but only read; 1 call passes a string literal
bool useAliasRef() { return aliasRef("a-literal-longer-than-15"); }

// Written in a macro: warned, never fixed.
#define STRING_REF const std::string &
static bool macroType(STRING_REF s) { return s.empty(); }
// CHECK-MESSAGES-ALL: :[[@LINE-1]]:34: warning: parameter 's' is 'const std::string&' but only read; 1 call passes a string literal
#define DECLARE_IS_BLANK(name) static bool name(const std::string &s) { return s.empty(); }
DECLARE_IS_BLANK(isBlank)
// CHECK-MESSAGES-ALL: :[[@LINE-1]]:1: warning: parameter 's' is 'const std::string&' but only read; 1 call passes a string literal
bool useMacros() { return macroType("a-literal-longer-than-15") && isBlank("a-literal-longer-than-15"); }

// External functions: other translation units may call them (only with
// IncludeExternalFunctions, and never fixed).
bool external(const std::string &s) { return s.empty(); }
// CHECK-MESSAGES-EXT: :[[@LINE-1]]:34: warning: parameter 's' is 'const std::string&' but only read; 1 call passes a string literal
// CHECK-FIXES-EXT: bool external(const std::string &s) { return s.empty(); }
class Api {
public:
  bool has(const std::string &s) const { return s.size() == 3; }
  // CHECK-MESSAGES-EXT: :[[@LINE-1]]:31: warning: parameter 's' is 'const std::string&' but only read; 1 call passes a string literal
};
bool useExternal() { return external("a-literal-longer-than-15") && Api().has("a-literal-longer-than-15"); }

// ---- Negative: every literal fits the small-string buffer ----

// Literals of at most SmallStringCapacity (15) characters build the temporary
// in the string object itself: nothing is allocated.
static bool isShortWord(const std::string &w) { return w == "if" || w.size() > 3; }
bool useShortWords() { return isShortWord("if") && isShortWord("fifteen-chars-x") && isShortWord(std::string("else")); }

// ---- Negative: the parameter is used as more than a view ----

static std::string copies(const std::string &s) { return s; }           // copied
static const char *cstr(const std::string &s) { return s.c_str(); }     // NUL-terminated
static const char *data(const std::string &s) { return s.data(); }      // may be a C API's
static void passesOn(const std::string &s) { copies(s); }               // needs a string
static const std::string *address(const std::string &s) { return &s; }  // address taken
static int binds(const std::string &s) {                                // bound to a reference
  const std::string &r = s;
  return static_cast<int>(r.size());
}
static std::string substr(const std::string &s) { return s.substr(1); } // a view's substr is a view
static auto begins(const std::string &s) { return s.begin(); }          // a different iterator
static const char *firstChar(const std::string &s) { return &s[0]; }    // a character's address
static std::string concat(const std::string &s) { return s + "x"; }     // no view operator+
static bool inLambda(const std::string &s) { return [&] { return s.empty(); }(); } // not followed
static int unused(const std::string &) { return 0; }                    // nothing to read
static bool findsIn(const std::vector<std::string> &v, const std::string &s) {
  for (const std::string &e : v)
    if (e.find(s) == 0) // passed to a 'const std::string&' overload
      return true;
  return false;
}
static bool recurses(const std::string &s, int n) { return n == 0 ? s.empty() : recurses(s, n - 1); }
void useNegatives(const std::vector<std::string> &v) {
  copies("a"); cstr("a"); data("a"); passesOn("a"); address("a"); binds("a");
  substr("a"); begins("a"); firstChar("a"); concat("a"); inLambda("a"); unused("a");
  (void)findsIn(v, "x");
  (void)recurses("x", 2);
}

// No call builds a temporary: callers pass std::string objects, or use the
// default argument, or nobody calls.
static bool onlyObjects(const std::string &s) { return s.empty(); }
static bool withDefault(const std::string &s = "") { return s.empty(); }
static bool neverCalled(const std::string &s) { return s.empty(); }
bool useObjects(const std::string &a) { return onlyObjects(a) && onlyObjects(std::string()) && withDefault(); }

// ---- Negative: never for these functions ----
namespace {
struct Base {
  virtual ~Base() = default;
  virtual bool v(const std::string &s) const { return s.empty(); }  // virtual
};
struct Derived : Base {
  bool v(const std::string &s) const override { return s.size() == 1; } // an override
};
struct Key {};
bool operator==(const Key &, const std::string &s) { return s.empty(); } // an operator
} // namespace
bool useNever(const Derived &d) { return d.v("x") && Key{} == "x"; }

static bool addressTaken(const std::string &s) { return s.empty(); }     // its address is taken
bool (*const Pointer)(const std::string &) = addressTaken;
bool useAddressTaken() { return addressTaken("x"); }

// Templates: a dependent parameter type, and members of class templates.
template <class T> static bool tpl(const std::string &s, T) { return s.empty(); }
template <class T> struct Box {
  static bool has(const std::string &s) { return s.empty(); }
};
bool useTemplates() { return tpl("x", 1) && Box<int>::has("x"); }

// A header's functions: their callers elsewhere are not seen, even for the
// static one (each includer has its own copy). IncludeExternalFunctions
// reports both, in the header.
#ifndef EXTERNAL
bool useHeader() { return headerStaticIsFlag("-x") && headerHasPrefix("--a"); }
#endif

// NOLINT silences it.
static bool quiet(const std::string &s) { return s.empty(); } // NOLINT(allochunt-string-view-parameter)
bool useQuiet() { return quiet("x"); }

// A std::pmr::string or other allocator: not the std::string a view replaces.
template <class T> struct OtherAllocator : std::allocator<T> {
  template <class U> struct rebind { using other = OtherAllocator<U>; };
};
using OtherString = std::basic_string<char, std::char_traits<char>, OtherAllocator<char>>;
static bool otherAllocator(const OtherString &s) { return s.empty(); }
bool useOtherAllocator() { return otherAllocator("x"); }
