// Benchmark TU: log redaction and request parsing with <regex>: replacements in a loop over
// patterns, sub-match copies compared with literals, searches on temporary strings.
#include <regex>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace bench {

struct Rule {
  std::regex pattern;
  std::string replacement;
};

std::string redact(std::string line, const std::vector<Rule> &rules) {
  for (const Rule &rule : rules)
    line = std::regex_replace(line, rule.pattern, rule.replacement);
  return line;
}

bool isEmail(std::string_view text) {
  static const std::regex email(R"(^[\w.+-]+@[\w-]+\.[\w.]+$)");
  return std::regex_match(std::string(text), email);
}

bool looksNumeric(const char *text) { return std::regex_match(std::string(text), std::regex("^[0-9]+$")); }

struct Request {
  std::string method;
  std::string path;
  int version = 0;
};

bool parseRequestLine(const std::string &line, Request &out) {
  static const std::regex requestLine(R"(^(GET|POST|PUT|DELETE) (\S+) HTTP/1\.(\d)$)");
  std::smatch m;
  if (!std::regex_match(line, m, requestLine))
    return false;
  if (m[1].str() == "GET" || m.str(1) == "DELETE")
    out.method = m[1];
  else
    out.method = m.str(1);
  std::string path = m[2];
  if (path == "/health")
    return false;
  out.path = path;
  out.version = std::stoi(m[3].str());
  return true;
}

std::vector<std::string> headerNames(const std::string &block) {
  std::vector<std::string> names;
  static const std::regex header(R"(([A-Za-z-]+):\s*(.*))");
  for (std::sregex_iterator it(block.begin(), block.end(), header), end; it != end; ++it) {
    const std::smatch &m = *it;
    if (m[1] == "Authorization" || m.str(1) == "Cookie")
      continue;
    names.push_back(m[1].str());
  }
  return names;
}

std::string normalizeWhitespace(std::string text) {
  text = std::regex_replace(text, std::regex("\\s+"), " ");
  text = std::regex_replace(text, std::regex("^ | $"), "");
  std::ostringstream out;
  out << '[' << text << ']';
  return out.str();
}

} // namespace bench
