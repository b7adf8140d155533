//===--- ProfileAttributionTest.cpp - report/ProfileAttribution -----------===//

#include "report/ProfileAttribution.h"

#include "gtest/gtest.h"

#include <limits>
#include <string>
#include <vector>

namespace allochunt::report::test {
namespace {

Finding findingAt(const std::string &Path, const std::string &Display, unsigned Line,
                  const std::string &Check = "allochunt-example") {
  Finding F;
  F.Check = Check;
  F.Position.FilePath = Path;
  F.Position.Line = Line;
  F.Position.Column = 1;
  F.DisplayPath = Display;
  return F;
}

// Builds a profile from stacks of "file:line" frames ("" for a frame without
// source information), innermost first.
class ProfileBuilder {
public:
  ProfileBuilder &point(std::uint64_t Allocations, std::uint64_t Bytes,
                        const std::vector<ProfileFrame> &Stack) {
    ProgramPoint Point{Allocations, Bytes, {}};
    for (const ProfileFrame &Frame : Stack) {
      Point.Stack.push_back(Profile.Frames.size());
      Profile.Frames.push_back(Frame);
    }
    Profile.TotalAllocations = saturatingAdd(Profile.TotalAllocations, Allocations);
    Profile.TotalBytes = saturatingAdd(Profile.TotalBytes, Bytes);
    Profile.Points.push_back(Point);
    return *this;
  }
  AllocationProfile Profile;
};

const ProfileFrame NoSource{};

TEST(ProfileAttributionTest, PathsMatchOnComponentBoundaries) {
  const std::string Abs = "/abs/src/x.cpp";
  EXPECT_GT(pathMatch("/abs/src/x.cpp", Abs, "src/x.cpp"), 0U);
  EXPECT_EQ(pathMatch("src/x.cpp", Abs, "src/x.cpp"), 2U);
  EXPECT_EQ(pathMatch("x.cpp", Abs, "src/x.cpp"), 1U);
  EXPECT_EQ(pathMatch("./x.cpp", Abs, "src/x.cpp"), 1U);
  EXPECT_EQ(pathMatch("../../src/./x.cpp", Abs, "src/x.cpp"), 2U);
  EXPECT_EQ(pathMatch("src/../src/x.cpp", Abs, "src/x.cpp"), 2U);
  EXPECT_EQ(pathMatch("ix.cpp", Abs, "src/x.cpp"), 0U);
  EXPECT_EQ(pathMatch("bsrc/x.cpp", Abs, "src/x.cpp"), 0U);
  EXPECT_EQ(pathMatch("other/x.cpp", Abs, "src/x.cpp"), 0U);
  EXPECT_EQ(pathMatch("", Abs, "src/x.cpp"), 0U);
  EXPECT_EQ(pathMatch(".", Abs, "src/x.cpp"), 0U);
  // The same tree checked out elsewhere.
  EXPECT_EQ(pathMatch("/ci/build/src/x.cpp", Abs, "src/x.cpp"), 2U);
  EXPECT_EQ(pathMatch("/ci/build/src/other/x.cpp", Abs, "src/x.cpp"), 0U);
  EXPECT_EQ(pathMatch("/ci/build/bsrc/x.cpp", Abs, "src/x.cpp"), 0U);
  // Outside the source root the display path is absolute: only the exact path.
  EXPECT_EQ(pathMatch("/ci/include/y.h", "/opt/include/y.h", "/opt/include/y.h"), 0U);
  EXPECT_GT(pathMatch("/opt/include/y.h", "/opt/include/y.h", "/opt/include/y.h"), 0U);
  EXPECT_EQ(pathMatch("y.h", "/opt/include/y.h", "/opt/include/y.h"), 1U);
}

TEST(ProfileAttributionTest, InnermostUserFrameTakesThePoint) {
  ProfileBuilder Build;
  Build.point(1000, 31000,
              {NoSource,
               {"/usr/lib/gcc/x86_64-linux-gnu/12/../../../../include/c++/12/bits/basic_string.h",
                2171},
               {"basic_string.h", 659},
               {"/src/p.cpp", 4},
               {"/src/p.cpp", 5},
               {"/src/p.cpp", 9}});
  const std::vector<Finding> Findings = {findingAt("/src/p.cpp", "p.cpp", 4),
                                         findingAt("/src/p.cpp", "p.cpp", 5),
                                         findingAt("/src/p.cpp", "p.cpp", 9)};
  const ProfileAttribution A = attributeProfile(Build.Profile, Findings, "/src", "p.json");
  EXPECT_EQ(A.Costs[0].Allocations, 1000U);
  EXPECT_EQ(A.Costs[0].Bytes, 31000U);
  EXPECT_DOUBLE_EQ(A.Costs[0].Share, 1.0);
  EXPECT_EQ(A.Costs[1].Allocations, 0U);
  EXPECT_EQ(A.Costs[2].Allocations, 0U);
  EXPECT_EQ(A.AttributedAllocations, 1000U);
  EXPECT_TRUE(A.MatchesSourceFile);
  EXPECT_EQ(A.Reached, 1U);
  EXPECT_EQ(A.Ranking, (std::vector<std::size_t>{0, 1, 2}));
}

TEST(ProfileAttributionTest, UserCodeWithoutFindingsKeepsItsPoints) {
  // util.cpp is inside the source root: its allocation is not the caller's.
  ProfileBuilder Build;
  Build.point(10, 100, {NoSource, {"/src/util.cpp", 3}, {"/src/p.cpp", 9}});
  // A bare name that is no file of the findings says nothing: skipped.
  Build.point(20, 200, {NoSource, {"vector.tcc", 123}, {"p.cpp", 9}});
  // Code outside the source root (a library built with debug information).
  Build.point(40, 400, {{"/opt/lib/lib.cpp", 1}, {"/src/p.cpp", 9}});
  const std::vector<Finding> Findings = {findingAt("/src/p.cpp", "p.cpp", 9)};
  const ProfileAttribution A = attributeProfile(Build.Profile, Findings, "/src", "p.json");
  EXPECT_EQ(A.Costs[0].Allocations, 60U);
  EXPECT_EQ(A.Costs[0].Bytes, 600U);
  EXPECT_EQ(A.AttributedAllocations, 60U);
  EXPECT_NEAR(A.AttributedShare, 60.0 / 70.0, 1e-12);
}

TEST(ProfileAttributionTest, PointCountsOncePerFindingAndOnceInTheTotal) {
  ProfileBuilder Build;
  // Recursion: the same line twice on the stack.
  Build.point(5, 50, {NoSource, {"/src/p.cpp", 4}, {"/src/p.cpp", 4}, {"/src/p.cpp", 4}});
  // Two checks flag the same line.
  const std::vector<Finding> Findings = {findingAt("/src/p.cpp", "p.cpp", 4, "allochunt-a"),
                                         findingAt("/src/p.cpp", "p.cpp", 4, "allochunt-b")};
  const ProfileAttribution A = attributeProfile(Build.Profile, Findings, "/src", "p.json");
  EXPECT_EQ(A.Costs[0].Allocations, 5U);
  EXPECT_EQ(A.Costs[1].Allocations, 5U);
  EXPECT_EQ(A.AttributedAllocations, 5U);
  EXPECT_DOUBLE_EQ(A.AttributedShare, 1.0);
}

TEST(ProfileAttributionTest, RelativeAndAbsoluteProfilePaths) {
  ProfileBuilder Build;
  Build.point(1, 10, {{"src/x.cpp", 3}});
  Build.point(2, 20, {{"/home/ci/checkout/src/x.cpp", 3}});
  Build.point(4, 40, {{"/work/proj/src/x.cpp", 3}});
  Build.point(8, 80, {{"x.cpp", 3}});
  Build.point(16, 160, {{"ix.cpp", 3}});
  const std::vector<Finding> Findings = {findingAt("/work/proj/src/x.cpp", "src/x.cpp", 3)};
  const ProfileAttribution A =
      attributeProfile(Build.Profile, Findings, "/work/proj", "p.txt");
  EXPECT_EQ(A.Costs[0].Allocations, 15U);
  EXPECT_EQ(A.TotalAllocations, 31U);
}

TEST(ProfileAttributionTest, AmbiguousBareNamesCountForNone) {
  ProfileBuilder Build;
  Build.point(3, 30, {{"x.cpp", 7}});
  Build.point(5, 50, {{"a/x.cpp", 7}});
  const std::vector<Finding> Findings = {findingAt("/src/a/x.cpp", "a/x.cpp", 7),
                                         findingAt("/src/b/x.cpp", "b/x.cpp", 7)};
  const ProfileAttribution A = attributeProfile(Build.Profile, Findings, "/src", "p.txt");
  EXPECT_EQ(A.Costs[0].Allocations, 5U);
  EXPECT_EQ(A.Costs[1].Allocations, 0U);
  EXPECT_EQ(A.AmbiguousPoints, 1U);
}

TEST(ProfileAttributionTest, RanksByAllocationsThenBytes) {
  ProfileBuilder Build;
  Build.point(10, 100, {{"a.cpp", 1}});
  Build.point(10, 900, {{"a.cpp", 2}});
  Build.point(99, 1, {{"a.cpp", 3}});
  Build.point(10, 900, {{"a.cpp", 5}});
  const std::vector<Finding> Findings = {
      findingAt("/s/a.cpp", "a.cpp", 1), findingAt("/s/a.cpp", "a.cpp", 2),
      findingAt("/s/a.cpp", "a.cpp", 3), findingAt("/s/a.cpp", "a.cpp", 4),
      findingAt("/s/a.cpp", "a.cpp", 5), findingAt("/s/b.cpp", "b.cpp", 1)};
  const ProfileAttribution A = attributeProfile(Build.Profile, Findings, "/s", "p.txt");
  EXPECT_EQ(A.Ranking, (std::vector<std::size_t>{2, 1, 4, 0, 3, 5}));
  EXPECT_EQ(A.Reached, 4U);
}

TEST(ProfileAttributionTest, ProfileOfAnotherProgram) {
  ProfileBuilder Build;
  Build.point(10, 100, {NoSource, {"other.cpp", 1}, {"/usr/include/c++/12/string", 3}});
  const std::vector<Finding> Findings = {findingAt("/s/a.cpp", "a.cpp", 1)};
  const ProfileAttribution A = attributeProfile(Build.Profile, Findings, "/s", "p.txt");
  EXPECT_FALSE(A.MatchesSourceFile);
  EXPECT_EQ(A.AttributedAllocations, 0U);
}

TEST(ProfileAttributionTest, EmptyProfileHasNoShares) {
  const std::vector<Finding> Findings = {findingAt("/s/a.cpp", "a.cpp", 1)};
  const ProfileAttribution A = attributeProfile(AllocationProfile{}, Findings, "/s", "p.txt");
  EXPECT_EQ(A.Costs[0].Share, 0.0);
  EXPECT_EQ(A.AttributedShare, 0.0);
  EXPECT_EQ(profileSummary(A), "AllocHunt findings account for 0% of the 0 allocations in this run");
}

TEST(ProfileAttributionTest, HugeCountsSaturate) {
  constexpr std::uint64_t Max = std::numeric_limits<std::uint64_t>::max();
  ProfileBuilder Build;
  Build.point(Max, Max, {{"a.cpp", 1}});
  Build.point(Max, 1, {{"a.cpp", 1}});
  const std::vector<Finding> Findings = {findingAt("/s/a.cpp", "a.cpp", 1)};
  const ProfileAttribution A = attributeProfile(Build.Profile, Findings, "/s", "p.txt");
  EXPECT_EQ(A.Costs[0].Allocations, Max);
  EXPECT_EQ(A.Costs[0].Bytes, Max);
  EXPECT_DOUBLE_EQ(A.Costs[0].Share, 1.0);
}

TEST(ProfileAttributionTest, CompactCounts) {
  EXPECT_EQ(compactCount(0), "0");
  EXPECT_EQ(compactCount(17), "17");
  EXPECT_EQ(compactCount(999), "999");
  EXPECT_EQ(compactCount(1000), "1.0 k");
  EXPECT_EQ(compactCount(1049), "1.0 k");
  EXPECT_EQ(compactCount(1050), "1.1 k");
  EXPECT_EQ(compactCount(4500), "4.5 k");
  EXPECT_EQ(compactCount(999949), "999.9 k");
  EXPECT_EQ(compactCount(999950), "1.0 M");
  EXPECT_EQ(compactCount(1234567), "1.2 M");
  EXPECT_EQ(compactCount(3000000000), "3.0 G");
  EXPECT_EQ(compactCount(std::numeric_limits<std::uint64_t>::max()), "18.4 E");
}

TEST(ProfileAttributionTest, Percentages) {
  EXPECT_EQ(percentText(0), "0%");
  EXPECT_EQ(percentText(-1), "0%");
  EXPECT_EQ(percentText(0.0004), "<0.1%");
  EXPECT_EQ(percentText(0.004), "0.4%");
  EXPECT_EQ(percentText(0.0096), "1%");
  EXPECT_EQ(percentText(0.38), "38%");
  EXPECT_EQ(percentText(0.3849), "38%");
  EXPECT_EQ(percentText(0.999), "99%");
  EXPECT_EQ(percentText(1), "100%");
}

TEST(ProfileAttributionTest, SummaryLine) {
  ProfileAttribution A;
  A.TotalAllocations = 1234567;
  A.AttributedShare = 0.38;
  EXPECT_EQ(profileSummary(A),
            "AllocHunt findings account for 38% of the 1.2 M allocations in this run");
  A.TotalAllocations = 1;
  A.AttributedShare = 1;
  EXPECT_EQ(profileSummary(A),
            "AllocHunt findings account for 100% of the 1 allocation in this run");
}

TEST(ProfileAttributionTest, CostText) {
  ProfileAttribution A;
  A.Costs = {{4500, 120000, 0.36}, {}, {1, 8, 0.001}};
  EXPECT_EQ(costText(A, 0), "4.5 k allocations, 120.0 k bytes, 36% of this run's allocations");
  EXPECT_EQ(costText(A, 1), "not reached in this run");
  EXPECT_EQ(costText(A, 2), "1 allocation, 8 bytes, 0.1% of this run's allocations");
}

} // namespace
} // namespace allochunt::report::test
