//===--- Baseline.h - findings accepted as they are -----------------------===//
//
// A baseline lists the findings a project has accepted, so CI fails only on
// new ones. An entry is keyed by check, file (relative to the source root)
// and the flagged line(s) with whitespace collapsed, not by line number, so it
// survives code moving around it; it counts how many such findings exist.
// The file is YAML with a format `Version`; a newer version is rejected.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_REPORT_BASELINE_H
#define ALLOCHUNT_REPORT_BASELINE_H

#include "report/Finding.h"

#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace allochunt::report {

/// \p Text with runs of whitespace turned into one space and both ends trimmed.
std::string normaliseWhitespace(std::string_view Text);

/// The accepted findings, counted by key.
class Baseline {
public:
  /// The format version this tool writes and the newest it reads.
  static constexpr unsigned FormatVersion = 1;

  /// Reads a baseline file. Throws InputError (missing file, invalid YAML,
  /// wrong schema, a newer format version).
  static Baseline read(const std::string &Path);
  /// Parses baseline YAML; \p Name is used in error messages.
  static Baseline parse(const std::string &Text, const std::string &Name);

  /// A baseline accepting exactly \p Findings.
  static Baseline fromFindings(const std::vector<Finding> &Findings);

  /// Writes the baseline as YAML, sorted by key.
  void write(std::ostream &Out) const;

  /// Clears IsNew on each finding the baseline accepts (an entry counted N
  /// accepts N findings) and returns how many findings remain new.
  std::size_t apply(std::vector<Finding> &Findings) const;

  /// How many findings the baseline accepts in total.
  std::size_t size() const;

private:
  using Key = std::tuple<std::string, std::string, std::string>;
  static Key keyOf(const Finding &F);
  std::map<Key, std::size_t> Counts;
};

} // namespace allochunt::report

#endif // ALLOCHUNT_REPORT_BASELINE_H
