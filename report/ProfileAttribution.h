//===--- ProfileAttribution.h - the allocations each finding causes -------===//
//
// Joins an AllocationProfile with the findings: each program point goes to
// the findings at the source line of its innermost frame in user code, and
// each finding sums the allocations and bytes of its program points. A frame
// is in user code when it has a file and line and that file is a source file
// of the findings, or an absolute path inside the source root outside the
// system directories (/usr, /lib, ...); frames of the C++ library, of
// libraries without debug information and of the profiler are skipped, so
// the allocation inside std::string's constructor counts for the line that
// built the string. A program point counts once per finding, and once in the
// attributed total however many findings share its line.
//
// Paths match when equal, or when the shorter is a suffix of the longer on a
// path component boundary (DHAT prints bare file names without
// --fullpath-after=; a profile from another checkout has another prefix):
// /abs/src/x.cpp matches src/x.cpp and x.cpp, never ix.cpp. Of several files
// of the findings a frame matches, the longest match wins; a tie leaves the
// program point unattributed (counted in AmbiguousPoints).
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_REPORT_PROFILEATTRIBUTION_H
#define ALLOCHUNT_REPORT_PROFILEATTRIBUTION_H

#include "report/AllocationProfile.h"
#include "report/Finding.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace allochunt::report {

/// What the profile attributes to one finding.
struct FindingCost {
  std::uint64_t Allocations = 0;
  std::uint64_t Bytes = 0;
  /// Allocations / the profile's total allocations, 0..1.
  double Share = 0;
  bool reached() const { return Allocations != 0; }
};

/// The profile joined with the findings of one report.
struct ProfileAttribution {
  /// The profile's path as given on the command line.
  std::string File;
  std::uint64_t TotalAllocations = 0;
  std::uint64_t TotalBytes = 0;
  /// Allocations at the line of at least one finding.
  std::uint64_t AttributedAllocations = 0;
  std::uint64_t AttributedBytes = 0;
  /// AttributedAllocations / TotalAllocations, 0..1.
  double AttributedShare = 0;
  /// Parallel to the findings.
  std::vector<FindingCost> Costs;
  /// Indices of the findings, the reached ones first (by allocations, then
  /// bytes, then report order), then the others in report order.
  std::vector<std::size_t> Ranking;
  /// How many findings the profile reached (the first Reached of Ranking).
  std::size_t Reached = 0;
  /// Whether any frame of the profile names a source file of the findings.
  bool MatchesSourceFile = false;
  /// Program points whose user frame matched several files equally well.
  std::size_t AmbiguousPoints = 0;
};

/// Attributes \p Profile (read from \p File) to \p Findings, whose paths are
/// canonical and display paths relative to \p SourceRoot (canonical, absolute).
ProfileAttribution attributeProfile(const AllocationProfile &Profile,
                                    const std::vector<Finding> &Findings,
                                    const std::string &SourceRoot, std::string File);

/// How well profile path \p ProfilePath names the file at canonical path
/// \p CanonicalPath shown as \p DisplayPath: 0 not at all, else the number of
/// path components that match (more for an exact absolute match).
unsigned pathMatch(std::string_view ProfilePath, const std::string &CanonicalPath,
                   const std::string &DisplayPath);

/// A count for people: 17, 999, 4.5 k, 1.2 M, 3.0 G (one decimal from 1000 on).
std::string compactCount(std::uint64_t Count);

/// A share 0..1 as a percentage: 38%, 0.4%, <0.1%, 0%; 100% only when all.
std::string percentText(double Share);

/// "AllocHunt findings account for 38% of the 1.2 M allocations in this run".
std::string profileSummary(const ProfileAttribution &Attribution);

/// "1.0 k allocations, 31.0 k bytes, 36% of this run's allocations" for one finding.
std::string costText(const ProfileAttribution &Attribution, std::size_t Finding);

} // namespace allochunt::report

#endif // ALLOCHUNT_REPORT_PROFILEATTRIBUTION_H
