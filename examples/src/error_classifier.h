// Classifies the errors the service's backends report: retry, not found, conflict.
#pragma once
#include <cstddef>
#include <sstream>
#include <string>
#include <variant>

namespace service {

struct HttpError {
  int status = 0;
  std::string body;
};

struct DatabaseError {
  std::string message;
};
struct TimeoutError {
  int seconds = 0;
};
using BackendError = std::variant<DatabaseError, TimeoutError, HttpError>;

// The error as one line of text, for the logs.
std::string to_string(const BackendError &error);

// True when the database rejected a write because a unique constraint was violated.
bool is_unique_violation(const BackendError &error);

// True when the backend answered 404.
bool is_not_found(const HttpError &error);

// True when the backend's diagnostic log mentions a timeout.
bool mentions_timeout(const std::ostringstream &log);

// True when the backend's Content-Type says the body is JSON.
bool is_json(const std::string &content_type);

// The length of the report line "<backend>: <body>", to align the report's columns.
std::size_t report_line_length(const std::string &backend, const HttpError &error);

} // namespace service
