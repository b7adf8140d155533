//===--- Summary.cpp - findings counted by check and by directory ---------===//

#include "report/Summary.h"

#include <algorithm>
#include <map>
#include <set>

namespace allochunt::report {

std::string directoryOf(const std::string &DisplayPath) {
  if (DisplayPath.empty())
    return "(no file)";
  const std::size_t Slash = DisplayPath.rfind('/');
  if (Slash == std::string::npos)
    return ".";
  return Slash == 0 ? "/" : DisplayPath.substr(0, Slash);
}

static std::vector<Count> sorted(const std::map<std::string, Count> &Counts) {
  std::vector<Count> Result;
  Result.reserve(Counts.size());
  for (const auto &Entry : Counts)
    Result.push_back(Entry.second);
  std::sort(Result.begin(), Result.end(), [](const Count &A, const Count &B) {
    return A.All != B.All ? A.All > B.All : A.Label < B.Label;
  });
  return Result;
}

Summary summarise(const std::vector<Finding> &Findings) {
  Summary Result;
  std::map<std::string, Count> ByCheck;
  std::map<std::string, Count> ByDirectory;
  std::set<std::string> Files;
  for (const Finding &F : Findings) {
    ++Result.Findings;
    Result.New += F.IsNew ? 1 : 0;
    if (!F.DisplayPath.empty())
      Files.insert(F.DisplayPath);
    for (const auto &[Map, Label] : {std::pair{&ByCheck, F.Check},
                              std::pair{&ByDirectory, directoryOf(F.DisplayPath)}}) {
      Count &C = (*Map)[Label];
      C.Label = Label;
      ++C.All;
      C.New += F.IsNew ? 1 : 0;
    }
  }
  Result.Files = Files.size();
  Result.ByCheck = sorted(ByCheck);
  Result.ByDirectory = sorted(ByDirectory);
  return Result;
}

} // namespace allochunt::report
