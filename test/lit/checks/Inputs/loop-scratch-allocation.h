// An inline function in a header: reported with -header-filter. The variable
// is built from a copy, so there is no fix-it (the runner must not edit this
// file).
#include <string>
#include <vector>

inline std::size_t headerFunction(const std::vector<std::string> &names,
                                  const std::string &prefix) {
  std::size_t total = 0;
  for (const auto &name : names) {
    std::string key = prefix;
    key += name;
    total += key.size();
  }
  return total;
}
