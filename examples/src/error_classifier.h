// Classifies the errors the service's backends report: retry, not found, conflict.
#pragma once
#include <sstream>
#include <string>

namespace service {

struct HttpError {
  int status = 0;
  std::string body;
};

// True when the backend answered 404.
bool is_not_found(const HttpError &error);

// True when the backend's diagnostic log mentions a timeout.
bool mentions_timeout(const std::ostringstream &log);

} // namespace service
