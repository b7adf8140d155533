// Run by serialize-to-measure.cpp with MeasureFunctions set to
// '::lib::render=::lib::rendered_size;dump_text=text_size' (OPT), and to an
// invalid list (BAD).
#include <cstddef>
#include <string>

namespace lib {
std::string render(int value);
std::size_t rendered_size(int value);
} // namespace lib
namespace other {
std::string render(int value);
}
struct Document {
  std::string dump_text() const;
  std::size_t text_size() const;
};

std::size_t configured(int n, const Document &d) {
  std::size_t r = lib::render(n).size();
  // CHECK-NOTES-OPT: :[[@LINE-1]]:19: warning: 'lib::render' allocates a string only to measure it; use 'lib::rendered_size' [allochunt-serialize-to-measure]
  r += d.dump_text().empty();
  // CHECK-NOTES-OPT: :[[@LINE-1]]:10: warning: 'Document::dump_text' allocates a string only to measure it; use 'text_size'
  // A qualified name matches only that function.
  r += other::render(n).size();
  return r;
}

// CHECK-MESSAGES-BAD: error: invalid entry '::lib::render' in option 'allochunt-serialize-to-measure.MeasureFunctions': expected 'producer=measurer', two function names [clang-tidy-config]
