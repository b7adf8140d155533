//===--- RuleDocs.cpp - where each check is documented --------------------===//

#include "report/RuleDocs.h"

#include "report/Baseline.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace allochunt::report {

static constexpr std::string_view AllocHuntPrefix = "allochunt-";
static constexpr std::string_view DiagnosticPrefix = "clang-diagnostic-";

RuleDocs::RuleDocs(std::string DocsDirectory, std::string BaseUrl)
    : DocsDirectory(std::move(DocsDirectory)), BaseUrl(std::move(BaseUrl)) {
  if (!this->BaseUrl.empty() && this->BaseUrl.back() != '/')
    this->BaseUrl += '/';
}

std::string RuleDocs::pageName(const std::string &Check) {
  return "checks/" + Check.substr(AllocHuntPrefix.size()) + ".md";
}

const std::string &RuleDocs::load(const std::string &Check) {
  const auto Found = Pages.find(Check);
  if (Found != Pages.end())
    return Found->second;
  std::string &Page = Pages[Check];
  // A check name from an export is data: it must not lead out of docs/checks.
  const bool PlainName = Check.find_first_of("/\\") == std::string::npos;
  if (PlainName && Check.rfind(AllocHuntPrefix, 0) == 0 && !DocsDirectory.empty()) {
    std::ifstream const Stream(std::filesystem::path(DocsDirectory) / pageName(Check));
    std::ostringstream Text;
    Text << Stream.rdbuf();
    Page = Text.str();
  }
  return Page;
}

std::string RuleDocs::helpUri(const std::string &Check) {
  if (Check.rfind(AllocHuntPrefix, 0) == 0) {
    if (!BaseUrl.empty())
      return BaseUrl + pageName(Check);
    if (load(Check).empty())
      return "";
    return "file://" + std::filesystem::absolute(
                           std::filesystem::path(DocsDirectory) / pageName(Check))
                           .lexically_normal()
                           .generic_string();
  }
  // Compile errors have no warning flag, so no anchor on the reference page.
  if (Check == "clang-diagnostic-error")
    return "https://clang.llvm.org/docs/DiagnosticsReference.html";
  if (Check.rfind(DiagnosticPrefix, 0) == 0)
    return "https://clang.llvm.org/docs/DiagnosticsReference.html#w" +
           Check.substr(DiagnosticPrefix.size());
  // Upstream checks: <module>-<rest> lives at checks/<module>/<rest>.html; the
  // static analyzer's checks have no such page.
  const std::size_t Dash = Check.find('-');
  if (Dash == std::string::npos || Check.rfind("clang-analyzer-", 0) == 0)
    return "";
  return "https://clang.llvm.org/extra/clang-tidy/checks/" +
         Check.substr(0, Dash) + "/" + Check.substr(Dash + 1) + ".html";
}

std::string RuleDocs::summary(const std::string &Check) {
  // The first paragraph after the `# title` line.
  std::istringstream Lines(load(Check));
  std::string Line;
  std::string Paragraph;
  bool AfterTitle = false;
  while (std::getline(Lines, Line)) {
    if (!AfterTitle) {
      AfterTitle = Line.rfind("# ", 0) == 0;
      continue;
    }
    if (normaliseWhitespace(Line).empty()) {
      if (!Paragraph.empty())
        break;
      continue;
    }
    Paragraph += Line + " ";
  }
  return normaliseWhitespace(Paragraph);
}

std::string RuleDocs::page(const std::string &Check) { return load(Check); }

} // namespace allochunt::report
