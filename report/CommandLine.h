//===--- CommandLine.h - allochunt-report's options -----------------------===//
//
// Parses `allochunt-report [OPTIONS] INPUT...` into ReportOptions. Options
// take their value as `--name=value` or as the next argument. A usage error
// is an InputError naming allochunt-report, so it too exits with status 2.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_REPORT_COMMANDLINE_H
#define ALLOCHUNT_REPORT_COMMANDLINE_H

#include "report/Progress.h"

#include <string>
#include <vector>

namespace allochunt::report {

/// Everything a report run needs to know.
struct ReportOptions {
  std::vector<std::string> Inputs;
  std::string Format = "text";
  /// Empty: standard output.
  std::string Output;
  /// Empty: the current directory.
  std::string SourceRoot;
  std::string Baseline;
  std::string WriteBaseline;
  /// A heap profile to rank the findings by (empty: none).
  std::string AllocationProfile;
  std::string DocsBaseUrl;
  /// Where docs/checks/<name>.md are read from; set by the tool's main.
  std::string DocsDirectory;
  ProgressMode Progress = ProgressMode::Auto;
  bool ShowHelp = false;
  bool ShowVersion = false;
};

/// Parses the arguments after the program name. Throws InputError.
ReportOptions parseCommandLine(const std::vector<std::string> &Arguments);

/// The --help text.
std::string usage();

} // namespace allochunt::report

#endif // ALLOCHUNT_REPORT_COMMANDLINE_H
