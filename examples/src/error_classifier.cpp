#include "error_classifier.h"

#include <algorithm>
#include <cctype>

namespace service {

bool is_not_found(const HttpError &error) {
  return std::to_string(error.status) == "404";
}

bool mentions_timeout(const std::ostringstream &log) {
  return log.str().find("timeout") != std::string::npos;
}

bool is_json(const std::string &content_type) {
  std::string lower = content_type;
  std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
  return lower == "application/json" || lower.find("+json") != std::string::npos;
}

std::size_t report_line_length(const std::string &backend, const HttpError &error) {
  return (backend + ": " + error.body).size();
}

} // namespace service
