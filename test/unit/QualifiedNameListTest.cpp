//===--- QualifiedNameListTest.cpp - lib/QualifiedNameList ----------------===//

#include "lib/QualifiedNameList.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using clang::tidy::allochunt::parseQualifiedNames;

TEST(QualifiedNameListTest, SplitsTrimsAndDropsEmptyEntries) {
  llvm::StringRef Invalid;
  const auto Names =
      parseQualifiedNames(" ::std::map ;std::vector,, Cache ;", Invalid);
  ASSERT_EQ(Names.size(), 3U);
  EXPECT_EQ(Names[0], "::std::map");
  EXPECT_EQ(Names[1], "std::vector");
  EXPECT_EQ(Names[2], "Cache");
  EXPECT_TRUE(Invalid.empty());
  EXPECT_TRUE(parseQualifiedNames("", Invalid).empty());
  EXPECT_TRUE(Invalid.empty());
}

TEST(QualifiedNameListTest, DropsAndReportsInvalidEntries) {
  llvm::StringRef Invalid;
  const auto Names =
      parseQualifiedNames("::std::map;std::map<int, int>;a b", Invalid);
  ASSERT_EQ(Names.size(), 1U);
  EXPECT_EQ(Names[0], "::std::map");
  EXPECT_EQ(Invalid, "std::map<int");
  parseQualifiedNames("::std::::map", Invalid);
  EXPECT_EQ(Invalid, "::std::::map");
  parseQualifiedNames("9lives", Invalid);
  EXPECT_EQ(Invalid, "9lives");
}

} // namespace
} // namespace allochunt::test
