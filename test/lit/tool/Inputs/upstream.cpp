#include <string>
bool has_x(const std::string &s) { return s.find("x") != std::string::npos; }
int count_a(const std::string &s) { int n = 0; for (char c : s) n += c == 'a'; return n; } // NOLINT
