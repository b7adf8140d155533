// A header included by stringify-to-compare.cpp: reported only with -header-filter.
#include <string>
inline bool headerCase(double d) { return std::to_string(d) == "1"; }
