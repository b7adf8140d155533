// A library header for test/lit/checks/temporary-lookup-key.cpp: its
// findings appear only when -header-filter selects it.
#pragma once
#include <map>
#include <string>
#include <string_view>

namespace catalog {

// Ordered by the default comparator: lookups need a std::string key.
inline std::map<std::string, int> &prices() {
  static std::map<std::string, int> Prices;
  return Prices;
}

inline bool listed(std::string_view Item) {
  return prices().count(std::string(Item)) > 0;
}

// Transparent: the main file looks up in it by view.
using Stock = std::map<std::string, int, std::less<>>;

} // namespace catalog
