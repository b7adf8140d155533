//===--- Report.h - one run of allochunt-report ---------------------------===//
//
// Reads the inputs, merges and resolves the findings, applies and writes
// baselines, and writes the report in the chosen format: everything the
// tool's main does apart from parsing its arguments.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_REPORT_REPORT_H
#define ALLOCHUNT_REPORT_REPORT_H

#include "report/CommandLine.h"

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace allochunt::report {

/// The exit statuses, as documented in --help.
enum ExitStatus : std::uint8_t { NoNewFindings = 0, NewFindings = 1, BadInput = 2 };

/// Runs one report. The report goes to \p Out unless Options.Output names a
/// file; progress goes to \p Err (\p ErrIsTerminal: it is a terminal).
/// Throws InputError for bad input; returns NoNewFindings or NewFindings.
int runReport(const ReportOptions &Options, std::ostream &Out,
              std::ostream &Err, bool ErrIsTerminal);

/// The whole tool: parses \p Arguments (those after the program name),
/// handles --help and --version, runs the report, and turns an InputError
/// into its message on \p Err and BadInput. \p DefaultDocsDirectory is used
/// unless --docs-dir is given.
int reportMain(const std::vector<std::string> &Arguments,
               const std::string &DefaultDocsDirectory, std::ostream &Out,
               std::ostream &Err, bool ErrIsTerminal);

} // namespace allochunt::report

#endif // ALLOCHUNT_REPORT_REPORT_H
