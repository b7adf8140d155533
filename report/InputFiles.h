//===--- InputFiles.h - the export-fixes files named on the command line --===//
//
// Expands the command line's inputs: a file stands for itself, a directory
// (run-clang-tidy -export-fixes DIR/) for every *.yaml and *.yml file below
// it, sorted so that reports do not depend on directory order.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_REPORT_INPUTFILES_H
#define ALLOCHUNT_REPORT_INPUTFILES_H

#include <cstdint>
#include <string>
#include <vector>

namespace allochunt::report {

/// One export-fixes file to read, and its size for progress reporting.
struct InputFile {
  std::string Path;
  std::uintmax_t Size = 0;
};

/// The files behind \p Arguments. Throws InputError for a path that does not
/// exist or cannot be listed.
std::vector<InputFile> expandInputs(const std::vector<std::string> &Arguments);

/// The whole content of input file \p Path. Throws InputError when it cannot
/// be opened or read.
std::string readInputFile(const std::string &Path);

} // namespace allochunt::report

#endif // ALLOCHUNT_REPORT_INPUTFILES_H
