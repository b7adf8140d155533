//===--- ExportFixesReaderTest.cpp - report/ExportFixesReader -------------===//

#include "report/ExportFixesReader.h"
#include "report/InputError.h"

#include "gtest/gtest.h"

namespace allochunt::report::test {
namespace {

const char *const OneDiagnostic = R"yaml(---
MainSourceFile:  '/src/a.cpp'
Diagnostics:
  - DiagnosticName:  performance-faster-string-find
    DiagnosticMessage:
      Message:         '''find'' called with a string literal'
      FilePath:        '/src/a.cpp'
      FileOffset:      64
      Replacements:
        - FilePath:        '/src/a.cpp'
          Offset:          64
          Length:          3
          ReplacementText: '''a'''
      Ranges:
        - FilePath:        '/src/a.cpp'
          FileOffset:      64
          Length:          3
    Notes:
      - Message:         'declared here'
        FilePath:        'include/b.h'
        FileOffset:      7
        Replacements:    []
    Level:           Warning
    BuildDirectory:  '/build'
...
)yaml";

// The error message of parsing Text, or "" when it parses.
std::string errorOf(const std::string &Text) {
  try {
    parseExportFixes(Text, "fixes.yaml");
  } catch (const InputError &E) {
    return E.what();
  }
  return "";
}

TEST(ExportFixesReaderTest, ReadsEveryField) {
  const std::vector<Finding> Findings = parseExportFixes(OneDiagnostic, "x");
  ASSERT_EQ(Findings.size(), 1U);
  const Finding &F = Findings.front();
  EXPECT_EQ(F.Check, "performance-faster-string-find");
  EXPECT_EQ(F.Message, "'find' called with a string literal");
  EXPECT_EQ(F.Position.FilePath, "/src/a.cpp");
  EXPECT_EQ(F.Position.Offset, 64U);
  EXPECT_EQ(F.RangeLength, 3U);
  EXPECT_EQ(F.Level, "Warning");
  ASSERT_EQ(F.Replacements.size(), 1U);
  EXPECT_EQ(F.Replacements[0].Text, "'a'");
  EXPECT_EQ(F.Replacements[0].Length, 3U);
  ASSERT_EQ(F.Notes.size(), 1U);
  // A relative path is resolved against the diagnostic's BuildDirectory.
  EXPECT_EQ(F.Notes[0].Position.FilePath, "/build/include/b.h");
}

TEST(ExportFixesReaderTest, EmptyFileAndEmptyListHaveNoFindings) {
  EXPECT_TRUE(parseExportFixes("", "x").empty());
  EXPECT_TRUE(parseExportFixes("MainSourceFile: ''\nDiagnostics: []\n", "x").empty());
  EXPECT_TRUE(parseExportFixes("Diagnostics:\n", "x").empty());
}

TEST(ExportFixesReaderTest, ReadsConcatenatedDocuments) {
  const std::string Twice = std::string(OneDiagnostic) + OneDiagnostic;
  EXPECT_EQ(parseExportFixes(Twice, "x").size(), 2U);
}

TEST(ExportFixesReaderTest, IgnoresUnknownKeys) {
  const std::string Text = "Future: 1\nDiagnostics:\n  - DiagnosticName: c\n"
                           "    Extra: [1, 2]\n    DiagnosticMessage:\n"
                           "      Message: m\n      FilePath: ''\n"
                           "      FileOffset: 0\n";
  EXPECT_EQ(parseExportFixes(Text, "x").size(), 1U);
}

TEST(ExportFixesReaderTest, MalformedYamlNamesFileAndPosition) {
  EXPECT_EQ(errorOf("Diagnostics: [\n  {a: 1\n"),
            "fixes.yaml:3:1: error: invalid YAML: end of map flow not found");
}

TEST(ExportFixesReaderTest, TruncatedFileIsAnError) {
  // Cut inside a number: still valid YAML, but the offset would be wrong.
  const std::string Text(OneDiagnostic);
  const std::string Cut = Text.substr(0, Text.find("64") + 1);
  EXPECT_EQ(errorOf(Cut), "fixes.yaml:8:25: error: the file ends in the middle "
                          "of a line; it looks truncated");
  // Cut at a line boundary inside a diagnostic: a required key is missing.
  const std::string AtLine = Text.substr(0, Text.find("      FilePath"));
  EXPECT_EQ(errorOf(AtLine), "fixes.yaml:6:7: error: missing key 'FilePath'");
}

TEST(ExportFixesReaderTest, WrongSchemaNamesTheKey) {
  EXPECT_EQ(errorOf("Checks: '-*'\n"), "fixes.yaml:1:1: error: missing key 'Diagnostics'");
  EXPECT_EQ(errorOf("- 1\n"),
            "fixes.yaml:1:1: error: expected a mapping with 'Diagnostics' (is "
            "this a clang-tidy --export-fixes file?)");
  EXPECT_EQ(errorOf("Diagnostics: 3\n"), "fixes.yaml:1:14: error: 'Diagnostics' must be a list");
  std::string Negative(OneDiagnostic);
  Negative.replace(Negative.find("FileOffset:      64"), 19, "FileOffset:      -4");
  EXPECT_EQ(errorOf(Negative),
            "fixes.yaml:8:24: error: 'FileOffset' must be a non-negative integer");
  std::string Mapping(OneDiagnostic);
  Mapping.replace(Mapping.find("'declared here'"), 15, "{a: b}");
  EXPECT_EQ(errorOf(Mapping), "fixes.yaml:19:26: error: 'Message' must be a string");
}

TEST(ExportFixesReaderTest, OnlyInputErrorEscapes) {
  unsigned Rejected = 0;
  for (const char *Text : {"\t\n", "[", "{", "Diagnostics: [*a]\n", "&a [*a]\n",
                           "Diagnostics:\n  - !!binary 3\n", "%YAML 9\n---\n"}) {
    try {
      parseExportFixes(Text, "x");
    } catch (const InputError &) {
      ++Rejected;
    }
  }
  EXPECT_EQ(Rejected, 6U);
}

TEST(ExportFixesReaderTest, MissingFileIsAnInputError) {
  EXPECT_THROW(readExportFixes("/nonexistent/fixes.yaml"), InputError);
}

} // namespace
} // namespace allochunt::report::test
