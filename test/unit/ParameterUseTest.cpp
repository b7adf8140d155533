//===--- ParameterUseTest.cpp - lib/ParameterUse --------------------------===//

#include "InMemoryAST.h"
#include "lib/ParameterUse.h"

#include "gtest/gtest.h"

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

} // namespace
} // namespace allochunt::test
