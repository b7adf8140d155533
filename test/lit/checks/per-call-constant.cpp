// RUN: %check_allochunt %s allochunt-per-call-constant %t
// RUN: %check_allochunt -check-suffix=TYPES %s allochunt-per-call-constant %t -- \
// RUN:   -config="{CheckOptions: {allochunt-per-call-constant.Types: '::std::vector;::lib::Registry', SmallStringCapacity: 22}}" \
// RUN:   -- -DOTHER_RUN -DTYPES_RUN
// RUN: %check_allochunt -check-suffix=MOCK %s allochunt-per-call-constant %t -- -- -DOTHER_RUN -DMOCK_RUN -nostdinc++
// RUN: %check_allochunt -check-suffix=CXX11 -std=c++11,c++14 %s allochunt-per-call-constant %t -- -- -DOTHER_RUN -DCXX11_RUN
// RUN: %check_allochunt -check-suffix=CXX20 -std=c++20-or-later %s allochunt-per-call-constant %t -- -- -DOTHER_RUN -DCXX20_RUN
// RUN: %check_allochunt -check-suffix=CXX23 -std=c++23 %s allochunt-per-call-constant %t -- -- -DOTHER_RUN -DCXX23_RUN
// RUN: %check_allochunt -check-suffix=NOTES %s allochunt-per-call-constant %t -- -- -DOTHER_RUN -DNOTES_RUN
// RUN: %check_allochunt -check-suffix=HEADER %s allochunt-per-call-constant %t -- \
// RUN:   -header-filter='per-call-constant' -- -I%S/Inputs -DOTHER_RUN -DHEADER_RUN
// RUN: %allochunt_tidy %s --checks='-*,allochunt-per-call-constant' \
// RUN:   -config="{CheckOptions: {allochunt-per-call-constant.Types: 'std::vector<int>;::std::map', allochunt-per-call-constant.SmallStringCapacity: big}}" \
// RUN:   -- -std=c++17 -DOTHER_RUN 2>&1 | FileCheck %s --check-prefix=BAD-OPTION
// BAD-OPTION-DAG: warning: invalid configuration value 'big' for option 'allochunt-per-call-constant.SmallStringCapacity'; expected an integer [clang-tidy-config]
// BAD-OPTION-DAG: warning: invalid entry 'std::vector<int>' in option 'allochunt-per-call-constant.Types': expected a qualified class or class template name such as '::std::vector' [clang-tidy-config]

#ifndef MOCK_RUN
#include <algorithm>
#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <list>
#include <locale>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>
#if __cplusplus >= 201402L
using namespace std::string_literals;
#endif
#endif

#ifndef OTHER_RUN
//===----------------------------------------------------------------------===//
// Positive cases (the standard library's own headers).
//===----------------------------------------------------------------------===//

bool isBlocked(const std::string &host) {
  std::vector<std::string> blocked_hosts = {"ads.tracker.example.com", "telemetry.example.net", "x.io"};
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'blocked_hosts' is rebuilt on every call (its buffer and 2 'std::string' elements allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES: {{^}}  static const std::vector<std::string> blocked_hosts = {"ads.tracker.example.com", "telemetry.example.net", "x.io"};{{$}}
  for (const auto &blocked : blocked_hosts)
    if (host == blocked)
      return true;
  return false;
}

bool isWellKnownPort(int port) {
  const std::vector<int> kPorts{80, 443, 8080};
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'kPorts' is rebuilt on every call (its buffer allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES: {{^}}  static const std::vector<int> kPorts{80, 443, 8080};{{$}}
  return std::find(kPorts.begin(), kPorts.end(), port) != kPorts.end();
}

int statusCode(const std::string &name) {
  std::map<std::string, int> codes{{"ok", 200}, {"not found", 404}, {"internal server error", 500}};
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'codes' is rebuilt on every call (3 nodes and 1 string allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES: {{^}}  static const std::map<std::string, int> codes
  auto it = codes.find(name);
  if (it == codes.end())
    return -1;
  return it->second;
}

bool looksLikeEmail(const std::string &text) {
  std::regex email(R"([\w.+-]+@[\w-]+\.[\w.]+)", std::regex::icase | std::regex::ECMAScript);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'email' is rebuilt on every call (the pattern compiled each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES: {{^}}  static const std::regex email(R"([\w.+-]+@[\w-]+\.[\w.]+)", std::regex::icase | std::regex::ECMAScript);{{$}}
  return std::regex_search(text, email);
}

std::size_t bannerWidth() {
  std::string banner = "AllocHunt request router, version 1";
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'banner' is rebuilt on every call (a 35-character string allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES: {{^}}  static const std::string banner = "AllocHunt request router, version 1";{{$}}
  std::string usage = "usage: router [--port N] [--threads N] [--log-level LEVEL] [--config FILE] [-v].";
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'usage' is rebuilt on every call (an 80-character string allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES: {{^}}  static const std::string usage = "usage: router [--port N] [--threads N] [--log-level LEVEL] [--config FILE] [-v].";{{$}}
  return banner.size() + usage.size();
}

int sumOfWeights(const std::vector<int> &items) {
  int total = 0;
  for (int item : items) {
    std::vector<int> weights{1, 2, 4, 8};
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'weights' is rebuilt on every iteration (its buffer allocated each time); make it 'static const' [allochunt-per-call-constant]
    // CHECK-FIXES: {{^}}    static const std::vector<int> weights{1, 2, 4, 8};{{$}}
    total += weights[static_cast<std::size_t>(item) % weights.size()];
  }
  return total;
}

auto makeMatcher() {
  return [](const std::string &word) {
    std::set<std::string> stop_words{"a", "an", "the"};
    // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'stop_words' is rebuilt on every call (3 nodes allocated each time); make it 'static const' [allochunt-per-call-constant]
    // CHECK-FIXES: {{^}}    static const std::set<std::string> stop_words{"a", "an", "the"};{{$}}
    return stop_words.count(word) != 0;
  };
}

class Router {
public:
  bool isSafeMethod(const std::string &method) const {
    std::unordered_set<std::string> safe{"GET", "HEAD", "OPTIONS"};
    // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: 'safe' is rebuilt on every call (3 nodes and a bucket array allocated each time); make it 'static const' [allochunt-per-call-constant]
    // CHECK-FIXES: {{^}}    static const std::unordered_set<std::string> safe{"GET", "HEAD", "OPTIONS"};{{$}}
    return safe.find(method) != safe.end();
  }
  int priority(int level) {
    std::deque<int> ladder{10, 20, 30};
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'ladder' is rebuilt on every call (its blocks allocated each time); make it 'static const' [allochunt-per-call-constant]
    // CHECK-FIXES: {{^}}    static const std::deque<int> ladder{10, 20, 30};{{$}}
    return ladder.at(static_cast<std::size_t>(level));
  }
};

template <typename T> std::size_t describe(const T &) {
  std::list<std::string> labels{"first label of the list", "second"};
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'labels' is rebuilt on every call (2 nodes and 1 string allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES: {{^}}  static const std::list<std::string> labels{"first label of the list", "second"};{{$}}
  return labels.size();
}
std::size_t describeBoth() { return describe(1) + describe(2.0); }

template <typename T> struct Table {
  std::size_t width() const {
    std::vector<std::string> headers{"identifier of the row", "value"};
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'headers' is rebuilt on every call (its buffer and 1 'std::string' element allocated each time); make it 'static const' [allochunt-per-call-constant]
    // CHECK-FIXES: {{^}}    static const std::vector<std::string> headers{"identifier of the row", "value"};{{$}}
    return headers.size() + sizeof(T);
  }
};
std::size_t tableWidths() { return Table<int>().width() + Table<char>().width(); }

std::size_t genericLambda() {
  auto count = [](auto value) {
    std::vector<int> limits{10, 100};
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'limits' is rebuilt on every call (its buffer allocated each time); make it 'static const' [allochunt-per-call-constant]
    // CHECK-FIXES: {{^}}    static const std::vector<int> limits{10, 100};{{$}}
    return limits[0] + sizeof(value);
  };
  return count(1) + count(2.5);
}

std::size_t countTitles() {
  std::array<std::string, 3> titles{"Mr", "Ms", "Distinguished Professor"};
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'titles' is rebuilt on every call (1 'std::string' element allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES: {{^}}  static const std::array<std::string, 3> titles{"Mr", "Ms", "Distinguished Professor"};{{$}}
  std::size_t n = 0;
  for (const auto &title : titles)
    n += title.size();
  return n;
}

using HostList = std::vector<std::string>;
typedef std::map<int, std::string> CodeNames;
std::size_t aliases() {
  HostList mirrors{"mirror-one.example.org", "mirror-two.example.org"};
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'mirrors' is rebuilt on every call (its buffer and 2 'std::string' elements allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES: {{^}}  static const HostList mirrors{"mirror-one.example.org", "mirror-two.example.org"};{{$}}
  CodeNames names{{1, "one"}, {2, "two"}};
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'names' is rebuilt on every call (2 nodes allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES: {{^}}  static const CodeNames names
  auto primes = std::vector<int>{2, 3, 5, 7};
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'primes' is rebuilt on every call (its buffer allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES: {{^}}  static const auto primes = std::vector<int>{2, 3, 5, 7};{{$}}
  return mirrors.size() + names.size() + primes.size();
}

std::size_t literalOperator() {
  std::string motto = "allocate once, reuse forever"s;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'motto' is rebuilt on every call (a 28-character string allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES: {{^}}  static const std::string motto = "allocate once, reuse forever"s;{{$}}
  return motto.size();
}

bool anyReserved(const std::vector<std::string> &words) {
  std::vector<std::string> reserved{"class", "struct"};
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'reserved' is rebuilt on every call (its buffer allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES: {{^}}  static const std::vector<std::string> reserved{"class", "struct"};{{$}}
  return std::any_of(words.begin(), words.end(), [&](const std::string &w) {
    return std::find(reserved.begin(), reserved.end(), w) != reserved.end();
  });
}

std::locale userLocale() {
  std::locale german("de_DE.UTF-8");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'german' is rebuilt on every call (the named locale looked up and built each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES: {{^}}  static const std::locale german("de_DE.UTF-8");{{$}}
  return std::locale(german, std::locale::classic(), std::locale::numeric);
}

bool isAlpha(const std::string &s) {
  return std::regex_match(s, std::regex("^[a-z]+$"));
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: temporary 'std::regex' is compiled on every call; make it a 'static const' variable [allochunt-per-call-constant]
  // CHECK-FIXES: {{^}}  static const std::regex re("^[a-z]+$");{{$}}
  // CHECK-FIXES-NEXT: {{^}}  return std::regex_match(s, re);{{$}}
}

bool twoPatterns(const std::string &s, int re) {
  if (re > 0 && std::regex_search(s, std::regex("[0-9]+")))
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: temporary 'std::regex' is compiled on every call; make it a 'static const' variable [allochunt-per-call-constant]
  // CHECK-FIXES: {{^}}  static const std::regex re2("[0-9]+");{{$}}
  // CHECK-FIXES-NEXT: {{^}}  static const std::regex re3{"[0-9]{3}", std::regex::nosubs};{{$}}
  // CHECK-FIXES-NEXT: {{^}}  if (re > 0 && std::regex_search(s, re2)){{$}}
    return std::regex_match(s, std::regex{"[0-9]{3}", std::regex::nosubs});
    // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: temporary 'std::regex' is compiled on every call; make it a 'static const' variable [allochunt-per-call-constant]
    // CHECK-FIXES: {{^}}    return std::regex_match(s, re3);{{$}}
  return false;
}

int countMatches(const std::vector<std::string> &lines) {
  int n = 0;
  for (const auto &line : lines) {
    if (std::regex_search(line, std::regex("ERROR|FATAL")))
    // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: temporary 'std::regex' is compiled on every iteration; make it a 'static const' variable [allochunt-per-call-constant]
    // CHECK-FIXES: {{^}}    static const std::regex re("ERROR|FATAL");{{$}}
    // CHECK-FIXES-NEXT: {{^}}    if (std::regex_search(line, re)){{$}}
      ++n;
  }
  return n;
}

#define ID_PATTERN "[A-Z]{2}[0-9]{6}"
bool isId(const std::string &s) {
  return std::regex_match(s, std::regex(ID_PATTERN));
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: temporary 'std::regex' is compiled on every call; make it a 'static const' variable [allochunt-per-call-constant]
  // CHECK-FIXES: {{^}}  static const std::regex re(ID_PATTERN);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  return std::regex_match(s, re);{{$}}
}

auto makeValidator() {
  return [](const std::string &s) {
    return std::regex_match(s, std::regex("[a-f0-9]{40}"));
    // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: temporary 'std::regex' is compiled on every call; make it a 'static const' variable [allochunt-per-call-constant]
    // CHECK-FIXES: {{^}}    static const std::regex re("[a-f0-9]{40}");{{$}}
    // CHECK-FIXES-NEXT: {{^}}    return std::regex_match(s, re);{{$}}
  };
}

#define DECLARE_TABLE(name) std::vector<int> name{1, 2, 3}
std::size_t macroTable() {
  DECLARE_TABLE(table);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'table' is rebuilt on every call (its buffer allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES: {{^}}  DECLARE_TABLE(table);{{$}}
  return table.size();
}

int main(int argc, char **argv) {
  std::vector<std::string> once{"parsed once, main runs once"};
  int n = static_cast<int>(once.size());
  for (int i = 0; i < argc; ++i) {
    std::vector<int> per_argument{1, 2};
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'per_argument' is rebuilt on every iteration (its buffer allocated each time); make it 'static const' [allochunt-per-call-constant]
    // CHECK-FIXES: {{^}}    static const std::vector<int> per_argument{1, 2};{{$}}
    n += per_argument[0] + (argv[i] != nullptr);
  }
  return n;
}

int gtestCounter = 0;

// A GoogleTest test body runs once per run of the tests, like main; a method
// named TestBody of any other class is an ordinary function.
namespace testing {
class Test {
public:
  virtual ~Test();
  virtual void TestBody() = 0;
};
} // namespace testing
class Parser_SplitsWords_Test : public ::testing::Test {
  void TestBody() override;
};
void Parser_SplitsWords_Test::TestBody() {
  std::vector<std::string> expected{"once per test, not per call"};
  for (int i = 0; i < 3; ++i) {
    std::vector<int> per_round{1, 2};
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'per_round' is rebuilt on every iteration (its buffer allocated each time); make it 'static const' [allochunt-per-call-constant]
    // CHECK-FIXES: {{^}}    static const std::vector<int> per_round{1, 2};{{$}}
    gtestCounter += per_round[0] + static_cast<int>(expected.size());
  }
}
struct NotATest {
  int TestBody();
};
int NotATest::TestBody() {
  std::vector<int> table{1, 2, 3};
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'table' is rebuilt on every call (its buffer allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES: {{^}}  static const std::vector<int> table{1, 2, 3};{{$}}
  return table[0];
}

//===----------------------------------------------------------------------===//
// Negative cases.
//===----------------------------------------------------------------------===//

int globalCounter = 0;
int nextValue();
void consume(std::vector<int> &);
void sink(std::vector<int> &&);

// Modified (also through references, iterators and lambdas), moved, returned,
// address taken or kept in a lambda that outlives the statement: each call
// needs its own object.
std::size_t pushed(int x) { std::vector<int> v{1, 2}; v.push_back(x); return v.size(); }
int mapSubscript(int k) { std::map<int, int> m{{1, 2}}; return m[k]; }
void sortedCopy(std::vector<int> &out) { std::vector<int> v{3, 1, 2}; std::sort(v.begin(), v.end()); out = v; }
void movedAway() { std::vector<int> v{1, 2}; sink(std::move(v)); }
std::vector<int> returnedValue() { std::vector<int> v{1, 2}; return v; }
bool sameObject(const std::vector<int> *last) { std::vector<int> v{1}; return &v == last; }
void passedMutable() { std::vector<int> v{1}; consume(v); }
void clearedThroughLoop() { std::vector<std::string> v{"a long string that allocates"}; for (auto &s : v) s.clear(); }
std::size_t spelledReference() { std::vector<std::string> v{"a"}; std::size_t n = 0; for (std::string &s : v) n += s.size(); return n; }
void modifiedInLambda() { std::vector<int> v{1}; [&] { v.push_back(2); }(); }
std::size_t keptLambda() { std::vector<int> v{1}; auto size = [&] { return v.size(); }; return size(); }
std::function<std::size_t()> toFunction() { std::vector<int> v{1}; std::function<std::size_t()> f = [&] { return v.size(); }; return f() ? f : nullptr; }
bool addressOf(const void *p) { std::vector<int> v{1}; return std::addressof(v) == p; }
void recursive(int depth) { std::vector<int> v{1}; if (depth > 0) { v.push_back(depth); recursive(depth - 1); } }
std::size_t throughDecltype() { std::vector<int> v{1}; decltype(v) w = v; w.clear(); return w.size(); }

// Not built from constants (a parameter, a mutable global or local, a call).
std::size_t fromParameter(int x) { std::vector<int> v{1, x}; return v.size(); }
std::size_t fromGlobal() { std::vector<int> v{globalCounter}; return v.size(); }
std::size_t fromCall() { std::vector<int> v{nextValue()}; return v.size(); }
std::size_t fromLocal() { int n = 3; std::vector<int> v(n, 0); return v.size(); }
bool fromPattern(const std::string &s, const char *pattern) { return std::regex_match(s, std::regex(pattern)); }

// Nothing to build: empty, or short enough for the small-string buffer.
std::size_t empties() { std::vector<int> a; std::vector<int> b{}; std::map<int, int> c = {}; return a.size() + b.size() + c.size(); }
std::size_t shortString() { std::string s = "fifteen chars.."; return s.size(); }
std::size_t shortArray() { std::array<std::string, 2> a{"GET", "POST"}; return a.size(); }
std::locale classic() { std::locale c("C"); return c; }

// Already shared, or not a local.
std::size_t alreadyStatic() { static const std::vector<int> v{1, 2}; return v.size(); }
std::size_t perThread() { thread_local std::vector<int> v{1, 2}; return v.size(); }
const std::vector<int> kNamespaceScope{1, 2, 3};
struct Holder { std::vector<int> member{1, 2}; };
std::size_t reference() { const std::vector<int> &r = {1, 2}; return r.size(); }

// Runs once: code in a static variable's initialiser, directly or in a
// lambda invoked on the spot, is built once like the static itself.
const std::vector<int> &squares() {
  static const std::vector<int> table = [] {
    std::vector<int> seeds{1, 2, 3};
    std::vector<int> out;
    for (int seed : seeds) out.push_back(seed * seed);
    return out;
  }();
  return table;
}
bool lettersOnly() { static const bool ok = std::regex_match("abc", std::regex("[a-z]+")); return ok; }

// Not directly in a block: conditions and for-init statements.
std::size_t inCondition() { if (std::vector<int> v{1, 2}; !v.empty()) return v.size(); return 0; }
std::size_t inForInit() { std::size_t n = 0; for (std::vector<int> v{1, 2}; n < v.size(); ++n) {} return n; }

// Templates: dependent types and values are left alone, and so are uses the
// definition cannot resolve (a call with a dependent argument).
template <typename T> std::size_t dependentUse(T t) { std::vector<int> v{1, 2}; return std::count(v.begin(), v.end(), t); }
std::size_t useDependentUse() { return dependentUse(1) + dependentUse(2L); }
template <typename T> std::size_t dependentType() { std::vector<T> v{1, 2}; return v.size(); }
template <int N> std::size_t dependentValue() { std::vector<int> v{N, 2}; return v.size(); }
std::size_t instantiate() { return dependentType<int>() + dependentType<long>() + dependentValue<1>(); }

// A temporary regex that is not passed to a call.
unsigned markCount() { return std::regex("(a)(b)").mark_count(); }

// NOLINT.
std::size_t suppressed() {
  std::vector<int> v{1, 2}; // NOLINT(allochunt-per-call-constant)
  return v.size();
}

// Written through a const view cast to a mutable one (cppcheck reads a line
// with fgets(const_cast<char *>(buf.data()), ...) where data() is const).
bool firstLineHasMarker(std::FILE *File) {
  std::string Buffer(128, '\0');
  if (std::fgets(const_cast<char *>(Buffer.c_str()), static_cast<int>(Buffer.size()), File) == nullptr)
    return false;
  return Buffer.find("-*-") != std::string::npos;
}

bool firstLineHasMarkerCStyle(std::FILE *File) {
  std::string Buffer(128, '\0');
  if (std::fgets((char *)(Buffer.data()), 128, File) == nullptr)
    return false;
  return Buffer.find("-*-") != std::string::npos;
}
#endif // OTHER_RUN

#ifdef TYPES_RUN
//===----------------------------------------------------------------------===//
// Types: '::std::vector;::lib::Registry', SmallStringCapacity: 22.
//===----------------------------------------------------------------------===//
namespace lib {
struct Registry {
  Registry(std::initializer_list<int>);
  std::size_t size() const;
};
} // namespace lib

std::size_t configured() {
  lib::Registry registry{1, 2, 3};
  // CHECK-MESSAGES-TYPES: :[[@LINE-1]]:17: warning: 'registry' is rebuilt on every call (its contents allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES-TYPES: {{^}}  static const lib::Registry registry{1, 2, 3};{{$}}
  std::vector<std::string> names{"twenty characters...", "x"};
  // CHECK-MESSAGES-TYPES: :[[@LINE-1]]:28: warning: 'names' is rebuilt on every call (its buffer allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES-TYPES: {{^}}  static const std::vector<std::string> names{"twenty characters...", "x"};{{$}}
  std::map<int, int> ignored{{1, 2}};
  std::string banner = "twenty-two characters.";
  return registry.size() + names.size() + ignored.size() + banner.size();
}

bool notConfigured(const std::string &s) {
  return std::regex_match(s, std::regex("[a-z]+"));
}
#endif

#ifdef MOCK_RUN
//===----------------------------------------------------------------------===//
// A small mock standard library: the check needs only the shapes.
//===----------------------------------------------------------------------===//
typedef decltype(sizeof(0)) size_t;
namespace std {
template <class E> class initializer_list {
  const E *First;
  size_t Size;

public:
  constexpr const E *begin() const { return First; }
  constexpr const E *end() const { return First + Size; }
  constexpr size_t size() const { return Size; }
};
template <class C> struct char_traits {};
template <class T> struct allocator {};
template <class C, class T = char_traits<C>, class A = allocator<C>>
class basic_string {
public:
  basic_string(const C *);
  size_t size() const;
};
typedef basic_string<char> string;
template <class T, class A = allocator<T>> class vector {
public:
  vector();
  vector(initializer_list<T>);
  T *begin();
  const T *begin() const;
  T *end();
  const T *end() const;
  void push_back(const T &);
  size_t size() const;
};
namespace regex_constants {
enum syntax_option_type { ECMAScript = 1, icase = 2 };
}
template <class C> class basic_regex {
public:
  explicit basic_regex(const C *, regex_constants::syntax_option_type = regex_constants::ECMAScript);
};
typedef basic_regex<char> regex;
bool regex_match(const char *, const regex &);
} // namespace std
namespace boost {
template <class C> class basic_regex {
public:
  explicit basic_regex(const C *);
};
typedef basic_regex<char> regex;
bool regex_match(const char *, const regex &);
} // namespace boost

size_t mocked() {
  std::vector<std::string> hosts{"ads.tracker.example.com", "x.io"};
  // CHECK-MESSAGES-MOCK: :[[@LINE-1]]:28: warning: 'hosts' is rebuilt on every call (its buffer and 1 'std::string' element allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES-MOCK: {{^}}  static const std::vector<std::string> hosts{"ads.tracker.example.com", "x.io"};{{$}}
  size_t n = 0;
  for (const auto &host : hosts)
    n += host.size();
  return n;
}
size_t mockedModified() {
  std::vector<int> v{1};
  v.push_back(2);
  return v.size();
}
bool mockedRegex(const char *s) {
  return std::regex_match(s, std::regex("[a-z]+", std::regex_constants::icase)) ||
  // CHECK-MESSAGES-MOCK: :[[@LINE-1]]:30: warning: temporary 'std::regex' is compiled on every call; make it a 'static const' variable [allochunt-per-call-constant]
  // CHECK-FIXES-MOCK: {{^}}  static const std::regex re("[a-z]+", std::regex_constants::icase);{{$}}
  // CHECK-FIXES-MOCK-NEXT: {{^}}  static const boost::regex re2("[0-9]+");{{$}}
  // CHECK-FIXES-MOCK-NEXT: {{^}}  return std::regex_match(s, re) ||{{$}}
         boost::regex_match(s, boost::regex("[0-9]+"));
         // CHECK-MESSAGES-MOCK: :[[@LINE-1]]:32: warning: temporary 'boost::regex' is compiled on every call; make it a 'static const' variable [allochunt-per-call-constant]
         // CHECK-FIXES-MOCK: {{^}}         boost::regex_match(s, re2);{{$}}
}
#endif

#ifdef CXX11_RUN
//===----------------------------------------------------------------------===//
// C++11 and C++14: copy-initialisation goes through an elidable move.
//===----------------------------------------------------------------------===//
std::size_t copyInitialised() {
  std::string greeting = "a greeting long enough to allocate";
  // CHECK-MESSAGES-CXX11: :[[@LINE-1]]:15: warning: 'greeting' is rebuilt on every call (a 34-character string allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES-CXX11: {{^}}  static const std::string greeting = "a greeting long enough to allocate";{{$}}
  std::vector<std::string> words = {"a word long enough to allocate", "short"};
  // CHECK-MESSAGES-CXX11: :[[@LINE-1]]:28: warning: 'words' is rebuilt on every call (its buffer and 1 'std::string' element allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES-CXX11: {{^}}  static const std::vector<std::string> words = {"a word long enough to allocate", "short"};{{$}}
  std::map<int, int> squares{{1, 1}, {2, 4}};
  // CHECK-MESSAGES-CXX11: :[[@LINE-1]]:22: warning: 'squares' is rebuilt on every call (2 nodes allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES-CXX11: {{^}}  static const std::map<int, int> squares{{[{][{]}}1, 1}, {2, 4}};{{$}}
  auto it = squares.find(2);
  return greeting.size() + words.size() + static_cast<std::size_t>(it->second);
}
std::size_t emptyTemporary() {
  auto none = std::vector<int>{};
  std::string tiny = "tiny";
  return none.size() + tiny.size();
}
#endif

#ifdef CXX20_RUN
//===----------------------------------------------------------------------===//
// C++20 and later.
//===----------------------------------------------------------------------===//
struct Point {
  int x, y;
};
std::size_t designated() {
  std::vector<Point> corners{{.x = 0, .y = 0}, {.x = 1, .y = 1}};
  // CHECK-MESSAGES-CXX20: :[[@LINE-1]]:22: warning: 'corners' is rebuilt on every call (its buffer allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES-CXX20: {{^}}  static const std::vector<Point> corners
  return corners.size();
}
std::size_t utf8() {
  std::vector<std::u8string> greetings{u8"a greeting long enough to allocate"};
  // CHECK-MESSAGES-CXX20: :[[@LINE-1]]:30: warning: 'greetings' is rebuilt on every call (its buffer and 1 'std::u8string' element allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES-CXX20: {{^}}  static const std::vector<std::u8string> greetings{u8"a greeting long enough to allocate"};{{$}}
  return greetings.size();
}
// constexpr and consteval functions may not have static variables.
constexpr std::size_t constexprFunction() {
  std::vector<int> v{1, 2, 3};
  return v.size();
}
consteval std::size_t constevalFunction() {
  std::vector<int> v{1, 2, 3};
  return v.size();
}
std::size_t useThem() { return constexprFunction() + constevalFunction(); }
template <typename T>
  requires(sizeof(T) > 1)
std::size_t constrained(T) {
  std::vector<int> v{1, 2};
  // CHECK-MESSAGES-CXX20: :[[@LINE-1]]:20: warning: 'v' is rebuilt on every call (its buffer allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES-CXX20: {{^}}  static const std::vector<int> v{1, 2};{{$}}
  return v.size();
}
std::size_t useConstrained() { return constrained(1) + constrained(2.0); }
#endif

#ifdef CXX23_RUN
//===----------------------------------------------------------------------===//
// C++23: a decay-copy is a copy; deducing this.
//===----------------------------------------------------------------------===//
std::size_t decayCopy() {
  std::vector<int> v{1, 2};
  // CHECK-MESSAGES-CXX23: :[[@LINE-1]]:20: warning: 'v' is rebuilt on every call (its buffer allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-FIXES-CXX23: {{^}}  static const std::vector<int> v{1, 2};{{$}}
  auto w = auto(v);
  return w.size();
}
struct Parser {
  std::size_t keywords(this const Parser &) {
    std::vector<std::string> words{"if", "else"};
    // CHECK-MESSAGES-CXX23: :[[@LINE-1]]:30: warning: 'words' is rebuilt on every call (its buffer allocated each time); make it 'static const' [allochunt-per-call-constant]
    // CHECK-FIXES-CXX23: {{^}}    static const std::vector<std::string> words{"if", "else"};{{$}}
    return words.size();
  }
};
#endif

#ifdef NOTES_RUN
//===----------------------------------------------------------------------===//
// Reported without a fix-it: a note says what to do.
//===----------------------------------------------------------------------===//

// Several variables in one declaration.
std::size_t pairs() {
  std::vector<int> evens{2, 4}, odds{1, 3};
  // CHECK-NOTES-NOTES: :[[@LINE-1]]:20: warning: 'evens' is rebuilt on every call (its buffer allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-NOTES-NOTES: :[[@LINE-2]]:20: note: declare 'evens' on its own to make it 'static const'
  // CHECK-NOTES-NOTES: :[[@LINE-3]]:33: warning: 'odds' is rebuilt on every call (its buffer allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-NOTES-NOTES: :[[@LINE-4]]:33: note: declare 'odds' on its own to make it 'static const'
  return evens.size() + odds.size();
}

// Named in a capture list: a static variable cannot be captured.
std::size_t captured() {
  std::vector<int> sizes{1, 2, 3};
  // CHECK-NOTES-NOTES: :[[@LINE-1]]:20: warning: 'sizes' is rebuilt on every call (its buffer allocated each time); make it 'static const' [allochunt-per-call-constant]
  // CHECK-NOTES-NOTES: :[[@LINE-2]]:20: note: remove 'sizes' from the capture lists that name it, then make it 'static const'
  return [sizes] { return sizes.size(); }();
}

// Hoisting above a case label would let the switch jump past the
// initialisation.
bool byKind(int kind, const std::string &s) {
  switch (kind) {
  case 1:
    return std::regex_match(s, std::regex("[a-z]+"));
    // CHECK-NOTES-NOTES: :[[@LINE-1]]:32: warning: temporary 'std::regex' is compiled on every call; make it a 'static const' variable [allochunt-per-call-constant]
    // CHECK-NOTES-NOTES: :[[@LINE-2]]:32: note: declare it as a 'static const' variable before the statement that uses it
  default:
    return false;
  }
}

// Not at the start of its line: no place to put the declaration.
bool oneLine(const std::string &s) { bool ok = false; ok = std::regex_search(s, std::regex("a+b")); return ok; }
// CHECK-NOTES-NOTES: :[[@LINE-1]]:81: warning: temporary 'std::regex' is compiled on every call; make it a 'static const' variable [allochunt-per-call-constant]
// CHECK-NOTES-NOTES: :[[@LINE-2]]:81: note: declare it as a 'static const' variable before the statement that uses it
#endif

#ifdef HEADER_RUN
#include "per-call-constant.h"
// CHECK-NOTES-HEADER: per-call-constant.h:7:28: warning: 'first' is rebuilt on every call (its buffer allocated each time); make it 'static const' [allochunt-per-call-constant]
// CHECK-NOTES-HEADER: per-call-constant.h:7:28: note: declare 'first' on its own to make it 'static const'
// CHECK-NOTES-HEADER: per-call-constant.h:7:45: warning: 'second' is rebuilt on every call (its buffer allocated each time); make it 'static const' [allochunt-per-call-constant]
// CHECK-NOTES-HEADER: per-call-constant.h:7:45: note: declare 'second' on its own to make it 'static const'
std::size_t useHeader() { return headerFunction(); }
#endif
