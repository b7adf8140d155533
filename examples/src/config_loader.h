// Loads `key = value` settings and answers typed queries about them.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>

namespace service {

class ConfigLoader {
public:
  void set(std::string key, std::string value);
  /// The value of `key` with every `${name}` replaced by that setting's value.
  std::string expanded(const std::string &key) const;
  std::string_view get(std::string_view key) const;

private:
  std::unordered_map<std::string, std::string> values_;
};

} // namespace service
