#include "error_classifier.h"

namespace service {

bool is_not_found(const HttpError &error) {
  return std::to_string(error.status) == "404";
}

bool mentions_timeout(const std::ostringstream &log) {
  return log.str().find("timeout") != std::string::npos;
}

std::size_t report_line_length(const std::string &backend, const HttpError &error) {
  return (backend + ": " + error.body).size();
}

} // namespace service
