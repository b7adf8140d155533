// A header included by stringify-before-type-test.cpp: reported only with -header-filter.
#include <string>
struct Code {
  int kind() const;
  std::string toString() const;
};
std::string expectedText();
// Not swapped: expectedText() is not known to be free of side effects.
inline bool headerCase(const Code &c) { return c.toString() == expectedText() && c.kind() == 1; }
