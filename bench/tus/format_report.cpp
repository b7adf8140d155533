// Benchmark TU: report formatting with <format> where the standard library has it (libstdc++
// 13 and later), otherwise with streams and to_string; sizes measured from whole strings.
#include <cstdio>
#include <map>
#include <sstream>
#include <string>
#include <vector>
#if __has_include(<format>)
#include <format>
#endif

namespace bench {

#if defined(__cpp_lib_format)
std::size_t lineWidth(const std::string &name, double amount) {
  return std::format("{:<20} {:>10.2f}", name, amount).size();
}
std::string row(const std::string &name, double amount) { return std::format("{}: {:.2f}", name, amount); }
#else
std::size_t lineWidth(const std::string &name, double amount) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%-20s %10.2f", name.c_str(), amount);
  return std::string(buffer).size();
}
std::string row(const std::string &name, double amount) {
  std::ostringstream out;
  out << name << ": " << amount;
  return out.str();
}
#endif

std::size_t columnWidth(const std::map<std::string, double> &totals) {
  std::size_t width = 0;
  for (const auto &[name, amount] : totals) {
    std::size_t w = lineWidth(name, amount);
    if ((name + ": ").size() > w)
      w = (name + ": ").size();
    if (std::to_string(amount).size() > w)
      w = std::to_string(amount).size();
    width = w > width ? w : width;
  }
  return width;
}

std::string report(const std::map<std::string, double> &totals) {
  std::ostringstream out;
  for (const auto &[name, amount] : totals) {
    out << row(name, amount) << '\n';
    if (out.str().size() > 4096)
      break;
  }
  if (out.str().empty() || out.str() == "\n")
    return "(empty)";
  return out.str();
}

bool hasHeader(const std::vector<std::string> &lines) {
  std::ostringstream joined;
  for (const std::string &line : lines)
    joined << line << '\n';
  return joined.str().find("Total") != std::string::npos && (lines.front() + lines.back()).size() > 2;
}

} // namespace bench
