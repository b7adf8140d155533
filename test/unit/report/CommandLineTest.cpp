//===--- CommandLineTest.cpp - report/CommandLine -------------------------===//

#include "report/CommandLine.h"
#include "report/InputError.h"

#include "gtest/gtest.h"

namespace allochunt::report::test {
namespace {

std::string errorOf(const std::vector<std::string> &Arguments) {
  try {
    parseCommandLine(Arguments);
  } catch (const InputError &E) {
    return E.what();
  }
  return "";
}

TEST(CommandLineTest, ReadsOptionsInBothSpellings) {
  const ReportOptions Options = parseCommandLine(
      {"--format=sarif", "-o", "out.sarif", "--source-root", "/src", "a.yaml",
       "--baseline=b.yaml", "--progress=never", "dir/", "--", "--odd.yaml"});
  EXPECT_EQ(Options.Format, "sarif");
  EXPECT_EQ(Options.Output, "out.sarif");
  EXPECT_EQ(Options.SourceRoot, "/src");
  EXPECT_EQ(Options.Baseline, "b.yaml");
  EXPECT_EQ(Options.Progress, ProgressMode::Never);
  EXPECT_EQ(Options.Inputs, (std::vector<std::string>{"a.yaml", "dir/", "--odd.yaml"}));
}

TEST(CommandLineTest, RejectsWhatItDoesNotKnow) {
  EXPECT_EQ(errorOf({"--format=pdf", "a.yaml"}),
            "allochunt-report: error: unknown format 'pdf'; use one of text, "
            "markdown, json, codequality, sarif, html, github (see --help)");
  EXPECT_EQ(errorOf({"--colour", "a.yaml"}),
            "allochunt-report: error: unknown option '--colour' (see --help)");
  EXPECT_EQ(errorOf({}), "allochunt-report: error: no input files (see --help)");
  EXPECT_EQ(errorOf({"a.yaml", "--baseline"}),
            "allochunt-report: error: option '--baseline' needs a value (see --help)");
  EXPECT_EQ(errorOf({"--progress=sometimes", "a.yaml"}),
            "allochunt-report: error: --progress must be auto, always or never, "
            "not 'sometimes' (see --help)");
}

TEST(CommandLineTest, HelpNeedsNoInput) {
  EXPECT_TRUE(parseCommandLine({"--help"}).ShowHelp);
  EXPECT_NE(usage().find("Exit status: 0 no new findings, 1 new findings"),
            std::string::npos);
}

} // namespace
} // namespace allochunt::report::test
