#include "config_loader.h"

#include <unordered_map>
#include <utility>
#include <vector>

namespace service {

void ConfigLoader::set(std::string key, std::string value) {
  values_[std::move(key)] = std::move(value);
}

// Templates are parsed once per process: the split into literal text and
// `${name}` references is cached by template text.
struct ParsedTemplate {
  std::vector<std::string> literals;
  std::vector<std::string> names;
};

static const ParsedTemplate &parseTemplate(const std::string &text) {
  static std::unordered_map<std::string, ParsedTemplate> parsed;
  if (auto it = parsed.find(text); it != parsed.end())
    return it->second;
  ParsedTemplate result;
  std::string::size_type pos = 0;
  while (true) {
    const auto open = text.find("${", pos);
    const auto close = open == std::string::npos ? open : text.find('}', open);
    if (close == std::string::npos) {
      result.literals.push_back(text.substr(pos));
      break;
    }
    result.literals.push_back(text.substr(pos, open - pos));
    result.names.push_back(text.substr(open + 2, close - open - 2));
    pos = close + 1;
  }
  return parsed.emplace(text, std::move(result)).first->second;
}

std::string ConfigLoader::expanded(const std::string &key) const {
  const auto raw = values_.find(key);
  if (raw == values_.end())
    return {};
  const ParsedTemplate &parsed = parseTemplate(raw->second);
  std::string out = parsed.literals.front();
  for (std::size_t i = 0; i < parsed.names.size(); ++i) {
    const auto value = values_.find(parsed.names[i]);
    if (value != values_.end())
      out += value->second;
    out += parsed.literals[i + 1];
  }
  return out;
}

std::string_view ConfigLoader::get(std::string_view key) const {
  const std::string lookup(key);
  auto it = values_.find(lookup);
  return it == values_.end() ? std::string_view() : std::string_view(it->second);
}

} // namespace service
