//===--- Formatter.h - the output formats of allochunt-report -------------===//
//
// Each format is one function in its own file, writing the merged findings
// to a stream: text (like the compiler's), markdown (for a CI job summary or
// a review comment), json (the findings as data), codequality (GitLab Code
// Quality), sarif (SARIF 2.1.0 for GitHub code scanning), html (a
// self-contained page with charts, sources and fixes as diffs) and github
// (workflow-command annotations for GitHub Actions).
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_REPORT_FORMATTER_H
#define ALLOCHUNT_REPORT_FORMATTER_H

#include "report/Finding.h"
#include "report/ProfileAttribution.h"
#include "report/RuleDocs.h"
#include "report/SourceFiles.h"

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace allochunt::report {

/// What every format draws on.
struct ReportContext {
  /// Merged and sorted; IsNew tells which ones the baseline did not accept.
  const std::vector<Finding> &Findings;
  SourceFiles &Sources;
  RuleDocs &Docs;
  /// Whether a baseline was applied (text and markdown then list only new
  /// findings; the other formats mark each one).
  bool HasBaseline = false;
  std::size_t NewCount = 0;
  /// The canonical absolute source root that display paths are relative to.
  std::string SourceRoot;
  std::string ToolVersion;
  /// With --allocation-profile: the allocations attributed to each finding.
  const ProfileAttribution *Profile = nullptr;
};

/// The order to list findings in: ranked by the profile's allocations when
/// there is one, else the report's order.
std::vector<std::size_t> findingOrder(const ReportContext &Report);

void writeText(ReportContext &Report, std::ostream &Out);
void writeMarkdown(ReportContext &Report, std::ostream &Out);
void writeJson(ReportContext &Report, std::ostream &Out);
void writeCodeQuality(ReportContext &Report, std::ostream &Out);
void writeSarif(ReportContext &Report, std::ostream &Out);
void writeHtml(ReportContext &Report, std::ostream &Out);
void writeGithub(ReportContext &Report, std::ostream &Out);

using FormatFunction = void (*)(ReportContext &, std::ostream &);

/// The function of format \p Name, or nullptr for an unknown name.
FormatFunction findFormat(std::string_view Name);

/// The format names, for --help and error messages: "text, markdown, ...".
std::string formatNames();

} // namespace allochunt::report

#endif // ALLOCHUNT_REPORT_FORMATTER_H
