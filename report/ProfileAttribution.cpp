//===--- ProfileAttribution.cpp - the allocations each finding causes -----===//

#include "report/ProfileAttribution.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <system_error>
#include <utility>

namespace allochunt::report {

namespace {

/// An exact match of absolute paths beats any suffix.
constexpr unsigned ExactMatch = 1U << 20U;

// The path with '.' and 'x/..' resolved, '/' separators, and for a relative
// path no leading '../' (a relative profile path names the file from some
// build directory: only its tail is known).
std::string normalisedPath(std::string_view Path) {
  std::string Normal = std::filesystem::path(Path).lexically_normal().generic_string();
  if (!Normal.empty() && Normal.front() != '/')
    while (Normal.compare(0, 3, "../") == 0)
      Normal.erase(0, 3);
  if (Normal == "." || Normal == "..")
    Normal.clear();
  return Normal;
}

unsigned componentCount(std::string_view Path) {
  return static_cast<unsigned>(std::count(Path.begin(), Path.end(), '/')) + 1;
}

// Whether relative \p Suffix is \p Path or its tail after a '/'.
bool endsWithComponents(std::string_view Path, std::string_view Suffix) {
  if (Suffix.empty() || Suffix.front() == '/' || Suffix.size() > Path.size())
    return false;
  if (Path.substr(Path.size() - Suffix.size()) != Suffix)
    return false;
  return Path.size() == Suffix.size() || Path[Path.size() - Suffix.size() - 1] == '/';
}

std::string_view baseName(std::string_view Path) {
  const std::size_t Slash = Path.rfind('/');
  return Slash == std::string_view::npos ? Path : Path.substr(Slash + 1);
}

bool isSystemPath(std::string_view Path) {
  static constexpr std::array<std::string_view, 6> Prefixes = {
      "/usr/", "/lib/", "/lib32/", "/lib64/", "/libx32/", "/System/"};
  return std::any_of(Prefixes.begin(), Prefixes.end(), [&](std::string_view Prefix) {
    return Path.substr(0, Prefix.size()) == Prefix;
  });
}

bool isInside(std::string_view Path, const std::string &Root) {
  if (Root == "/")
    return !Path.empty() && Path.front() == '/';
  return Path.size() > Root.size() && Path.substr(0, Root.size()) == Root &&
         Path[Root.size()] == '/';
}

// A source file of the findings.
struct SourceFile {
  std::string Canonical;
  std::string Display;
};

constexpr int NoFile = -1;
constexpr int Ambiguous = -2;

class Attributor {
public:
  Attributor(const AllocationProfile &Profile, const std::vector<Finding> &Findings,
             const std::string &SourceRoot)
      : Profile(Profile), Findings(Findings),
        Root(std::filesystem::path(SourceRoot).lexically_normal().generic_string()) {
    while (Root.size() > 1 && Root.back() == '/')
      Root.pop_back();
    std::map<std::string, std::size_t> FileIndex;
    for (std::size_t I = 0; I < Findings.size(); ++I) {
      const Finding &F = Findings[I];
      if (F.Position.FilePath.empty() || !F.Position.isResolved())
        continue;
      const std::string Canonical =
          std::filesystem::path(F.Position.FilePath).generic_string();
      const auto [Found, Inserted] = FileIndex.emplace(Canonical, Files.size());
      if (Inserted) {
        Files.push_back({Canonical, F.DisplayPath});
        ByBaseName[std::string(baseName(Canonical))].push_back(Found->second);
      }
      AtLine[{Found->second, F.Position.Line}].push_back(I);
    }
  }

  ProfileAttribution run(std::string File) {
    ProfileAttribution Result;
    Result.File = std::move(File);
    Result.TotalAllocations = Profile.TotalAllocations;
    Result.TotalBytes = Profile.TotalBytes;
    Result.Costs.resize(Findings.size());
    classifyFrames(Result);
    for (const ProgramPoint &Point : Profile.Points)
      attribute(Point, Result);
    const auto ShareOf = [&](std::uint64_t Allocations) {
      return Profile.TotalAllocations == 0
                 ? 0.0
                 : std::min(1.0, static_cast<double>(Allocations) /
                                     static_cast<double>(Profile.TotalAllocations));
    };
    for (FindingCost &Cost : Result.Costs)
      Cost.Share = ShareOf(Cost.Allocations);
    Result.AttributedShare = ShareOf(Result.AttributedAllocations);
    rank(Result);
    return Result;
  }

private:
  // Which file of the findings each frame names, and whether it is user code.
  void classifyFrames(ProfileAttribution &Result) {
    FrameFile.assign(Profile.Frames.size(), NoFile);
    IsUserFrame.assign(Profile.Frames.size(), false);
    std::map<std::string, std::pair<int, bool>> Cache;
    for (std::size_t I = 0; I < Profile.Frames.size(); ++I) {
      const ProfileFrame &Frame = Profile.Frames[I];
      if (!Frame.hasSource())
        continue;
      const auto [Found, Inserted] = Cache.emplace(Frame.File, std::pair{NoFile, false});
      if (Inserted)
        Found->second = classify(Frame.File);
      FrameFile[I] = Found->second.first;
      IsUserFrame[I] = Found->second.second;
      if (FrameFile[I] != NoFile)
        Result.MatchesSourceFile = true;
    }
  }

  std::pair<int, bool> classify(const std::string &FramePath) {
    const std::string Path = normalisedPath(FramePath);
    if (Path.empty())
      return {NoFile, false};
    const auto Candidates = ByBaseName.find(baseName(Path));
    int Best = NoFile;
    unsigned BestScore = 0;
    if (Candidates != ByBaseName.end()) {
      for (const std::size_t Index : Candidates->second) {
        const unsigned Score =
            pathMatch(Path, Files[Index].Canonical, Files[Index].Display);
        if (Score > BestScore) {
          Best = static_cast<int>(Index);
          BestScore = Score;
        } else if (Score != 0 && Score == BestScore) {
          Best = Ambiguous;
        }
      }
    }
    if (Best != NoFile)
      return {Best, true};
    const bool User = Path.front() == '/' && !isSystemPath(Path) && isInside(Path, Root);
    return {NoFile, User};
  }

  void attribute(const ProgramPoint &Point, ProfileAttribution &Result) {
    for (const std::size_t Frame : Point.Stack) {
      if (!IsUserFrame[Frame])
        continue;
      if (FrameFile[Frame] == Ambiguous) {
        ++Result.AmbiguousPoints;
        return;
      }
      if (FrameFile[Frame] == NoFile)
        return;
      const auto Found = AtLine.find(
          {static_cast<std::size_t>(FrameFile[Frame]), Profile.Frames[Frame].Line});
      if (Found == AtLine.end())
        return;
      for (const std::size_t Index : Found->second) {
        FindingCost &Cost = Result.Costs[Index];
        Cost.Allocations = saturatingAdd(Cost.Allocations, Point.Allocations);
        Cost.Bytes = saturatingAdd(Cost.Bytes, Point.Bytes);
      }
      Result.AttributedAllocations =
          saturatingAdd(Result.AttributedAllocations, Point.Allocations);
      Result.AttributedBytes = saturatingAdd(Result.AttributedBytes, Point.Bytes);
      return;
    }
  }

  static void rank(ProfileAttribution &Result) {
    for (std::size_t I = 0; I < Result.Costs.size(); ++I)
      if (Result.Costs[I].reached())
        Result.Ranking.push_back(I);
    std::sort(Result.Ranking.begin(), Result.Ranking.end(), [&](std::size_t A, std::size_t B) {
      const FindingCost &X = Result.Costs[A];
      const FindingCost &Y = Result.Costs[B];
      if (X.Allocations != Y.Allocations)
        return X.Allocations > Y.Allocations;
      return X.Bytes != Y.Bytes ? X.Bytes > Y.Bytes : A < B;
    });
    Result.Reached = Result.Ranking.size();
    for (std::size_t I = 0; I < Result.Costs.size(); ++I)
      if (!Result.Costs[I].reached())
        Result.Ranking.push_back(I);
  }

  const AllocationProfile &Profile;
  const std::vector<Finding> &Findings;
  std::string Root;
  std::vector<SourceFile> Files;
  std::map<std::string, std::vector<std::size_t>, std::less<>> ByBaseName;
  std::map<std::pair<std::size_t, unsigned>, std::vector<std::size_t>> AtLine;
  std::vector<int> FrameFile;
  std::vector<bool> IsUserFrame;
};

} // namespace

unsigned pathMatch(std::string_view ProfilePath, const std::string &CanonicalPath,
                   const std::string &DisplayPath) {
  const std::string Path = normalisedPath(ProfilePath);
  if (Path.empty())
    return 0;
  const std::string Canonical = std::filesystem::path(CanonicalPath).generic_string();
  if (Path.front() == '/') {
    if (Path == Canonical)
      return ExactMatch;
    // The same tree checked out elsewhere (the profile from a CI machine).
    const std::string Display = normalisedPath(DisplayPath);
    if (!Display.empty() && Display.front() != '/' && endsWithComponents(Path, Display))
      return componentCount(Display);
    return 0;
  }
  return endsWithComponents(Canonical, Path) ? componentCount(Path) : 0;
}

ProfileAttribution attributeProfile(const AllocationProfile &Profile,
                                    const std::vector<Finding> &Findings,
                                    const std::string &SourceRoot, std::string File) {
  return Attributor(Profile, Findings, SourceRoot).run(std::move(File));
}

std::string compactCount(std::uint64_t Count) {
  if (Count < 1000)
    return std::to_string(Count);
  static constexpr std::array<const char *, 6> Units = {"k", "M", "G", "T", "P", "E"};
  std::uint64_t Divisor = 1;
  for (const char *Unit : Units) {
    Divisor *= 1000;
    const std::uint64_t Tenth = Divisor / 10;
    const std::uint64_t Tenths = (Count / Tenth) + ((Count % Tenth) >= Tenth / 2 ? 1 : 0);
    if (Tenths < 10000 || Unit == Units.back())
      return std::to_string(Tenths / 10) + "." + std::to_string(Tenths % 10) + " " + Unit;
  }
  return std::to_string(Count);
}

std::string percentText(double Share) {
  if (!(Share > 0))
    return "0%";
  if (Share >= 1)
    return "100%";
  const double Percent = Share * 100;
  if (Percent < 0.05)
    return "<0.1%";
  std::array<char, 32> Buffer{};
  if (Percent < 0.95) {
    std::snprintf(Buffer.data(), Buffer.size(), "%.1f%%", Percent);
    return Buffer.data();
  }
  const double Whole = std::min(99.0, std::floor(Percent + 0.5));
  std::snprintf(Buffer.data(), Buffer.size(), "%.0f%%", Whole);
  return Buffer.data();
}

std::string profileSummary(const ProfileAttribution &Attribution) {
  return "AllocHunt findings account for " + percentText(Attribution.AttributedShare) +
         " of the " + compactCount(Attribution.TotalAllocations) +
         (Attribution.TotalAllocations == 1 ? " allocation" : " allocations") +
         " in this run";
}

std::string costText(const ProfileAttribution &Attribution, std::size_t Finding) {
  const FindingCost &Cost = Attribution.Costs[Finding];
  if (!Cost.reached())
    return "not reached in this run";
  return compactCount(Cost.Allocations) +
         (Cost.Allocations == 1 ? " allocation, " : " allocations, ") +
         compactCount(Cost.Bytes) + " bytes, " + percentText(Cost.Share) +
         " of this run's allocations";
}

} // namespace allochunt::report
