//===--- FindingResolver.h - from offsets in paths to what people read ----===//
//
// Turns findings as read from YAML into findings as reported: paths made
// canonical (so a header reached through two spellings is one file), shown
// relative to the source root, offsets resolved to lines and columns, and the
// flagged line(s) normalised into the text that keys the baseline.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_REPORT_FINDINGRESOLVER_H
#define ALLOCHUNT_REPORT_FINDINGRESOLVER_H

#include "report/Finding.h"
#include "report/SourceFiles.h"

#include <map>
#include <string>
#include <vector>

namespace allochunt::report {

/// Resolves findings against the sources below one source root.
class FindingResolver {
public:
  FindingResolver(SourceFiles &Sources, const std::string &SourceRoot);

  /// Resolves every path, position and baseline text of \p F in place.
  void resolve(Finding &F);

  /// \p Path relative to the source root (with '/'), or as given if outside.
  std::string displayPath(const std::string &CanonicalPath) const;

  /// The canonical form of \p Path (symlinks resolved where it exists).
  std::string canonical(const std::string &Path);

private:
  SourceFiles &Sources;
  std::string Root;
  std::map<std::string, std::string> CanonicalPaths;
};

} // namespace allochunt::report

#endif // ALLOCHUNT_REPORT_FINDINGRESOLVER_H
