#include <string>

bool hasSlash(const std::string &path) { return path.find("/") != std::string::npos; }
