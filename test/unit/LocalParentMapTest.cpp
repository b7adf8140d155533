//===--- LocalParentMapTest.cpp - lib/LocalParentMap ----------------------===//

#include "lib/LocalParentMap.h"
#include "InMemoryAST.h"

#include "clang/AST/ExprCXX.h"
#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::tidy::allochunt;

const char *const Code = R"cpp(
void use(int);
void f(int n) {
  int once = 0;
  for (int init = 0; init < n; ++init) {
    int each = init;
    auto later = [] { int inLambda = 1; use(inLambda); };
    later();
    use(each);
  }
  while (n-- > 0)
    if (n == 3) { int nested = n; use(nested); }
  while (int inCondition = n--)
    use(inCondition);
  do { int inDo = 1; use(inDo); } while (false);
  use(once);
}
)cpp";

bool declaredInLoopBody(const InMemoryAST &AST, const LocalParentMap &Parents,
                        llvm::StringRef Name) {
  const auto *Var = AST.named<VarDecl>(Name);
  if (Var == nullptr || Var->getInit() == nullptr) {
    ADD_FAILURE() << "no variable " << Name.str();
    return false;
  }
  return Parents.isRepeatedByLoop(Var->getInit());
}

TEST(LocalParentMapTest, FindsRepeatedPartsButNotInitialisersOrLambdas) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  const auto *F = AST.named<FunctionDecl>("f");
  const LocalParentMap Parents(*F->getBody());
  EXPECT_FALSE(declaredInLoopBody(AST, Parents, "once"));
  EXPECT_FALSE(declaredInLoopBody(AST, Parents, "init"));
  EXPECT_TRUE(declaredInLoopBody(AST, Parents, "each"));
  EXPECT_TRUE(declaredInLoopBody(AST, Parents, "nested"));
  EXPECT_TRUE(declaredInLoopBody(AST, Parents, "inDo"));
  EXPECT_FALSE(declaredInLoopBody(AST, Parents, "inLambda"));
  EXPECT_TRUE(declaredInLoopBody(AST, Parents, "inCondition"));
}

TEST(LocalParentMapTest, ParentsSkippingImplicitNodes) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  const auto *F = AST.named<FunctionDecl>("f");
  const LocalParentMap Parents(*F->getBody());
  const auto *Once = AST.named<VarDecl>("once");
  EXPECT_TRUE(isa_and_nonnull<DeclStmt>(Parents.parent(Once->getInit())));
  EXPECT_EQ(Parents.parent(F->getBody()), nullptr);
  // use(each): the argument's implicit lvalue-to-rvalue cast is skipped.
  const auto *Each = AST.named<VarDecl>("each");
  const auto *Ref = AST.first<DeclRefExpr>(
      ast_matchers::findAll(
          ast_matchers::declRefExpr(
              ast_matchers::to(ast_matchers::equalsNode(Each)))
              .bind("r")),
      "r");
  ASSERT_NE(Ref, nullptr);
  EXPECT_TRUE(isa_and_nonnull<CallExpr>(Parents.parentIgnoringImplicit(Ref)));
  EXPECT_EQ(&Parents.root(), F->getBody());
}

} // namespace
} // namespace allochunt::test
