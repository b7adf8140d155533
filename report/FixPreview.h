//===--- FixPreview.h - a fix shown as the lines it changes ---------------===//
//
// Applies a finding's replacements to the lines they touch, so a report can
// show the fix as a diff: the original lines and the lines after the fix. A
// fix whose file is unreadable, or whose replacements overlap or run past the
// end of the file, has no preview (the formats then list the replacements).
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_REPORT_FIXPREVIEW_H
#define ALLOCHUNT_REPORT_FIXPREVIEW_H

#include "report/Finding.h"
#include "report/SourceFiles.h"

#include <string>
#include <vector>

namespace allochunt::report {

/// The effect of a fix on one file.
struct FileDiff {
  std::string FilePath;
  /// The 1-based line that Before and After start at.
  unsigned FirstLine = 0;
  std::vector<std::string> Before;
  std::vector<std::string> After;
};

/// One FileDiff per file the fix edits, in order of first appearance; empty
/// when the fix cannot be previewed (or there is no fix).
std::vector<FileDiff> previewFix(const std::vector<Replacement> &Replacements,
                                 SourceFiles &Sources);

} // namespace allochunt::report

#endif // ALLOCHUNT_REPORT_FIXPREVIEW_H
