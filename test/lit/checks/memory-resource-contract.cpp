// RUN: %check_allochunt %s allochunt-memory-resource-contract %t -- -header-filter='.*arena.h' -- -I %S/Inputs/memory-resource-contract
// RUN: %check_allochunt -check-suffix=CUSTOM %s allochunt-memory-resource-contract %t -- -config="{CheckOptions: {allochunt-memory-resource-contract.MemoryResourceBases: '::mylib::Resource'}}" -- -I %S/Inputs/memory-resource-contract -DCUSTOM_ONLY
// RUN: %check_allochunt -check-suffix=BAD -expect-clang-tidy-error %s allochunt-memory-resource-contract %t -- -config="{CheckOptions: {allochunt-memory-resource-contract.MemoryResourceBases: 'std::pmr::memory_resource*'}}" -- -I %S/Inputs/memory-resource-contract -DCUSTOM_ONLY

// CHECK-NOTES-BAD: error: invalid entry 'std::pmr::memory_resource*' in option 'allochunt-memory-resource-contract.MemoryResourceBases': expected qualified class names such as '::std::pmr::memory_resource', separated by ';' [clang-tidy-config]

#include "arena.h"

#include <cassert>
#include <cstddef>
#include <cstdlib>
#include <memory_resource>
#include <new>
#include <type_traits>

// Boost.Container's resource, mocked: the check knows it by name.
namespace boost::container::pmr {
class memory_resource {
public:
  virtual ~memory_resource() = default;
  void *allocate(std::size_t bytes, std::size_t alignment) { return do_allocate(bytes, alignment); }

protected:
  virtual void *do_allocate(std::size_t bytes, std::size_t alignment) = 0;
  virtual void do_deallocate(void *p, std::size_t bytes, std::size_t alignment) = 0;
  virtual bool do_is_equal(const memory_resource &other) const noexcept = 0;
};
} // namespace boost::container::pmr

// A project's own resource base, for the MemoryResourceBases option.
namespace mylib {
class Resource {
protected:
  virtual void *do_allocate(std::size_t bytes, std::size_t alignment) = 0;
  virtual void do_deallocate(void *p, std::size_t bytes, std::size_t alignment) = 0;
  virtual bool do_is_equal(const Resource &other) const noexcept = 0;
};
} // namespace mylib

// MSVC's aligned heap, declared so the test runs everywhere.
extern "C" void *_aligned_malloc(std::size_t size, std::size_t alignment);
extern "C" void _aligned_free(void *p);

#ifndef CUSTOM_ONLY
//===--- Positive: do_allocate ignores the alignment ----------------------===//

class MallocResource : public std::pmr::memory_resource {
  void *do_allocate(std::size_t bytes, std::size_t alignment) override {
    // CHECK-NOTES: :[[@LINE-1]]:9: warning: 'do_allocate' ignores the requested alignment; over-aligned requests get misaligned memory (undefined behaviour); pass 'alignment' to the underlying allocation [allochunt-memory-resource-contract]
    (void)alignment;
    return std::malloc(bytes);
  }
  void do_deallocate(void *p, std::size_t, std::size_t) override { std::free(p); }
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    return this == &other;
  }
};

class UnnamedAlignment : public std::pmr::memory_resource {
  void *do_allocate(std::size_t bytes, std::size_t) override;
  void do_deallocate(void *p, std::size_t, std::size_t) override { ::operator delete(p); }
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    return this == &other;
  }
};
// Out of line: the definition is what is judged.
void *UnnamedAlignment::do_allocate(std::size_t bytes, std::size_t) {
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: 'do_allocate' ignores the requested alignment; over-aligned requests get misaligned memory (undefined behaviour); name the alignment parameter and pass it to the underlying allocation [allochunt-memory-resource-contract]
  return ::operator new(bytes);
}

// Forwarding upstream with the default alignment drops the request.
class DropsAlignment : public std::pmr::memory_resource {
  std::pmr::memory_resource *upstream_ = std::pmr::get_default_resource();
  void *do_allocate(std::size_t bytes, [[maybe_unused]] std::size_t align) override {
    // CHECK-NOTES: :[[@LINE-1]]:9: warning: 'do_allocate' ignores the requested alignment; {{.*}}; pass 'align' to the underlying allocation [allochunt-memory-resource-contract]
    return upstream_->allocate(bytes);
  }
  void do_deallocate(void *p, std::size_t bytes, std::size_t align) override {
    upstream_->deallocate(p, bytes, align);
  }
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    return this == &other;
  }
};

// Boost.Container's memory_resource has the same contract.
class BoostArena : public boost::container::pmr::memory_resource {
  char buffer_[4096];
  std::size_t used_ = 0;
  void *do_allocate(std::size_t bytes, std::size_t alignment) override {
    // CHECK-NOTES: :[[@LINE-1]]:9: warning: 'do_allocate' ignores the requested alignment; {{.*}} [allochunt-memory-resource-contract]
    static_cast<void>(alignment);
    used_ += bytes;
    return buffer_ + used_ - bytes;
  }
  void do_deallocate(void *, std::size_t, std::size_t) override {}
  bool do_is_equal(const boost::container::pmr::memory_resource &other) const noexcept override {
    return this == &other;
  }
};

//===--- Positive: do_deallocate frees through another family -------------===//

class MallocThenDelete : public std::pmr::memory_resource {
  void *do_allocate(std::size_t bytes, std::size_t alignment) override {
    return std::aligned_alloc(alignment, bytes);
  }
  void do_deallocate(void *p, std::size_t, std::size_t) override {
    ::operator delete(p);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'do_deallocate' releases memory with '::operator delete(ptr[, size])', but 'do_allocate' obtains it from 'malloc'; mixing the two is undefined behaviour; release it with 'free' [allochunt-memory-resource-contract]
    // CHECK-NOTES: :[[@LINE-5]]:12: note: memory is obtained from 'malloc' here
  }
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    return this == &other;
  }
};

// Aligned operator new must be paired with the aligned operator delete.
class ForgetsAlignmentOnDelete : public std::pmr::memory_resource {
  void *do_allocate(std::size_t bytes, std::size_t alignment) override {
    return ::operator new(bytes, std::align_val_t(alignment));
  }
  void do_deallocate(void *p, std::size_t bytes, std::size_t) override {
    ::operator delete(p, bytes);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'do_deallocate' releases memory with '::operator delete(ptr[, size])', but 'do_allocate' obtains it from '::operator new(size, std::align_val_t)'; mixing the two is undefined behaviour; release it with '::operator delete(ptr[, size], std::align_val_t)' [allochunt-memory-resource-contract]
    // CHECK-NOTES: :[[@LINE-5]]:12: note: memory is obtained from '::operator new(size, std::align_val_t)' here
  }
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    return this == &other;
  }
};

// new[] with delete (not delete[]), and MSVC's aligned heap with free.
class ArrayThenScalar : public std::pmr::memory_resource {
  void *do_allocate(std::size_t bytes, std::size_t alignment) override {
    assert(alignment <= alignof(std::max_align_t));
    return new char[bytes];
  }
  void do_deallocate(void *p, std::size_t, std::size_t) override {
    delete static_cast<char *>(p);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: 'do_deallocate' releases memory with a 'delete' expression, but 'do_allocate' obtains it from a 'new[]' expression; mixing the two is undefined behaviour; release it with a 'delete[]' expression [allochunt-memory-resource-contract]
    // CHECK-NOTES: :[[@LINE-5]]:12: note: memory is obtained from a 'new[]' expression here
  }
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    return this == &other;
  }
};
class WindowsAligned : public std::pmr::memory_resource {
  void *do_allocate(std::size_t bytes, std::size_t alignment) override;
  void do_deallocate(void *p, std::size_t, std::size_t) override;
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    return this == &other;
  }
};
void *WindowsAligned::do_allocate(std::size_t bytes, std::size_t alignment) {
  return _aligned_malloc(bytes, alignment);
}
void WindowsAligned::do_deallocate(void *p, std::size_t, std::size_t) {
  std::free(p);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'do_deallocate' releases memory with 'free', but 'do_allocate' obtains it from '_aligned_malloc'; {{.*}}; release it with '_aligned_free' [allochunt-memory-resource-contract]
  // CHECK-NOTES: :[[@LINE-5]]:10: note: memory is obtained from '_aligned_malloc' here
}

//===--- Positive: do_is_equal ignores the other resource -----------------===//

class ClaimsEverything : public std::pmr::memory_resource {
  void *do_allocate(std::size_t bytes, std::size_t alignment) override {
    return ::operator new(bytes, std::align_val_t(alignment));
  }
  void do_deallocate(void *p, std::size_t, std::size_t alignment) override {
    ::operator delete(p, std::align_val_t(alignment));
  }
  bool do_is_equal(const std::pmr::memory_resource &) const noexcept override { return true; }
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: 'do_is_equal' returns true without looking at the other resource; memory from this resource may then be deallocated by a different one; compare the other resource's address with 'this' [allochunt-memory-resource-contract]
};
class SilencedOther : public std::pmr::memory_resource {
  void *do_allocate(std::size_t bytes, std::size_t alignment) override {
    return ::operator new(bytes, std::align_val_t(alignment));
  }
  void do_deallocate(void *p, std::size_t bytes, std::size_t alignment) override {
    ::operator delete(p, bytes, std::align_val_t(alignment));
  }
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    // CHECK-NOTES: :[[@LINE-1]]:8: warning: 'do_is_equal' returns true without looking at 'other'; {{.*}} [allochunt-memory-resource-contract]
    (void)other;
    return 1 == 1;
  }
};

//===--- Positive: do_is_equal says true on a path that skips 'other' -----===//

// A mode flag tested before the comparison: with it set, any resource is equal.
class SharedMode : public std::pmr::memory_resource {
  bool shared_ = false;
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    // CHECK-NOTES: :[[@LINE-1]]:8: warning: 'do_is_equal' can return true before comparing 'other'; the resource can then compare equal to a different resource, so memory allocated by one is deallocated by another; compare 'other' (its address, its dynamic type or its state) on every path that returns true [allochunt-memory-resource-contract]
    if (shared_)
      return true;
    // CHECK-NOTES: :[[@LINE-1]]:7: note: this return is reached without comparing 'other'
    return this == &other;
  }
};
// The flag on the left of `||` is the same path.
class SharedOr : public std::pmr::memory_resource {
  bool shared_ = false;
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    // CHECK-NOTES: :[[@LINE-1]]:8: warning: 'do_is_equal' can return true before comparing 'other'; {{.*}} [allochunt-memory-resource-contract]
    return shared_ || this == &other;
    // CHECK-NOTES: :[[@LINE-1]]:5: note: this return is reached without comparing 'other'
  }
};
// Before the dynamic_cast: a state test of this resource only.
class Forwarder : public std::pmr::memory_resource {
  std::pmr::memory_resource *upstream_ = nullptr;
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    // CHECK-NOTES: :[[@LINE-1]]:8: warning: 'do_is_equal' can return true before comparing 'other'; {{.*}} [allochunt-memory-resource-contract]
    if (upstream_ == nullptr) {
      return true;
      // CHECK-NOTES: :[[@LINE-1]]:7: note: this return is reached without comparing 'other'
    }
    const auto *same = dynamic_cast<const Forwarder *>(&other);
    return same != nullptr && same->upstream_ == upstream_;
  }
};
// Out of line, in a loop and a switch: still one warning, the note at the first return.
class Tiered : public std::pmr::memory_resource {
  int tier_ = 0;
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override;
};
bool Tiered::do_is_equal(const std::pmr::memory_resource &other) const noexcept {
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'do_is_equal' can return true before comparing 'other'; {{.*}} [allochunt-memory-resource-contract]
  switch (tier_) {
  case 0:
    return false;
  case 1:
    return true;
    // CHECK-NOTES: :[[@LINE-1]]:5: note: this return is reached without comparing 'other'
  default:
    return &other == this;
  }
}

//===--- Positive: a stateful allocator that compares equal to all --------===//

struct Pool;
template <class T> struct PoolAllocator {
  using value_type = T;
  Pool *pool;
  T *allocate(std::size_t n);
  void deallocate(T *p, std::size_t n);
  template <class U> bool operator==(const PoolAllocator<U> &) const { return true; }
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: allocator 'PoolAllocator' compares equal to every other instance but holds state ('pool'); a container may then free memory through an allocator that did not allocate it; compare 'pool' in 'operator==', or declare 'is_always_equal' as 'std::true_type' if the state does not decide where memory comes from [allochunt-memory-resource-contract]
};
struct ArenaAllocator {
  using value_type = int;
  std::byte *cursor = nullptr;
  int *allocate(std::size_t n);
  void deallocate(int *p, std::size_t n);
  friend bool operator==(const ArenaAllocator &, const ArenaAllocator &) { return true; }
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: allocator 'ArenaAllocator' compares equal to every other instance but holds state ('cursor'); {{.*}} [allochunt-memory-resource-contract]
};
template <class T> struct SlabAllocator {
  using value_type = T;
  void *slab;
  T *allocate(std::size_t n);
  void deallocate(T *p, std::size_t n);
};
template <class T, class U>
bool operator==(const SlabAllocator<T> &, const SlabAllocator<U> &) {
  // CHECK-NOTES: :[[@LINE-1]]:6: warning: allocator 'SlabAllocator' compares equal to every other instance but holds state ('slab'); {{.*}} [allochunt-memory-resource-contract]
  return true;
}

//===--- Templates: judged once, in the pattern ---------------------------===//

template <std::size_t Size> class FixedBuffer : public std::pmr::memory_resource {
  alignas(std::max_align_t) unsigned char buffer_[Size];
  std::size_t used_ = 0;
  void *do_allocate(std::size_t bytes, std::size_t alignment) override {
    // CHECK-NOTES: :[[@LINE-1]]:9: warning: 'do_allocate' ignores the requested alignment; {{.*}} [allochunt-memory-resource-contract]
    (void)alignment;
    if (used_ + bytes > Size)
      throw std::bad_alloc();
    used_ += bytes;
    return buffer_ + used_ - bytes;
  }
  void do_deallocate(void *, std::size_t, std::size_t) override {}
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    return this == &other;
  }
};
FixedBuffer<64> small;
FixedBuffer<4096> large;
void useBuffers() {
  (void)small.allocate(8);
  (void)large.allocate(8);
  PoolAllocator<int> a{nullptr}, b{nullptr};
  (void)(a == b);
  PoolAllocator<long> c{nullptr};
  (void)(a == c);
}

// A flag before the comparison, in a class template: reported once.
template <class Tag> class TaggedResource : public std::pmr::memory_resource {
  bool shared_ = false;
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    // CHECK-NOTES: :[[@LINE-1]]:8: warning: 'do_is_equal' can return true before comparing 'other'; {{.*}} [allochunt-memory-resource-contract]
    if (shared_)
      return true;
    // CHECK-NOTES: :[[@LINE-1]]:7: note: this return is reached without comparing 'other'
    const auto *same = dynamic_cast<const TaggedResource *>(&other);
    return same != nullptr;
  }
};
// Dependent on the template parameter, compared first: nothing.
template <class Tag> class TaggedCompared : public std::pmr::memory_resource {
  Tag tag_{};
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    const auto *same = dynamic_cast<const TaggedCompared *>(&other);
    if (same == nullptr)
      return false;
    if (Tag::always_equal)
      return true;
    return same->tag_ == tag_;
  }
};
struct EqualTag {
  static constexpr bool always_equal = true;
  bool operator==(const EqualTag &) const { return true; }
};
template class TaggedResource<int>;
template class TaggedResource<long>;
template class TaggedCompared<EqualTag>;

//===--- Macros -------------------------------------------------------------===//

#define GRAB(bytes) std::malloc(bytes)
class MacroResource : public std::pmr::memory_resource {
  void *do_allocate(std::size_t bytes, std::size_t alignment) override {
    if (alignment > alignof(std::max_align_t))
      throw std::bad_alloc();
    return GRAB(bytes);
  }
  void do_deallocate(void *p, std::size_t, std::size_t) override { ::operator delete(p); }
  // CHECK-NOTES: :[[@LINE-1]]:68: warning: 'do_deallocate' releases memory with '::operator delete(ptr[, size])', but 'do_allocate' obtains it from 'malloc'; {{.*}} [allochunt-memory-resource-contract]
  // CHECK-NOTES: :[[@LINE-4]]:12: note: memory is obtained from 'malloc' here
  // CHECK-NOTES: :[[@LINE-10]]:21: note: expanded from macro 'GRAB'
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    return this == &other;
  }
};

// A macro that says true before the comparison: warned, the note in the macro.
#define EQUAL_IF_SHARED if (shared_) return true
class MacroShared : public std::pmr::memory_resource {
  bool shared_ = false;
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    // CHECK-NOTES: :[[@LINE-1]]:8: warning: 'do_is_equal' can return true before comparing 'other'; {{.*}} [allochunt-memory-resource-contract]
    EQUAL_IF_SHARED;
    // CHECK-NOTES: :[[@LINE-1]]:5: note: this return is reached without comparing 'other'
    // CHECK-NOTES: :[[@LINE-7]]:38: note: expanded from macro 'EQUAL_IF_SHARED'
    return this == &other;
  }
};

//===--- Negative: resources that keep the contract -----------------------===//

// Forwarding to an upstream resource with the same arguments.
class Forwarding : public std::pmr::memory_resource {
  std::pmr::memory_resource *upstream_;
  void *do_allocate(std::size_t bytes, std::size_t alignment) override {
    return upstream_->allocate(bytes, alignment);
  }
  void do_deallocate(void *p, std::size_t bytes, std::size_t alignment) override {
    upstream_->deallocate(p, bytes, alignment);
  }
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    const auto *same = dynamic_cast<const Forwarding *>(&other);
    return same != nullptr && same->upstream_ == upstream_;
  }

public:
  explicit Forwarding(std::pmr::memory_resource *upstream) : upstream_(upstream) {}
};

// Plain and aligned operator new, each paired with its own delete.
class NewDelete : public std::pmr::memory_resource {
  void *do_allocate(std::size_t bytes, std::size_t alignment) override {
    if (alignment > __STDCPP_DEFAULT_NEW_ALIGNMENT__)
      return ::operator new(bytes, std::align_val_t(alignment));
    return ::operator new(bytes);
  }
  void do_deallocate(void *p, std::size_t bytes, std::size_t alignment) override {
    if (alignment > __STDCPP_DEFAULT_NEW_ALIGNMENT__)
      ::operator delete(p, bytes, std::align_val_t(alignment));
    else
      ::operator delete(p, bytes);
  }
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    return this == &other;
  }
};

// aligned_alloc and free are one family.
class AlignedHeap : public std::pmr::memory_resource {
  void *do_allocate(std::size_t bytes, std::size_t alignment) override {
    return std::aligned_alloc(alignment, (bytes + alignment - 1) / alignment * alignment);
  }
  void do_deallocate(void *p, std::size_t, std::size_t) override { std::free(p); }
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    return &other == this;
  }
};

// Never hands out memory: no alignment to honour; do_is_equal may say false.
class Exhausted : public std::pmr::memory_resource {
  void *do_allocate(std::size_t, std::size_t) override { throw std::bad_alloc(); }
  void do_deallocate(void *, std::size_t, std::size_t) override {}
  bool do_is_equal(const std::pmr::memory_resource &) const noexcept override { return false; }
};
class NullResource : public std::pmr::memory_resource {
  void *do_allocate(std::size_t, std::size_t) override { return nullptr; }
  void do_deallocate(void *, std::size_t, std::size_t) override {}
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    return this == &other;
  }
};

// Passing the alignment on counts, whatever the callee does with it.
void *carve(std::size_t bytes, std::size_t alignment);
class Carving : public std::pmr::memory_resource {
  void *do_allocate(std::size_t bytes, std::size_t alignment) override { return carve(bytes, alignment); }
  void do_deallocate(void *, std::size_t, std::size_t) override {}
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    return this == &other;
  }
};

// Pools and upstream calls belong to no family: nothing to compare.
class PoolBacked : public std::pmr::memory_resource {
  std::pmr::unsynchronized_pool_resource pool_;
  void *do_allocate(std::size_t bytes, std::size_t alignment) override {
    if (bytes > 1024)
      return std::aligned_alloc(alignment, bytes);
    return pool_.allocate(bytes, alignment);
  }
  void do_deallocate(void *p, std::size_t bytes, std::size_t alignment) override {
    if (bytes > 1024)
      std::free(p);
    else
      pool_.deallocate(p, bytes, alignment);
  }
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    return this == &other;
  }
};

// do_allocate defined in another translation unit: nothing to compare with.
class SplitDefinition : public std::pmr::memory_resource {
  void *do_allocate(std::size_t bytes, std::size_t alignment) override;
  void do_deallocate(void *p, std::size_t, std::size_t) override { ::operator delete(p); }
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    return this == &other;
  }
};

// Not a memory resource: the same names mean nothing here.
struct NotAResource {
  void *do_allocate(std::size_t bytes, std::size_t) { return std::malloc(bytes); }
  void do_deallocate(void *p, std::size_t, std::size_t) { ::operator delete(p); }
  bool do_is_equal(const NotAResource &) const noexcept { return true; }
};

// A base that depends on a template parameter is not known to be a resource.
template <class Base> struct Mixin : Base {
  void *do_allocate(std::size_t bytes, std::size_t) override { return std::malloc(bytes); }
};

// NOLINT silences one diagnostic.
class Tolerated : public std::pmr::memory_resource {
  void *do_allocate(std::size_t bytes, std::size_t) override { return std::malloc(bytes); } // NOLINT(allochunt-memory-resource-contract)
  void do_deallocate(void *p, std::size_t, std::size_t) override { std::free(p); }
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    return this == &other;
  }
};

//===--- Negative: do_is_equal says true only after comparing 'other' -----===//

// Identity first; a mode may widen equality only after it.
class IdentityFirst : public std::pmr::memory_resource {
  bool shared_ = false;
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    if (this == &other)
      return true;
    return false;
  }
};
class IdentityOr : public std::pmr::memory_resource {
  bool shared_ = false;
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    return this == &other || shared_;
  }
};
// The dynamic type, then the state read through 'other'.
class CastThenCompare : public std::pmr::memory_resource {
  int id_ = 0;
  bool shared_ = false;
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    const auto *same = dynamic_cast<const CastThenCompare *>(&other);
    if (same == nullptr)
      return false;
    if (shared_)
      return true;
    return same->id_ == id_;
  }
};
// An early `return false` needs no comparison.
class Disabled : public std::pmr::memory_resource {
  bool enabled_ = true;
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    if (!enabled_)
      return false;
    return &other == this;
  }
};
// Delegating to another resource with 'other' passes the question on.
class Delegating : public std::pmr::memory_resource {
  std::pmr::memory_resource *upstream_ = nullptr;
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    return upstream_->is_equal(other);
  }
};
// A `return true` inside a lambda is not do_is_equal's.
class LambdaInside : public std::pmr::memory_resource {
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    const auto always = [] { return true; };
    return this == &other && always();
  }
};
// A path the compiler knows is never taken.
class DeadBranch : public std::pmr::memory_resource {
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    if (false)
      return true;
    return this == &other;
  }
};
// The comparison spelled through a macro.
#define SAME_RESOURCE(o) (this == &(o))
class MacroIdentity : public std::pmr::memory_resource {
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    return SAME_RESOURCE(other);
  }
};
// NOLINT on the declaration silences the warning and its note.
class ToleratedShared : public std::pmr::memory_resource {
  bool shared_ = false;
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override { // NOLINT(allochunt-memory-resource-contract)
    if (shared_)
      return true;
    return this == &other;
  }
};
// Not a resource: a `do_is_equal` of another class means nothing here.
struct NotAResourceEither {
  bool shared_ = false;
  bool do_is_equal(const NotAResourceEither &other) const noexcept {
    if (shared_)
      return true;
    return this == &other;
  }
};

//===--- Negative: allocators whose equality is right ---------------------===//

// Stateless allocators are always interchangeable.
template <class T> struct Mallocator {
  using value_type = T;
  Mallocator() = default;
  template <class U> Mallocator(const Mallocator<U> &) {}
  T *allocate(std::size_t n) { return static_cast<T *>(std::malloc(n * sizeof(T))); }
  void deallocate(T *p, std::size_t) { std::free(p); }
  template <class U> bool operator==(const Mallocator<U> &) const { return true; }
};
struct Tag {};
struct EmptyMembers {
  using value_type = int;
  [[no_unique_address]] Tag tag;
  static int instances;
  int *allocate(std::size_t n);
  void deallocate(int *p, std::size_t n);
  friend bool operator==(const EmptyMembers &, const EmptyMembers &) { return true; }
};
// State that does not decide where memory comes from, said so explicitly.
struct CountingAllocator {
  using value_type = int;
  using is_always_equal = std::true_type;
  std::size_t *counter;
  int *allocate(std::size_t n);
  void deallocate(int *p, std::size_t n);
  bool operator==(const CountingAllocator &) const { return true; }
};
// State compared, or C++20's defaulted comparison of every member.
struct HandleAllocator {
  using value_type = int;
  Pool *pool;
  int *allocate(std::size_t n);
  void deallocate(int *p, std::size_t n);
  bool operator==(const HandleAllocator &other) const { return pool == other.pool; }
};
#if __cplusplus >= 202002L
struct DefaultedAllocator {
  using value_type = int;
  Pool *pool;
  int *allocate(std::size_t n);
  void deallocate(int *p, std::size_t n);
  bool operator==(const DefaultedAllocator &) const = default;
};
#endif
// Not an allocator: no value_type, or no deallocate.
struct Handle {
  Pool *pool;
  bool operator==(const Handle &) const { return true; }
};
struct HalfAllocator {
  using value_type = int;
  Pool *pool;
  int *allocate(std::size_t n);
  bool operator==(const HalfAllocator &) const { return true; }
};
#endif // CUSTOM_ONLY

//===--- A project's own base, through MemoryResourceBases ----------------===//

class CustomArena : public mylib::Resource {
  void *do_allocate(std::size_t bytes, std::size_t) override { return std::malloc(bytes); }
  // CHECK-NOTES-CUSTOM: :[[@LINE-1]]:9: warning: 'do_allocate' ignores the requested alignment; {{.*}} [allochunt-memory-resource-contract]
  void do_deallocate(void *p, std::size_t, std::size_t) override { std::free(p); }
  bool do_is_equal(const mylib::Resource &other) const noexcept override { return this == &other; }
};

#ifndef CUSTOM_ONLY
// The header's resource is reported after this file's.
// CHECK-NOTES: arena.h:7:9: warning: 'do_allocate' ignores the requested alignment; {{.*}} [allochunt-memory-resource-contract]
#endif
