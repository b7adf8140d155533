//===--- QualifiedNameListTest.cpp - lib/QualifiedNameList ----------------===//

#include "lib/QualifiedNameList.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang::tidy::allochunt;

TEST(QualifiedNameListTest, PlainAndQualifiedNames) {
  EXPECT_TRUE(isQualifiedName("toString"));
  EXPECT_TRUE(isQualifiedName("::ns::Class::str"));
  EXPECT_TRUE(isQualifiedName("ns::_f2"));
  EXPECT_FALSE(isQualifiedName("to string"));
  EXPECT_FALSE(isQualifiedName("ns::"));
  EXPECT_FALSE(isQualifiedName("::"));
  EXPECT_FALSE(isQualifiedName("::std::::map"));
  EXPECT_FALSE(isQualifiedName("2f"));
  EXPECT_FALSE(isQualifiedName("f()"));
}

TEST(QualifiedNameListTest, SplitsTrimsAndDropsEmptyEntries) {
  llvm::SmallVector<std::string, 2> Invalid;
  const std::vector<std::string> Names =
      parseQualifiedNameList(" ::std::map ;std::vector,, Cache ;", Invalid);
  EXPECT_EQ(Names, (std::vector<std::string>{"::std::map", "std::vector", "Cache"}));
  EXPECT_TRUE(Invalid.empty());
  EXPECT_EQ(serializeQualifiedNameList(Names), "::std::map;std::vector;Cache");
  EXPECT_TRUE(parseQualifiedNameList("", Invalid).empty());
  EXPECT_TRUE(Invalid.empty());
}

TEST(QualifiedNameListTest, DropsAndReportsInvalidEntries) {
  llvm::SmallVector<std::string, 2> Invalid;
  const std::vector<std::string> Names =
      parseQualifiedNameList("::std::map;std::map<int, int>;bad name;9lives", Invalid);
  EXPECT_EQ(Names, (std::vector<std::string>{"::std::map"}));
  EXPECT_EQ(Invalid, (llvm::SmallVector<std::string, 2>{"std::map<int", "int>", "bad name",
                                                        "9lives"}));
}

TEST(QualifiedNameListTest, Pairs) {
  llvm::SmallVector<std::string, 2> Invalid;
  const std::vector<QualifiedNamePair> Pairs = parseQualifiedNamePairs(
      "::lib::render = ::lib::rendered_size;noequals;a=;=b;x=y", Invalid);
  ASSERT_EQ(Pairs.size(), 2U);
  EXPECT_EQ(Pairs[0].From, "::lib::render");
  EXPECT_EQ(Pairs[0].To, "::lib::rendered_size");
  EXPECT_EQ(Pairs[1].From, "x");
  EXPECT_EQ(Invalid, (llvm::SmallVector<std::string, 2>{"noequals", "a=", "=b"}));
  EXPECT_EQ(serializeQualifiedNamePairs(Pairs), "::lib::render=::lib::rendered_size;x=y");
}

} // namespace
} // namespace allochunt::test
