//===--- ReportTest.cpp - report/Report with every format -----------------===//

#include "TempDirectory.h"
#include "report/Report.h"

#include "gtest/gtest.h"

#include <sstream>

namespace allochunt::report::test {
namespace {

// A project with one finding whose source and message hold markup.
class ReportTest : public ::testing::Test {
protected:
  void SetUp() override {
    Source = Dir.write("src/page.cpp", "auto s = std::string(\"<script>alert(1)</script>\");\n");
    Fixes = Dir.write("fixes.yaml",
                      "Diagnostics:\n"
                      "  - DiagnosticName: allochunt-example\n"
                      "    DiagnosticMessage:\n"
                      "      Message: \"temporary 'std::map<int, <b>x</b>>'\"\n"
                      "      FilePath: '" + Source + "'\n"
                      "      FileOffset: 9\n"
                      "      Replacements:\n"
                      "        - FilePath: '" + Source + "'\n"
                      "          Offset: 9\n"
                      "          Length: 11\n"
                      "          ReplacementText: 'std::string_view'\n"
                      "    Level: Warning\n");
    Dir.write("docs/checks/example.md",
              "# allochunt-example\n\nFinds an example of a <heap> allocation.\n\nMore.\n");
  }

  int run(std::vector<std::string> Arguments) {
    Arguments.push_back("--source-root=" + Dir.path());
    Out.str("");
    Err.str("");
    return reportMain(Arguments, Dir.path() + "/docs", Out, Err, false);
  }

  TempDirectory Dir;
  std::string Source;
  std::string Fixes;
  std::ostringstream Out;
  std::ostringstream Err;
};

TEST_F(ReportTest, TextIsLikeTheCompilers) {
  EXPECT_EQ(run({Fixes}), NewFindings);
  EXPECT_EQ(Out.str(),
            "src/page.cpp:1:10: warning: temporary 'std::map<int, <b>x</b>>' "
            "[allochunt-example]\n"
            "  1 | auto s = std::string(\"<script>alert(1)</script>\");\n"
            "    |          ^\n"
            "  fix (line 1):\n"
            "  - auto s = std::string(\"<script>alert(1)</script>\");\n"
            "  + auto s = std::string_view(\"<script>alert(1)</script>\");\n"
            "1 finding in 1 file\n");
}

TEST_F(ReportTest, HtmlEscapesEverySourceText) {
  EXPECT_EQ(run({"--format=html", Fixes}), NewFindings);
  const std::string Html = Out.str();
  EXPECT_EQ(Html.find("<script"), std::string::npos);
  EXPECT_EQ(Html.find("<b>"), std::string::npos);
  EXPECT_NE(Html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(Html.find("default-src 'none'"), std::string::npos);
  EXPECT_NE(Html.find("<mark>std::string</mark>"), std::string::npos);
}

TEST_F(ReportTest, HtmlChartsShowLongCheckNamesWhole) {
  const std::string Name = "clang-analyzer-optin.performance.GCDAntipattern-and-more";
  const std::string Long = Dir.write("long.yaml",
                                     "Diagnostics:\n"
                                     "  - DiagnosticName: " + Name + "\n"
                                     "    DiagnosticMessage:\n"
                                     "      Message: 'slow'\n"
                                     "      FilePath: '" + Source + "'\n"
                                     "      FileOffset: 9\n"
                                     "    Level: Warning\n");
  EXPECT_EQ(run({"--format=html", Long}), NewFindings);
  const std::string Html = Out.str();
  // The bar's label is the whole name, not a cut one, and the bars start after it.
  EXPECT_NE(Html.find("text-anchor=\"end\">" + Name + "</text>"), std::string::npos);
  EXPECT_EQ(Html.find("…"), std::string::npos);
  const auto LabelColumn = (Name.size() * 8) + 16;
  EXPECT_NE(Html.find("<rect class=\"bar\" x=\"" + std::to_string(LabelColumn) + "\""),
            std::string::npos);
}

TEST_F(ReportTest, SarifCarriesRuleHelpAndRelativeLocations) {
  EXPECT_EQ(run({"--format=sarif", "--docs-base-url=https://example.org/docs", Fixes}),
            NewFindings);
  const std::string Sarif = Out.str();
  EXPECT_NE(Sarif.find("\"helpUri\": \"https://example.org/docs/checks/example.md\""),
            std::string::npos);
  EXPECT_NE(Sarif.find("\"text\": \"Finds an example of a <heap> allocation.\""),
            std::string::npos);
  EXPECT_NE(Sarif.find("\"uri\": \"src/page.cpp\""), std::string::npos);
  EXPECT_NE(Sarif.find("\"insertedContent\""), std::string::npos);
}

TEST_F(ReportTest, GithubAnnotationsEscapeTheirValues) {
  EXPECT_EQ(run({"--format=github", Fixes}), NewFindings);
  EXPECT_EQ(Out.str(), "::warning file=src/page.cpp,line=1,col=10,title=allochunt-example::"
                       "temporary 'std::map<int, <b>x</b>>'\n");
  const std::string Odd = Dir.write("odd.yaml",
                                    "Diagnostics:\n"
                                    "  - DiagnosticName: allochunt-example\n"
                                    "    DiagnosticMessage:\n"
                                    "      Message: \"100% of a:b,\\r\\nline two\"\n"
                                    "      FilePath: '" + Dir.write("a:b,c.cpp", "int x;\n") + "'\n"
                                    "      FileOffset: 4\n"
                                    "    Level: Error\n");
  EXPECT_EQ(run({"--format=github", Odd}), NewFindings);
  EXPECT_EQ(Out.str(), "::error file=a%3Ab%2Cc.cpp,line=1,col=5,title=allochunt-example::"
                       "100%25 of a:b,%0D%0Aline two\n");
}

TEST_F(ReportTest, CodeQualityFilesUndefinedBehaviourAsBugRisk) {
  EXPECT_EQ(run({"--format=codequality", Fixes}), NewFindings);
  EXPECT_NE(Out.str().find("\"Performance\""), std::string::npos);
  const std::string Fixes2 = Dir.write("ub.yaml",
                                       "Diagnostics:\n"
                                       "  - DiagnosticName: allochunt-unchecked-float-to-int\n"
                                       "    DiagnosticMessage:\n"
                                       "      Message: 'out of range'\n"
                                       "      FilePath: '" + Source + "'\n"
                                       "      FileOffset: 9\n"
                                       "    Level: Warning\n");
  EXPECT_EQ(run({"--format=codequality", Fixes2}), NewFindings);
  EXPECT_NE(Out.str().find("\"Bug Risk\""), std::string::npos);
  EXPECT_EQ(Out.str().find("\"Performance\""), std::string::npos);
}

TEST_F(ReportTest, CompileErrorsLinkToTheReferenceWithoutAnAnchor) {
  const std::string Error = Dir.write("error.yaml",
                                      "Diagnostics:\n"
                                      "  - DiagnosticName: clang-diagnostic-error\n"
                                      "    DiagnosticMessage:\n"
                                      "      Message: 'unknown type name'\n"
                                      "      FilePath: '" + Source + "'\n"
                                      "      FileOffset: 9\n"
                                      "    Level: Error\n");
  run({"--format=sarif", Error});
  EXPECT_NE(Out.str().find("\"helpUri\": \"https://clang.llvm.org/docs/DiagnosticsReference.html\""),
            std::string::npos);
}

TEST_F(ReportTest, BaselineDecidesTheExitStatus) {
  const std::string Baseline = Dir.path() + "/baseline.yaml";
  EXPECT_EQ(run({"--write-baseline=" + Baseline, Fixes}), NoNewFindings);
  EXPECT_EQ(run({"--baseline=" + Baseline, Fixes}), NoNewFindings);
  EXPECT_EQ(Out.str(), "1 finding in 1 file: 0 new, 1 accepted by the baseline (not shown)\n");
  // The line moves down: still accepted.
  Dir.write("src/page.cpp", "\n\n  auto s = std::string(\"<script>alert(1)</script>\");\n");
  EXPECT_EQ(run({"--baseline=" + Baseline, Fixes}), NoNewFindings);
}

TEST_F(ReportTest, BadInputExitsWithTwo) {
  EXPECT_EQ(run({Dir.path() + "/missing.yaml"}), BadInput);
  EXPECT_EQ(Err.str(), Dir.path() + "/missing.yaml: error: no such file or directory\n");
  const std::string Broken = Dir.write("broken.yaml", "Diagnostics: [\n");
  EXPECT_EQ(run({Fixes, Broken}), BadInput);
  EXPECT_EQ(Err.str(), Broken + ":2:1: error: invalid YAML: end of sequence flow not found\n");
}

TEST_F(ReportTest, DirectoriesAreReadWhole) {
  Dir.write("fixes/tu2.yaml", "");
  Dir.write("fixes/sub/tu1.yml", "Diagnostics: []\n");
  EXPECT_EQ(run({Dir.path() + "/fixes"}), NoNewFindings);
  EXPECT_EQ(Out.str(), "no findings\n");
  EXPECT_EQ(Err.str(), "");
}

TEST_F(ReportTest, AnEmptyDirectoryWarnsThatNothingWasRead) {
  Dir.write("empty/notes.txt", "");
  EXPECT_EQ(run({Dir.path() + "/empty"}), NoNewFindings);
  EXPECT_EQ(Out.str(), "no findings\n");
  EXPECT_EQ(Err.str(), "allochunt-report: warning: no export-fixes file was read (the input "
                       "directories hold no .yaml or .yml file)\n");
}

TEST_F(ReportTest, ProgressWhenAsked) {
  EXPECT_EQ(run({"--progress=always", Fixes, Fixes}), NewFindings);
  EXPECT_NE(Err.str().find("allochunt-report: read 2/2 files"), std::string::npos);
  EXPECT_EQ(run({"--progress=auto", Fixes}), NewFindings);
  EXPECT_EQ(Err.str(), "");
}

} // namespace
} // namespace allochunt::report::test
