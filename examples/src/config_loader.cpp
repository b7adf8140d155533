#include "config_loader.h"

#include <utility>

namespace service {

void ConfigLoader::set(std::string key, std::string value) {
  values_[std::move(key)] = std::move(value);
}

std::string_view ConfigLoader::get(std::string_view key) const {
  const std::string lookup(key);
  auto it = values_.find(lookup);
  return it == values_.end() ? std::string_view() : std::string_view(it->second);
}

} // namespace service
