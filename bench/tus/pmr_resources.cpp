// Benchmark TU: custom std::pmr memory resources, pmr containers and function-local caches.
#include <cstdlib>
#include <map>
#include <memory_resource>
#include <new>
#include <string>
#include <unordered_map>
#include <vector>

namespace bench {

class CountingResource : public std::pmr::memory_resource {
public:
  explicit CountingResource(std::pmr::memory_resource *upstream) : upstream_(upstream) {}
  std::size_t allocated() const { return allocated_; }

private:
  void *do_allocate(std::size_t bytes, std::size_t alignment) override {
    allocated_ += bytes;
    return upstream_->allocate(bytes, alignment);
  }
  void do_deallocate(void *p, std::size_t bytes, std::size_t alignment) override {
    allocated_ -= bytes;
    upstream_->deallocate(p, bytes, alignment);
  }
  bool do_is_equal(const std::pmr::memory_resource &other) const noexcept override {
    return this == &other;
  }
  std::pmr::memory_resource *upstream_;
  std::size_t allocated_ = 0;
};

class MallocResource : public std::pmr::memory_resource {
  void *do_allocate(std::size_t bytes, std::size_t) override { return std::malloc(bytes); }
  void do_deallocate(void *p, std::size_t, std::size_t) override { ::operator delete(p); }
  bool do_is_equal(const std::pmr::memory_resource &) const noexcept override { return true; }
};

template <typename T>
struct ArenaAllocator {
  using value_type = T;
  std::pmr::memory_resource *resource = std::pmr::get_default_resource();
  T *allocate(std::size_t n) { return static_cast<T *>(resource->allocate(n * sizeof(T), alignof(T))); }
  void deallocate(T *p, std::size_t n) { resource->deallocate(p, n * sizeof(T), alignof(T)); }
  friend bool operator==(const ArenaAllocator &, const ArenaAllocator &) { return true; }
  friend bool operator!=(const ArenaAllocator &, const ArenaAllocator &) { return false; }
};

std::size_t buildIndex(const std::vector<std::string> &words) {
  std::pmr::monotonic_buffer_resource arena(4096);
  CountingResource counting(&arena);
  std::pmr::map<std::pmr::string, int> index(&counting);
  std::pmr::vector<std::pmr::string> order(&counting);
  for (const std::string &word : words) {
    index[std::pmr::string(word, &counting)]++;
    order.emplace_back(word);
  }
  std::vector<int, ArenaAllocator<int>> sizes;
  for (const auto &entry : index)
    sizes.push_back(entry.second);
  return counting.allocated() + sizes.size();
}

const std::string &templateFor(const std::string &name) {
  static std::unordered_map<std::string, std::string> cache;
  auto it = cache.find(name);
  if (it == cache.end())
    it = cache.emplace(name, "<" + name + ">").first;
  return it->second;
}

int boundedLookup(int key) {
  static std::map<int, int> cache;
  if (cache.size() > 1000)
    cache.clear();
  return cache[key] += key;
}

} // namespace bench
