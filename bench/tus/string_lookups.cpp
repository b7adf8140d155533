// Benchmark TU: a configuration store with string keys in every standard associative container,
// looked up from literals, views and pointers (with and without transparent comparators).
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace bench {

struct TransparentHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

class ConfigStore {
public:
  void set(std::string_view key, std::string value) { values_[std::string(key)] = std::move(value); }

  bool has(std::string_view key) const { return values_.find(std::string(key)) != values_.end(); }
  bool hasFlag(const char *flag) const { return flags_.count(flag) != 0; }
  bool hasTransparent(std::string_view key) const { return ordered_.find(key) != ordered_.end(); }
  bool hasHashed(std::string_view key) const { return hashed_.find(std::string(key)) != hashed_.end(); }
  bool isReserved(std::string_view key) const {
    return std::find(reserved_.begin(), reserved_.end(), std::string(key)) != reserved_.end();
  }

  std::string get(std::string_view key, std::string fallback) const {
    auto it = values_.find(std::string(key));
    return it == values_.end() ? fallback : it->second;
  }

  int priority(std::string_view section) const {
    std::string name(section);
    auto it = priorities_.find(name);
    return it == priorities_.end() ? 0 : it->second;
  }

  std::vector<std::string> keysWithPrefix(std::string_view prefix) const {
    std::vector<std::string> out;
    for (auto it = values_.lower_bound(std::string(prefix)); it != values_.end(); ++it) {
      if (it->first.compare(0, prefix.size(), prefix) != 0)
        break;
      out.push_back(it->first);
    }
    return out;
  }

  bool sameSection(const std::string &a, const char *b) const { return a == std::string(b); }

private:
  std::map<std::string, std::string> values_;
  std::set<std::string> flags_;
  std::map<std::string, int, std::less<>> ordered_;
  std::unordered_map<std::string, int, TransparentHash, std::equal_to<>> hashed_;
  std::unordered_map<std::string, int> priorities_;
  std::unordered_set<std::string> seen_;
  std::vector<std::string> reserved_;
};

int scoreRequest(const ConfigStore &store, const std::vector<std::string_view> &words) {
  int score = 0;
  for (std::string_view word : words) {
    if (store.has(word))
      score += 3;
    if (store.hasTransparent(word))
      score += 2;
    if (store.hasHashed(word))
      ++score;
    if (store.isReserved(word))
      score -= 5;
    score += store.priority(word);
    if (store.get(word, "none") == "none")
      --score;
  }
  return score;
}

std::map<std::string, int> histogram(const std::vector<std::string> &lines) {
  std::map<std::string, int> counts;
  for (const std::string &line : lines) {
    std::string_view rest(line);
    while (!rest.empty()) {
      auto space = rest.find(' ');
      std::string_view word = rest.substr(0, space);
      if (counts.count(std::string(word)) == 0)
        counts.emplace(std::string(word), 0);
      ++counts[std::string(word)];
      rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    }
  }
  return counts;
}

} // namespace bench
