// RUN: %check_allochunt -std=c++17 -check-suffixes=ALL %s allochunt-string-round-trip %t -- -header-filter='.*string-round-trip.h' -- -I%S/Inputs
// RUN: %check_allochunt -std=c++20-or-later -check-suffixes=ALL %s allochunt-string-round-trip %t -- -header-filter='.*string-round-trip.h' -- -I%S/Inputs

#include <string>
#include <string_view>
#include <vector>
#include "string-round-trip.h"

void takesRef(const std::string &s);
void takesValue(std::string s);
void takesPointer(const char *p);
void takesView(std::string_view v);
extern "C" int c_api(const char *p);
using Text = std::string;
typedef std::string Text2;

// Positives.

void explicitTemporary(const std::string &s) {
  std::string copy(s.c_str());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:22: warning: std::string copied through 'c_str()' into a new std::string: the copy measures the characters again and stops at the first embedded NUL; use the string itself [allochunt-string-round-trip]
  std::string other = std::string(s.data());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:37: warning: std::string copied through 'data()' into a new std::string: the copy measures the characters again; use the string itself [allochunt-string-round-trip]
}

void copyInit(const std::string &s) {
  std::string x = s.c_str();
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:21: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  std::string x = s;{{$}}
}

void passedToParameters(const std::string &s, Text t) {
  takesRef(s.c_str());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:14: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  takesRef(s);{{$}}
  takesValue(s.data());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:16: warning: std::string copied through 'data()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  takesValue(s);{{$}}
  takesRef(t.c_str());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:14: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  takesRef(t);{{$}}
  takesRef(std::to_string(3).c_str());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:30: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  takesRef(std::to_string(3));{{$}}
}

void pastTheView(std::string_view sv) {
  std::string s(sv.data());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:20: warning: std::string built from 'data()' of a std::string_view copies up to the first NUL, which may lie past the end of the view; construct it from the view itself [allochunt-string-round-trip]
}

void dropPrefix(std::string &s, std::size_t n) {
  s = s.substr(n);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:5: warning: assigning 's.substr(n)' to 's' allocates a new string; 's.erase(0, n)' removes the prefix in place (where n > s.size(), erase empties the string and substr throws) [allochunt-string-round-trip]
  // CHECK-FIXES-ALL: {{^}}  s = s.substr(n);{{$}}
  s = s.substr(0, n);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:5: warning: assigning 's.substr(pos, n)' to 's' allocates a new string; erase the unwanted characters in place instead (for pos 0, 'if (n < s.size()) s.erase(n)' keeps the clamping of substr) [allochunt-string-round-trip]
}

// Negatives.

void negatives(const std::string &s, std::string &other, const std::vector<char> &v,
               std::string_view sv) {
  takesPointer(s.c_str());
  c_api(s.c_str());
  takesView(s.c_str());
  other = s.substr(2);
  std::string fromVector(v.begin(), v.end());
  std::string counted(s.c_str(), 3);
  std::string sized(sv.data(), sv.size());
  std::string plain(s);
  Text2 alias(s);
  takesRef(s);
}

template <class S> void dependent(const S &s) { takesRef(s.c_str()); }
template <class T> void instantiated(const std::string &s, T) {
  takesRef(s.c_str());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:14: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  takesRef(s);{{$}}
}
void instantiate(const std::string &s) {
  dependent(s);
  instantiated(s, 1);
  instantiated(s, 2.0);
}

#define PASS_CSTR(x) takesRef((x).c_str())
void macros(const std::string &s) {
  PASS_CSTR(s);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:3: warning: std::string copied through 'c_str()' {{.*}}
  // CHECK-FIXES-ALL: {{^}}  PASS_CSTR(s);{{$}}
}

void suppressed(const std::string &s) {
  takesRef(s.c_str()); // NOLINT(allochunt-string-round-trip)
}
// The header's finding (Inputs/string-round-trip.h, function headerCopy).
// CHECK-MESSAGES-ALL: string-round-trip.h:4:24: warning: std::string copied through 'c_str()' into a new std::string{{.*}}
