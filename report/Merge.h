//===--- Merge.h - one list of findings from many translation units -------===//
//
// A finding in a header is reported once per translation unit that includes
// it; run-clang-tidy and concatenated exports repeat it. mergeFindings keeps
// one of each (same check, file, offset, message and fix) and orders the rest
// by file, line, column and check, so reports are stable from run to run.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_REPORT_MERGE_H
#define ALLOCHUNT_REPORT_MERGE_H

#include "report/Finding.h"

#include <vector>

namespace allochunt::report {

/// \p Findings without duplicates, sorted. Paths must already be canonical.
std::vector<Finding> mergeFindings(std::vector<Finding> Findings);

} // namespace allochunt::report

#endif // ALLOCHUNT_REPORT_MERGE_H
