// A header included by serialize-to-measure.cpp: reported only with -header-filter.
#include <string>
inline std::size_t headerCase(const std::string &a) { return (a + f()).size(); }
