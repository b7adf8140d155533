#include "shared.h"

int route(const std::string &Path) {
  if (hasSlash(Path))
    return static_cast<int>(Path.rfind("?"));
  return 0;
}
