#include "request_router.h"

#include <utility>

namespace service {

void RequestRouter::add(std::string path, Route route) {
  routes_.emplace(std::move(path), std::move(route));
}

const Route *RequestRouter::route(std::string_view path) const {
  auto it = routes_.find(std::string(path));
  return it == routes_.end() ? nullptr : &it->second;
}

bool RequestRouter::allows(std::string_view method) const {
  return std::string(method) == "GET" || std::string(method) == "POST";
}

} // namespace service
