//===--- FindingResolver.cpp - from offsets in paths to what people read --===//

#include "report/FindingResolver.h"

#include "report/Baseline.h"

#include <filesystem>
#include <system_error>

namespace allochunt::report {

namespace fs = std::filesystem;

// A finding's range rarely spans more; a longer one is keyed by its start.
static constexpr unsigned MaxKeyedLines = 10;

FindingResolver::FindingResolver(SourceFiles &Sources,
                                 const std::string &SourceRoot)
    : Sources(Sources) {
  std::error_code Error;
  fs::path RootPath = fs::weakly_canonical(fs::absolute(SourceRoot), Error);
  if (Error)
    RootPath = fs::absolute(SourceRoot).lexically_normal();
  Root = RootPath.generic_string();
  while (Root.size() > 1 && Root.back() == '/')
    Root.pop_back();
}

std::string FindingResolver::canonical(const std::string &Path) {
  if (Path.empty())
    return Path;
  const auto Found = CanonicalPaths.find(Path);
  if (Found != CanonicalPaths.end())
    return Found->second;
  std::error_code Error;
  fs::path Result = fs::weakly_canonical(fs::absolute(Path), Error);
  if (Error)
    Result = fs::path(Path).lexically_normal();
  return CanonicalPaths[Path] = Result.string();
}

std::string FindingResolver::displayPath(const std::string &CanonicalPath) const {
  std::string Generic = fs::path(CanonicalPath).generic_string();
  if (Root == "/")
    return Generic.size() > 1 ? Generic.substr(1) : Generic;
  if (Generic.size() > Root.size() && Generic.compare(0, Root.size(), Root) == 0 &&
      Generic[Root.size()] == '/')
    return Generic.substr(Root.size() + 1);
  return Generic;
}

void FindingResolver::resolve(Finding &F) {
  // Older clang-tidy exports no ranges; a fix at the diagnostic's position
  // covers what it flags.
  if (F.RangeLength == 0)
    for (const Replacement &R : F.Replacements)
      if (R.FilePath == F.Position.FilePath && R.Offset == F.Position.Offset)
        F.RangeLength = R.Length;
  F.Position.FilePath = canonical(F.Position.FilePath);
  F.DisplayPath = displayPath(F.Position.FilePath);
  for (Replacement &R : F.Replacements) {
    R.FilePath = canonical(R.FilePath);
    R.DisplayPath = displayPath(R.FilePath);
  }
  for (Note &N : F.Notes) {
    N.Position.FilePath = canonical(N.Position.FilePath);
    N.DisplayPath = displayPath(N.Position.FilePath);
    Sources.resolve(N.Position);
    for (Replacement &R : N.Replacements) {
      R.FilePath = canonical(R.FilePath);
      R.DisplayPath = displayPath(R.FilePath);
    }
  }
  if (!Sources.resolve(F.Position)) {
    // Without the source, the message stands in for the flagged text.
    F.NormalisedText = "(source unavailable) " + normaliseWhitespace(F.Message);
    return;
  }
  unsigned LastLine = Sources
                          .lineAndColumn(F.Position.FilePath,
                                         F.Position.Offset + F.RangeLength)
                          .first;
  if (LastLine < F.Position.Line || LastLine >= F.Position.Line + MaxKeyedLines)
    LastLine = F.Position.Line;
  std::string Flagged;
  for (const std::string &Line :
       Sources.lines(F.Position.FilePath, F.Position.Line, LastLine))
    Flagged += Line + "\n";
  F.NormalisedText = normaliseWhitespace(Flagged);
}

} // namespace allochunt::report
