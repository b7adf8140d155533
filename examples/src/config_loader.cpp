#include "config_loader.h"

#include <utility>

namespace service {

void ConfigLoader::set(std::string key, std::string value) {
  values_[std::move(key)] = std::move(value);
}

} // namespace service
