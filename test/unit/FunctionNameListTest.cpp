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

} // namespace
} // namespace allochunt::test
