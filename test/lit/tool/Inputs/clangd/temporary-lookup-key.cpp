#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>

// Two findings, each with a fix-it; the rest of the file must stay as it is.
std::map<std::string, int, std::less<>> Scores;
std::set<std::string, std::less<>> Names;

bool known(std::string_view Name) {
  return Scores.find(std::string(Name)) != Scores.end();
}

// After "é", LSP columns (UTF-16) and byte columns differ.
bool listed(const char *Name) { /* é */ return Names.count(std::string{Name}) > 0; }

// A short literal fits the small-string buffer: nothing allocates, no finding.
bool hasId() { return Scores.count("id") > 0; }
