//===--- FindingResolverTest.cpp - report/FindingResolver and Merge -------===//

#include "TempDirectory.h"
#include "report/FindingResolver.h"
#include "report/Merge.h"

#include "gtest/gtest.h"

namespace allochunt::report::test {
namespace {

Finding at(const std::string &Path, std::uint64_t Offset, const std::string &Check = "c") {
  Finding F;
  F.Check = Check;
  F.Message = "m";
  F.Position.FilePath = Path;
  F.Position.Offset = Offset;
  return F;
}

TEST(FindingResolverTest, ResolvesPathsPositionsAndText) {
  TempDirectory const Root;
  Root.write("include/h.h", "int a;\n  int   b;\nint c;\n");
  SourceFiles Sources;
  FindingResolver Resolver(Sources, Root.path());
  // Spelled through "..": the same file.
  Finding F = at(Root.path() + "/include/../include/h.h", 9);
  Resolver.resolve(F);
  EXPECT_EQ(F.DisplayPath, "include/h.h");
  EXPECT_EQ(F.Position.Line, 2U);
  EXPECT_EQ(F.Position.Column, 3U);
  EXPECT_EQ(F.NormalisedText, "int b;");
  EXPECT_EQ(Resolver.displayPath("/elsewhere/x.cpp"), "/elsewhere/x.cpp");
}

TEST(FindingResolverTest, KeysAMultiLineRangeByAllItsLines) {
  TempDirectory const Root;
  Root.write("a.cpp", "f(a,\n  b);\nnext;\n");
  SourceFiles Sources;
  FindingResolver Resolver(Sources, Root.path());
  Finding F = at(Root.path() + "/a.cpp", 0);
  F.RangeLength = 9;
  Resolver.resolve(F);
  EXPECT_EQ(F.NormalisedText, "f(a, b);");
}

TEST(FindingResolverTest, UnreadableSourceKeysByMessage) {
  SourceFiles Sources;
  FindingResolver Resolver(Sources, "/");
  Finding F = at("/nonexistent/a.cpp", 12);
  Resolver.resolve(F);
  EXPECT_FALSE(F.Position.isResolved());
  EXPECT_EQ(F.NormalisedText, "(source unavailable) m");
}

TEST(MergeTest, DropsDuplicatesFromManyTranslationUnits) {
  TempDirectory const Root;
  Root.write("h.h", "int a;\nint b;\n");
  SourceFiles Sources;
  FindingResolver Resolver(Sources, Root.path());
  std::vector<Finding> Findings = {at(Root.path() + "/h.h", 7), at(Root.path() + "/h.h", 0),
                                   at(Root.path() + "/./h.h", 7),
                                   at(Root.path() + "/h.h", 7, "other")};
  for (Finding &F : Findings)
    Resolver.resolve(F);
  const std::vector<Finding> Merged = mergeFindings(Findings);
  ASSERT_EQ(Merged.size(), 3U);
  EXPECT_EQ(Merged[0].Position.Line, 1U);
  EXPECT_EQ(Merged[1].Check, "c");
  EXPECT_EQ(Merged[2].Check, "other");
}

TEST(MergeTest, KeepsFindingsWithDifferentFixes) {
  Finding const A = at("/a.cpp", 1);
  Finding B = A;
  B.Replacements.push_back({"/a.cpp", 1, 1, "x", ""});
  EXPECT_EQ(mergeFindings({A, B, A}).size(), 2U);
}

} // namespace
} // namespace allochunt::report::test
