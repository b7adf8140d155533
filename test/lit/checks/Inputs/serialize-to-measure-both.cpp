// Run by serialize-to-measure.cpp with allochunt-stringify-to-compare enabled
// too: a stream's str() measured is reported once, by serialize-to-measure.
#include <sstream>
#include <string>

bool both(const std::ostringstream &oss) {
  bool r = oss.str().size() > 3;
  // CHECK-NOTES-BOTH: :[[@LINE-1]]:16: warning: 'str()' copies the stream's contents into a new string only to measure them; read them through 'view()' [allochunt-serialize-to-measure]
  // CHECK-FIXES-BOTH: bool r = oss.view().size() > 3;
  r |= oss.str() == "x";
  // CHECK-NOTES-BOTH: :[[@LINE-1]]:12: warning: 'str()' copies the stream's contents into a new string only to compare them; read them through 'view()' [allochunt-stringify-to-compare]
  // CHECK-FIXES-BOTH: r |= oss.view() == "x";
  return r;
}
