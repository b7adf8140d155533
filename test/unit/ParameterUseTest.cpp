//===--- ParameterUseTest.cpp - lib/ParameterUse --------------------------===//

#include "InMemoryAST.h"
#include "lib/ParameterUse.h"

#include "gtest/gtest.h"

#include <vector>

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::tidy::allochunt;

const char *const Code = R"cpp(
#include <tuple>
void sink(int);
int Unnamed(int) { return 0; }
int Unused(int A) { return 0; }
int VoidCast(int A) { (void)A; return 0; }
int StaticCast(int A) { static_cast<void>(A); return 0; }
int Ignored(int A) { std::ignore = A; return 0; }
int MaybeUnused([[maybe_unused]] int A) { return 0; }
int Read(int A) { return A; }
int Passed(int A) { sink(A); return 0; }
int CastThenRead(int A) { (void)A; return A + 1; }
int InLambda(int A) { return [A] { return A; }(); }
int Declared(int A);
)cpp";

bool readsFirstParameter(const InMemoryAST &AST, llvm::StringRef Name) {
  const auto *Function = AST.named<FunctionDecl>(Name);
  EXPECT_NE(Function, nullptr) << Name.str();
  return Function != nullptr &&
         isParameterRead(*Function, *Function->getParamDecl(0), AST.context());
}

TEST(ParameterUseTest, DiscardedParametersAreNotRead) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  for (const char *Name : {"Unnamed", "Unused", "VoidCast", "StaticCast",
                           "Ignored", "MaybeUnused", "Declared"})
    EXPECT_FALSE(readsFirstParameter(AST, Name)) << Name;
}

TEST(ParameterUseTest, AnyOtherUseIsARead) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  for (const char *Name : {"Read", "Passed", "CastThenRead", "InLambda"})
    EXPECT_TRUE(readsFirstParameter(AST, Name)) << Name;
}

const char *const PathCode = R"cpp(
bool flag();
bool Early(int A) { if (flag()) return true; return A == 1; }
bool LeftOfOr(int A) { return flag() || A == 1; }
bool RightOfOr(int A) { return A == 1 || flag(); }
bool ReadFirst(int A) { if (A == 1) return true; return flag(); }
bool Never(int A) { (void)A; return true; }
bool Dead(int A) { if (false) return true; return A == 1; }
bool Lambda(int A) { auto F = [] { return true; }; return A == 1 && F(); }
)cpp";

// The columns of the returns reached before the first parameter is read.
std::vector<unsigned> unreadReturnColumns(const InMemoryAST &AST,
                                        llvm::StringRef Name) {
  std::vector<unsigned> Columns;
  const auto *Function = AST.named<FunctionDecl>(Name);
  EXPECT_NE(Function, nullptr) << Name.str();
  if (Function == nullptr)
    return Columns;
  const SourceManager &Sources = AST.context().getSourceManager();
  for (const ReturnStmt *Return : returnsBeforeParameterRead(
           *Function, *Function->getParamDecl(0), AST.context()))
    Columns.push_back(Sources.getPresumedColumnNumber(Return->getBeginLoc()));
  return Columns;
}

TEST(ParameterUseTest, ReturnsReachedBeforeTheRead) {
  const InMemoryAST AST(PathCode);
  ASSERT_TRUE(AST.ok());
  EXPECT_EQ(unreadReturnColumns(AST, "Early"), std::vector<unsigned>{33});
  EXPECT_EQ(unreadReturnColumns(AST, "LeftOfOr"), std::vector<unsigned>{24});
  EXPECT_EQ(unreadReturnColumns(AST, "Never"), std::vector<unsigned>{30});
}

TEST(ParameterUseTest, ReturnsAfterTheReadOrNeverTaken) {
  const InMemoryAST AST(PathCode);
  ASSERT_TRUE(AST.ok());
  for (const char *Name : {"RightOfOr", "ReadFirst", "Dead", "Lambda"})
    EXPECT_TRUE(unreadReturnColumns(AST, Name).empty()) << Name;
}

} // namespace
} // namespace allochunt::test
