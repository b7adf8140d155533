// A complete global replacement of operator new and delete that
// allochunt-global-allocator-contract accepts: every form forwards to the C
// heap, the throwing forms call the new-handler and throw, the nothrow forms
// catch, the aligned forms pass the alignment to posix_memalign, and the
// counters are atomic. main() exercises every form and checks the counters.
//
// With -DINCOMPLETE only operator new(std::size_t) is replaced: the check
// reports the missing operator delete, and AddressSanitizer reports the
// library's operator delete releasing malloc's memory.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <new>
#include <stdlib.h>
#include <string>
#include <vector>

static std::atomic<long> Live{0};

void *operator new(std::size_t size) {
  if (size == 0)
    size = 1;
  while (true) {
    if (void *p = std::malloc(size)) {
      Live.fetch_add(1, std::memory_order_relaxed);
      return p;
    }
    if (std::new_handler handler = std::get_new_handler())
      handler();
    else
      throw std::bad_alloc();
  }
}

#ifndef INCOMPLETE
void operator delete(void *p) noexcept {
  if (p == nullptr)
    return;
  Live.fetch_sub(1, std::memory_order_relaxed);
  std::free(p);
}
void operator delete(void *p, std::size_t) noexcept { ::operator delete(p); }
void *operator new[](std::size_t size) { return ::operator new(size); }
void operator delete[](void *p) noexcept { ::operator delete(p); }
void operator delete[](void *p, std::size_t) noexcept { ::operator delete(p); }

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
  } catch (...) {
    return nullptr;
  }
}
void operator delete(void *p, const std::nothrow_t &) noexcept { ::operator delete(p); }
void operator delete[](void *p, const std::nothrow_t &) noexcept { ::operator delete[](p); }

void *operator new(std::size_t size, std::align_val_t align) {
  const auto alignment = static_cast<std::size_t>(align) < sizeof(void *)
                             ? sizeof(void *)
                             : static_cast<std::size_t>(align);
  void *p = nullptr;
  while (posix_memalign(&p, alignment, size == 0 ? 1 : size) != 0) {
    if (std::new_handler handler = std::get_new_handler())
      handler();
    else
      throw std::bad_alloc();
  }
  Live.fetch_add(1, std::memory_order_relaxed);
  return p;
}
void operator delete(void *p, std::align_val_t) noexcept {
  if (p == nullptr)
    return;
  Live.fetch_sub(1, std::memory_order_relaxed);
  std::free(p);
}
void operator delete(void *p, std::size_t, std::align_val_t align) noexcept {
  ::operator delete(p, align);
}
void *operator new[](std::size_t size, std::align_val_t align) {
  return ::operator new(size, align);
}
void operator delete[](void *p, std::align_val_t align) noexcept {
  ::operator delete(p, align);
}
void operator delete[](void *p, std::size_t, std::align_val_t align) noexcept {
  ::operator delete(p, align);
}
void *operator new(std::size_t size, std::align_val_t align,
                   const std::nothrow_t &) noexcept {
  try {
    return ::operator new(size, align);
  } catch (...) {
    return nullptr;
  }
}
void *operator new[](std::size_t size, std::align_val_t align,
                     const std::nothrow_t &) noexcept {
  try {
    return ::operator new[](size, align);
  } catch (...) {
    return nullptr;
  }
}
void operator delete(void *p, std::align_val_t align, const std::nothrow_t &) noexcept {
  ::operator delete(p, align);
}
void operator delete[](void *p, std::align_val_t align, const std::nothrow_t &) noexcept {
  ::operator delete[](p, align);
}
#endif

struct alignas(64) CacheLine {
  char bytes[64];
};
struct Polymorphic {
  virtual ~Polymorphic() = default;
  long value = 0;
};
struct Derived : Polymorphic {
  long more[4] = {};
};

int main() {
  const long Before = Live.load();
  {
    int *one = new int(1);
    delete one;
    int *many = new int[16];
    delete[] many;
    Polymorphic *object = new Derived;
    delete object;
    CacheLine *line = new CacheLine;
    if (reinterpret_cast<std::uintptr_t>(line) % 64 != 0)
      return 2;
    delete line;
    CacheLine *lines = new CacheLine[3];
    delete[] lines;
    char *empty = new char[0];
    delete[] empty;
    int *maybe = new (std::nothrow) int(2);
    delete maybe;
    CacheLine *maybeLine = new (std::nothrow) CacheLine;
    delete maybeLine;
    std::vector<std::string> strings(100, std::string(40, 'x'));
    auto shared = std::make_shared<CacheLine>();
    auto unique = std::make_unique<long[]>(10);
  }
  const long After = Live.load();
  std::printf("live before %ld, after %ld\n", Before, After);
  return After == Before ? 0 : 1;
}
