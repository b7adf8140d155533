//===--- FunctionNameListTest.cpp - lib/FunctionNameList ------------------===//

#include "lib/FunctionNameList.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang::tidy::allochunt;

TEST(FunctionNameListTest, PlainAndQualifiedNames) {
  EXPECT_TRUE(isFunctionName("toString"));
  EXPECT_TRUE(isFunctionName("::ns::Class::str"));
  EXPECT_TRUE(isFunctionName("ns::_f2"));
  EXPECT_FALSE(isFunctionName("to string"));
  EXPECT_FALSE(isFunctionName("ns::"));
  EXPECT_FALSE(isFunctionName("::"));
  EXPECT_FALSE(isFunctionName("2f"));
  EXPECT_FALSE(isFunctionName("f()"));
}

TEST(FunctionNameListTest, ParsesTrimsAndReportsInvalidEntries) {
  llvm::SmallVector<std::string, 2> Invalid;
  const std::vector<std::string> Names =
      parseFunctionNameList(" toString ; ;::ns::f;bad name;", Invalid);
  EXPECT_EQ(Names, (std::vector<std::string>{"toString", "::ns::f"}));
  ASSERT_EQ(Invalid.size(), 1U);
  EXPECT_EQ(Invalid[0], "bad name");
  EXPECT_EQ(serializeFunctionNameList(Names), "toString;::ns::f");
  Invalid.clear();
  EXPECT_TRUE(parseFunctionNameList("", Invalid).empty());
  EXPECT_TRUE(Invalid.empty());
}

TEST(FunctionNameListTest, Pairs) {
  llvm::SmallVector<std::string, 2> Invalid;
  const std::vector<FunctionNamePair> Pairs = parseFunctionNamePairs(
      "::lib::render = ::lib::rendered_size;noequals;a=;=b;x=y", Invalid);
  ASSERT_EQ(Pairs.size(), 2U);
  EXPECT_EQ(Pairs[0].From, "::lib::render");
  EXPECT_EQ(Pairs[0].To, "::lib::rendered_size");
  EXPECT_EQ(Pairs[1].From, "x");
  EXPECT_EQ(Invalid.size(), 3U);
  EXPECT_EQ(serializeFunctionNamePairs(Pairs),
            "::lib::render=::lib::rendered_size;x=y");
}

} // namespace
} // namespace allochunt::test
