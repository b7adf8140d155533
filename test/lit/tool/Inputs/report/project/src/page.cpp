#include "shared.h"

// Markup in the source must stay text in every report: <script>alert(1)</script>
int page(const std::string &Html) {
  return static_cast<int>(Html.find("<script>") + Html.find("<"));
}
