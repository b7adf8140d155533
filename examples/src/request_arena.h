// A per-request arena: every allocation a request makes comes from one block
// that is released when the request ends.
#pragma once
#include <cstddef>
#include <memory_resource>

namespace service {

class RequestArena : public std::pmr::memory_resource {
public:
  explicit RequestArena(std::size_t capacity);
  ~RequestArena() override;
  RequestArena(const RequestArena &) = delete;
  RequestArena &operator=(const RequestArena &) = delete;

private:
  void *do_allocate(std::size_t bytes, std::size_t alignment) override;
  void do_deallocate(void *p, std::size_t bytes, std::size_t alignment) override;
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override;

  std::byte *block_;
  std::size_t capacity_;
  std::size_t used_ = 0;
};

} // namespace service
