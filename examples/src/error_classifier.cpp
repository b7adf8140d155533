#include "error_classifier.h"

namespace service {

bool is_not_found(const HttpError &error) {
  return std::to_string(error.status) == "404";
}

bool mentions_timeout(const std::ostringstream &log) {
  return log.str().find("timeout") != std::string::npos;
}

} // namespace service
