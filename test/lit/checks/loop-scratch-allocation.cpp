// RUN: %check_allochunt %s allochunt-loop-scratch-allocation %t
// RUN: %check_allochunt -check-suffix=NOTES %s allochunt-loop-scratch-allocation %t -- -- -DOTHER_RUN -DNOTES_RUN
// RUN: %check_allochunt -check-suffix=OPTIONS %s allochunt-loop-scratch-allocation %t -- \
// RUN:   -config="{CheckOptions: {allochunt-loop-scratch-allocation.MinIterations: 8, SmallStringCapacity: 22}}" \
// RUN:   -- -DOTHER_RUN -DOPTIONS_RUN
// RUN: %check_allochunt -check-suffix=CXX20 -std=c++20-or-later %s allochunt-loop-scratch-allocation %t -- -- -DOTHER_RUN -DCXX20_RUN
// RUN: %check_allochunt -check-suffix=HEADER %s allochunt-loop-scratch-allocation %t -- \
// RUN:   -header-filter='loop-scratch-allocation' -- -I%S/Inputs -DOTHER_RUN -DHEADER_RUN
// RUN: %allochunt_tidy %s --checks='-*,allochunt-loop-scratch-allocation' \
// RUN:   -config="{CheckOptions: {allochunt-loop-scratch-allocation.MinIterations: few}}" \
// RUN:   -- -std=c++17 -DOTHER_RUN 2>&1 | FileCheck %s --check-prefix=BAD-OPTION
// BAD-OPTION: warning: invalid configuration value 'few' for option 'allochunt-loop-scratch-allocation.MinIterations'; expected an integer [clang-tidy-config]

#include <algorithm>
#include <array>
#include <cctype>
#include <deque>
#include <functional>
#include <istream>
#include <list>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

std::size_t hashOf(const std::string &s);
void split(const std::string &line, std::vector<std::string> &parts);
void consume(std::string &&s);
void consumeCopy(std::string s);
void keepPointer(const std::string *s);
std::string makeName(int i);
bool more();
int next();

#ifndef OTHER_RUN
//===----------------------------------------------------------------------===//
// Positive cases with a fix-it.
//===----------------------------------------------------------------------===//

std::size_t joinEachRow(const std::vector<std::vector<std::string>> &rows) {
  std::size_t total = 0;
  for (const auto &row : rows) {
    std::string joined;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'joined' is created anew on every iteration of the loop, so its buffer is allocated and freed each time; declare it before the loop and call 'clear()' where it was declared, which keeps the capacity [allochunt-loop-scratch-allocation]
    for (const auto &cell : row) {
      joined += cell;
      joined += ',';
    }
    total += hashOf(joined);
  }
  return total;
}
// CHECK-FIXES: {{^}}  std::string joined;{{$}}
// CHECK-FIXES-NEXT: {{^}}  for (const auto &row : rows) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    joined.clear();{{$}}

std::size_t longLiteralAssignments(const std::vector<int> &codes) {
  std::size_t total = 0;
  for (int code : codes) {
    std::string status;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'status' is created anew on every iteration of the loop, so its buffer is allocated and freed each time; declare it before the loop and call 'clear()' where it was declared, which keeps the capacity [allochunt-loop-scratch-allocation]
    if (code == 0)
      status = "passed, within the time limit";
    else
      status = "failed";
    total += hashOf(status);
  }
  return total;
}
// CHECK-FIXES: {{^}}  std::string status;{{$}}
// CHECK-FIXES-NEXT: {{^}}  for (int code : codes) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    status.clear();{{$}}

// Copy-assigned on one branch, move-assigned on the other (CMake's sf_path):
// the copying branch reuses the buffer.
std::size_t copyOrMake(const std::vector<std::string> &files, bool relative) {
  std::size_t total = 0;
  for (const auto &file : files) {
    std::string path;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'path' is created anew on every iteration of the loop, so its buffer is allocated and freed each time; declare it before the loop and call 'clear()' where it was declared, which keeps the capacity [allochunt-loop-scratch-allocation]
    if (relative)
      path = makeName(static_cast<int>(file.size()));
    else
      path = file;
    total += hashOf(path);
  }
  return total;
}
// CHECK-FIXES: {{^}}  std::string path;{{$}}
// CHECK-FIXES-NEXT: {{^}}  for (const auto &file : files) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    path.clear();{{$}}

long countSpaces(const std::vector<std::string> &lines) {
  long total = 0;
  std::size_t i = 0;
  while (i < lines.size()) {
    std::vector<std::size_t> starts;
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'starts' is created anew on every iteration of the loop, so its buffer is allocated and freed each time; declare it before the loop and call 'clear()' where it was declared, which keeps the capacity [allochunt-loop-scratch-allocation]
    for (std::size_t p = 0; p < lines[i].size(); ++p)
      if (lines[i][p] == ' ')
        starts.push_back(p);
    total += static_cast<long>(starts.size());
    ++i;
  }
  return total;
}
// CHECK-FIXES: {{^}}  std::vector<std::size_t> starts;{{$}}
// CHECK-FIXES-NEXT: {{^}}  while (i < lines.size()) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    starts.clear();{{$}}

int drainBatches() {
  int sum = 0;
  do {
    std::vector<int> batch{};
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'batch' is created anew
    batch.emplace_back(next());
    sum += batch.back();
  } while (more());
  return sum;
}
// CHECK-FIXES: {{^}}  std::vector<int> batch{};{{$}}
// CHECK-FIXES-NEXT: {{^}}  do {{{$}}
// CHECK-FIXES-NEXT: {{^}}    batch.clear();{{$}}

void formatAll(const std::vector<int> &values, std::vector<std::string> &out) {
  for (int v : values) {
    std::ostringstream os;
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'os' is created anew on every iteration of the loop, so the stream and its buffer are allocated and freed each time; declare it before the loop and reset it with 'str({})' and 'clear()' where it was declared [allochunt-loop-scratch-allocation]
    os << "value=" << v << ' ' << 2.5;
    // Copying the text out is fine: the stream stays in the iteration.
    out.push_back(os.str());
  }
}
// CHECK-FIXES: {{^}}  std::ostringstream os;{{$}}
// CHECK-FIXES-NEXT: {{^}}  for (int v : values) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    os.str({}); os.clear();{{$}}

std::size_t distinctPerRow(const std::vector<std::vector<int>> &rows) {
  std::size_t total = 0;
  for (const auto &row : rows) {
    std::unordered_set<int> seen;
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'seen' is created anew on every iteration of the loop, so its bucket array is allocated and freed each time; declare it before the loop and call 'clear()' where it was declared, which keeps the capacity [allochunt-loop-scratch-allocation]
    for (int x : row)
      seen.insert(x);
    total += seen.size();
  }
  return total;
}
// CHECK-FIXES: {{^}}  std::unordered_set<int> seen;{{$}}

int breadthFirst(const std::vector<std::vector<int>> &graph) {
  int visited = 0;
  for (std::size_t start = 0; start < graph.size(); ++start) {
    std::deque<int> queue;
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'queue' is created anew on every iteration of the loop, so its block map and blocks are allocated and freed each time; declare it before the loop and call 'clear()' where it was declared, which keeps the capacity [allochunt-loop-scratch-allocation]
    queue.push_back(static_cast<int>(start));
    while (!queue.empty()) {
      const int node = queue.front();
      queue.pop_front();
      ++visited;
      for (int n : graph[node])
        if (n > node)
          queue.push_back(n);
    }
  }
  return visited;
}
// CHECK-FIXES: {{^}}  std::deque<int> queue;{{$}}

std::size_t fieldsPerLine(std::istream &in, int lines) {
  std::size_t total = 0;
  for (int l = 0; l < lines; ++l) {
    std::string line;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'line' is created anew
    std::getline(in, line);
    std::vector<std::string> parts;
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'parts' is created anew
    // An out parameter fills it.
    split(line, parts);
    total += parts.size();
  }
  return total;
}
// CHECK-FIXES: {{^}}  std::string line;{{$}}
// CHECK-FIXES-NEXT: {{^}}  std::vector<std::string> parts;{{$}}
// CHECK-FIXES-NEXT: {{^}}  for (int l = 0; l < lines; ++l) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    line.clear();{{$}}
// CHECK-FIXES: {{^}}    std::getline(in, line);{{$}}
// CHECK-FIXES: {{^}}    parts.clear();{{$}}

// Copies into a container outside the loop: the copy allocates either way,
// the scratch buffer can still be reused.
void buildKeys(const std::vector<std::string> &names, std::vector<std::string> &keys) {
  for (const std::string &name : names) {
    std::string key = "";
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'key' is created anew
    key.append("user:").append(name);
    keys.push_back(key);
  }
}
// CHECK-FIXES: {{^}}  std::string key = "";{{$}}
// CHECK-FIXES-NEXT: {{^}}  for (const std::string &name : names) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    key.clear();{{$}}

// Copy assignment reuses the buffer.
std::size_t copies(const std::vector<std::string> &names) {
  std::size_t total = 0;
  for (const auto &name : names) {
    std::string upper;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'upper' is created anew
    upper = name;
    std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
    total += hashOf(upper);
  }
  return total;
}
// CHECK-FIXES: {{^}}  std::string upper;{{$}}

// A lambda that captures it by reference but is called on the spot, or passed
// straight to an algorithm, does not outlive the iteration.
std::size_t lambdas(const std::vector<std::vector<int>> &rows) {
  std::size_t total = 0;
  for (const auto &row : rows) {
    std::vector<int> evens;
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'evens' is created anew
    std::for_each(row.begin(), row.end(), [&evens](int x) {
      if (x % 2 == 0)
        evens.push_back(x);
    });
    [&] { total += evens.size(); }();
  }
  return total;
}
// CHECK-FIXES: {{^}}  std::vector<int> evens;{{$}}

// Aliases and typedefs.
using Bytes = std::vector<unsigned char>;
typedef std::basic_string<char> Text;
std::size_t aliases(const std::vector<std::string> &chunks) {
  std::size_t total = 0;
  for (const auto &chunk : chunks) {
    Bytes buffer;
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'buffer' is created anew
    buffer.insert(buffer.end(), chunk.begin(), chunk.end());
    Text text;
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'text' is created anew
    text += chunk;
    total += buffer.size() + text.size();
  }
  return total;
}
// CHECK-FIXES: {{^}}  Bytes buffer;{{$}}
// CHECK-FIXES-NEXT: {{^}}  Text text;{{$}}

// Nested loops: the declaration moves out of every loop whose body holds the
// loop (moved only before the inner one, it would sit in the outer loop's body
// and be flagged again); it is still cleared where it was declared.
std::size_t nested(const std::vector<std::vector<std::string>> &tables) {
  std::size_t total = 0;
  for (const auto &table : tables) {
    for (const auto &cell : table) {
      std::string trimmed;
      // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'trimmed' is created anew
      for (char c : cell)
        if (c != ' ')
          trimmed.push_back(c);
      total += hashOf(trimmed);
    }
  }
  return total;
}
// CHECK-FIXES: {{^}}  std::string trimmed;{{$}}
// CHECK-FIXES-NEXT: {{^}}  for (const auto &table : tables) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    for (const auto &cell : table) {{{$}}
// CHECK-FIXES-NEXT: {{^}}      trimmed.clear();{{$}}

// A constant trip count above MinIterations (4).
std::size_t fiveRounds(const std::string &seed) {
  std::size_t total = 0;
  for (int round = 0; round < 5; ++round) {
    std::string salted;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'salted' is created anew
    salted += seed;
    salted += static_cast<char>('a' + round);
    total += hashOf(salted);
  }
  return total;
}
// CHECK-FIXES: {{^}}  std::string salted;{{$}}

// A string reserved past the small-string buffer.
std::size_t reservedLarge(const std::vector<std::string> &names) {
  std::size_t total = 0;
  for (const auto &name : names) {
    std::string padded;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'padded' is created anew
    padded.reserve(64);
    padded += name;
    total += padded.size();
  }
  return total;
}
// CHECK-FIXES: {{^}}  std::string padded;{{$}}

// A template: the variable's type does not depend on the parameter; it is
// reported once, however often the template is instantiated.
template <typename T> std::size_t describeAll(const std::vector<T> &items) {
  std::size_t total = 0;
  for (const T &item : items) {
    std::string label;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'label' is created anew
    label += "item ";
    label += std::to_string(item);
    total += label.size();
  }
  return total;
}
// CHECK-FIXES: {{^}}  std::string label;{{$}}
std::size_t useDescribeAll() {
  return describeAll(std::vector<int>{1}) + describeAll(std::vector<long>{2});
}

//===----------------------------------------------------------------------===//
// Macros: reported, never fixed.
//===----------------------------------------------------------------------===//

#define FOR_EACH(var, range) for (const auto &var : range)
std::size_t loopInMacro(const std::vector<std::string> &names) {
  std::size_t total = 0;
  FOR_EACH(name, names) {
    std::string copy;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'copy' is created anew
    copy += name;
    total += copy.size();
  }
  return total;
}

#define SCRATCH(name) std::string name
std::size_t declarationInMacro(const std::vector<std::string> &names) {
  std::size_t total = 0;
  for (const auto &n : names) {
    SCRATCH(tmp);
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'tmp' is created anew
    tmp += n;
    total += tmp.size();
  }
  return total;
}

//===----------------------------------------------------------------------===//
// Negative cases.
//===----------------------------------------------------------------------===//

// Moved out: the buffer leaves with the value.
void movedOut(const std::vector<std::string> &names, std::vector<std::string> &out) {
  for (const auto &name : names) {
    std::string key;
    key += name;
    out.push_back(std::move(key));
  }
}

// Moved into a callee taking an rvalue reference.
void movedIntoCall(const std::vector<std::string> &names) {
  for (const auto &name : names) {
    std::string key;
    key += name;
    consume(std::move(key));
  }
}

// Swapped out, by member or by std::swap.
void swapped(const std::vector<std::string> &names, std::string &last,
             std::vector<int> &numbers) {
  for (const auto &name : names) {
    std::string key;
    key += name;
    key.swap(last);
    std::vector<int> row;
    row.push_back(1);
    std::swap(row, numbers);
  }
}

// Returned.
std::string firstLong(const std::vector<std::string> &names) {
  for (const auto &name : names) {
    std::string candidate;
    candidate += name;
    if (candidate.size() > 10)
      return candidate;
  }
  return {};
}

// Its address escapes, or a non-const reference to it is kept.
void addressTaken(const std::vector<std::string> &names) {
  for (const auto &name : names) {
    std::string key;
    key += name;
    keepPointer(&key);
    std::string other;
    other += name;
    std::string &alias = other;
    alias += "x";
  }
}

// Captured by reference in a lambda that is kept.
void capturedInKeptLambda(const std::vector<std::string> &names) {
  for (const auto &name : names) {
    std::string key;
    key += name;
    std::function<std::size_t()> later = [&key] { return key.size(); };
    later();
  }
}

// Moved out through std::exchange, or tied.
void otherEscapes(const std::vector<std::string> &names, std::string &out) {
  for (const auto &name : names) {
    std::string a;
    a += name;
    out = std::exchange(a, {});
    std::string c;
    c += name;
    std::tie(c) = std::make_tuple(name);
  }
}

// Used in a way the analysis does not follow: a conditional.
void conditional(const std::vector<std::string> &names, bool flag) {
  for (const auto &name : names) {
    std::string a;
    a += name;
    consumeCopy(flag ? a : name);
  }
}

// Reserved within the small-string buffer (SmallStringCapacity, 15).
std::size_t reservedSmall(const std::vector<char> &chars) {
  std::size_t total = 0;
  for (char c : chars) {
    std::string s;
    s.reserve(8);
    s += c;
    total += hashOf(s);
  }
  return total;
}

// Types that do not allocate, or whose clear() frees every node anyway.
std::size_t otherTypes(const std::vector<std::string> &names) {
  std::size_t total = 0;
  for (const auto &name : names) {
    std::array<int, 4> counts{};
    counts[0] = static_cast<int>(name.size());
    std::string_view view;
    view = name;
    std::map<char, int> histogram;
    for (char c : name)
      ++histogram[c];
    std::list<char> chars;
    chars.push_back(name[0]);
    total += counts[0] + view.size() + histogram.size() + chars.size();
  }
  return total;
}

// Loops that run a few times (MinIterations, 4).
std::size_t fewIterations(const std::string &seed) {
  std::size_t total = 0;
  for (int i = 0; i < 3; ++i) {
    std::string s;
    s += seed;
    total += hashOf(s);
  }
  for (int i = 4; i > 0; --i) {
    std::string s;
    s += seed;
    total += hashOf(s);
  }
  for (const char *part : {"a", "b"}) {
    std::string s;
    s += part;
    total += hashOf(s);
  }
  const char *const kinds[] = {"x", "y", "z"};
  for (const char *kind : kinds) {
    std::string s;
    s += kind;
    total += hashOf(s);
  }
  for (const auto &word : std::array<std::string, 2>{"p", "q"}) {
    std::string s;
    s += word;
    total += hashOf(s);
  }
  do {
    std::string s;
    s += seed;
    total += hashOf(s);
  } while (false);
  return total;
}

// main runs once: a loop with a constant bound there is not a hot path.
int main() {
  std::size_t total = 0;
  for (int i = 0; i < 1000; ++i) {
    std::string s;
    s += static_cast<char>(i);
    total += hashOf(s);
  }
  return static_cast<int>(total);
}

// A GoogleTest test body runs once too: its constant-bound loops are left
// alone, a loop over input is not.
namespace testing {
class Test {
public:
  virtual ~Test();
  virtual void TestBody() = 0;
};
} // namespace testing
class Parser_Lines_Test : public testing::Test {
  void TestBody() override;
};
void Parser_Lines_Test::TestBody() {
  for (int i = 0; i < 100; ++i) {
    std::string s;
    s += static_cast<char>(i);
    hashOf(s);
  }
  while (more()) {
    std::string line;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'line' is created anew
    line += static_cast<char>(next());
    hashOf(line);
  }
}
// CHECK-FIXES: {{^}}  std::string line;{{$}}
// CHECK-FIXES-NEXT: {{^}}  while (more()) {{{$}}

// Never filled: a default-constructed string or vector allocates nothing.
std::size_t neverFilled(const std::vector<std::string> &names) {
  std::size_t total = 0;
  for (const auto &name : names) {
    std::string s;
    std::vector<int> v;
    total += s.size() + v.size() + name.size();
  }
  return total;
}

// Built from a temporary: the hoisted assignment would move it in and reuse
// nothing.
std::size_t fromTemporary(int n) {
  std::size_t total = 0;
  for (int i = 0; i < n; ++i) {
    std::string name = makeName(i);
    name += "!";
    std::string sum = name + "?";
    total += name.size() + sum.size();
  }
  return total;
}

// A copy that is only read: an unneeded copy (a const reference would do),
// not a scratch buffer.
std::size_t onlyReadCopy(const std::vector<std::string> &names) {
  std::size_t total = 0;
  for (std::size_t i = 0; i < names.size(); ++i) {
    std::string name = names[i];
    total += name.substr(0, 3).size();
  }
  return total;
}

// An lvalue passed to a forwarding reference (emplace_back) is copied, not
// filled; the move assignment from a temporary reuses nothing.
void forwarded(const std::vector<std::string> &names,
               std::vector<std::pair<std::string, std::string>> &out) {
  for (const auto &name : names) {
    std::string value;
    value = makeName(static_cast<int>(name.size()));
    out.emplace_back(name, value);
  }
}

// Move-assigned a new value, then edited in place (CMake's func_name): the
// move throws away whatever buffer a hoisted variable would have kept.
void movedInThenEdited(const std::vector<std::string> &names,
                       std::vector<std::string> &out) {
  for (const auto &name : names) {
    std::string id;
    id = makeName(static_cast<int>(name.size()));
    id += '_';
    out.push_back(id);
  }
}

// Built from a short literal that it never outgrows.
std::size_t shortLiteral(int n) {
  std::size_t total = 0;
  for (int i = 0; i < n; ++i) {
    std::string tag = "tag";
    total += hashOf(tag);
  }
  return total;
}

// Only ever assigned literals that fit the small-string buffer (CMake's
// test status strings): it never allocates.
std::size_t shortLiteralAssignments(const std::vector<int> &codes) {
  std::size_t total = 0;
  for (int code : codes) {
    std::string status;
    if (code == 0)
      status = "passed";
    else
      status = "failed";
    total += hashOf(status);
  }
  return total;
}

// One short literal assignment, then nothing else: still no allocation.
std::size_t oneShortLiteral(const std::vector<int> &codes) {
  std::size_t total = 0;
  for (int code : codes) {
    std::string label;
    label = "x";
    total += hashOf(label) + static_cast<std::size_t>(code);
  }
  return total;
}

// Not declared directly in the loop body.
std::size_t notDirectlyInBody(const std::vector<std::string> &names) {
  std::size_t total = 0;
  for (const auto &name : names) {
    if (!name.empty()) {
      std::string s;
      s += name;
      total += s.size();
    }
  }
  for (std::string s; s.size() < 10;)
    s += "x";
  return total;
}

// Static, const and dependent declarations.
template <typename T> std::size_t dependent(const std::vector<T> &items) {
  std::size_t total = 0;
  for (const T &item : items) {
    std::vector<T> one;
    one.push_back(item);
    std::string label;
    label += "x";
    item.visit(label); // a dependent call: not followed
    total += one.size() + label.size();
  }
  return total;
}
struct Named {
  void visit(std::string &) const;
};
std::size_t useDependent() { return dependent(std::vector<Named>{}); }

std::size_t staticAndConst(const std::vector<std::string> &names) {
  std::size_t total = 0;
  for (const auto &name : names) {
    static std::string cache;
    cache += name;
    const std::string copy = name;
    total += cache.size() + copy.size();
  }
  return total;
}

// NOLINT.
std::size_t suppressed(const std::vector<std::string> &names) {
  std::size_t total = 0;
  for (const auto &name : names) {
    std::string s; // NOLINT(allochunt-loop-scratch-allocation)
    s += name;
    total += s.size();
  }
  return total;
}
#endif // OTHER_RUN

#ifdef NOTES_RUN
//===----------------------------------------------------------------------===//
// Reported without a fix-it: the note says why.
//===----------------------------------------------------------------------===//

// Built from a value: assign it instead.
std::size_t builtFromValue(const std::vector<std::string> &names,
                           const std::string &prefix) {
  std::size_t total = 0;
  for (const auto &name : names) {
    std::string key = prefix;
    // CHECK-NOTES-NOTES: :[[@LINE-1]]:17: warning: 'key' is created anew on every iteration of the loop, so its buffer is allocated and freed each time; declare it before the loop and assign its value where it was declared [allochunt-loop-scratch-allocation]
    key += name;
    std::vector<int> counts(name.size());
    // CHECK-NOTES-NOTES: :[[@LINE-1]]:22: warning: 'counts' is created anew on every iteration of the loop, so its buffer is allocated and freed each time; declare it before the loop and assign its value where it was declared [allochunt-loop-scratch-allocation]
    for (char c : name)
      ++counts[static_cast<unsigned char>(c) % name.size()];
    total += hashOf(key) + counts.size();
  }
  return total;
}

std::size_t twoDeclarations(const std::vector<std::string> &names) {
  std::size_t total = 0;
  for (const auto &name : names) {
    std::string a, b;
    // CHECK-NOTES-NOTES: :[[@LINE-1]]:17: warning: 'a' is created anew
    // CHECK-NOTES-NOTES: :[[@LINE-2]]:17: note: declare 'a' on its own to move it before the loop
    // CHECK-NOTES-NOTES: :[[@LINE-3]]:20: warning: 'b' is created anew
    // CHECK-NOTES-NOTES: :[[@LINE-4]]:20: note: declare 'b' on its own to move it before the loop
    a += name;
    b += name;
    total += a.size() + b.size();
  }
  return total;
}

std::size_t loopWithoutBlock(const std::vector<std::string> &names, bool on) {
  std::size_t total = 0;
  if (on)
    for (const auto &name : names) {
      std::string s;
      // CHECK-NOTES-NOTES: :[[@LINE-1]]:19: warning: 's' is created anew
      // CHECK-NOTES-NOTES: :[[@LINE-2]]:19: note: the loop is not a statement of its own in a block: add braces around it, then declare 's' before it
      s += name;
      total += s.size();
    }
retry:
  for (const auto &name : names) {
    std::string t;
    // CHECK-NOTES-NOTES: :[[@LINE-1]]:17: warning: 't' is created anew
    // CHECK-NOTES-NOTES: :[[@LINE-2]]:17: note: the loop is not a statement of its own in a block: add braces around it, then declare 't' before it
    t += name;
    if (t.empty())
      goto retry;
  }
  return total;
}

struct Lock {
  ~Lock();
};
std::size_t elementsWithDestructors(int n) {
  std::size_t total = 0;
  for (int i = 0; i < n; ++i) {
    std::vector<Lock> locks;
    // CHECK-NOTES-NOTES: :[[@LINE-1]]:23: warning: 'locks' is created anew
    // CHECK-NOTES-NOTES: :[[@LINE-2]]:23: note: its elements of type 'Lock' would then be destroyed by the next clear() rather than at the end of each iteration; move the declaration by hand if that is fine
    locks.emplace_back();
    total += locks.size();
  }
  return total;
}

std::size_t streamState(const std::vector<int> &values) {
  std::size_t total = 0;
  for (int v : values) {
    std::ostringstream os;
    // CHECK-NOTES-NOTES: :[[@LINE-1]]:24: warning: 'os' is created anew
    // CHECK-NOTES-NOTES: :[[@LINE-2]]:24: note: the stream's formatting state (manipulators, precision, a user-defined 'operator<<') would carry over to the next iteration: reset it as well when you move the declaration
    os << std::hex << v;
    total += os.str().size();
  }
  return total;
}

std::size_t labelInBody(const std::vector<std::string> &names) {
  std::size_t total = 0;
  for (const auto &name : names) {
  again:
    total += 1;
    std::string s;
    // CHECK-NOTES-NOTES: :[[@LINE-1]]:17: warning: 's' is created anew
    // CHECK-NOTES-NOTES: :[[@LINE-2]]:17: note: a label in the loop body could jump back past the reset: move the declaration by hand
    s += name;
    if (s.size() < total)
      goto again;
  }
  return total;
}

std::size_t sameNameTwice(const std::vector<std::string> &names) {
  std::size_t total = 0;
  for (const auto &name : names) {
    std::string line;
    // CHECK-NOTES-NOTES: :[[@LINE-1]]:17: warning: 'line' is created anew
    // CHECK-NOTES-NOTES: :[[@LINE-2]]:17: note: another declaration or use of the name 'line' in this function would clash with 'line' declared before the loop
    line += name;
    total += line.size();
  }
  for (const auto &name : names) {
    std::string line;
    // CHECK-NOTES-NOTES: :[[@LINE-1]]:17: warning: 'line' is created anew
    // CHECK-NOTES-NOTES: :[[@LINE-2]]:17: note: another declaration or use of the name 'line' in this function would clash with 'line' declared before the loop
    line += name;
    total += line.size();
  }
  return total;
}

std::size_t shadowsParameter(const std::vector<std::string> &names, int key) {
  std::size_t total = 0;
  for (const auto &name : names) {
    std::string key;
    // CHECK-NOTES-NOTES: :[[@LINE-1]]:17: warning: 'key' is created anew
    // CHECK-NOTES-NOTES: :[[@LINE-2]]:17: note: another declaration or use of the name 'key' in this function would clash with 'key' declared before the loop
    key += name;
    total += key.size();
  }
  return total + key;
}

std::size_t localType(const std::vector<std::string> &names) {
  std::size_t total = 0;
  for (const auto &name : names) {
    using Row = std::vector<char>;
    Row row;
    // CHECK-NOTES-NOTES: :[[@LINE-1]]:9: warning: 'row' is created anew
    // CHECK-NOTES-NOTES: :[[@LINE-2]]:9: note: its type depends on declarations in the loop body
    row.insert(row.end(), name.begin(), name.end());
    std::vector<decltype(name.size())> sizes;
    // CHECK-NOTES-NOTES: :[[@LINE-1]]:40: warning: 'sizes' is created anew
    // CHECK-NOTES-NOTES: :[[@LINE-2]]:40: note: its type depends on declarations in the loop body
    sizes.push_back(name.size());
    total += row.size() + sizes.size();
  }
  return total;
}
#endif // NOTES_RUN

#ifdef OPTIONS_RUN
// MinIterations: 8 leaves a loop of 5 alone; SmallStringCapacity: 22 makes a
// reserve(20) small.
std::size_t optionRuns(const std::string &seed, const std::vector<std::string> &names) {
  std::size_t total = 0;
  for (int round = 0; round < 5; ++round) {
    std::string salted;
    salted += seed;
    total += hashOf(salted);
  }
  for (int round = 0; round < 9; ++round) {
    std::string peppered;
    // CHECK-MESSAGES-OPTIONS: :[[@LINE-1]]:17: warning: 'peppered' is created anew
    peppered += seed;
    total += hashOf(peppered);
  }
  for (const auto &name : names) {
    std::string s;
    s.reserve(20);
    s += name;
    total += s.size();
  }
  return total;
}
// CHECK-FIXES-OPTIONS: {{^}}  std::string peppered;{{$}}
// CHECK-FIXES-OPTIONS-NEXT: {{^}}  for (int round = 0; round < 9; ++round) {{{$}}
#endif // OPTIONS_RUN

#ifdef CXX20_RUN
// C++20: a range-based for with an initializer, ranges algorithms filling
// through a back_inserter, std::erase_if.
#include <ranges>
std::size_t cxx20(const std::vector<std::vector<int>> &rows) {
  std::size_t total = 0;
  for (std::size_t index = 0; const auto &row : rows) {
    std::vector<int> positive;
    // CHECK-MESSAGES-CXX20: :[[@LINE-1]]:22: warning: 'positive' is created anew
    std::ranges::copy_if(row, std::back_inserter(positive), [](int x) { return x > 0; });
    std::erase_if(positive, [](int x) { return x > 100; });
    total += positive.size() + index++;
  }
  // Three iterations.
  for (int i : std::views::iota(0, 3)) {
    std::string s;
    s += static_cast<char>('a' + i);
    if (s.starts_with("a"))
      ++total;
  }
  return total;
}
// CHECK-FIXES-CXX20: {{^}}  std::vector<int> positive;{{$}}
#endif // CXX20_RUN

#ifdef HEADER_RUN
#include "loop-scratch-allocation.h"
// CHECK-MESSAGES-HEADER: loop-scratch-allocation.h:11:17: warning: 'key' is created anew on every iteration of the loop, so its buffer is allocated and freed each time; declare it before the loop and assign its value where it was declared [allochunt-loop-scratch-allocation]
std::size_t useHeader() { return headerFunction({"a"}, "p"); }
#endif // HEADER_RUN
