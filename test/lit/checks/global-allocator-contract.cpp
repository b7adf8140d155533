// RUN: %check_allochunt %s allochunt-global-allocator-contract %t -- -header-filter='.*pool.h' -- -I %S/Inputs/global-allocator-contract
// RUN: %check_allochunt -check-suffix=BROKEN %s allochunt-global-allocator-contract %t -- -- -DGLOBAL_BROKEN
// RUN: %check_allochunt -check-suffix=REVERSE %s allochunt-global-allocator-contract %t -- -- -DGLOBAL_REVERSE
// RUN: %check_allochunt -check-suffix=SPLIT %s allochunt-global-allocator-contract %t -- -- -DGLOBAL_SPLIT
// RUN: %check_allochunt -check-suffix=SINGLE %s allochunt-global-allocator-contract %t -- -config="{CheckOptions: {allochunt-global-allocator-contract.AssumeSingleThreaded: true}}" -- -DSTATE_ONLY
// RUN: %check_allochunt -check-suffix=CUSTOM %s allochunt-global-allocator-contract %t -- -config="{CheckOptions: {allochunt-global-allocator-contract.NullReturningAllocators: 'myalloc;::mylib::grab', allochunt-global-allocator-contract.UnderAlignedAllocators: 'tiny_alloc'}}" -- -DCUSTOM_ONLY
// RUN: %check_allochunt -check-suffix=BAD -expect-clang-tidy-error %s allochunt-global-allocator-contract %t -- -config="{CheckOptions: {allochunt-global-allocator-contract.NullReturningAllocators: 'my alloc', allochunt-global-allocator-contract.UnderAlignedAllocators: 'tiny-alloc'}}" -- -DCUSTOM_ONLY

// CHECK-NOTES-BAD: error: invalid entry 'my alloc' in option 'allochunt-global-allocator-contract.NullReturningAllocators': expected qualified function names such as '::malloc', separated by ';' [clang-tidy-config]
// CHECK-NOTES-BAD: error: invalid entry 'tiny-alloc' in option 'allochunt-global-allocator-contract.UnderAlignedAllocators': expected qualified function names such as '::malloc', separated by ';' [clang-tidy-config]

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <mutex>
#include <new>
#include <stdlib.h>

void record(std::size_t bytes, std::size_t alignment);

#if !defined(GLOBAL_BROKEN) && !defined(GLOBAL_REVERSE) &&                      \
    !defined(GLOBAL_SPLIT) && !defined(STATE_ONLY) && !defined(CUSTOM_ONLY)
#define DEFAULT_RUN
#include "pool.h"
#endif

#ifdef DEFAULT_RUN
//===--- Negative: a complete, correct global replacement -----------------===//

// A counting allocator written the usual way: the counter is atomic.
static std::atomic<std::size_t> LiveAllocations{0};

// Forwards to malloc, calls the new-handler, throws when there is none.
void *operator new(std::size_t size) {
  if (size == 0)
    size = 1;
  for (;;) {
    if (void *p = std::malloc(size)) {
      LiveAllocations.fetch_add(1, std::memory_order_relaxed);
      return p;
    }
    std::new_handler handler = std::get_new_handler();
    if (handler == nullptr)
      throw std::bad_alloc();
    handler();
  }
}
void operator delete(void *p) noexcept {
  if (p != nullptr)
    --LiveAllocations;
  std::free(p);
}
void operator delete(void *p, std::size_t) noexcept { ::operator delete(p); }
void *operator new[](std::size_t size) { return ::operator new(size); }
void operator delete[](void *p) noexcept { ::operator delete(p); }
void operator delete[](void *p, std::size_t) noexcept { ::operator delete(p); }

// Nothrow forms done right: the throwing call is inside a try block.
void *operator new(std::size_t size, const std::nothrow_t &) noexcept {
  try {
    return ::operator new(size);
  } catch (...) {
    return nullptr;
  }
}
void *operator new[](std::size_t size, const std::nothrow_t &) noexcept {
  try {
    return ::operator new[](size);
  } catch (const std::bad_alloc &) {
    return nullptr;
  }
}
void operator delete(void *p, const std::nothrow_t &) noexcept { ::operator delete(p); }
void operator delete[](void *p, const std::nothrow_t &) noexcept { ::operator delete[](p); }

// Aligned forms that pass the alignment to posix_memalign and aligned_alloc.
void *operator new(std::size_t size, std::align_val_t align) {
  void *p = nullptr;
  if (posix_memalign(&p, static_cast<std::size_t>(align), size == 0 ? 1 : size) != 0)
    throw std::bad_alloc();
  return p;
}
void *operator new[](std::size_t size, std::align_val_t align) {
  const auto alignment = static_cast<std::size_t>(align);
  // aligned_alloc wants a multiple of the alignment.
  const std::size_t rounded = (size + alignment - 1) / alignment * alignment;
  if (void *p = std::aligned_alloc(alignment, rounded == 0 ? alignment : rounded))
    return p;
  throw std::bad_alloc();
}
void operator delete(void *p, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void *p, std::align_val_t) noexcept { std::free(p); }
void operator delete(void *p, std::size_t, std::align_val_t align) noexcept {
  ::operator delete(p, align);
}
void operator delete[](void *p, std::size_t, std::align_val_t align) noexcept {
  ::operator delete[](p, align);
}

//===--- Positive: a throwing form that can return null -------------------===//

struct Unchecked {
  static void *operator new(std::size_t size) { return std::malloc(size); }
  // CHECK-NOTES: :[[@LINE-1]]:56: warning: 'Unchecked::operator new' returns the result of 'malloc' without testing it for null, but it is not 'noexcept', so new-expressions use its result unchecked (undefined behaviour); throw 'std::bad_alloc' (or call the new-handler) when 'malloc' returns null [allochunt-global-allocator-contract]
  static void operator delete(void *p) { std::free(p); }
};

// Through a variable: the note shows where the pointer comes from.
struct UncheckedVariable {
  void *operator new[](std::size_t size) {
    void *block = calloc(1, size);
    return block;
    // CHECK-NOTES: :[[@LINE-1]]:12: warning: 'UncheckedVariable::operator new[]' returns the result of 'calloc' without testing it for null, {{.*}} [allochunt-global-allocator-contract]
    // CHECK-NOTES: :[[@LINE-3]]:19: note: the pointer comes from 'calloc' here
  }
  void operator delete[](void *p) { free(p); }
};

// A size parameter spelled through an alias is the same form.
struct AliasedSize {
  using size_type = std::size_t;
  void *operator new(size_type n) { return static_cast<void *>(std::aligned_alloc(16, n)); }
  // CHECK-NOTES: :[[@LINE-1]]:44: warning: 'AliasedSize::operator new' returns the result of 'aligned_alloc' without testing it for null, {{.*}} [allochunt-global-allocator-contract]
  void operator delete(void *p) { std::free(p); }
};

// Allocator libraries that return null on failure are listed by default.
extern "C" void *rpmalloc(std::size_t size);
struct RpPooled {
  void *operator new(std::size_t size) { return rpmalloc(size); }
  // CHECK-NOTES: :[[@LINE-1]]:49: warning: 'RpPooled::operator new' returns the result of 'rpmalloc' without testing it for null, {{.*}} [allochunt-global-allocator-contract]
};

// Testing for null and then returning null is no better.
struct ReturnsNull {
  void *operator new(std::size_t size) {
    void *p = std::malloc(size);
    if (p == nullptr)
      return nullptr;
    // CHECK-NOTES: :[[@LINE-1]]:7: warning: 'ReturnsNull::operator new' returns a null pointer, but it is not 'noexcept', so new-expressions use its result unchecked (undefined behaviour); throw 'std::bad_alloc' (or call the new-handler) when allocation fails [allochunt-global-allocator-contract]
    return p;
  }
  void operator delete(void *p) { std::free(p); }
};

//===--- Positive: operator new(0) returns null ---------------------------===//

struct ZeroSize {
  void *operator new(std::size_t size) {
    if (size == 0)
      return nullptr;
    // CHECK-NOTES: :[[@LINE-1]]:7: warning: 'ZeroSize::operator new' returns a null pointer for a request of 0 bytes; it must return a distinct non-null pointer; allocate 1 byte instead [allochunt-global-allocator-contract]
    if (void *p = std::malloc(size))
      return p;
    throw std::bad_alloc();
  }
  void operator delete(void *p) { std::free(p); }
};

// A nothrow form may fail, but not for every request of 0 bytes.
struct NoThrowZeroSize {
  void *operator new(std::size_t size, const std::nothrow_t &) noexcept {
    if (!size || size > (1U << 20)) {
      return NULL;
      // CHECK-NOTES: :[[@LINE-1]]:7: warning: 'NoThrowZeroSize::operator new' returns a null pointer for a request of 0 bytes; {{.*}} [allochunt-global-allocator-contract]
    }
    return std::malloc(size);
  }
  void operator delete(void *p) { std::free(p); }
};

//===--- Positive: a nothrow form that can throw --------------------------===//

struct NoThrowThrows {
  void *operator new(std::size_t size, const std::nothrow_t &) noexcept {
    void *p = std::malloc(size);
    if (p == nullptr)
      throw std::bad_alloc();
    // CHECK-NOTES: :[[@LINE-1]]:7: warning: 'NoThrowThrows::operator new' is 'noexcept', but this throw expression can throw, which calls 'std::terminate'; catch the exception and return a null pointer [allochunt-global-allocator-contract]
    return p;
  }
  void *operator new[](std::size_t size, const std::nothrow_t &) noexcept {
    return ::operator new[](size);
    // CHECK-NOTES: :[[@LINE-1]]:12: warning: 'NoThrowThrows::operator new[]' is 'noexcept', but this call of the throwing 'operator new[](std::size_t)' can throw, {{.*}} [allochunt-global-allocator-contract]
  }
  void *operator new(std::size_t size, int tag) noexcept {
    try {
      return new char[size + static_cast<std::size_t>(tag)];
    } catch (...) {
      throw;
      // CHECK-NOTES: :[[@LINE-1]]:7: warning: 'NoThrowThrows::operator new' is 'noexcept', but this throw expression can throw, {{.*}} [allochunt-global-allocator-contract]
    }
  }
  void *operator new(std::size_t size, char) noexcept {
    return new char[size];
    // CHECK-NOTES: :[[@LINE-1]]:12: warning: 'NoThrowThrows::operator new' is 'noexcept', but this new-expression can throw, {{.*}} [allochunt-global-allocator-contract]
  }
  void operator delete(void *p) { std::free(p); }
  void operator delete[](void *p) { std::free(p); }
};

//===--- Positive: an aligned form that ignores the alignment -------------===//

struct IgnoresAlignment {
  void *operator new(std::size_t size, std::align_val_t) {
    // CHECK-NOTES: :[[@LINE-1]]:9: warning: 'IgnoresAlignment::operator new' ignores the requested alignment; over-aligned types get memory aligned only for 'std::max_align_t' at best (undefined behaviour); name the alignment parameter and pass it to 'aligned_alloc' or 'posix_memalign' [allochunt-global-allocator-contract]
    if (void *p = std::malloc(size))
      return p;
    throw std::bad_alloc();
  }
  void operator delete(void *p, std::align_val_t) { std::free(p); }
};

struct DiscardsAlignment {
  void *operator new[](std::size_t size, std::align_val_t align) {
    // CHECK-NOTES: :[[@LINE-1]]:9: warning: 'DiscardsAlignment::operator new[]' ignores the requested alignment; {{.*}}; pass 'align' to 'aligned_alloc' or 'posix_memalign' [allochunt-global-allocator-contract]
    (void)align;
    return ::operator new[](size);
  }
  void operator delete[](void *p, std::align_val_t) { ::operator delete[](p); }
};

// The alignment is read, but only to be recorded: the memory is malloc's.
struct AlignmentOnlyRecorded {
  void *operator new(std::size_t size, std::align_val_t align) {
    record(size, static_cast<std::size_t>(align));
    void *p = std::malloc(size);
    // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'AlignmentOnlyRecorded::operator new' serves an aligned request with 'malloc', which aligns only for 'std::max_align_t' (undefined behaviour for over-aligned types); pass 'align' to 'aligned_alloc' or 'posix_memalign' [allochunt-global-allocator-contract]
    if (p == nullptr)
      throw std::bad_alloc();
    return p;
  }
  void operator delete(void *p, std::align_val_t) { std::free(p); }
};
#endif

#if defined(DEFAULT_RUN) || defined(STATE_ONLY)
//===--- Positive: allocator state written without synchronisation --------===//

struct CountingWidget {
  static std::size_t count;
  static void *operator new(std::size_t size) {
    ++count;
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'CountingWidget::operator new' writes 'count' without an atomic or a lock; allocations on other threads race on it (undefined behaviour); make it 'std::atomic' or guard it with a mutex (or set 'AssumeSingleThreaded' if the program never runs threads) [allochunt-global-allocator-contract]
    // CHECK-NOTES: :[[@LINE-4]]:22: note: 'count' is declared here
    return ::operator new(size);
  }
  static void operator delete(void *p) {
    count -= 1;
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'CountingWidget::operator delete' writes 'count' without {{.*}} [allochunt-global-allocator-contract]
    // CHECK-NOTES: :[[@LINE-10]]:22: note: 'count' is declared here
    ::operator delete(p);
  }
};

// A free list kept in a static pointer.
struct PooledNode {
  PooledNode *next = nullptr;
  static PooledNode *freeList;
  void *operator new(std::size_t size) {
    if (freeList == nullptr)
      return ::operator new(size);
    PooledNode *node = freeList;
    freeList = node->next;
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'PooledNode::operator new' writes 'freeList' without {{.*}} [allochunt-global-allocator-contract]
    // CHECK-NOTES: :[[@LINE-7]]:22: note: 'freeList' is declared here
    return node;
  }
  void operator delete(void *p) {
    auto *node = static_cast<PooledNode *>(p);
    node->next = freeList;
    freeList = node;
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'PooledNode::operator delete' writes 'freeList' without {{.*}} [allochunt-global-allocator-contract]
    // CHECK-NOTES: :[[@LINE-15]]:22: note: 'freeList' is declared here
  }
};

//===--- Negative: synchronised or per-thread state -----------------------===//

// Under a lock.
struct LockedCounter {
  static std::mutex mutex;
  static std::size_t count;
  static void *operator new(std::size_t size) {
    const std::lock_guard<std::mutex> guard(mutex);
    ++count;
    return ::operator new(size);
  }
  static void operator delete(void *p) {
    mutex.lock();
    --count;
    mutex.unlock();
    ::operator delete(p);
  }
};

// A project's own spin lock, taken through a guard or by hand.
struct SpinLock {
  void acquire();
  void release();
};
template <class Lockable> struct Guard {
  explicit Guard(Lockable &);
  ~Guard();
};
struct SpinGuarded {
  static SpinLock spin;
  static std::atomic_flag busy;
  static std::size_t count;
  static void *operator new(std::size_t size) {
    Guard<SpinLock> guard(spin);
    ++count;
    return ::operator new(size);
  }
  static void operator delete(void *p) {
    while (busy.test_and_set(std::memory_order_acquire)) {
    }
    --count;
    busy.clear(std::memory_order_release);
    ::operator delete(p);
  }
};

// Atomic counters and per-thread caches race with nothing.
struct AtomicCounter {
  static std::atomic<long> count;
  static thread_local void *cache;
  static void *operator new(std::size_t size) {
    count++;
    count.fetch_add(1);
    if (void *p = cache) {
      cache = nullptr;
      return p;
    }
    return ::operator new(size);
  }
  static void operator delete(void *p) {
    --count;
    ::operator delete(p);
  }
};

// A write inside a lambda (a call_once initialiser, say) is another function's.
struct LazyArena {
  static char *arena;
  static std::once_flag once;
  static void *operator new(std::size_t size) {
    std::call_once(once, [] { arena = static_cast<char *>(::operator new(1 << 20)); });
    return ::operator new(size);
  }
  static void operator delete(void *p) { ::operator delete(p); }
};
#endif

#ifdef DEFAULT_RUN
//===--- Negative: class-specific forms that keep the contract ------------===//

// A noexcept form may return null: new-expressions test its result.
struct NoThrowClass {
  void *operator new(std::size_t size) noexcept { return std::malloc(size); }
  void *operator new[](std::size_t size) noexcept {
    void *p = std::malloc(size);
    if (p == nullptr)
      return nullptr;
    return p;
  }
  void operator delete(void *p) { std::free(p); }
  void operator delete[](void *p) { std::free(p); }
};

// Placement forms return what they are given, or what their arena returns.
struct Arena {
  void *allocate(std::size_t size);
};
struct Placed {
  void *operator new(std::size_t, void *where) { return where; }
  void *operator new(std::size_t size, Arena &arena) { return arena.allocate(size); }
  void operator delete(void *, void *) {}
  void operator delete(void *, Arena &) {}
};

// The null test may come before the allocation, in a loop's condition.
struct RetriesWithHandler {
  void *operator new(std::size_t size) {
    void *p;
    while ((p = std::malloc(size)) == nullptr) {
      if (std::new_handler handler = std::get_new_handler())
        handler();
      else
        throw std::bad_alloc();
    }
    return p;
  }
  void operator delete(void *p) { std::free(p); }
};

// Returning a variable that is not only the allocator's result.
struct Aligns {
  void *operator new(std::size_t size) {
    void *p = std::malloc(size + 16);
    if (!p)
      std::abort();
    p = static_cast<char *>(p) + 16;
    return p;
  }
  void operator delete(void *p) { std::free(static_cast<char *>(p) - 16); }
};

// A nothrow form that returns null on failure, as it should.
struct NoThrowDoneRight {
  void *operator new(std::size_t size, const std::nothrow_t &) noexcept {
    return std::malloc(size == 0 ? 1 : size);
  }
  void operator delete(void *p) { std::free(p); }
};

// Aligned forms done right: the alignment reaches the allocation, or
// decides between allocators.
struct AlignedDoneRight {
  void *operator new(std::size_t size, std::align_val_t align) {
    return ::operator new(size, align);
  }
  void *operator new[](std::size_t size, std::align_val_t align) {
    if (static_cast<std::size_t>(align) <= alignof(std::max_align_t)) {
      if (void *p = std::malloc(size))
        return p;
      throw std::bad_alloc();
    }
    void *p = nullptr;
    if (posix_memalign(&p, static_cast<std::size_t>(align), size) != 0)
      throw std::bad_alloc();
    return p;
  }
  void operator delete(void *p, std::align_val_t align) { ::operator delete(p, align); }
  void operator delete[](void *p, std::align_val_t) { std::free(p); }
};

// A class-specific aligned form may align to a fixed value that suits its
// own class.
struct alignas(64) CacheLine {
  char bytes[64];
  void *operator new(std::size_t size, std::align_val_t) {
    if (void *p = std::aligned_alloc(64, size))
      return p;
    throw std::bad_alloc();
  }
  void operator delete(void *p, std::align_val_t) { std::free(p); }
};

// Deleted and declared-only forms have no body to judge.
struct NotOnHeap {
  void *operator new(std::size_t) = delete;
  void *operator new[](std::size_t);
};

#if __cplusplus >= 202002L
// C++20 destroying delete is no usual form; nothing to report.
struct Destroyed {
  void operator delete(Destroyed *p, std::destroying_delete_t) {
    p->~Destroyed();
    std::free(p);
  }
};
#endif

//===--- Templates: reported once, in the pattern --------------------------===//

template <class T> struct TypedPool {
  static void *operator new(std::size_t size) { return std::malloc(size); }
  // CHECK-NOTES: :[[@LINE-1]]:56: warning: 'TypedPool::operator new' returns the result of 'malloc' without testing it for null, {{.*}} [allochunt-global-allocator-contract]
  static void operator delete(void *p) { std::free(p); }
  T value;
};
TypedPool<int> *makeInt() { return new TypedPool<int>; }
TypedPool<double> *makeDouble() { return new TypedPool<double>; }

// A dependent allocator: unknown until instantiation, and never guessed.
template <class Source> struct DependentPool {
  static void *operator new(std::size_t size) { return Source::allocate(size); }
  static void operator delete(void *p) { Source::release(p); }
};

//===--- Macros and NOLINT -------------------------------------------------===//

#define POOLED_NEW                                                             \
  static void *operator new(std::size_t size) { return std::malloc(size); }    \
  static void operator delete(void *p) { std::free(p); }
struct MacroPooled {
  POOLED_NEW
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'MacroPooled::operator new' returns the result of 'malloc' without testing it for null, {{.*}} [allochunt-global-allocator-contract]
  // CHECK-NOTES: :[[@LINE-5]]:56: note: expanded from macro 'POOLED_NEW'
};

struct Silenced {
  static void *operator new(std::size_t size) { return std::malloc(size); } // NOLINT(allochunt-global-allocator-contract)
  static void operator delete(void *p) { std::free(p); }
};

// The header's class, reported there (diagnostics come sorted by file).
// CHECK-NOTES: pool.h:7:56: warning: 'HeaderPooled::operator new' returns the result of 'malloc' without testing it for null, {{.*}} [allochunt-global-allocator-contract]
#endif

//===--- Global families replaced incompletely, and global positives ------===//

#ifdef GLOBAL_BROKEN
static std::size_t TotalBytes = 0;

void *operator new(std::size_t size) {
  // CHECK-MESSAGES-BROKEN: :[[@LINE-1]]:7: warning: 'operator new(std::size_t)' is replaced but 'operator delete(void *)' is not; memory from the replacement is released by the default 'operator delete(void *)', which mixes two heaps (undefined behaviour); replace 'operator delete(void *)' too, or declare it in this file if another one replaces it [allochunt-global-allocator-contract]
  TotalBytes += size;
  // CHECK-MESSAGES-BROKEN: :[[@LINE-1]]:3: warning: 'operator new(std::size_t)' writes 'TotalBytes' without an atomic or a lock; {{.*}} [allochunt-global-allocator-contract]
  return std::malloc(size);
  // CHECK-MESSAGES-BROKEN: :[[@LINE-1]]:10: warning: 'operator new(std::size_t)' returns the result of 'malloc' without testing it for null, {{.*}} [allochunt-global-allocator-contract]
}

void *operator new[](std::size_t size) {
  // CHECK-MESSAGES-BROKEN: :[[@LINE-1]]:7: warning: 'operator new[](std::size_t)' is replaced but 'operator delete[](void *)' is not; {{.*}} [allochunt-global-allocator-contract]
  if (size == 0)
    return nullptr;
  // CHECK-MESSAGES-BROKEN: :[[@LINE-1]]:5: warning: 'operator new[](std::size_t)' returns a null pointer for a request of 0 bytes; {{.*}} [allochunt-global-allocator-contract]
  if (void *p = std::malloc(size))
    return p;
  throw std::bad_alloc();
}

void *operator new(std::size_t size, const std::nothrow_t &) noexcept {
  if (void *p = std::malloc(size))
    return p;
  throw std::bad_alloc();
  // CHECK-MESSAGES-BROKEN: :[[@LINE-1]]:3: warning: 'operator new(std::size_t, const std::nothrow_t &)' is 'noexcept', but this throw expression can throw, {{.*}} [allochunt-global-allocator-contract]
}

void *operator new(std::size_t size, std::align_val_t) {
  // CHECK-MESSAGES-BROKEN: :[[@LINE-1]]:7: warning: 'operator new(std::size_t, std::align_val_t)' ignores the requested alignment; {{.*}} [allochunt-global-allocator-contract]
  // CHECK-MESSAGES-BROKEN: :[[@LINE-2]]:7: warning: 'operator new(std::size_t, std::align_val_t)' is replaced but 'operator delete(void *, std::align_val_t)' is not; {{.*}} [allochunt-global-allocator-contract]
  return ::operator new(size);
}

void *operator new[](std::size_t size, std::align_val_t align) {
  // CHECK-MESSAGES-BROKEN: :[[@LINE-1]]:7: warning: 'operator new[](std::size_t, std::align_val_t)' is replaced but 'operator delete[](void *, std::align_val_t)' is not; {{.*}} [allochunt-global-allocator-contract]
  record(size, static_cast<std::size_t>(align));
  void *p = std::malloc(size);
  // CHECK-MESSAGES-BROKEN: :[[@LINE-1]]:13: warning: 'operator new[](std::size_t, std::align_val_t)' serves an aligned request with 'malloc', {{.*}} [allochunt-global-allocator-contract]
  if (p == nullptr)
    throw std::bad_alloc();
  return p;
}
#endif

#ifdef GLOBAL_REVERSE
// Only delete is replaced: memory from the library's new reaches it.
void operator delete(void *p) noexcept { std::free(p); }
// CHECK-MESSAGES-REVERSE: :[[@LINE-1]]:6: warning: 'operator delete(void *)' is replaced but 'operator new(std::size_t)' is not; memory from the default 'operator new(std::size_t)' is released by the replacement, which mixes two heaps (undefined behaviour); replace 'operator new(std::size_t)' too, or declare it in this file if another one replaces it [allochunt-global-allocator-contract]
void operator delete(void *p, std::size_t) noexcept { std::free(p); }
#endif

#ifdef GLOBAL_SPLIT
// operator delete is declared here and defined in another file.
void operator delete(void *p) noexcept;
void *operator new(std::size_t size) {
  if (void *p = std::malloc(size == 0 ? 1 : size))
    return p;
  throw std::bad_alloc();
}
#endif

#ifdef CUSTOM_ONLY
//===--- NullReturningAllocators names the project's allocators -----------===//
void *myalloc(std::size_t);
namespace mylib {
void *grab(std::size_t);
}
struct Custom {
  void *operator new(std::size_t size) { return myalloc(size); }
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-1]]:49: warning: 'Custom::operator new' returns the result of 'myalloc' without testing it for null, {{.*}} [allochunt-global-allocator-contract]
  void *operator new[](std::size_t size) { return mylib::grab(size); }
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-1]]:51: warning: 'Custom::operator new[]' returns the result of 'grab' without testing it for null, {{.*}} [allochunt-global-allocator-contract]
  // The list replaces the default one: malloc is no longer named.
  void *operator new(std::size_t size, int) { return std::malloc(size); }
};

//===--- UnderAlignedAllocators names allocators aligned below new's default
void *tiny_alloc(std::size_t);
struct Tiny {
  void *operator new(std::size_t size) {
    void *p = tiny_alloc(size);
    // CHECK-MESSAGES-CUSTOM: :[[@LINE-1]]:15: warning: 'Tiny::operator new' returns memory from 'tiny_alloc', which is aligned below '__STDCPP_DEFAULT_NEW_ALIGNMENT__' ({{[0-9]+}} bytes); objects that need that alignment get misaligned memory (undefined behaviour); allocate with an allocator that aligns to it [allochunt-global-allocator-contract]
    if (p == nullptr)
      throw std::bad_alloc();
    return p;
  }
  // An aligned form is judged by its alignment argument instead.
  void *operator new(std::size_t size, std::align_val_t align) { return ::operator new(size, align); }
  // So is memory that is adjusted before it is returned.
  void *operator new[](std::size_t size) {
    void *p = tiny_alloc(size + 16);
    if (p == nullptr)
      throw std::bad_alloc();
    return static_cast<char *>(p) + 16 - reinterpret_cast<std::uintptr_t>(p) % 16;
  }
};
#endif
