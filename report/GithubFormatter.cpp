//===--- GithubFormatter.cpp - GitHub Actions workflow commands -----------===//
//
// One `::warning file=…,line=…,col=…,title=…::message` line per finding (with
// a baseline, per new finding): GitHub Actions shows them as annotations on
// the run and on the pull request's changed files. Unlike SARIF upload this
// needs no token permission and no Advanced Security, so it also works for
// pull requests from forks. Levels map to `error`, `warning` and `notice`;
// values are escaped as GitHub's toolkit does: %, CR and LF everywhere, and
// also : and , in properties. With an allocation profile each message ends
// with the finding's figures ("(1.0 k allocations, ...)").
//
//===----------------------------------------------------------------------===//

#include "report/Formatter.h"

namespace allochunt::report {

static std::string escape(const std::string &Text, bool Property) {
  std::string Escaped;
  for (const char C : Text) {
    if (C == '%')
      Escaped += "%25";
    else if (C == '\r')
      Escaped += "%0D";
    else if (C == '\n')
      Escaped += "%0A";
    else if (Property && C == ':')
      Escaped += "%3A";
    else if (Property && C == ',')
      Escaped += "%2C";
    else
      Escaped += C;
  }
  return Escaped;
}

static const char *command(const Finding &F) {
  const std::string Level = levelName(F.Level);
  if (Level == "error")
    return "error";
  return Level == "warning" ? "warning" : "notice";
}

void writeGithub(ReportContext &Report, std::ostream &Out) {
  for (const std::size_t I : findingOrder(Report)) {
    const Finding &F = Report.Findings[I];
    if (Report.HasBaseline && !F.IsNew)
      continue;
    Out << "::" << command(F) << " ";
    if (!F.DisplayPath.empty()) {
      Out << "file=" << escape(F.DisplayPath, true) << ",";
      if (F.Position.isResolved())
        Out << "line=" << F.Position.Line << ",col=" << F.Position.Column
            << ",";
    }
    Out << "title=" << escape(F.Check, true) << "::" << escape(F.Message, false);
    if (Report.Profile != nullptr)
      Out << escape(" (" + costText(*Report.Profile, I) + ")", false);
    Out << "\n";
  }
}

} // namespace allochunt::report
