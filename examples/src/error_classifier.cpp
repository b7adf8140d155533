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

std::string to_string(const BackendError &error) {
  if (const auto *database = std::get_if<DatabaseError>(&error))
    return "database: " + database->message;
  if (const auto *timeout = std::get_if<TimeoutError>(&error))
    return "timeout after " + std::to_string(timeout->seconds) + "s";
  const auto &http = std::get<HttpError>(error);
  return "http " + std::to_string(http.status) + ": " + http.body;
}

static std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

bool is_unique_violation(const BackendError &error) {
  const std::string message = lowercase(to_string(error));
  if (!std::holds_alternative<DatabaseError>(error))
    return false;
  return message.find("unique") != std::string::npos;
}

std::size_t report_line_length(const std::string &backend, const HttpError &error) {
  return (backend + ": " + error.body).size();
}

} // namespace service
