//===--- TemplateInstantiationTest.cpp - lib/TemplateInstantiation --------===//

#include "InMemoryAST.h"
#include "lib/TemplateInstantiation.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

const char *const Code = R"cpp(
int plain() { int Marker = 1; return Marker; }
template <typename T> T function() { T Marker = 2; return Marker; }
template <typename T> struct Holder { int member() { int Marker = 3; return Marker; } };
int use() { return function<int>() + Holder<long>().member(); }
)cpp";

TEST(TemplateInstantiationTest, DeclarationsAndStatements) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  unsigned Instantiated = 0;
  unsigned Written = 0;
  for (const BoundNodes &Match :
       match(varDecl(hasName("Marker")).bind("v"), AST.context())) {
    const auto *Var = Match.getNodeAs<VarDecl>("v");
    if (isInTemplateInstantiation(*Var))
      ++Instantiated;
    else
      ++Written;
  }
  // plain, function's pattern and Holder's pattern; function<int> and Holder<long>.
  EXPECT_EQ(Written, 3U);
  EXPECT_EQ(Instantiated, 2U);

  unsigned InstantiatedReturns = 0;
  for (const BoundNodes &Match : match(returnStmt(hasAncestor(functionDecl(hasAnyName("function", "member")))).bind("r"), AST.context()))
    if (isInTemplateInstantiation(*Match.getNodeAs<ReturnStmt>("r"), AST.context()))
      ++InstantiatedReturns;
  EXPECT_EQ(InstantiatedReturns, 2U);
}

} // namespace
} // namespace allochunt::test
