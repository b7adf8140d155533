#include "request_arena.h"

#include <cstdlib>
#include <new>

namespace service {

RequestArena::RequestArena(std::size_t capacity)
    : block_(static_cast<std::byte *>(std::malloc(capacity))), capacity_(capacity) {
  if (block_ == nullptr)
    throw std::bad_alloc();
}

RequestArena::~RequestArena() { std::free(block_); }

void *RequestArena::do_allocate(std::size_t bytes, std::size_t alignment) {
  (void)alignment; // requests only allocate strings and small vectors
  if (used_ + bytes > capacity_) {
    // Too big for the arena: hand out a heap block instead.
    void *big = std::malloc(bytes);
    if (big == nullptr)
      throw std::bad_alloc();
    return big;
  }
  void *result = block_ + used_;
  used_ += bytes;
  return result;
}

void RequestArena::do_deallocate(void *p, std::size_t, std::size_t) {
  const auto *bytes = static_cast<std::byte *>(p);
  if (bytes < block_ || bytes >= block_ + capacity_)
    ::operator delete(p); // a heap block from do_allocate
  // Arena memory is released all at once, with the request.
}

bool RequestArena::do_is_equal(const std::pmr::memory_resource &other) const noexcept {
  return this == &other;
}

} // namespace service
