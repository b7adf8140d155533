// A class-specific allocator in a project header: it hands out malloc's
// result unchecked.
#include <cstddef>
#include <cstdlib>

struct HeaderPooled {
  static void *operator new(std::size_t size) { return std::malloc(size); }
  static void operator delete(void *p) { std::free(p); }
};
