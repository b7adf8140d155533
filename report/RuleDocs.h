//===--- RuleDocs.h - where each check is documented ----------------------===//
//
// The formats link every check to its documentation: an allochunt check to
// its page docs/checks/<name>.md (under --docs-base-url when given, else the
// local docs directory as a file: URL), an upstream clang-tidy check to its
// page on clang.llvm.org. For allochunt checks it also reads the page's
// one-sentence summary and text, which SARIF carries as the rule's help.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_REPORT_RULEDOCS_H
#define ALLOCHUNT_REPORT_RULEDOCS_H

#include <map>
#include <string>

namespace allochunt::report {

/// Looks up and caches check documentation.
class RuleDocs {
public:
  /// \p DocsDirectory holds checks/<name>.md; \p BaseUrl (may be empty) is
  /// the URL that docs/ is published under, e.g. a repository's docs folder.
  RuleDocs(std::string DocsDirectory, std::string BaseUrl);

  /// The documentation URL of \p Check; empty if there is none.
  std::string helpUri(const std::string &Check);
  /// The check's one-sentence summary (the doc page's first paragraph), or
  /// empty when its page is not available.
  std::string summary(const std::string &Check);
  /// The check's whole doc page, or empty.
  std::string page(const std::string &Check);

private:
  static std::string pageName(const std::string &Check);
  const std::string &load(const std::string &Check);

  std::string DocsDirectory;
  std::string BaseUrl;
  std::map<std::string, std::string> Pages;
};

} // namespace allochunt::report

#endif // ALLOCHUNT_REPORT_RULEDOCS_H
