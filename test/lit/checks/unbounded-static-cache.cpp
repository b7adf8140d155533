// RUN: %check_allochunt %s allochunt-unbounded-static-cache %t -- -header-filter='.*interned.h' -- -I %S/Inputs/unbounded-static-cache
// RUN: %check_allochunt -check-suffix=CUSTOM %s allochunt-unbounded-static-cache %t -- -config="{CheckOptions: {allochunt-unbounded-static-cache.CacheTypes: '::util::FlatCache'}}" -- -I %S/Inputs/unbounded-static-cache
// RUN: %check_allochunt -check-suffix=BAD -expect-clang-tidy-error %s allochunt-unbounded-static-cache %t -- -config="{CheckOptions: {allochunt-unbounded-static-cache.CacheTypes: 'std::map<int, int>;std::vector<int>'}}" -- -I %S/Inputs/unbounded-static-cache

// CHECK-MESSAGES-BAD: error: invalid entry 'std::map<int' in option 'allochunt-unbounded-static-cache.CacheTypes': expected qualified class names such as '::std::map', separated by ';' [clang-tidy-config]

#include "interned.h"

#include <cstddef>
#include <map>
#include <memory_resource>
#include <mutex>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

std::string render(const std::string &name);

namespace util {
// A user-defined container, flagged only when CacheTypes names it.
template <class K, class V> class FlatCache {
public:
  using key_type = K;
  using mapped_type = V;
  V &operator[](const K &key);
  const V *find(const K &key) const;
  void evict(const K &key);
};
} // namespace util

//===--- Positive: caches that only grow ---------------------------------===//

// The per-process template cache: every template name ever rendered stays.
const std::string &renderCached(const std::string &name) {
  static std::unordered_map<std::string, std::string> rendered;
  // CHECK-NOTES: :[[@LINE-1]]:55: warning: static 'std::unordered_map' 'rendered' grows without bound: it is inserted into but never erased from, cleared or size-checked, so its memory lives until the process exits; cap its size and evict entries [allochunt-unbounded-static-cache]
  // CHECK-NOTES: :[[@LINE+4]]:19: note: inserted here
  auto it = rendered.find(name);
  if (it != rendered.end())
    return it->second;
  return rendered.emplace(name, render(name)).first->second;
}

// Namespace scope with internal linkage; operator[] of a map inserts.
static std::map<int, long> hitsPerUser;
// CHECK-NOTES: :[[@LINE-1]]:28: warning: static 'std::map' 'hitsPerUser' grows without bound: {{.*}} [allochunt-unbounded-static-cache]
// CHECK-NOTES: :[[@LINE+1]]:29: note: inserted here
void countHit(int user) { ++hitsPerUser[user]; }

namespace {
std::vector<std::string> auditTrail;
// CHECK-NOTES: :[[@LINE-1]]:26: warning: static 'std::vector' 'auditTrail' grows without bound: {{.*}} [allochunt-unbounded-static-cache]
// CHECK-NOTES: :[[@LINE+2]]:51: note: inserted here
} // namespace
void audit(const std::string &event) { auditTrail.push_back(event); }

// thread_local: it lives as long as the thread.
void seenOnThisThread(int id) {
  thread_local std::set<int> seen;
  // CHECK-NOTES: :[[@LINE-1]]:30: warning: thread_local 'std::set' 'seen' grows without bound: it is inserted into but never erased from, cleared or size-checked, so its memory lives until the thread exits; cap its size and evict entries [allochunt-unbounded-static-cache]
  // CHECK-NOTES: :[[@LINE+1]]:8: note: inserted here
  seen.insert(id);
}

// Aliases, typedefs and std::pmr containers are the same containers.
using RenderCache = std::unordered_map<std::string, std::string>;
typedef std::map<std::string, int> IdTable;
const std::string &renderAliased(const std::string &name) {
  static RenderCache aliased;
  // CHECK-NOTES: :[[@LINE-1]]:22: warning: static 'std::unordered_map' 'aliased' grows {{.*}}
  // CHECK-NOTES: :[[@LINE+1]]:18: note: inserted here
  return aliased.try_emplace(name, render(name)).first->second;
}
int idOf(const std::string &name) {
  static IdTable ids;
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: static 'std::map' 'ids' grows {{.*}}
  // CHECK-NOTES: :[[@LINE+2]]:29: note: inserted here
  static int next = 0;
  auto [it, inserted] = ids.insert({name, next});
  if (inserted)
    ++next;
  return it->second;
}
void pmrHistory(int value) {
  static std::pmr::vector<int> history;
  // CHECK-NOTES: :[[@LINE-1]]:32: warning: static 'std::vector' 'history' grows {{.*}}
  // CHECK-NOTES: :[[@LINE+1]]:11: note: inserted here
  history.emplace_back(value);
}

// The never-destroyed singleton idiom is still a static cache.
void leakedSingleton(int key) {
  static auto &table = *new std::map<int, int>();
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: static 'std::map' 'table' grows {{.*}}
  // CHECK-NOTES: :[[@LINE+1]]:3: note: inserted here
  table[key] = key;
}

// A lambda stored in a static runs every time it is called.
static auto remember = [](int v) {
  static std::vector<int> remembered;
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: static 'std::vector' 'remembered' grows {{.*}}
  // CHECK-NOTES: :[[@LINE+1]]:14: note: inserted here
  remembered.push_back(v);
};

// An emptiness test elsewhere does not guard this insertion.
static std::vector<int> queue;
// CHECK-NOTES: :[[@LINE-1]]:25: warning: static 'std::vector' 'queue' grows {{.*}}
// CHECK-NOTES: :[[@LINE+2]]:31: note: inserted here
bool idle() { return queue.empty(); }
void enqueue(int job) { queue.push_back(job); }

// C++20 lookups do not change the verdict.
int lookupThenInsert(int key) {
  static std::map<int, int> squares;
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: static 'std::map' 'squares' grows {{.*}}
  // CHECK-NOTES: :[[@LINE+7]]:10: note: inserted here
#if __cplusplus >= 202002L
  if (squares.contains(key))
#else
  if (squares.count(key) != 0)
#endif
    return squares.at(key);
  return squares[key] = key * key;
}

//===--- Templates --------------------------------------------------------===//

// One static per instantiation, one warning per source location.
template <class T> void rememberValue(const T &value) {
  static std::vector<T> values;
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: static 'std::vector' 'values' grows {{.*}}
  // CHECK-NOTES: :[[@LINE+1]]:10: note: inserted here
  values.push_back(value);
}
void rememberBoth() {
  rememberValue(1);
  rememberValue(2.5);
}

// Only the instantiation without eviction grows; it is reported once.
template <bool Evict> void maybeEvict(int key) {
  static std::map<int, int> entries;
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: static 'std::map' 'entries' grows {{.*}}
  // CHECK-NOTES: :[[@LINE+1]]:3: note: inserted here
  entries[key] = key;
  if constexpr (Evict)
    entries.erase(key);
}
void evictSome() {
  maybeEvict<true>(1);
  maybeEvict<false>(2);
}

//===--- Macros -----------------------------------------------------------===//

#define DECLARE_CACHE(name) static std::map<int, int> name
#define CACHE_PUT(cache, k, v) (cache)[k] = (v)
DECLARE_CACHE(macroCache);
// CHECK-NOTES: :[[@LINE-1]]:15: warning: static 'std::map' 'macroCache' grows {{.*}}
// CHECK-NOTES: :[[@LINE+2]]:31: note: inserted here
// CHECK-NOTES: :[[@LINE-4]]:32: note: expanded from macro 'CACHE_PUT'
void putThroughMacro(int k) { CACHE_PUT(macroCache, k, k); }

//===--- Custom container types (CacheTypes) ------------------------------===//

static util::FlatCache<int, int> flat;
// CHECK-MESSAGES-CUSTOM: :[[@LINE-1]]:34: warning: static 'util::FlatCache' 'flat' grows {{.*}}
void putFlat(int k) { flat[k] = k; }

static util::FlatCache<int, int> flatEvicted;
void putFlatEvicted(int k) { flatEvicted[k] = k; }
// Removal through a member the check does not know, but reached through a
// non-const reference: assumed to bound the cache.
void evictAll(util::FlatCache<int, int> &cache);
void trimFlat() { evictAll(flatEvicted); }

//===--- Negative: bounded, reset or not ours to judge --------------------===//

// Erased somewhere in the translation unit.
static std::map<int, int> sessions;
void openSession(int id) { sessions[id] = 1; }
void closeSession(int id) { sessions.erase(id); }

// Cleared, popped, swapped, reassigned, resized.
static std::vector<int> batch;
void add(int v) { batch.push_back(v); }
void flush() { batch.clear(); }
static std::vector<int> stack;
void push(int v) { stack.push_back(v); }
void pop() { stack.pop_back(); }
static std::map<int, int> generation;
void record(int k) { generation[k] = k; }
void rotate() {
  std::map<int, int> fresh;
  generation.swap(fresh);
}
static std::set<int> reassigned;
void mark(int k) { reassigned.insert(k); }
void reset() { reassigned = {}; }
static std::vector<int> window;
void slide(int v) {
  window.push_back(v);
  if (window.size() > 64)
    window.erase(window.begin());
}

// A size cap: capped at 1000 entries (the check does not prove the cap
// dominates every insertion; a comparison of size() is enough).
const std::string &renderCapped(const std::string &name) {
  static std::unordered_map<std::string, std::string> capped;
  if (auto it = capped.find(name); it != capped.end())
    return it->second;
  if (capped.size() >= 1000)
    capped.erase(capped.begin());
  return capped.emplace(name, render(name)).first->second;
}
static std::set<int> admitted;
bool full() { return admitted.size() >= 1000; }
void admit(int k) {
  if (!full())
    admitted.insert(k);
}

// Filled once: inside the initialiser of a static, or in std::call_once.
int lookupTable(int k) {
  static std::map<int, int> table;
  static const bool filled = [] {
    for (int i = 0; i < 16; ++i)
      table.emplace(i, i * i);
    return true;
  }();
  (void)filled;
  return table.at(k);
}
int lookupOnce(int k) {
  static std::map<int, int> table;
  static std::once_flag flag;
  std::call_once(flag, [] { table.emplace(1, 1); });
  return table.at(k);
}
static std::vector<int> primes;
static const bool primesReady = (primes.push_back(2), primes.push_back(3), true);
// Or behind a static "done" flag.
short colorOf(char id) {
  static bool initialized = false;
  static std::unordered_map<std::string, short> colors;
  if (!initialized) {
    colors.emplace("error", 1);
    colors.emplace("warning", 3);
    initialized = true;
  }
  auto it = colors.find(std::string(1, id));
  return it == colors.end() ? 0 : it->second;
}
// Or lazily, when it is still empty.
int nthSquare(std::size_t n) {
  static std::vector<int> squares;
  if (squares.empty())
    for (int i = 0; i < 100; ++i)
      squares.push_back(i * i);
  return squares[n];
}

// Escapes: external linkage, an address or a reference handed out.
std::map<int, int> exported;
void putExported(int k) { exported[k] = k; }
std::map<std::string, int> &registry() {
  static std::map<std::string, int> entries;
  entries.emplace("default", 0);
  return entries;
}
std::set<int> *pointerToSeen() {
  static std::set<int> seen;
  seen.insert(1);
  return &seen;
}
void bindReference(int k) {
  static std::map<int, int> bound;
  auto &alias = bound;
  alias.clear();
  bound[k] = k;
}
struct Holder {
  std::vector<int> &items;
};
static std::vector<int> held;
Holder hold() {
  held.push_back(1);
  return Holder{held};
}
void consume(std::vector<int> &&items);
static std::vector<int> moved;
void moveOut() {
  moved.push_back(1);
  consume(std::move(moved));
}

// Keys with a small domain (enums, bool, one-byte integers) bound a map or set.
enum class Level { Debug, Info, Warning, Error };
const std::string &levelName(Level level) {
  static std::map<Level, std::string> names;
  std::string &name = names[level];
  if (name.empty())
    name = std::to_string(static_cast<int>(level));
  return name;
}
static std::set<unsigned char> seenBytes;
void sawByte(unsigned char b) { seenBytes.insert(b); }

// Not a container of CacheTypes, not inserted into, or not static.
static std::vector<int> readOnly = {1, 2, 3};
int firstReadOnly() { return readOnly.front(); }
static std::vector<int> slots(16);
void setSlot(int i, int v) { slots[i] = v; } // vector's operator[] does not insert
void localOnly(int v) {
  std::vector<int> local;
  local.push_back(v);
}
struct Member {
  std::map<int, int> perObject;
  void put(int k) { perObject[k] = k; }
};
static std::string log;
void appendLog(const std::string &line) { log += line; }
// Copies and const references only read the container.
static std::set<int> snapshotSource;
void addSnapshot(int k) { snapshotSource.insert(k); }
std::size_t countAll(const std::set<int> &items);
std::set<int> snapshot() {
  std::set<int> copy = snapshotSource;
  (void)countAll(snapshotSource);
  snapshotSource.clear();
  return copy;
}

// C++20: std::erase_if and friends take the container by reference.
#if __cplusplus >= 202002L
static std::map<int, int> expiring;
void putExpiring(int k) { expiring[k] = k; }
void expire() { std::erase_if(expiring, [](const auto &kv) { return kv.second < 0; }); }
#endif

// Templates: an eviction inside a template that is never instantiated.
static std::map<int, int> evictedLater;
void putEvictedLater(int k) { evictedLater[k] = k; }
template <class K> void evictLater(const K &key) { evictedLater.erase(key); }
// A cache in a template that is never instantiated is not judged.
template <class T> void neverUsed(const T &value) {
  static std::vector<T> values;
  values.push_back(value);
}

// NOLINT silences the warning at the container.
static std::vector<int> tolerated; // NOLINT(allochunt-unbounded-static-cache)
void tolerate(int v) { tolerated.push_back(v); }

// The header's cache is reported after this file's (diagnostics are sorted).
// CHECK-NOTES: interned.h:6:42: warning: static 'std::unordered_set' 'table' grows without bound: it is inserted into but never erased from, cleared or size-checked, so its memory lives until the process exits; cap its size and evict entries [allochunt-unbounded-static-cache]
// CHECK-NOTES: interned.h:7:17: note: inserted here
