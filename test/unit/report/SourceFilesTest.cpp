//===--- SourceFilesTest.cpp - report/SourceFiles and FixPreview ----------===//

#include "TempDirectory.h"
#include "report/FixPreview.h"
#include "report/SourceFiles.h"

#include "gtest/gtest.h"

namespace allochunt::report::test {
namespace {

TEST(SourceFilesTest, MapsOffsetsToLinesAndColumns) {
  TempDirectory const Dir;
  const std::string Path = Dir.write("a.cpp", "ab\r\ncd\n\nef");
  SourceFiles Sources;
  EXPECT_EQ(Sources.lineAndColumn(Path, 0), std::make_pair(1U, 1U));
  EXPECT_EQ(Sources.lineAndColumn(Path, 4), std::make_pair(2U, 1U));
  EXPECT_EQ(Sources.lineAndColumn(Path, 8), std::make_pair(4U, 1U));
  EXPECT_EQ(Sources.lineAndColumn(Path, 10), std::make_pair(4U, 3U));
  EXPECT_EQ(Sources.lineAndColumn(Path, 11), std::make_pair(0U, 0U));
  EXPECT_EQ(Sources.lines(Path, 1, 9), (std::vector<std::string>{"ab", "cd", "", "ef"}));
  EXPECT_EQ(Sources.lineCount(Path), 4U);
  EXPECT_EQ(Sources.lineCount(Dir.path() + "/missing.cpp"), 0U);
}

TEST(SourceFilesTest, AFinalNewlineStartsNoLine) {
  TempDirectory const Dir;
  const std::string Path = Dir.write("a.cpp", "x\ny\n");
  SourceFiles Sources;
  EXPECT_EQ(Sources.lineCount(Path), 2U);
  EXPECT_EQ(Sources.lines(Path, 2, 3), std::vector<std::string>{"y"});
}

TEST(SourceFilesTest, CountsColumnsInUtf16) {
  EXPECT_EQ(utf16Column("abc", 3), 3U);
  // "é" is 2 bytes, one unit; "😀" is 4 bytes, two units.
  EXPECT_EQ(utf16Column("\xC3\xA9x", 3), 2U);
  EXPECT_EQ(utf16Column("\xF0\x9F\x98\x80x", 5), 3U);
  EXPECT_EQ(utf16Column("\xFF\xFEx", 3), 3U);
  EXPECT_EQ(utf16Column("ab", 5), 5U);
}

TEST(FixPreviewTest, ShowsTheChangedLines) {
  TempDirectory const Dir;
  const std::string Path = Dir.write("a.cpp", "one\nf(\"a\", \"b\");\nthree\n");
  SourceFiles Sources;
  const std::vector<FileDiff> Diffs = previewFix(
      {{Path, 11, 3, "'b'", ""}, {Path, 6, 3, "'a'", ""}}, Sources);
  ASSERT_EQ(Diffs.size(), 1U);
  EXPECT_EQ(Diffs[0].FirstLine, 2U);
  EXPECT_EQ(Diffs[0].Before, std::vector<std::string>{"f(\"a\", \"b\");"});
  EXPECT_EQ(Diffs[0].After, std::vector<std::string>{"f('a', 'b');"});
}

TEST(FixPreviewTest, ShowsInsertedAndRemovedLines) {
  TempDirectory const Dir;
  const std::string Path = Dir.write("a.cpp", "a\nb\nc\n");
  SourceFiles Sources;
  const std::vector<FileDiff> Removed = previewFix({{Path, 2, 2, "", ""}}, Sources);
  ASSERT_EQ(Removed.size(), 1U);
  EXPECT_EQ(Removed[0].Before, std::vector<std::string>{"b"});
  EXPECT_TRUE(Removed[0].After.empty());
  const std::vector<FileDiff> Inserted = previewFix({{Path, 2, 0, "new\n", ""}}, Sources);
  ASSERT_EQ(Inserted.size(), 1U);
  EXPECT_EQ(Inserted[0].After, (std::vector<std::string>{"new", "b"}));
}

TEST(FixPreviewTest, NoPreviewForImpossibleFixes) {
  TempDirectory const Dir;
  const std::string Path = Dir.write("a.cpp", "abc\n");
  SourceFiles Sources;
  EXPECT_TRUE(previewFix({{Path, 2, 99, "", ""}}, Sources).empty());
  EXPECT_TRUE(previewFix({{Path, 0, 2, "", ""}, {Path, 1, 1, "", ""}}, Sources).empty());
  EXPECT_TRUE(previewFix({{Path, ~0ULL, 2, "", ""}}, Sources).empty());
  EXPECT_TRUE(previewFix({{Dir.path() + "/missing", 0, 1, "", ""}}, Sources).empty());
}

} // namespace
} // namespace allochunt::report::test
