// The specification of allochunt-temporary-lookup-key, against libstdc++.
// Unordered containers look up by view only from C++20, and
// std::ranges::contains exists from C++23, hence three runs.
// The header filter matches no header (LLVM 22 reports every header by default).
// RUN: %check_allochunt -std=c++17 -check-suffixes=ALL,CXX17 %s allochunt-temporary-lookup-key %t -- -header-filter='^$' -- -I %S/Inputs
// RUN: %check_allochunt -std=c++20 -check-suffixes=ALL,CXX20 %s allochunt-temporary-lookup-key %t -- -header-filter='^$' -- -I %S/Inputs
// RUN: %check_allochunt -std=c++23 -check-suffixes=ALL,CXX20,CXX23 %s allochunt-temporary-lookup-key %t -- -header-filter='^$' -- -I %S/Inputs
// A header's findings appear with -header-filter (and have no fix-it here).
// RUN: %check_allochunt -std=c++20 -check-suffixes=HEADER %s allochunt-temporary-lookup-key %t -- -header-filter=Inputs -- -I %S/Inputs -DHEADER_ONLY
//
// Options (the section under OPTIONS): SmallStringCapacity read as a check
// option and as a global one, FixContainerDeclarations, StringTypes.
// RUN: %check_allochunt -std=c++17 -check-suffixes=OPT %s allochunt-temporary-lookup-key %t -- \
// RUN:   -config="{CheckOptions: {allochunt-temporary-lookup-key.SmallStringCapacity: 0, allochunt-temporary-lookup-key.FixContainerDeclarations: true, allochunt-temporary-lookup-key.StringTypes: '::std::basic_string;::lib::String'}}" \
// RUN:   -- -DOPTIONS
// RUN: %check_allochunt -std=c++20 -check-suffixes=OPT %s allochunt-temporary-lookup-key %t -- \
// RUN:   -config="{CheckOptions: {SmallStringCapacity: 0, allochunt-temporary-lookup-key.FixContainerDeclarations: true, allochunt-temporary-lookup-key.StringTypes: '::std::basic_string;::lib::String'}}" \
// RUN:   -- -DOPTIONS
// A library whose containers declare no heterogeneous members (the section
// under MOCK_STD, a small mock of namespace std): nothing to suggest.
// RUN: %check_allochunt -std=c++20 -check-suffixes=MOCK %s allochunt-temporary-lookup-key %t -- -- -DMOCK_STD -nostdinc++
//
// Bad option values are configuration diagnostics, not crashes.
// RUN: %allochunt_tidy --checks='-*,allochunt-temporary-lookup-key' %s \
// RUN:   --config="{CheckOptions: {allochunt-temporary-lookup-key.SmallStringCapacity: lots}}" -- -DOPTIONS 2>&1 \
// RUN:   | FileCheck %s -check-prefix=BAD-CAPACITY
// BAD-CAPACITY: warning: invalid configuration value 'lots' for option 'allochunt-temporary-lookup-key.SmallStringCapacity'; expected an integer [clang-tidy-config]
// RUN: not %allochunt_tidy --checks='-*,allochunt-temporary-lookup-key' %s \
// RUN:   --config="{CheckOptions: {allochunt-temporary-lookup-key.StringTypes: 'std::basic_string<char>'}}" -- -DOPTIONS 2>&1 \
// RUN:   | FileCheck %s -check-prefix=BAD-TYPES
// BAD-TYPES: error: invalid entry 'std::basic_string<char>' in option 'StringTypes' of 'allochunt-temporary-lookup-key': expected a qualified class or class template name such as '::std::basic_string' [clang-tidy-config]

#if !defined(OPTIONS) && !defined(MOCK_STD) && !defined(HEADER_ONLY)

#include <algorithm>
#include <functional>
#include <map>
#include <memory_resource>
#include <ranges>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "temporary-lookup-key.h"
// CHECK-FIXES-ALL: #include <string>
// CHECK-FIXES-ALL-NEXT: #include <string_view>
// CHECK-FIXES-ALL-NEXT: #include <unordered_map>

// libstdc++ 12 has no std::ranges::contains (C++23): a stand-in with its shape.
#if __cplusplus > 202002L && !defined(__cpp_lib_ranges_contains)
namespace std::ranges {
struct __contains_fn {
  template <typename R, typename T, typename Proj = std::identity>
  constexpr bool operator()(R &&Range, const T &Value, Proj P = {}) const {
    return ranges::find(Range, Value, P) != ranges::end(Range);
  }
};
inline constexpr __contains_fn contains{};
} // namespace std::ranges
#endif

std::map<std::string, int, std::less<>> Scores;
std::set<std::string, std::less<>> Names;
std::multimap<std::string, int, std::less<>> Events;
std::multiset<std::string, std::greater<>> Tags;

//===-- 1. Lookup keys in transparent containers ---------------------------===//

bool findByView(std::string_view Name) {
  return Scores.find(std::string(Name)) != Scores.end();
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:22: warning: temporary 'std::string' constructed only to look up a key in 'std::map<std::string, int, std::less<>>'; pass the 'std::string_view' directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: return Scores.find(Name) != Scores.end();
}

int countByBracedPointer(const char *Name) {
  return Names.count(std::string{Name});
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:22: warning: temporary 'std::string' constructed only to look up a key in 'std::set<std::string, std::less<>>'; pass the character pointer directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: return Names.count(Name);
}

bool equalRangeByPointerAndLength(const char *Data, std::size_t Size) {
  auto Range = Events.equal_range(std::string(Data, Size));
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:35: warning: temporary 'std::string' constructed only to look up a key in 'std::multimap<std::string, int, std::less<>>'; construct a 'std::string_view' instead [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: auto Range = Events.equal_range(std::string_view(Data, Size));
  return Range.first != Range.second;
}

bool lowerBoundByStaticCast(std::string_view Name) {
  return Tags.lower_bound(static_cast<std::string>(Name)) != Tags.end();
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:27: warning: temporary 'std::string' constructed only to look up a key in 'std::multiset<std::string, std::greater<>>'; pass the 'std::string_view' directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: return Tags.lower_bound(Name) != Tags.end();
}

bool upperBoundByCStyleCast(std::string_view Name) {
  return Scores.upper_bound((std::string)Name) == Scores.end();
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:29: warning: temporary 'std::string' constructed only to look up a key in 'std::map<std::string, int, std::less<>>'; pass the 'std::string_view' directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: return Scores.upper_bound(Name) == Scores.end();
}

// An explicit temporary is pointless whatever the literal's length.
bool findByShortLiteral() {
  return Scores.find(std::string("id")) != Scores.end();
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:22: warning: temporary 'std::string' constructed only to look up a key in 'std::map<std::string, int, std::less<>>'; pass the string literal directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: return Scores.find("id") != Scores.end();
}

bool findByCharArray() {
  char Buffer[32] = "session";
  return Names.find(std::string(Buffer)) != Names.end();
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:21: warning: temporary 'std::string' constructed only to look up a key in 'std::set<std::string, std::less<>>'; pass the character array directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: return Names.find(Buffer) != Names.end();
}

// string_view(first, last) exists from C++20; before, the warning says what to do.
bool findByPointerPair(const char *First, const char *Last) {
  return Scores.count(std::string(First, Last)) > 0;
  // CHECK-MESSAGES-CXX17: :[[@LINE-1]]:23: warning: temporary 'std::string' constructed only to look up a key in 'std::map<std::string, int, std::less<>>'; construct a 'std::string_view' from the pointer and the length instead [allochunt-temporary-lookup-key]
  // CHECK-MESSAGES-CXX20: :[[@LINE-2]]:23: warning: temporary 'std::string' constructed only to look up a key in 'std::map<std::string, int, std::less<>>'; construct a 'std::string_view' instead [allochunt-temporary-lookup-key]
  // CHECK-FIXES-CXX17: return Scores.count(std::string(First, Last)) > 0;
  // CHECK-FIXES-CXX20: return Scores.count(std::string_view(First, Last)) > 0;
}

#if __cplusplus > 201703L
bool containsByView(std::string_view Name) {
  return Scores.contains(std::string(Name));
  // CHECK-MESSAGES-CXX20: :[[@LINE-1]]:26: warning: temporary 'std::string' constructed only to look up a key in 'std::map<std::string, int, std::less<>>'; pass the 'std::string_view' directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-CXX20: return Scores.contains(Name);
}
#endif

// Unordered containers: a transparent hash and key_equal, and C++20.
struct ViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view S) const { return std::hash<std::string_view>{}(S); }
};
// Overloads for both a string and a view: a character pointer would be ambiguous.
struct BothHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view S) const { return std::hash<std::string_view>{}(S); }
  std::size_t operator()(const std::string &S) const { return std::hash<std::string>{}(S); }
};
std::unordered_map<std::string, int, ViewHash, std::equal_to<>> Sessions;
std::unordered_map<std::string, int, BothHash, std::equal_to<>> Tokens;

bool unorderedByView(std::string_view Id) {
  return Sessions.find(std::string(Id)) != Sessions.end();
  // CHECK-MESSAGES-CXX20: :[[@LINE-1]]:24: warning: temporary 'std::string' constructed only to look up a key in 'std::unordered_map<std::string, int, ViewHash, std::equal_to<>>'; pass the 'std::string_view' directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-CXX17: return Sessions.find(std::string(Id)) != Sessions.end();
  // CHECK-FIXES-CXX20: return Sessions.find(Id) != Sessions.end();
}

// A custom hash gets a view, never a raw pointer.
bool unorderedByPointer(const char *Id) {
  return Tokens.count(std::string(Id)) > 0;
  // CHECK-MESSAGES-CXX20: :[[@LINE-1]]:23: warning: temporary 'std::string' constructed only to look up a key in 'std::unordered_map<std::string, int, BothHash, std::equal_to<>>'; construct a 'std::string_view' instead [allochunt-temporary-lookup-key]
  // CHECK-FIXES-CXX17: return Tokens.count(std::string(Id)) > 0;
  // CHECK-FIXES-CXX20: return Tokens.count(std::string_view(Id)) > 0;
}

//===-- 1b. Containers that are not transparent -----------------------------===//

std::map<std::string, int> Routes;
std::unordered_map<std::string, int> Plain;

bool notTransparent(std::string_view Path) {
  return Routes.count(std::string(Path)) > 0;
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:23: warning: temporary 'std::string' constructed only to look up a key in 'std::map<std::string, int>'; declare the container with a transparent comparator such as 'std::less<>' [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: return Routes.count(std::string(Path)) > 0;
}

bool implicitFromPointer(const char *Path) {
  return Routes.find(Path) != Routes.end();
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:22: warning: temporary 'std::string' constructed implicitly only to look up a key in 'std::map<std::string, int>'; declare the container with a transparent comparator such as 'std::less<>' [allochunt-temporary-lookup-key]
}

bool implicitFromLongLiteral() {
  return Routes.count("/api/v1/accounts/settings") > 0;
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:23: warning: temporary 'std::string' constructed implicitly only to look up a key in 'std::map<std::string, int>'; declare the container with a transparent comparator such as 'std::less<>' [allochunt-temporary-lookup-key]
}

// Heterogeneous unordered lookup needs C++20: before, nothing avoids the key.
bool unorderedNotTransparent(std::string_view Id) {
  return Plain.count(std::string(Id)) > 0;
  // CHECK-MESSAGES-CXX20: :[[@LINE-1]]:22: warning: temporary 'std::string' constructed only to look up a key in 'std::unordered_map<std::string, int>'; declare the container with a transparent hash and 'std::equal_to<>' [allochunt-temporary-lookup-key]
}

//===-- 2. Values searched by algorithms -------------------------------------===//

std::vector<std::string> Words;
std::vector<std::string_view> Views;
std::string Fixed[3];

bool findInVector(std::string_view Word) {
  return std::find(Words.begin(), Words.end(), std::string(Word)) != Words.end();
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:48: warning: temporary 'std::string' constructed only to be searched for by 'std::find'; pass the 'std::string_view' directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: return std::find(Words.begin(), Words.end(), Word) != Words.end();
}

long countPointerInViews(const char *Word) {
  return std::count(Views.begin(), Views.end(), std::string(Word));
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:49: warning: temporary 'std::string' constructed only to be searched for by 'std::count'; pass the character pointer directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: return std::count(Views.begin(), Views.end(), Word);
}

bool findLiteralInArray() {
  return std::find(Fixed, Fixed + 3, std::string("admin")) != Fixed + 3;
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:38: warning: temporary 'std::string' constructed only to be searched for by 'std::find'; pass the string literal directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: return std::find(Fixed, Fixed + 3, "admin") != Fixed + 3;
}

#if __cplusplus > 201703L
bool rangesFind(std::string_view Word, const char *Raw) {
  bool Found = std::ranges::find(Words, std::string(Word)) != Words.end();
  // CHECK-MESSAGES-CXX20: :[[@LINE-1]]:41: warning: temporary 'std::string' constructed only to be searched for by 'std::ranges::find'; pass the 'std::string_view' directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-CXX20: bool Found = std::ranges::find(Words, Word) != Words.end();
  Found |= std::ranges::find(Words.begin(), Words.end(), std::string(Raw)) != Words.end();
  // CHECK-MESSAGES-CXX20: :[[@LINE-1]]:58: warning: temporary 'std::string' constructed only to be searched for by 'std::ranges::find'; pass the character pointer directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-CXX20: Found |= std::ranges::find(Words.begin(), Words.end(), Raw) != Words.end();
  Found |= std::ranges::count(Views, std::string("guest")) > 0;
  // CHECK-MESSAGES-CXX20: :[[@LINE-1]]:38: warning: temporary 'std::string' constructed only to be searched for by 'std::ranges::count'; pass the string literal directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-CXX20: Found |= std::ranges::count(Views, "guest") > 0;
  return Found;
}
#endif

#if __cplusplus > 202002L
bool rangesContains(std::string_view Word) {
  return std::ranges::contains(Words, std::string(Word));
  // CHECK-MESSAGES-CXX23: :[[@LINE-1]]:39: warning: temporary 'std::string' constructed only to be searched for by 'std::ranges::contains'; pass the 'std::string_view' directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-CXX23: return std::ranges::contains(Words, Word);
}
#endif

//===-- 3. Comparisons ------------------------------------------------------===//

bool compareWithString(const std::string &Current, std::string_view Wanted) {
  return Current == std::string(Wanted);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:21: warning: temporary 'std::string' constructed only to be compared; pass the 'std::string_view' directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: return Current == Wanted;
}

bool compareReversed(const std::string &Current, const char *Wanted) {
  return std::string(Wanted) != Current;
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:10: warning: temporary 'std::string' constructed only to be compared; pass the character pointer directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: return Wanted != Current;
}

bool orderWithView(std::string_view Current, const char *Wanted) {
  return Current < std::string(Wanted);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:20: warning: temporary 'std::string' constructed only to be compared; pass the character pointer directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: return Current < Wanted;
}

// Against a literal the temporary must stay an object: comparing two
// pointers would compare addresses.
bool compareWithLiteral(const char *Mode) {
  return std::string(Mode) == "readonly";
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:10: warning: temporary 'std::string' constructed only to be compared; construct a 'std::string_view' instead [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: return std::string_view(Mode) == "readonly";
}

// Both operands temporaries: the left one becomes a view, the right one its source.
bool compareTwoTemporaries(const char *A, const char *B) {
  return std::string(A) == std::string(B);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:10: warning: temporary 'std::string' constructed only to be compared; construct a 'std::string_view' instead [allochunt-temporary-lookup-key]
  // CHECK-MESSAGES-ALL: :[[@LINE-2]]:28: warning: temporary 'std::string' constructed only to be compared; pass the character pointer directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: return std::string_view(A) == B;
}

bool compareConditional(const std::string &Current, bool Admin, const char *A, const char *B) {
  return Current == std::string(Admin ? A : B);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:21: warning: temporary 'std::string' constructed only to be compared; pass the character pointer directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: return Current == (Admin ? A : B);
}

#if __cplusplus > 201703L
bool threeWay(const std::string &Current, std::string_view Other) {
  return (Current <=> std::string(Other)) < 0;
  // CHECK-MESSAGES-CXX20: :[[@LINE-1]]:23: warning: temporary 'std::string' constructed only to be compared; pass the 'std::string_view' directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-CXX20: return (Current <=> Other) < 0;
}
#endif

int compareArguments(const std::string &Current, std::string_view View, const char *Raw) {
  int Result = Current.compare(std::string(View));
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:32: warning: temporary 'std::string' constructed only to be passed to 'compare'; pass the 'std::string_view' directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: int Result = Current.compare(View);
  Result += Current.compare(0, 3, std::string(Raw));
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:35: warning: temporary 'std::string' constructed only to be passed to 'compare'; pass the character pointer directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: Result += Current.compare(0, 3, Raw);
  Result += View.compare(std::string(Raw, 4));
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:26: warning: temporary 'std::string' constructed only to be passed to 'compare'; construct a 'std::string_view' instead [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: Result += View.compare(std::string_view(Raw, 4));
  return Result;
}

//===-- 4. Named locals that exist only to be a key -------------------------===//

bool namedKey(std::string_view Path) {
  std::string Key(Path);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:15: warning: 'Key' is a 'std::string' constructed only to look up a key in 'std::map<std::string, int, std::less<>>'; declare it as 'std::string_view' [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: std::string_view Key(Path);
  return Scores.find(Key) != Scores.end();
}

bool namedKeyReadTwice(const char *Name, const std::string &Current) {
  const std::string Wanted = Name;
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:21: warning: 'Wanted' is a 'std::string' constructed only to be looked up or compared; declare it as 'std::string_view' [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: const std::string_view Wanted = Name;
  return Names.count(Wanted) > 0 || Current == Wanted;
}

bool namedKeyFromLiteral() {
  std::string Section = "configuration.section";
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:15: warning: 'Section' is a 'std::string' constructed only to look up a key in 'std::map<std::string, int, std::less<>>'; declare it as 'std::string_view' [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: std::string_view Section = "configuration.section";
  return Scores.count(Section) > 0;
}

bool namedKeyFromPointerAndLength(const char *Data, std::size_t Size) {
  std::string Key{Data, Size};
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:15: warning: 'Key' is a 'std::string' constructed only to be searched for by 'std::find'; declare it as 'std::string_view' [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: std::string_view Key{Data, Size};
  return std::find(Words.begin(), Words.end(), Key) != Words.end();
}

// The characters could change or die while a view still points at them: the
// warning stays, the type does not change.
const char *currentUser();
bool namedKeyFromCall() {
  std::string User(currentUser());
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:15: warning: 'User' is a 'std::string' constructed only to look up a key in 'std::map<std::string, int, std::less<>>'; declare it as 'std::string_view' [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: std::string User(currentUser());
  return Scores.count(User) > 0;
}

bool namedKeyFromModifiedView(std::string_view Path) {
  std::string Key(Path);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:15: warning: 'Key' is a 'std::string' constructed only to look up a key in 'std::map<std::string, int, std::less<>>'; declare it as 'std::string_view' [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: std::string Key(Path);
  Path.remove_prefix(1);
  return Scores.count(Key) > 0 && !Path.empty();
}

bool namedKeyWithAuto(std::string_view Path) {
  auto Key = std::string(Path);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:8: warning: 'Key' is a 'std::string' constructed only to look up a key in 'std::map<std::string, int, std::less<>>'; declare it as 'std::string_view' [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: auto Key = std::string(Path);
  return Scores.count(Key) > 0;
}

// `std::string_view Key = std::string(Path);` would dangle.
bool namedKeyCopyInitialisedFromTemporary(std::string_view Path) {
  std::string Key = std::string(Path);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:15: warning: 'Key' is a 'std::string' constructed only to look up a key in 'std::map<std::string, int, std::less<>>'; declare it as 'std::string_view' [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: std::string Key = std::string(Path);
  return Scores.count(Key) > 0;
}

// Changing the type would change the other declarator too.
bool namedKeySharingADeclaration(std::string_view Path) {
  std::string Key(Path), Other(Path);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:15: warning: 'Key' is a 'std::string' constructed only to look up a key in 'std::map<std::string, int, std::less<>>'; declare it as 'std::string_view' [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: std::string Key(Path), Other(Path);
  return Scores.count(Key) > 0 && Other.empty();
}

bool namedKeyNotTransparent(std::string_view Path) {
  std::string Key(Path);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:15: warning: 'Key' is a 'std::string' constructed only to look up a key in 'std::map<std::string, int>'; declare the container with a transparent comparator such as 'std::less<>' [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: std::string Key(Path);
  return Routes.count(Key) > 0;
}

//===-- 5. Aliases, typedefs and other character types -----------------------===//

using Text = std::string;
typedef std::map<Text, int, std::less<>> TextMap;
TextMap Aliased;

bool aliasedTypes(std::string_view Name, const char *Data, std::size_t Size) {
  bool Found = Aliased.count(Text(Name)) > 0;
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:30: warning: temporary 'std::string' constructed only to look up a key in 'TextMap'; pass the 'std::string_view' directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: bool Found = Aliased.count(Name) > 0;
  Found |= Aliased.count(Text(Data, Size)) > 0;
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:26: warning: temporary 'std::string' constructed only to look up a key in 'TextMap'; construct a 'std::string_view' instead [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: Found |= Aliased.count(std::string_view(Data, Size)) > 0;
  return Found;
}

std::map<std::wstring, int, std::less<>> WideNames;
std::map<std::pmr::string, int, std::less<>> PoolNames;

bool otherCharacterTypes(const wchar_t *Wide, std::size_t Size, std::string_view Name) {
  bool Found = WideNames.count(std::wstring(Wide, Size)) > 0;
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:32: warning: temporary 'std::wstring' constructed only to look up a key in 'std::map<std::wstring, int, std::less<>>'; construct a 'std::wstring_view' instead [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: bool Found = WideNames.count(std::wstring_view(Wide, Size)) > 0;
  Found |= PoolNames.count(std::pmr::string(Name)) > 0;
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:28: warning: temporary 'std::pmr::string' constructed only to look up a key in 'std::map<std::pmr::string, int, std::less<>>'; pass the 'std::string_view' directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: Found |= PoolNames.count(Name) > 0;
  return Found;
}

// Custom character traits have no std:: view alias: a warning, no fix-it.
struct CaseTraits : std::char_traits<char> {};
using CaseString = std::basic_string<char, CaseTraits>;
std::set<CaseString, std::less<>> Headers;
bool customTraits(const char *Name) {
  return Headers.count(CaseString(Name)) > 0;
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:24: warning: temporary 'std::basic_string<char, CaseTraits>' constructed only to look up a key in 'std::set<CaseString, std::less<>>'; pass a string view instead [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: return Headers.count(CaseString(Name)) > 0;
}

//===-- 6. Templates: one diagnostic per source location -----------------------===//

// The container type depends on the template argument: diagnosed once, from
// an instantiation, without a fix-it (one text serves every instantiation).
template <typename Container>
bool dependentContainer(const Container &C, std::string_view Key) {
  return C.count(std::string(Key)) > 0;
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:18: warning: temporary 'std::string' constructed only to look up a key in 'std::map<{{.*}}>'; pass the 'std::string_view' directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: return C.count(std::string(Key)) > 0;
}

// The string type depends on the template argument: no fix-it either.
template <typename String>
bool dependentString(std::string_view Key) {
  return Scores.count(String(Key)) > 0;
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:23: warning: temporary 'std::string' constructed only to look up a key in 'std::map<std::string, int, std::less<>>'; pass the 'std::string_view' directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: return Scores.count(String(Key)) > 0;
}

// Nothing depends on the template argument: the template's own text is
// fixed, once.
template <typename Unused>
bool nonDependent(std::string_view Key) {
  std::string Copy(Key);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:15: warning: 'Copy' is a 'std::string' constructed only to look up a key in 'std::map<std::string, int, std::less<>>'; declare it as 'std::string_view' [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: std::string_view Copy(Key);
  return Scores.count(Copy) > 0 || Names.count(std::string(Key)) > 0;
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:48: warning: temporary 'std::string' constructed only to look up a key in 'std::set<std::string, std::less<>>'; pass the 'std::string_view' directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: return Scores.count(Copy) > 0 || Names.count(Key) > 0;
}

// A member defined outside its class template: instantiated before the
// definition is seen, still diagnosed once.
template <typename Value> struct Index {
  std::map<std::string, Value, std::less<>> Entries;
  bool has(std::string_view Key) const;
};
template <typename Value> bool Index<Value>::has(std::string_view Key) const {
  return Entries.count(std::string(Key)) > 0;
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:24: warning: temporary 'std::string' constructed only to look up a key in 'std::map<std::string, int, std::less<>>'; pass the 'std::string_view' directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: return Entries.count(std::string(Key)) > 0;
}

bool instantiateTemplates(std::string_view Key) {
  return dependentContainer(Scores, Key) || dependentContainer(Names, Key) ||
         dependentString<std::string>(Key) || nonDependent<int>(Key) ||
         nonDependent<long>(Key) || Index<int>().has(Key) || Index<long>().has(Key);
}

// A template that is never instantiated has nothing resolved to look at.
template <typename Container>
bool neverInstantiated(const Container &C, std::string_view Key) {
  return C.find(std::string(Key)) != C.end();
}

//===-- 7. Macros: a warning, never a fix-it -----------------------------------===//

#define FIND_IN(Map, Key) (Map).find(std::string(Key))
#define AS_STRING(X) std::string(X)
#define PASS(E) E

bool viaMacros(std::string_view Key) {
  bool Found = FIND_IN(Scores, Key) != Scores.end();
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:16: warning: temporary 'std::string' constructed only to look up a key in 'std::map<std::string, int, std::less<>>'; pass the 'std::string_view' directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: bool Found = FIND_IN(Scores, Key) != Scores.end();
  Found |= Names.count(AS_STRING(Key)) > 0;
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:24: warning: temporary 'std::string' constructed only to look up a key in 'std::set<std::string, std::less<>>'; pass the 'std::string_view' directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: Found |= Names.count(AS_STRING(Key)) > 0;
  Found |= PASS(Names.count(std::string(Key))) > 0;
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:29: warning: temporary 'std::string' constructed only to look up a key in 'std::set<std::string, std::less<>>'; pass the 'std::string_view' directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: Found |= PASS(Names.count(std::string(Key))) > 0;
  return Found;
}

//===-- 8. Headers -----------------------------------------------------------===//

// The header's own lookup is reported only with -header-filter (HEADER_ONLY below).
catalog::Stock Inventory;
bool inStock(std::string_view Item) {
  return Inventory.count(std::string(Item)) > 0 && catalog::listed(Item);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:26: warning: temporary 'std::string' constructed only to look up a key in 'catalog::Stock'; pass the 'std::string_view' directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-ALL: return Inventory.count(Item) > 0 && catalog::listed(Item);
}

//===-- NOLINT -----------------------------------------------------------------===//

bool suppressed(std::string_view Key) {
  return Scores.count(std::string(Key)) > 0; // NOLINT(allochunt-temporary-lookup-key)
}

//===-- Not flagged ----------------------------------------------------------===//

// A literal short enough for the small-string buffer does not allocate.
bool shortImplicitLiteral() { return Routes.count("/health") > 0; }

// A copy of another owning string is a different problem (and fix).
bool copyOfString(const std::string &Key) {
  return Scores.count(std::string(Key)) > 0 || Scores.count(std::string(Key.c_str())) > 0;
}

// Members that need an owning key, or are not lookups.
void needsOwningKey(std::string_view Key, const char *Raw) {
  Scores[std::string(Key)] = 1;
  Scores.insert({std::string(Key), 2});
  Scores.emplace(std::string(Raw), 3);
  Scores.erase(std::string(Key));
  (void)Scores.at(std::string(Raw));
}

// Constructors that are not a plain copy of the characters.
bool otherConstructors(std::string_view Key, std::size_t Count) {
  return Scores.count(std::string(Count, '-')) > 0 || Scores.count(std::string(Key, 1, 3)) > 0;
}

// A transparent comparator that takes no view: the container author's choice.
struct OwningLess {
  using is_transparent = void;
  bool operator()(const std::string &A, const std::string &B) const { return A < B; }
};
std::set<std::string, OwningLess> Owned;
bool transparentWithoutView(std::string_view Key) { return Owned.count(std::string(Key)) > 0; }

// Keys that are views already.
std::map<std::string_view, int> ByView;
bool viewKeys(const char *Key) { return ByView.count(std::string(Key)) > 0; }

// Searching a range of pointers compares addresses, not characters.
std::vector<const char *> Pointers;
bool pointerElements(const char *Key) {
  return std::find(Pointers.begin(), Pointers.end(), std::string(Key)) != Pointers.end();
}

#if __cplusplus > 201703L
// A projection decides what is compared.
struct Account { std::string Name; };
std::vector<Account> Accounts;
bool withProjection(std::string_view Name) {
  return std::ranges::find(Accounts, std::string(Name), &Account::Name) != Accounts.end();
}
#endif

// A comparison operator that is not the standard one.
struct Version { std::string Text; };
bool operator==(const Version &V, const std::string &S) { return V.Text == S; }
bool customOperator(const Version &V, std::string_view Text) { return V == std::string(Text); }

// The temporary is an operand of something else first.
bool concatenated(const std::string &Current, std::string_view Prefix) {
  return Current == std::string(Prefix) + "/";
}

// Named locals used in any other way than being read as a key.
void record(const std::string &Entry);
bool usedAgain(std::string_view Path) {
  std::string Key(Path);
  bool Found = Scores.count(Key) > 0;
  record(Key);
  return Found;
}
bool stored(std::string_view Path) {
  std::string Key(Path);
  Names.insert(Key);
  return Scores.count(Key) > 0;
}
std::string moved(std::string_view Path) {
  std::string Key(Path);
  if (Scores.count(Key) > 0)
    return std::move(Key);
  return {};
}
bool modified(std::string_view Path) {
  std::string Key(Path);
  Key += "/index";
  return Scores.count(Key) > 0;
}
bool capturedByLambda(std::string_view Path) {
  std::string Key(Path);
  auto Has = [&] { return Scores.count(Key) > 0; };
  return Has();
}
bool shortLocalLiteral() {
  std::string Key = "id";
  return Scores.count(Key) > 0;
}
bool staticLocal(std::string_view Path) {
  static std::string Key(Path);
  return Scores.count(Key) > 0;
}
bool parameter(std::string Key) { return Scores.count(Key) > 0; }
bool fromOwningString(const std::string &Path) {
  std::string Key(Path);
  return Scores.count(Key) > 0;
}

#endif // !OPTIONS && !MOCK_STD && !HEADER_ONLY

//===-- A header's findings ----------------------------------------------------===//
#ifdef HEADER_ONLY
#include "temporary-lookup-key.h"
// CHECK-MESSAGES-HEADER: temporary-lookup-key.h:17:25: warning: temporary 'std::string' constructed only to look up a key in 'std::map<std::string, int>'; declare the container with a transparent comparator such as 'std::less<>' [allochunt-temporary-lookup-key]
bool listedTwice() { return catalog::listed("a") && catalog::listed("b"); }
#endif // HEADER_ONLY

//===-- Options ----------------------------------------------------------------===//
#ifdef OPTIONS

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// SmallStringCapacity: 0 flags every implicit conversion of a literal, and
// a named local initialised from one.
std::map<std::string, int, std::less<>> Scores;
std::map<std::string, int> Health;
// CHECK-FIXES-OPT: std::map<std::string, int, std::less<>> Health;
bool shortLiteral() { return Health.count("/ok") > 0; }
// CHECK-NOTES-OPT: :[[@LINE-1]]:43: warning: temporary 'std::string' constructed implicitly only to look up a key in 'std::map<std::string, int>'; declare the container with a transparent comparator such as 'std::less<>' [allochunt-temporary-lookup-key]
// CHECK-NOTES-OPT: :[[@LINE-4]]:28: note: declare 'Health' with 'std::less<>' as its comparator to look up keys without building a 'std::string'
// CHECK-FIXES-OPT: bool shortLiteral() { return Health.count("/ok") > 0; }
bool shortLocal() {
  std::string Key = "id";
  // CHECK-NOTES-OPT: :[[@LINE-1]]:15: warning: 'Key' is a 'std::string' constructed only to look up a key in 'std::map<std::string, int, std::less<>>'; declare it as 'std::string_view' [allochunt-temporary-lookup-key]
  // CHECK-FIXES-OPT: std::string_view Key = "id";
  return Scores.count(Key) > 0;
}

// FixContainerDeclarations: a declaration in this file that spells the
// default comparator gets std::less<>, once, and the lookups are fixed with it.
std::map<std::string, std::vector<int>> Routes;
// CHECK-FIXES-OPT: std::map<std::string, std::vector<int>, std::less<>> Routes;
bool route(std::string_view Path) {
  return Routes.count(std::string(Path)) > 0;
  // CHECK-NOTES-OPT: :[[@LINE-1]]:23: warning: temporary 'std::string' constructed only to look up a key in 'std::map<std::string, std::vector<int>>'; declare the container with a transparent comparator such as 'std::less<>' [allochunt-temporary-lookup-key]
  // CHECK-NOTES-OPT: :[[@LINE-5]]:41: note: declare 'Routes' with 'std::less<>' as its comparator to look up keys without building a 'std::string'
  // CHECK-FIXES-OPT: return Routes.count(Path) > 0;
}
bool routeAgain(const char *Path) {
  return Routes.find(std::string(Path)) != Routes.end() || Routes.count(Path) > 0;
  // CHECK-NOTES-OPT: :[[@LINE-1]]:22: warning: temporary 'std::string' constructed only to look up a key in 'std::map<std::string, std::vector<int>>'; declare the container with a transparent comparator such as 'std::less<>' [allochunt-temporary-lookup-key]
  // CHECK-NOTES-OPT: :[[@LINE-11]]:41: note: declare 'Routes' with 'std::less<>' as its comparator to look up keys without building a 'std::string'
  // CHECK-NOTES-OPT: :[[@LINE-3]]:73: warning: temporary 'std::string' constructed implicitly only to look up a key in 'std::map<std::string, std::vector<int>>'; declare the container with a transparent comparator such as 'std::less<>' [allochunt-temporary-lookup-key]
  // CHECK-NOTES-OPT: :[[@LINE-13]]:41: note: declare 'Routes' with 'std::less<>' as its comparator to look up keys without building a 'std::string'
  // CHECK-FIXES-OPT: return Routes.find(Path) != Routes.end() || Routes.count(Path) > 0;
}

// An explicit std::less<Key> is replaced; a field and a local are fixed too.
std::set<std::string, std::less<std::string>> Allowed;
// CHECK-FIXES-OPT: std::set<std::string, std::less<>> Allowed;
struct Router {
  std::map<std::string, int> Table;
  // CHECK-FIXES-OPT: std::map<std::string, int, std::less<>> Table;
  bool has(std::string_view Path) const {
    bool Local = Table.count(std::string(Path)) > 0;
    // CHECK-NOTES-OPT: :[[@LINE-1]]:30: warning: temporary 'std::string' constructed only to look up a key in 'std::map<std::string, int>'; declare the container with a transparent comparator such as 'std::less<>' [allochunt-temporary-lookup-key]
    // CHECK-NOTES-OPT: :[[@LINE-5]]:30: note: declare 'Table' with 'std::less<>' as its comparator to look up keys without building a 'std::string'
    // CHECK-FIXES-OPT: bool Local = Table.count(Path) > 0;
    return Local && Allowed.count(std::string(Path)) > 0;
    // CHECK-NOTES-OPT: :[[@LINE-1]]:35: warning: temporary 'std::string' constructed only to look up a key in 'std::set<std::string, std::less<std::string>>'; declare the container with a transparent comparator such as 'std::less<>' [allochunt-temporary-lookup-key]
    // CHECK-NOTES-OPT: :[[@LINE-12]]:47: note: declare 'Allowed' with 'std::less<>' as its comparator to look up keys without building a 'std::string'
    // CHECK-FIXES-OPT: return Local && Allowed.count(Path) > 0;
  }
};
bool localMap(std::string_view Path) {
  std::map<std::string, int> Seen{{"/", 1}};
  // CHECK-FIXES-OPT: std::map<std::string, int, std::less<>> Seen{{[{]}}{"/", 1}};
  return Seen.count(std::string(Path)) > 0;
  // CHECK-NOTES-OPT: :[[@LINE-1]]:21: warning: temporary 'std::string' constructed only to look up a key in 'std::map<std::string, int>'; declare the container with a transparent comparator such as 'std::less<>' [allochunt-temporary-lookup-key]
  // CHECK-NOTES-OPT: :[[@LINE-4]]:30: note: declare 'Seen' with 'std::less<>' as its comparator to look up keys without building a 'std::string'
  // CHECK-FIXES-OPT: return Seen.count(Path) > 0;
}

// Declarations that stay as they are: the container is passed on whole, or
// spelled through an alias.
std::map<std::string, int> Shared;
// CHECK-FIXES-OPT: std::map<std::string, int> Shared;
int total(const std::map<std::string, int> &Map);
bool passedOn(std::string_view Key) {
  return Shared.count(std::string(Key)) > 0 && total(Shared) > 0;
  // CHECK-NOTES-OPT: :[[@LINE-1]]:23: warning: temporary 'std::string' constructed only to look up a key in 'std::map<std::string, int>'; declare the container with a transparent comparator such as 'std::less<>' [allochunt-temporary-lookup-key]
  // CHECK-NOTES-OPT: :[[@LINE-6]]:28: note: declare 'Shared' with 'std::less<>' as its comparator to look up keys without building a 'std::string'
  // CHECK-FIXES-OPT: return Shared.count(std::string(Key)) > 0 && total(Shared) > 0;
}
using RouteTable = std::map<std::string, int>;
RouteTable Aliased;
// CHECK-FIXES-OPT: RouteTable Aliased;
bool aliased(std::string_view Key) {
  return Aliased.count(std::string(Key)) > 0;
  // CHECK-NOTES-OPT: :[[@LINE-1]]:24: warning: temporary 'std::string' constructed only to look up a key in 'RouteTable'; declare the container with a transparent comparator such as 'std::less<>' [allochunt-temporary-lookup-key]
  // CHECK-NOTES-OPT: :[[@LINE-5]]:12: note: declare 'Aliased' with 'std::less<>' as its comparator to look up keys without building a 'std::string'
  // CHECK-FIXES-OPT: return Aliased.count(std::string(Key)) > 0;
}

// StringTypes: a project's own string class is recognised too (no fix-it:
// the check cannot know its view type).
namespace lib {
struct String {
  explicit String(std::string_view);
  friend bool operator<(const String &, const String &);
  friend bool operator<(const String &, std::string_view);
  friend bool operator<(std::string_view, const String &);
};
} // namespace lib
std::set<lib::String, std::less<>> Symbols;
bool customString(std::string_view Name) {
  return Symbols.count(lib::String(Name)) > 0;
  // CHECK-NOTES-OPT: :[[@LINE-1]]:24: warning: temporary 'lib::String' constructed only to look up a key in 'std::set<lib::String, std::less<>>'; pass a string view instead [allochunt-temporary-lookup-key]
  // CHECK-FIXES-OPT: return Symbols.count(lib::String(Name)) > 0;
}

#endif // OPTIONS

//===-- A library without heterogeneous members --------------------------------===//
#ifdef MOCK_STD

// The shape of an older library: lookups take only key_type, even with a
// transparent comparator. Nothing a user writes can avoid the key.
namespace std {
using size_t = decltype(sizeof(0));
template <typename C> struct char_traits {};
template <typename T> struct allocator {};
template <typename C, typename T = char_traits<C>> struct basic_string_view {
  basic_string_view(const C *);
};
using string_view = basic_string_view<char>;
template <typename C, typename T = char_traits<C>, typename A = allocator<C>>
struct basic_string {
  basic_string(const C *);
  explicit basic_string(basic_string_view<C, T>);
};
using string = basic_string<char>;
template <typename T = void> struct less {};
template <> struct less<void> { using is_transparent = void; };
template <typename K, typename V, typename C = less<K>> struct map {
  size_t count(const K &) const;
};
// A set that does declare the member template: that one is used.
template <typename K, typename C = less<K>> struct set {
  size_t count(const K &) const;
  template <typename L> size_t count(const L &) const;
};
} // namespace std

std::map<std::string, int, std::less<>> Scores;
bool oldLibrary(std::string_view Key, const char *Raw) {
  return Scores.count(std::string(Key)) > 0 || Scores.count(Raw) > 0;
}

std::set<std::string, std::less<>> Names;
bool newerMember(std::string_view Key) {
  return Names.count(std::string(Key)) > 0;
  // CHECK-MESSAGES-MOCK: :[[@LINE-1]]:22: warning: temporary 'std::string' constructed only to look up a key in 'std::set<std::string, std::less<>>'; pass the 'std::string_view' directly [allochunt-temporary-lookup-key]
  // CHECK-FIXES-MOCK: return Names.count(Key) > 0;
}

#endif // MOCK_STD
