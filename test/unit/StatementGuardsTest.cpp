//===--- StatementGuardsTest.cpp - lib/StatementGuards --------------------===//

#include "lib/StatementGuards.h"
#include "InMemoryAST.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

// Each case is a call `mark(N)`; guard(...) is the condition of interest.
const char *const Code = R"cpp(
bool guard(int);
bool other(int);
void mark(int);
void f(int x, int y) {
  mark(1);
  for (;;)
    mark(2);
  while (x)
    mark(3);
  do
    mark(4);
  while (y);
  switch (x) {
  case 1:
    mark(5);
    break;
  }
  if (x)
    mark(6);
  else
    mark(7);
  int z = (mark(8), 1);
  if (guard(x))
    mark(9);
  if (other(x) && guard(y)) {
    mark(10);
  }
  if (guard(x)) {
  } else {
    mark(11);
  }
  while (guard(y))
    mark(12);
  if (bool b = guard(x))
    mark(13);
  for (int i = 0; i < 3; ++i) {
    if (!guard(i))
      continue;
    mark(14);
  }
  if (guard(x))
    mark(15);
  mark(16);
  auto later = [&] { mark(17); };
  if (guard(x))
    later();
  if (other(x))
    return;
  mark(18);
  (void)z;
}
)cpp";

class StatementGuardsTest : public ::testing::Test {
protected:
  void SetUp() override { ASSERT_TRUE(AST.ok()); }

  const Stmt &mark(unsigned N) const {
    const auto *Call = AST.first<CallExpr>(
        findAll(callExpr(callee(functionDecl(hasName("mark"))),
                         hasArgument(0, integerLiteral(equals(N))))
                    .bind("c")),
        "c");
    EXPECT_NE(Call, nullptr) << "no mark(" << N << ")";
    return *Call;
  }

  bool guarded(unsigned N) const {
    return runsUnderGuard(
        mark(N), AST.context(), [this](const Stmt &Condition) {
          return !match(
                      findAll(callExpr(callee(functionDecl(hasName("guard"))))),
                      Condition, AST.context())
                      .empty();
        });
  }

  const InMemoryAST AST{Code, {"-std=c++17"}};
};

TEST_F(StatementGuardsTest, WhereAnIfCanGoInFront) {
  ASTContext &Ctx = AST.context();
  EXPECT_TRUE(acceptsGuardInFront(mark(1), Ctx));
  EXPECT_TRUE(acceptsGuardInFront(mark(2), Ctx));
  EXPECT_TRUE(acceptsGuardInFront(mark(3), Ctx));
  EXPECT_TRUE(acceptsGuardInFront(mark(4), Ctx));
  EXPECT_TRUE(acceptsGuardInFront(mark(5), Ctx));
  EXPECT_FALSE(acceptsGuardInFront(mark(6), Ctx)); // would capture the else
  EXPECT_FALSE(acceptsGuardInFront(mark(7), Ctx));
  EXPECT_FALSE(acceptsGuardInFront(mark(8), Ctx)); // inside an expression
}

TEST_F(StatementGuardsTest, GuardsAroundAndBefore) {
  EXPECT_FALSE(guarded(1));
  EXPECT_TRUE(guarded(9));
  EXPECT_TRUE(guarded(10));  // part of a && condition, inside braces
  EXPECT_FALSE(guarded(11)); // the else branch
  EXPECT_TRUE(guarded(12));
  EXPECT_TRUE(guarded(13));  // a condition variable
  EXPECT_TRUE(guarded(14));  // an earlier `if (...) continue;`
  EXPECT_FALSE(guarded(16)); // an earlier `if` that does not leave the block
  EXPECT_FALSE(guarded(17)); // a lambda body runs elsewhere
  EXPECT_FALSE(guarded(18)); // the early exit's condition is not a guard
}

} // namespace
} // namespace allochunt::test
