#include "common.h"

bool hasColon(const std::string &s) { return s.find(":") != std::string::npos; }
bool firstHasComma(const std::string &s) { return hasComma(s); }
