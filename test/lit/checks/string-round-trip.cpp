// The specification of allochunt-string-round-trip, against libstdc++.
// RUN: %check_allochunt -std=c++17 -check-suffixes=ALL %s allochunt-string-round-trip %t -- -header-filter='.*string-round-trip.h' -- -I%S/Inputs
// RUN: %check_allochunt -std=c++20-or-later -check-suffixes=ALL,CXX20 %s allochunt-string-round-trip %t -- -header-filter='.*string-round-trip.h' -- -I%S/Inputs
//
// Overloads that stop the fix-it, with their notes (the section under OVERLOADS).
// RUN: %check_allochunt -std=c++17 -check-suffixes=OVERLOADS %s allochunt-string-round-trip %t -- -- -DOVERLOADS
//
// AssumeNoEmbeddedNul=false: no fix-it drops c_str()/data() (the section under NUL_OPTION).
// RUN: %check_allochunt -std=c++17 -check-suffixes=NUL %s allochunt-string-round-trip %t -- \
// RUN:   -config="{CheckOptions: {allochunt-string-round-trip.AssumeNoEmbeddedNul: false}}" -- -DNUL_OPTION
//
// Before C++17 the new string is moved into place by an elidable constructor
// (the section under CXX14_SECTION).
// RUN: %check_allochunt -std=c++14 -check-suffixes=CXX14 %s allochunt-string-round-trip %t -- -- -DCXX14_SECTION
//
// A bad option value is a configuration diagnostic, not a crash.
// RUN: %allochunt_tidy --checks='-*,allochunt-string-round-trip' %s \
// RUN:   --config="{CheckOptions: {allochunt-string-round-trip.AssumeNoEmbeddedNul: maybe}}" -- -DNUL_OPTION 2>&1 \
// RUN:   | FileCheck %s -check-prefix=BAD-OPTION
// BAD-OPTION: warning: invalid configuration value 'maybe' for option 'allochunt-string-round-trip.AssumeNoEmbeddedNul'; expected a bool [clang-tidy-config]

#if !defined(OVERLOADS) && !defined(NUL_OPTION) && !defined(CXX14_SECTION)

#include <map>
#include <memory_resource>
#include <string>
#include <string_view>
#include <vector>
#include "string-round-trip.h"

void takesRef(const std::string &s);
void takesValue(std::string s);
void takesRvalue(std::string &&s);
void takesPointer(const char *p);
void takesView(std::string_view v);
void takesWide(const std::wstring &s);
void takesU16(const std::u16string &s);
extern "C" int c_api(const char *p);
using Text = std::string;
typedef std::string Text2;
struct Widget {
  explicit Widget(const std::string &name);
};

// An allocator with state of its own: a copy of a string takes the source's
// allocator, a new string a default one, so no fix-it turns one into the other.
template <typename T> struct Arena {
  using value_type = T;
  Arena() = default;
  template <typename U> Arena(const Arena<U> &) {}
  T *allocate(std::size_t n) { return std::allocator<T>().allocate(n); }
  void deallocate(T *p, std::size_t n) { std::allocator<T>().deallocate(p, n); }
  friend bool operator==(const Arena &, const Arena &) { return true; }
  friend bool operator!=(const Arena &, const Arena &) { return false; }
};
using ArenaString = std::basic_string<char, std::char_traits<char>, Arena<char>>;
void takesArena(const ArenaString &s);

//===-- 1. Characters copied through c_str() or data() ------------------------===//

void explicitConstruction(const std::string &s) {
  std::string copy(s.c_str());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:22: warning: std::string copied through 'c_str()' into a new std::string: the copy measures the characters again and stops at the first embedded NUL; use the string itself [allochunt-string-round-trip]
  // CHECK-FIXES-ALL: {{^}}  std::string copy(s);{{$}}
  std::string other = std::string(s.data());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:37: warning: std::string copied through 'data()' into a new std::string: the copy measures the characters again and stops at the first embedded NUL; use the string itself [allochunt-string-round-trip]
  // CHECK-FIXES-ALL: {{^}}  std::string other = std::string(s);{{$}}
  std::string braced{s.c_str()};
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:24: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  std::string braced{s};{{$}}
}

void copyInitialization(const std::string &s) {
  std::string x = s.c_str();
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:21: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  std::string x = s;{{$}}
  std::vector<std::string> list{s.c_str(), "b"};
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:35: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  std::vector<std::string> list{s, "b"};{{$}}
}

std::string returned(const std::string &s) {
  return s.data();
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:12: warning: std::string copied through 'data()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  return s;{{$}}
}

void passedToParameters(const std::string &s, Text t, const std::string *p) {
  takesRef(s.c_str());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:14: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  takesRef(s);{{$}}
  takesValue(s.data());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:16: warning: std::string copied through 'data()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  takesValue(s);{{$}}
  takesRef(t.c_str());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:14: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  takesRef(t);{{$}}
  takesRef(p->c_str());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:15: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  takesRef(*p);{{$}}
  takesRef(std::string(s.c_str()));
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:26: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  takesRef(s);{{$}}
  Widget w(s.c_str());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:14: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  Widget w(s);{{$}}
}

// push_back(const T&) beside push_back(T&&), operator[] the same: the string
// itself selects the const reference.
void referenceTwins(const std::string &s, std::vector<std::string> &v,
                    std::map<std::string, int> &m) {
  v.push_back(s.c_str());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:17: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  v.push_back(s);{{$}}
  m[s.c_str()] = 1;
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:7: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  m[s] = 1;{{$}}
}

// A member function that may modify its object sees a member string passed
// by reference while it runs; the copy protected it from that.
struct Account {
  std::string name_;
  void rename(const std::string &name);
  bool matches(const std::string &name) const;
  void update(const Account &other) {
    rename(name_.c_str());
    // CHECK-MESSAGES-ALL: :[[@LINE-1]]:18: warning: std::string copied through 'c_str()' {{.*}}
    // CHECK-FIXES-ALL: {{^}}    rename(name_.c_str());{{$}}
    rename(std::string(other.name_.begin(), other.name_.end()));
    // CHECK-MESSAGES-ALL: :[[@LINE-1]]:24: warning: std::string built from 'begin()' and 'end()' {{.*}}
    // CHECK-FIXES-ALL: {{^}}    rename(std::string(other.name_));{{$}}
    (void)matches(name_.c_str());
    // CHECK-MESSAGES-ALL: :[[@LINE-1]]:25: warning: std::string copied through 'c_str()' {{.*}}
    // CHECK-FIXES-ALL: {{^}}    (void)matches(name_);{{$}}
  }
};

// std::to_string's result holds no NUL: the fix passes the temporary on.
void toString(int n, double d) {
  takesRef(std::to_string(n).c_str());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:30: warning: the result of 'std::to_string' copied through 'c_str()' into a new std::string: the copy measures the characters again; use the result itself [allochunt-string-round-trip]
  // CHECK-FIXES-ALL: {{^}}  takesRef(std::to_string(n));{{$}}
  takesRvalue(std::to_string(d).c_str());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:33: warning: the result of 'std::to_string' copied through 'c_str()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  takesRvalue(std::to_string(d));{{$}}
  takesWide(std::to_wstring(n).c_str());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:32: warning: the result of 'std::to_wstring' copied through 'c_str()' into a new std::wstring{{.*}}
  // CHECK-FIXES-ALL: {{^}}  takesWide(std::to_wstring(n));{{$}}
}

// Warned, not fixed: the string itself would not bind, a reference to the
// new string is not a copy, and a copy with a stateful allocator differs.
void warnedNotFixed(const std::string &s, const ArenaString &a) {
  takesRvalue(s.c_str());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:17: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  takesRvalue(s.c_str());{{$}}
  const std::string &r = s.c_str();
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:28: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  const std::string &r = s.c_str();{{$}}
  takesRef(r);
  ArenaString copy(a.c_str());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:22: warning: std::basic_string<char, std::char_traits<char>, Arena<char>{{ ?}}> copied through 'c_str()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  ArenaString copy(a.c_str());{{$}}
  // Bound to a const reference the allocator does not matter.
  takesArena(a.c_str());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:16: warning: std::basic_string<char, std::char_traits<char>, Arena<char>{{ ?}}> copied through 'c_str()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  takesArena(a);{{$}}
}

void pastTheView(std::string_view sv) {
  std::string s(sv.data());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:20: warning: std::string built from 'data()' of a std::string_view copies up to the first NUL, which may lie past the end of the view; construct it from the view itself [allochunt-string-round-trip]
  // CHECK-FIXES-ALL: {{^}}  std::string s(sv.data());{{$}}
}

//===-- 2. Copies through iterators, a length or a view -----------------------===//

struct Named {
  std::string name_;
  void show() const {
    takesRef(std::string(name_.begin(), name_.end()));
    // CHECK-MESSAGES-ALL: :[[@LINE-1]]:26: warning: std::string built from 'begin()' and 'end()' of one std::string is a copy of it; use the string itself, or copy-construct it [allochunt-string-round-trip]
    // CHECK-FIXES-ALL: {{^}}    takesRef(name_);{{$}}
  }
};

void iterators(const std::string &s, std::string &m, const std::string *p) {
  takesRef(std::string(s.begin(), s.end()));
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:24: warning: std::string built from 'begin()' and 'end()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  takesRef(s);{{$}}
  takesValue(std::string(m.begin(), m.end()));
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:26: warning: std::string built from 'begin()' and 'end()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  takesValue(m);{{$}}
  std::string x{s.cbegin(), s.cend()};
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:17: warning: std::string built from 'cbegin()' and 'cend()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  std::string x{s};{{$}}
  std::string y(p->begin(), p->end());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:17: warning: std::string built from 'begin()' and 'end()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  std::string y(*p);{{$}}
  takesRef(x + y);
}

void counted(const std::string &s) {
  auto y = std::string(s.data(), s.size());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:24: warning: std::string built from 'data()' and 'size()' of one std::string is a copy of it{{.*}}
  // CHECK-FIXES-ALL: {{^}}  auto y = std::string(s);{{$}}
  takesRef(std::string(s.c_str(), s.length()));
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:24: warning: std::string built from 'c_str()' and 'length()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  takesRef(s);{{$}}
  takesRef(y);
}

void throughAView(const std::string &s, const Text2 &t) {
  takesRef(std::string(std::string_view(s)));
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:24: warning: std::string built from a view of a std::string is a copy of the string; use the string itself, or copy-construct it [allochunt-string-round-trip]
  // CHECK-FIXES-ALL: {{^}}  takesRef(s);{{$}}
  std::string w{static_cast<std::string_view>(t)};
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:17: warning: std::string built from a view of a std::string {{.*}}
  // CHECK-FIXES-ALL: {{^}}  std::string w{t};{{$}}
  takesRef(w);
}

// Other character types follow the same rules.
void characterTypes(const std::u16string &u, const std::wstring &ws) {
  takesU16(std::u16string(u.begin(), u.end()));
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:27: warning: std::u16string built from 'begin()' and 'end()' of one std::u16string is a copy of it{{.*}}
  // CHECK-FIXES-ALL: {{^}}  takesU16(u);{{$}}
  takesWide(ws.c_str());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:16: warning: std::wstring copied through 'c_str()' into a new std::wstring{{.*}}
  // CHECK-FIXES-ALL: {{^}}  takesWide(ws);{{$}}
}

#if __cplusplus > 201703L
void takesU8(const std::u8string &s);
void utf8(const std::u8string &s) {
  takesU8(std::u8string(s.begin(), s.end()));
  // CHECK-MESSAGES-CXX20: :[[@LINE-1]]:25: warning: std::u8string built from 'begin()' and 'end()' of one std::u8string is a copy of it{{.*}}
  // CHECK-FIXES-CXX20: {{^}}  takesU8(s);{{$}}
}
#endif

// A pmr string: bound to a const reference it is fixed; a copy would take
// the source's memory resource, so the copy is not.
void takesPmr(const std::pmr::string &s);
void pmr(const std::pmr::string &s) {
  takesPmr(std::pmr::string(s.begin(), s.end()));
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:29: warning: std::pmr::string built from 'begin()' and 'end()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  takesPmr(s);{{$}}
  std::pmr::string copy(s.begin(), s.end());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:25: warning: std::pmr::string built from 'begin()' and 'end()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  std::pmr::string copy(s.begin(), s.end());{{$}}
  takesPmr(copy);
}

//===-- 3. s = s.substr(...) ----------------------------------------------------===//

void dropPrefix(std::string &s, std::size_t n) {
  s = s.substr(n);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:5: warning: assigning 's.substr(n)' to 's' copies what it keeps into a new string; 's.erase(0, n)' removes the prefix in place (where n > s.size(), erase empties the string and substr throws) [allochunt-string-round-trip]
  // CHECK-FIXES-ALL: {{^}}  s = s.substr(n);{{$}}
  s = s.substr(0, n);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:5: warning: assigning 's.substr(pos, n)' to 's' copies what it keeps into a new string; erase the unwanted characters in place instead (for pos 0, 'if (n < s.size()) s.erase(n)' keeps the clamping of substr) [allochunt-string-round-trip]
  // CHECK-FIXES-ALL: {{^}}  s = s.substr(0, n);{{$}}
}

// The shapes of CMake's cmOSXBundleGenerator.cxx and CLI11's split_names: a
// search that may find nothing (substr clamps npos), and a loop.
void fromRealCode(std::string loc, std::string current, std::vector<std::string> &out) {
  loc = loc.substr(0, loc.find('/'));
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:7: warning: assigning 'loc.substr(pos, n)' to 'loc' copies what it keeps into a new string{{.*}}
  // CHECK-FIXES-ALL: {{^}}  loc = loc.substr(0, loc.find('/'));{{$}}
  std::size_t val = 0;
  while ((val = current.find(',')) != std::string::npos) {
    out.push_back(current.substr(0, val));
    current = current.substr(val + 1);
    // CHECK-MESSAGES-ALL: :[[@LINE-1]]:13: warning: assigning 'current.substr(n)' to 'current' copies what it keeps into a new string{{.*}}
    // CHECK-FIXES-ALL: {{^}}    current = current.substr(val + 1);{{$}}
  }
  out.push_back(loc);
}

//===-- 4. Templates -----------------------------------------------------------===//

// Dependent: nothing is resolved in the template, and instantiations are
// not looked at.
template <class S> void dependent(const S &s) {
  takesRef(s.c_str());
  takesRef(S(s.begin(), s.end()));
  S copy = s.substr(1);
  copy = copy.substr(1);
}
// Non-dependent code in a template: reported once, fixed once.
template <class T> void instantiated(const std::string &s, T) {
  takesRef(s.c_str());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:14: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  takesRef(s);{{$}}
}
template <class T> struct Holder {
  std::string name;
  void show() const {
    takesRef(std::string(name.begin(), name.end()));
    // CHECK-MESSAGES-ALL: :[[@LINE-1]]:26: warning: std::string built from 'begin()' and 'end()' {{.*}}
    // CHECK-FIXES-ALL: {{^}}    takesRef(name);{{$}}
  }
};
void instantiate(const std::string &s) {
  dependent(s);
  instantiated(s, 1);
  instantiated(s, 2.0);
  Holder<int>().show();
  Holder<long>().show();
  (void)headerCopy(s);
  auto generic = [](const auto &str) { takesRef(str.c_str()); };
  generic(s);
}

//===-- 5. Macros: a warning, never a fix-it ------------------------------------===//

#define PASS_CSTR(x) takesRef((x).c_str())
#define COPY_OF(x) std::string((x).begin(), (x).end())
#define PASS(e) e
std::string Global;
#define GLOBAL Global
void macros(const std::string &s) {
  PASS_CSTR(s);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:3: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  PASS_CSTR(s);{{$}}
  takesRef(COPY_OF(s));
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:12: warning: std::string built from 'begin()' and 'end()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  takesRef(COPY_OF(s));{{$}}
  PASS(takesRef(s.c_str()));
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:19: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  PASS(takesRef(s.c_str()));{{$}}
  takesRef(GLOBAL.c_str());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:19: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  takesRef(GLOBAL.c_str());{{$}}
}

//===-- 6. Headers ---------------------------------------------------------------===//

// The header's findings (Inputs/string-round-trip.h), reported once, not fixed.
// CHECK-MESSAGES-ALL: string-round-trip.h:9:25: warning: std::string built from 'data()' of a std::string_view copies up to the first NUL{{.*}}
// CHECK-MESSAGES-ALL: string-round-trip.h:13:70: warning: std::string copied through 'c_str()' into a new std::string{{.*}}
void header(const std::string &s) {
  headerPassOn(s);
  (void)headerFromView(s);
}

//===-- 7. NOLINT ----------------------------------------------------------------===//

void suppressed(const std::string &s) {
  takesRef(s.c_str()); // NOLINT(allochunt-string-round-trip)
  // NOLINTNEXTLINE(allochunt-string-round-trip)
  takesRef(std::string(s.begin(), s.end()));
}

//===-- 8. Not flagged -----------------------------------------------------------===//

std::string next();

// Not a std::string of the same type going back into one: a pointer or a view
// parameter, a C API, a different string type, a vector's characters.
void otherTargets(const std::string &s, const std::vector<char> &v, const char *p,
                  std::string_view sv) {
  takesPointer(s.c_str());
  c_api(s.c_str());
  takesView(s.c_str());
  takesView(s);
  std::string fromVector(v.begin(), v.end());
  std::string fromPointer(p);
  std::string fromView(sv);
  std::string fromViewOfPointer{std::string_view(p)};
  std::u16string widened(s.begin(), s.end());
  ArenaString other(s.c_str());
  ArenaString otherRange(s.begin(), s.end());
  takesArena(other + otherRange);
  takesRef(fromVector + fromPointer + fromView + fromViewOfPointer);
}

// Part of a string, or two strings: not a copy.
void notTheWholeString(const std::string &s, const std::string &t, std::string_view sv) {
  std::string counted(s.c_str(), 3);
  std::string sized(sv.data(), sv.size());
  std::string tail(s.begin() + 1, s.end());
  std::string head(s.begin(), s.begin() + 3);
  std::string reversed(s.rbegin(), s.rend());
  std::string mixed(s.begin(), t.end());
  std::string mixedCount(s.data(), t.size());
  std::string shorter(s.data(), s.size() - 1);
  std::string offset(s.c_str() + 1);
  takesRef(std::string(s.c_str(), s.size() / 2));
  takesRef(counted + sized + tail + head + reversed + mixed + mixedCount + shorter + offset);
}

// Other constructors: a substring, a fill, a move, a character array, a view's
// own iterators, a part of a view.
void otherConstructors(const std::string &s, std::string &t, std::string_view sv) {
  const char arr[] = "abc";
  std::string fromArray(arr, arr + 3);
  std::string filled(s.size(), 'x');
  std::string substring(s, 1);
  std::string counted(s, 0, 3);
  std::string fromData(s.data() + 2, s.size() - 2);
  std::string withoutLast(s.begin(), s.end() - 1);
  std::string viewIterators(sv.begin(), sv.end());
  std::string partOfView{std::string_view(s).substr(1)};
  std::string countedView{std::string_view(s.data(), 3)};
  std::string oneChar(1, s[0]);
  std::wstring wide(s.begin(), s.end());
  std::string moved(std::move(t));
  takesRef(fromArray + filled + substring + counted + fromData + withoutLast + viewIterators +
           partOfView + countedView + oneChar + moved);
  (void)wide;
}

// Members that take the characters themselves: no new string.
void charactersTaken(std::string &s, const std::string &t, std::vector<std::string> &v) {
  s.assign(t.c_str());
  s.append(t.data(), t.size());
  s += t.c_str();
  std::string joined = s + t.c_str();
  bool same = s == t.c_str();
  // Built inside the library (emplace_back forwards the pointer): not seen.
  v.emplace_back(t.c_str());
  takesRef(joined);
  (void)same;
}

// substr into a new variable, appended, or combined: not a self-assignment.
void substrUses(std::string &s) {
  std::string rest = s.substr(1);
  s += s.substr(1);
  s = s.substr(1) + "x";
  takesRef(rest);
}

// Two calls of a function may return two strings.
void sideEffects() {
  std::string twice(next().begin(), next().end());
  takesRef(twice);
}

// Not a plain copy: a conditional chooses between a string and a literal.
void conditional(const std::string &s, bool flag) { takesRef(flag ? s.c_str() : "none"); }

// Already copies, or no copy at all.
void plainCopies(const std::string &s) {
  std::string plain(s);
  Text2 alias(s);
  takesRef(s);
  takesValue(s);
  takesRef(plain + alias);
}

// substr into another variable, from another variable, or with no argument.
void otherSubstr(std::string &s, std::string &t) {
  t = s.substr(2);
  s = t.substr(2);
  s = s.substr();
}

#endif // !OVERLOADS && !NUL_OPTION && !CXX14_SECTION

//===-- Overloads ----------------------------------------------------------------===//
#ifdef OVERLOADS

#include <map>
#include <string>

// Overloads that the argument count rules out do not matter.
void logLine(const std::string &s);
void logLine(const std::string &s, int level);
void countArgs(const std::string &s) {
  logLine(s.c_str());
  // CHECK-NOTES-OVERLOADS: :[[@LINE-1]]:13: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-OVERLOADS: {{^}}  logLine(s);{{$}}
}

// A template that takes a non-const reference would take the string itself.
void emit(const std::string &s);
template <class T> void emit(T &value);
// A function named like one in namespace std is found by argument-dependent
// lookup once the argument is a std::string.
void to_string(const std::string &s);
void competing(std::string &s) {
  emit(s.c_str());
  // CHECK-NOTES-OVERLOADS: :[[@LINE-1]]:10: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-NOTES-OVERLOADS: :[[@LINE-7]]:25: note: the string is not passed itself: it could select this overload of 'emit'
  // CHECK-FIXES-OVERLOADS: {{^}}  emit(s.c_str());{{$}}
  to_string(s.c_str());
  // CHECK-NOTES-OVERLOADS: :[[@LINE-1]]:15: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-NOTES-OVERLOADS: note: the string is not passed itself: it could select this overload of 'to_string'
  // CHECK-FIXES-OVERLOADS: {{^}}  to_string(s.c_str());{{$}}
  // An explicit temporary is still copy-constructed from the string.
  emit(std::string(s.begin(), s.end()));
  // CHECK-NOTES-OVERLOADS: :[[@LINE-1]]:20: warning: std::string built from 'begin()' and 'end()' {{.*}}
  // CHECK-NOTES-OVERLOADS: :[[@LINE-16]]:25: note: the string is not passed itself: it could select this overload of 'emit'
  // CHECK-FIXES-OVERLOADS: {{^}}  emit(std::string(s));{{$}}
}

// A one-parameter `const K&` template (map::find's heterogeneous overload)
// loses to the exact match.
void transparentFind(const std::string &s, const std::map<std::string, int> &m) {
  (void)m.find(s.c_str());
  // CHECK-NOTES-OVERLOADS: :[[@LINE-1]]:18: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-OVERLOADS: {{^}}  (void)m.find(s);{{$}}
}

#endif // OVERLOADS

//===-- AssumeNoEmbeddedNul=false ------------------------------------------------===//
#ifdef NUL_OPTION

#include <string>

void takesRef(const std::string &s);

// The warning stays; dropping c_str() or data() would keep characters after
// an embedded NUL that the new string drops, so there is no fix-it.
void embedded(const std::string &s) {
  takesRef(s.c_str());
  // CHECK-MESSAGES-NUL: :[[@LINE-1]]:14: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-NUL: {{^}}  takesRef(s.c_str());{{$}}
  std::string copy(s.data());
  // CHECK-MESSAGES-NUL: :[[@LINE-1]]:22: warning: std::string copied through 'data()' {{.*}}
  // CHECK-FIXES-NUL: {{^}}  std::string copy(s.data());{{$}}
  // Copies of every character are still fixed, and so is std::to_string's
  // result (it holds no NUL).
  takesRef(std::string(s.begin(), s.end()));
  // CHECK-MESSAGES-NUL: :[[@LINE-1]]:24: warning: std::string built from 'begin()' and 'end()' {{.*}}
  // CHECK-FIXES-NUL: {{^}}  takesRef(s);{{$}}
  takesRef(std::to_string(1).c_str());
  // CHECK-MESSAGES-NUL: :[[@LINE-1]]:30: warning: the result of 'std::to_string' copied through 'c_str()' {{.*}}
  // CHECK-FIXES-NUL: {{^}}  takesRef(std::to_string(1));{{$}}
  takesRef(copy);
}

#endif // NUL_OPTION

//===-- C++14: elidable copies ---------------------------------------------------===//
#ifdef CXX14_SECTION

#include <string>
#include <vector>

void takesRef(const std::string &s);
void takesValue(std::string s);

void elided(const std::string &s) {
  std::string x = std::string(s.begin(), s.end());
  // CHECK-MESSAGES-CXX14: :[[@LINE-1]]:31: warning: std::string built from 'begin()' and 'end()' {{.*}}
  // CHECK-FIXES-CXX14: {{^}}  std::string x = std::string(s);{{$}}
  takesValue(s.c_str());
  // CHECK-MESSAGES-CXX14: :[[@LINE-1]]:16: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-CXX14: {{^}}  takesValue(s);{{$}}
  std::string y = s.data();
  // CHECK-MESSAGES-CXX14: :[[@LINE-1]]:21: warning: std::string copied through 'data()' {{.*}}
  // CHECK-FIXES-CXX14: {{^}}  std::string y = s;{{$}}
  const std::string &r = std::string(s.c_str());
  // CHECK-MESSAGES-CXX14: :[[@LINE-1]]:40: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-CXX14: {{^}}  const std::string &r = std::string(s);{{$}}
  takesRef(x + y + r);
}

#endif // CXX14_SECTION
