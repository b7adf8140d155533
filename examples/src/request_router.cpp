#include "request_router.h"

#include <utility>

namespace service {

void RequestRouter::add(std::string path, Route route) {
  routes_.emplace(std::move(path), std::move(route));
}

} // namespace service
