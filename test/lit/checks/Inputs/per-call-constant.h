// Inline functions in a header: reported with -header-filter. Neither case
// can be fixed automatically (the runner must not edit this file).
#include <string>
#include <vector>

inline std::size_t headerFunction() {
  std::vector<std::string> first{"a", "b"}, second{"c"};
  std::vector<int> modified{1, 2};
  modified.push_back(3);
  return first.size() + second.size() + modified.size();
}
