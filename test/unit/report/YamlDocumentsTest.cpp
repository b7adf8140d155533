//===--- YamlDocumentsTest.cpp - report/YamlDocuments ---------------------===//

#include "report/InputError.h"
#include "report/YamlDocuments.h"

#include "gtest/gtest.h"

namespace allochunt::report::test {
namespace {

std::string errorOf(const std::string &Text) {
  try {
    loadDocuments(Text, "s.yaml");
  } catch (const InputError &E) {
    return E.what();
  }
  return "";
}

TEST(YamlDocumentsTest, SplitsAtDocumentMarkers) {
  const std::vector<YamlDocument> Documents =
      loadDocuments("%YAML 1.2\n---\na: 1\n...\n# between\n---\nb: 2\n--- [3]\n", "s");
  ASSERT_EQ(Documents.size(), 3U);
  EXPECT_EQ(Documents[0].Root["a"].as<int>(), 1);
  EXPECT_EQ(Documents[1].FirstLine, 4U);
  EXPECT_EQ(Documents[1].Root["b"].as<int>(), 2);
  EXPECT_EQ(Documents[2].FirstLine, 7U);
  EXPECT_EQ(Documents[2].Root[0].as<int>(), 3);
}

TEST(YamlDocumentsTest, MarkersInsideScalarsAreNotMarkers) {
  // Indented, or not at the start of the line: plain text.
  const std::vector<YamlDocument> Documents =
      loadDocuments("a: |\n  ---\n  ...\nb: x --- y\n", "s");
  ASSERT_EQ(Documents.size(), 1U);
  EXPECT_EQ(Documents[0].Root["a"].as<std::string>(), "---\n...\n");
}

// yaml-cpp 0.7's LoadAll allocates without end on this (found by the fuzzer).
TEST(YamlDocumentsTest, RejectsContentAfterTheEndMarker) {
  EXPECT_EQ(errorOf("... ,\n"),
            "s.yaml:1:5: error: invalid YAML: content after the document end marker '...'");
  EXPECT_EQ(errorOf("a: 1\n...  # a comment is fine\n"), "");
}

TEST(YamlDocumentsTest, PositionsCountFromTheStartOfTheFile) {
  EXPECT_EQ(errorOf("a: 1\n---\nb: [\n"),
            "s.yaml:4:1: error: invalid YAML: end of sequence flow not found");
}

} // namespace
} // namespace allochunt::report::test
