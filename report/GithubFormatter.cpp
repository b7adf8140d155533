//===--- GithubFormatter.cpp - GitHub Actions workflow annotations --------===//
//
// One workflow command per finding, which GitHub shows as an annotation on
// the line in the run and in the pull request's diff:
//   ::warning file=src/a.cpp,line=12,col=5,title=allochunt-x::message
// It needs no permission and no code scanning, so it works on private
// repositories without GitHub Advanced Security and on pull requests from
// forks. With a baseline only the new findings are annotated. Findings
// without a file become annotations of the run.
//
//===----------------------------------------------------------------------===//

#include "report/Formatter.h"

namespace allochunt::report {

// GitHub's escaping of a workflow command's message (its data) and, with
// \p Property, of a property value, which ':' and ',' would end.
static std::string escaped(const std::string &Text, bool Property) {
  std::string Out;
  Out.reserve(Text.size());
  for (const char C : Text) {
    if (C == '%')
      Out += "%25";
    else if (C == '\r')
      Out += "%0D";
    else if (C == '\n')
      Out += "%0A";
    else if (Property && C == ':')
      Out += "%3A";
    else if (Property && C == ',')
      Out += "%2C";
    else
      Out += C;
  }
  return Out;
}

static const char *command(const Finding &F) {
  const std::string Level = levelName(F.Level);
  if (Level == "error")
    return "error";
  return Level == "warning" ? "warning" : "notice";
}

void writeGithub(ReportContext &Report, std::ostream &Out) {
  for (const Finding &F : Report.Findings) {
    if (Report.HasBaseline && !F.IsNew)
      continue;
    Out << "::" << command(F) << ' ';
    if (!F.DisplayPath.empty()) {
      Out << "file=" << escaped(F.DisplayPath, true);
      if (F.Position.isResolved())
        Out << ",line=" << F.Position.Line << ",col=" << F.Position.Column;
      Out << ',';
    }
    Out << "title=" << escaped(F.Check, true) << "::" << escaped(F.Message, false)
        << '\n';
  }
}

} // namespace allochunt::report
