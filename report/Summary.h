//===--- Summary.h - findings counted by check and by directory -----------===//
//
// The totals that the text, markdown and html formats open with: how many
// findings, how many new, in how many files, and the counts per check and
// per directory (the html charts), largest first.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_REPORT_SUMMARY_H
#define ALLOCHUNT_REPORT_SUMMARY_H

#include "report/Finding.h"

#include <string>
#include <utility>
#include <vector>

namespace allochunt::report {

/// A label with its count of findings and of new findings.
struct Count {
  std::string Label;
  std::size_t All = 0;
  std::size_t New = 0;
};

/// The totals over one list of findings.
struct Summary {
  std::size_t Findings = 0;
  std::size_t New = 0;
  std::size_t Files = 0;
  /// Largest first, then by label.
  std::vector<Count> ByCheck;
  std::vector<Count> ByDirectory;
};

/// Counts \p Findings. A finding without a file counts under "(no file)".
Summary summarise(const std::vector<Finding> &Findings);

/// The directory part of a display path ("." for a file at the root).
std::string directoryOf(const std::string &DisplayPath);

} // namespace allochunt::report

#endif // ALLOCHUNT_REPORT_SUMMARY_H
