//===--- ReportAllocationProfileTest.cpp - --allocation-profile end to end ===//

#include "TempDirectory.h"
#include "report/Report.h"

#include "gtest/gtest.h"

#include <filesystem>
#include <sstream>

namespace allochunt::report::test {
namespace {

// Two findings in src/loop.cpp: line 2 in the hot loop, line 4 never run.
class ReportAllocationProfileTest : public ::testing::Test {
protected:
  void SetUp() override {
    Source = Dir.write("src/loop.cpp", "void f() {\n  for (;;) g(std::string(k));\n}\n"
                                       "void cold() { h(std::string(k)); }\n");
    Fixes = Dir.write("fixes.yaml", "Diagnostics:\n" + diagnostic("allochunt-hot", 13) +
                                        diagnostic("allochunt-cold", 52));
  }

  std::string diagnostic(const std::string &Check, unsigned Offset) const {
    return "  - DiagnosticName: " + Check + "\n    DiagnosticMessage:\n"
           "      Message: \"temporary string\"\n      FilePath: '" + Source + "'\n"
           "      FileOffset: " + std::to_string(Offset) + "\n      Replacements: []\n"
           "    Level: Warning\n";
  }

  int run(std::vector<std::string> Arguments) {
    Arguments.push_back("--source-root=" + Dir.path());
    Arguments.push_back(Fixes);
    Out.str("");
    Err.str("");
    return reportMain(Arguments, Dir.path() + "/docs", Out, Err, false);
  }

  std::string profile() const {
    return Dir.write("profile.txt", "# hand-written\nsrc/loop.cpp:2 1500 48000\nother.cpp:7 500 "
                                    "1000\n");
  }

  TempDirectory Dir;
  std::string Source;
  std::string Fixes;
  std::ostringstream Out;
  std::ostringstream Err;
};

TEST_F(ReportAllocationProfileTest, TextRanksAndSummarises) {
  EXPECT_EQ(run({"--allocation-profile", profile()}), NewFindings);
  const std::string Text = Out.str();
  // The hot finding comes first although it is later in the file.
  EXPECT_LT(Text.find("src/loop.cpp:2:3: warning"), Text.find("src/loop.cpp:4:10: warning"));
  EXPECT_NE(Text.find("allocations in " + Dir.path() + "/profile.txt:\n"
                      "allocations   bytes  share  check           location\n"
                      "      1.5 k  48.0 k    75%  allochunt-hot   src/loop.cpp:2:3\n"
                      "not reached in this run:\n"
                      "          0       0     0%  allochunt-cold  src/loop.cpp:4:10\n"),
            std::string::npos)
      << Text;
  EXPECT_NE(Text.find("AllocHunt findings account for 75% of the 2.0 k allocations in this "
                      "run\n2 findings in 1 file\n"),
            std::string::npos);
  EXPECT_EQ(Err.str(), "");
}

TEST_F(ReportAllocationProfileTest, JsonCarriesTheFigures) {
  EXPECT_EQ(run({"--format=json", "--allocation-profile=" + profile()}), NewFindings);
  const std::string Json = Out.str();
  EXPECT_NE(Json.find("\"allocation_profile\": {\n    \"file\": \"" + Dir.path() +
                      "/profile.txt\",\n    \"total_allocations\": 2000,\n"
                      "    \"total_bytes\": 49000,\n    \"attributed_allocations\": 1500,\n"
                      "    \"attributed_share\": 0.75\n  }"),
            std::string::npos)
      << Json;
  EXPECT_NE(Json.find("\"new\": true,\n      \"allocations\": 1500,\n      \"bytes\": 48000,\n"
                      "      \"share\": 0.75,"),
            std::string::npos);
  EXPECT_NE(Json.find("\"allocations\": 0,\n      \"bytes\": 0,\n      \"share\": 0,"),
            std::string::npos);
  EXPECT_LT(Json.find("allochunt-hot"), Json.find("allochunt-cold"));
}

TEST_F(ReportAllocationProfileTest, EveryFormatCarriesTheFigures) {
  EXPECT_EQ(run({"--format=markdown", "--allocation-profile=" + profile()}), NewFindings);
  EXPECT_NE(Out.str().find("AllocHunt findings account for 75% of the 2.0 k allocations in "
                           "this run (profile "),
            std::string::npos);
  EXPECT_NE(Out.str().find("| Allocations | Bytes | Share | Check | Location |\n"
                           "| ---: | ---: | ---: | --- | --- |\n"
                           "| 1.5 k | 48.0 k | 75% | `allochunt-hot` | src/loop.cpp:2:3 |\n"
                           "\nNot reached in this run:\n\n"),
            std::string::npos)
      << Out.str();
  EXPECT_EQ(run({"--format=sarif", "--allocation-profile=" + profile()}), NewFindings);
  EXPECT_NE(Out.str().find("\"rank\": 75,\n          \"properties\": {\n"
                           "            \"allocations\": 1500,\n"
                           "            \"bytes\": 48000,\n            \"share\": 0.75\n"),
            std::string::npos)
      << Out.str();
  EXPECT_EQ(run({"--format=github", "--allocation-profile=" + profile()}), NewFindings);
  EXPECT_NE(Out.str().find("::temporary string (1.5 k allocations, 48.0 k bytes, 75%25 of this "
                           "run's allocations)\n"),
            std::string::npos);
  EXPECT_NE(Out.str().find("::temporary string (not reached in this run)\n"), std::string::npos);
  EXPECT_EQ(run({"--format=codequality", "--allocation-profile=" + profile()}), NewFindings);
  EXPECT_NE(Out.str().find("\"description\": \"temporary string (1.5 k allocations"),
            std::string::npos);
  EXPECT_EQ(run({"--format=html", "--allocation-profile=" + profile()}), NewFindings);
  const std::string Html = Out.str();
  for (const char *Order : {"allocations", "bytes", "check", "location"})
    EXPECT_NE(Html.find(std::string("<table class=\"costs by-") + Order + "\">"),
              std::string::npos);
  EXPECT_NE(Html.find("<label for=\"sort-bytes\">Bytes</label>"), std::string::npos);
  EXPECT_NE(Html.find(R"(<rect class="bar" x="0" y="1" height="10" rx="2" width="120"/>)"),
            std::string::npos);
  EXPECT_NE(Html.find("Not reached in this run"), std::string::npos);
  EXPECT_EQ(Html.find("<script"), std::string::npos);
}

TEST_F(ReportAllocationProfileTest, WithoutAProfileNothingChanges) {
  EXPECT_EQ(run({"--format=html"}), NewFindings);
  EXPECT_EQ(Out.str().find("ranking"), std::string::npos);
  EXPECT_EQ(Out.str().find("costs"), std::string::npos);
  EXPECT_EQ(run({}), NewFindings);
  EXPECT_EQ(Out.str().find("allocations"), std::string::npos);
  EXPECT_EQ(run({"--format=json"}), NewFindings);
  EXPECT_EQ(Out.str().find("allocation"), std::string::npos);
  EXPECT_EQ(run({"--format=sarif"}), NewFindings);
  EXPECT_EQ(Out.str().find("\"rank\""), std::string::npos);
}

TEST_F(ReportAllocationProfileTest, ProfileOfAnotherProgramOnlyWarns) {
  EXPECT_EQ(run({"--format=json"}), NewFindings);
  const std::string Without = Out.str();
  const std::string Other = Dir.write("other.txt", "elsewhere.cpp:2 10 100\n");
  EXPECT_EQ(run({"--format=json", "--allocation-profile=" + Other}), NewFindings);
  EXPECT_EQ(Out.str(), Without);
  EXPECT_EQ(Err.str(), "allochunt-report: warning: profile " + Other +
                           " matches no source file of the findings: is it a profile of "
                           "another program?\n");
}

TEST_F(ReportAllocationProfileTest, UnreadableSourcesOnlyWarn) {
  const std::string Profile = profile();
  std::filesystem::remove(Source);
  EXPECT_EQ(run({"--format=json"}), NewFindings);
  const std::string Without = Out.str();
  EXPECT_EQ(run({"--format=json", "--allocation-profile=" + Profile}), NewFindings);
  EXPECT_EQ(Out.str(), Without);
  EXPECT_EQ(Err.str(), "allochunt-report: warning: profile " + Profile +
                           " is not used: the findings' sources are not readable here, so "
                           "their lines are unknown (run allochunt-report where the sources "
                           "are, with --source-root)\n");
}

TEST_F(ReportAllocationProfileTest, NothingAttributedWarnsAboutDebugInformation) {
  // The file is the findings', the lines are not (as when DWARF 5 hides the inlined lines).
  const std::string Profile = Dir.write("lines.txt", "src/loop.cpp:1 10 100\n");
  EXPECT_EQ(run({"--allocation-profile=" + Profile}), NewFindings);
  EXPECT_NE(Out.str().find("AllocHunt findings account for 0% of the 10 allocations"),
            std::string::npos);
  EXPECT_EQ(Err.str(), "allochunt-report: warning: profile " + Profile +
                           " attributes none of its allocations to a finding's line; a program "
                           "built with DWARF 5 (Clang's default) and profiled with Valgrind "
                           "before 3.20 has stacks without its source lines (build with "
                           "-gdwarf-4)\n");
}

TEST_F(ReportAllocationProfileTest, BadProfileIsBadInput) {
  const std::string Bad = Dir.write("bad.json", R"({"dhatFileVersion":2,"pps":[)");
  EXPECT_EQ(run({"--allocation-profile=" + Bad}), BadInput);
  EXPECT_EQ(Out.str(), "");
  EXPECT_EQ(Err.str(), Bad + ":1:29: error: invalid JSON: the file ends where a value was "
                             "expected (truncated?)\n");
  EXPECT_EQ(run({"--allocation-profile=" + Dir.path() + "/missing.json"}), BadInput);
  EXPECT_EQ(Err.str(), Dir.path() + "/missing.json: error: no such file or directory\n");
  EXPECT_EQ(run({"--allocation-profile"}), BadInput);
}

TEST_F(ReportAllocationProfileTest, BaselineHidesAcceptedRows) {
  const std::string Baseline = Dir.path() + "/baseline.yaml";
  EXPECT_EQ(run({"--write-baseline=" + Baseline}), NoNewFindings);
  EXPECT_EQ(run({"--baseline=" + Baseline, "--allocation-profile=" + profile()}), NoNewFindings);
  EXPECT_EQ(Out.str().find("allochunt-hot"), std::string::npos);
  EXPECT_NE(Out.str().find("AllocHunt findings account for 75%"), std::string::npos);
}

} // namespace
} // namespace allochunt::report::test
