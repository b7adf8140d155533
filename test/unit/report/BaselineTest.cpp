//===--- BaselineTest.cpp - report/Baseline -------------------------------===//

#include "report/Baseline.h"
#include "report/InputError.h"

#include "gtest/gtest.h"

#include <sstream>

namespace allochunt::report::test {
namespace {

Finding finding(const std::string &Check, const std::string &File,
                const std::string &Text) {
  Finding F;
  F.Check = Check;
  F.DisplayPath = File;
  F.NormalisedText = Text;
  return F;
}

std::string errorOf(const std::string &Text) {
  try {
    Baseline::parse(Text, "baseline.yaml");
  } catch (const InputError &E) {
    return E.what();
  }
  return "";
}

TEST(BaselineTest, NormalisesWhitespace) {
  EXPECT_EQ(normaliseWhitespace("  int  x =\t1;\n  \n"), "int x = 1;");
  EXPECT_EQ(normaliseWhitespace(" \t\n"), "");
}

TEST(BaselineTest, AcceptsAsManyFindingsAsItCounts) {
  std::vector<Finding> const Old = {finding("c", "a.cpp", "f();"), finding("c", "a.cpp", "f();")};
  const Baseline Accepted = Baseline::fromFindings(Old);
  EXPECT_EQ(Accepted.size(), 2U);
  // A third identical finding is new; one elsewhere or of another check too.
  std::vector<Finding> Now = {finding("c", "a.cpp", "f();"), finding("c", "a.cpp", "f();"),
                              finding("c", "a.cpp", "f();"), finding("c", "b.cpp", "f();"),
                              finding("d", "a.cpp", "f();")};
  EXPECT_EQ(Accepted.apply(Now), 3U);
  EXPECT_FALSE(Now[0].IsNew);
  EXPECT_FALSE(Now[1].IsNew);
  EXPECT_TRUE(Now[2].IsNew);
  EXPECT_TRUE(Now[3].IsNew);
  EXPECT_TRUE(Now[4].IsNew);
}

TEST(BaselineTest, RoundTripsThroughItsFile) {
  std::vector<Finding> Findings = {finding("c", "dir/a b.cpp", "s = \"x\" + 'y';"),
                                   finding("c", "dir/a b.cpp", "s = \"x\" + 'y';"),
                                   finding("d", "z.cpp", "# not a comment: yes")};
  std::ostringstream Out;
  Baseline::fromFindings(Findings).write(Out);
  const Baseline Read = Baseline::parse(Out.str(), "b");
  EXPECT_EQ(Read.size(), 3U);
  EXPECT_EQ(Read.apply(Findings), 0U);
  EXPECT_NE(Out.str().find("Count: 2"), std::string::npos);
}

TEST(BaselineTest, RejectsANewerFormatVersion) {
  EXPECT_EQ(errorOf("Version: 2\nFindings: []\n"),
            "baseline.yaml:1:10: error: baseline format version 2 is newer than this "
            "allochunt-report reads (1); use a newer allochunt-report or rewrite the "
            "baseline with --write-baseline");
}

TEST(BaselineTest, RejectsAWrongSchema) {
  EXPECT_EQ(errorOf("Findings: []\n"), "baseline.yaml:1:1: error: missing key 'Version'");
  EXPECT_EQ(errorOf("Version: 1\nFindings:\n  - Check: c\n    File: f\n"),
            "baseline.yaml:3:5: error: missing key 'Text'");
  EXPECT_EQ(errorOf("Version: one\nFindings: []\n"),
            "baseline.yaml:1:10: error: 'Version' must be a non-negative integer");
  EXPECT_EQ(errorOf("Version: 1\nFindings: [\n"),
            "baseline.yaml:3:1: error: invalid YAML: end of sequence flow not found");
}

TEST(BaselineTest, MissingFileIsAnInputError) {
  EXPECT_THROW(Baseline::read("/nonexistent/baseline.yaml"), InputError);
}

} // namespace
} // namespace allochunt::report::test
