#include "common.h"

bool secondHasComma(const std::string &s) { return hasComma(s); }
