// A project header: its inline functions are checked where they are
// written (the lit test's -header-filter reports them).
#pragma once
#include <cstdlib>

inline void releaseInHeader() {
  char *scratch = static_cast<char *>(std::malloc(16));
  scratch[0] = 0;
  delete scratch;
}

inline void correctInHeader() {
  char *scratch = static_cast<char *>(std::malloc(16));
  std::free(scratch);
}
