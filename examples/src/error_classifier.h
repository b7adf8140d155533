// Classifies the errors the service's backends report: retry, not found, conflict.
#pragma once
#include <cstddef>
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

// True when the backend's Content-Type says the body is JSON.
bool is_json(const std::string &content_type);

// The length of the report line "<backend>: <body>", to align the report's columns.
std::size_t report_line_length(const std::string &backend, const HttpError &error);

} // namespace service
