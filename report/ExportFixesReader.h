//===--- ExportFixesReader.h - clang-tidy --export-fixes YAML -------------===//
//
// Reads the YAML that `clang-tidy --export-fixes` writes (one document with
// `Diagnostics`, each a `DiagnosticName`, a `DiagnosticMessage` with its
// replacements, `Notes` and a `Level`), also as merged by run-clang-tidy or
// concatenated into several documents. Unknown keys are ignored so newer
// clang-tidy versions still read; a missing or mistyped required key is an
// InputError naming the file, line and column. An empty file has no findings
// (run-clang-tidy leaves one for a translation unit without any).
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_REPORT_EXPORTFIXESREADER_H
#define ALLOCHUNT_REPORT_EXPORTFIXESREADER_H

#include "report/Finding.h"

#include <string>
#include <vector>

namespace allochunt::report {

/// Parses export-fixes YAML held in \p Text; \p Name is the file it came from,
/// for messages. Relative paths are resolved against the diagnostic's
/// `BuildDirectory`. Throws InputError, and only InputError, on bad input.
std::vector<Finding> parseExportFixes(const std::string &Text,
                                      const std::string &Name);

/// Reads and parses the export-fixes file \p Path. Throws InputError.
std::vector<Finding> readExportFixes(const std::string &Path);

} // namespace allochunt::report

#endif // ALLOCHUNT_REPORT_EXPORTFIXESREADER_H
