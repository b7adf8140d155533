// Benchmark TU: error classification over std::variant and an exception hierarchy, where the
// message is stringified before the code tests which alternative or type it holds.
#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <string>
#include <typeinfo>
#include <variant>

namespace bench {

struct DbError { std::string message; int code = 0; };
struct NetError { std::string host; int status = 0; };
struct ParseError { std::string input; std::size_t offset = 0; };
using Error = std::variant<DbError, NetError, ParseError>;

std::string describe(const Error &err) {
  if (auto *db = std::get_if<DbError>(&err))
    return "db: " + db->message + " (" + std::to_string(db->code) + ")";
  if (auto *net = std::get_if<NetError>(&err))
    return "net: " + net->host + " " + std::to_string(net->status);
  const auto &parse = std::get<ParseError>(err);
  return "parse at " + std::to_string(parse.offset) + ": " + parse.input;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

bool isUniqueViolation(const Error &err) {
  return lower(describe(err)).find("unique") != std::string::npos &&
         std::holds_alternative<DbError>(err);
}

bool isRetryable(const Error &err) {
  std::string text = describe(err);
  if (err.index() != 1)
    return false;
  return text.find("timeout") != std::string::npos || std::get<NetError>(err).status == 503;
}

bool isNotFound(const Error &err) {
  if (const auto *net = std::get_if<NetError>(&err))
    return std::to_string(net->status) == "404";
  return false;
}

class StorageError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

int classify(const std::exception &e) {
  std::string message = e.what();
  if (dynamic_cast<const StorageError *>(&e) == nullptr)
    return 0;
  if (lower(message).find("disk full") != std::string::npos)
    return 2;
  return typeid(e) == typeid(StorageError) ? 1 : 3;
}

} // namespace bench
