// A bump arena in a header: it hands out bytes without looking at alignment.
#include <cstddef>
#include <memory_resource>

class HeaderArena : public std::pmr::memory_resource {
  std::byte *next_ = nullptr;
  void *do_allocate(std::size_t bytes, std::size_t alignment) override {
    (void)alignment;
    void *result = next_;
    next_ += bytes;
    return result;
  }
  void do_deallocate(void *, std::size_t, std::size_t) override {}
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    return this == &other;
  }
};
