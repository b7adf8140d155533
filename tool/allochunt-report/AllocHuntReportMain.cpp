//===--- AllocHuntReportMain.cpp - allochunt-report -----------------------===//
//
// Merges clang-tidy --export-fixes files into one report (text, markdown,
// json, codequality, sarif, html) with baselines; see report/Report.h. This
// file only finds the documentation: installed next to the binary
// (<prefix>/share/doc/allochunt), else the source tree's docs/.
//
//===----------------------------------------------------------------------===//

#include "report/Report.h"

#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <string>
#include <system_error>
#include <vector>

#ifndef ALLOCHUNT_SOURCE_DOCS_DIR
#define ALLOCHUNT_SOURCE_DOCS_DIR ""
#endif

static std::string defaultDocsDirectory() {
  std::error_code Error;
  const std::filesystem::path Self =
      std::filesystem::read_symlink("/proc/self/exe", Error);
  if (!Error) {
    const std::filesystem::path Installed =
        Self.parent_path().parent_path() / "share" / "doc" / "allochunt";
    if (std::filesystem::is_directory(Installed, Error))
      return Installed.string();
  }
  return ALLOCHUNT_SOURCE_DOCS_DIR;
}

int main(int argc, char **argv) {
  const std::vector<std::string> Arguments(argv + 1, argv + argc);
  return allochunt::report::reportMain(Arguments, defaultDocsDirectory(),
                                       std::cout, std::cerr,
                                       isatty(STDERR_FILENO) != 0);
}
