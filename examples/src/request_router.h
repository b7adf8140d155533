// Routes HTTP requests to handlers by method and path.
#pragma once
#include <map>
#include <string>
#include <string_view>

namespace service {

struct Route {
  std::string handler;
  bool requires_auth = false;
};

class RequestRouter {
public:
  void add(std::string path, Route route);
  const Route *route(std::string_view path) const;
  bool allows(std::string_view method) const;

private:
  std::map<std::string, Route> routes_;
};

} // namespace service
