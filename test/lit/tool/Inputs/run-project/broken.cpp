#include "common.h"

int broken() { return undeclared; }
