//===--- GuardDominanceTest.cpp - lib/GuardDominance ----------------------===//

#include "InMemoryAST.h"
#include "lib/GuardDominance.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

const char *const Code = R"cpp(
[[noreturn]] void fail();
bool a(); bool b(); void use(int); void write(int &);
void earlyReturn() { if (a()) return; use(1); }
void insideIf() { if (a()) { use(2); } use(3); }
void shortCircuit() { if (a() && b()) use(4); }
void eitherReturns() { if (a() || b()) return; use(5); }
void conditional() { a() ? use(6) : use(0); }
void noreturnBranch() { a() ? void(0) : fail(); use(7); }
void loop() { for (int i = 0; i < 3; ++i) { if (a()) continue; use(8); } }
void onlyOnePath() { if (b()) { if (a()) return; } use(9); }
void writes(int v) {
  if (a()) return;
  use(10);
  write(v);
  while (b()) { use(11); write(v); }
}
void unreachable() { return; use(12); }
)cpp";

class GuardDominanceTest : public ::testing::Test {
protected:
  GuardDominanceTest() : AST(Code) {}

  /// The call `use(N)` and the analysis of its function.
  const CallExpr *use(int N) {
    auto Matches =
        match(callExpr(callee(functionDecl(hasName("use"))),
                               hasArgument(0, ignoringImpCasts(integerLiteral(equals(N)))),
                               forCallable(functionDecl().bind("f")))
                          .bind("c"),
              AST.context());
    if (Matches.empty())
      return nullptr;
    Flow = GuardDominance::build(Matches[0].getNodeAs<FunctionDecl>("f"), AST.context(), 1000);
    return Matches[0].getNodeAs<CallExpr>("c");
  }

  /// "callee=truth" for each guard on use(N), nearest first.
  std::string guards(int N) {
    const CallExpr *Use = use(N);
    std::string Out;
    for (const DominatingGuard &Guard : Flow->guardsOn(Use)) {
      const auto *Call = dyn_cast<CallExpr>(Guard.Condition->IgnoreParenImpCasts());
      Out += (Out.empty() ? "" : " ") +
             (Call != nullptr ? Call->getDirectCallee()->getNameAsString() : "?") + "=" +
             (Guard.Truth ? "true" : "false");
    }
    return Out;
  }

  InMemoryAST AST;
  std::unique_ptr<GuardDominance> Flow;
};

TEST_F(GuardDominanceTest, BranchesTakenOnEveryPath) {
  ASSERT_TRUE(AST.ok());
  EXPECT_EQ(guards(1), "a=false");
  EXPECT_EQ(guards(2), "a=true");
  EXPECT_EQ(guards(3), "");
  EXPECT_EQ(guards(4), "b=true a=true");
  EXPECT_EQ(guards(5), "b=false a=false");
  EXPECT_EQ(guards(6), "a=true");
  EXPECT_EQ(guards(7), "a=true");
  // The loop condition `i < 3` held too.
  EXPECT_EQ(guards(8), "a=false ?=true");
  EXPECT_EQ(guards(9), "");
}

TEST_F(GuardDominanceTest, WritesBetweenAGuardAndAUse) {
  ASSERT_TRUE(AST.ok());
  const CallExpr *Use10 = use(10);
  const auto *Write = AST.first<CallExpr>(
      callExpr(callee(functionDecl(hasName("write")))).bind("w"), "w");
  const DominatingGuard Guard = Flow->guardsOn(Use10).front();
  // write(v) comes after use(10).
  EXPECT_FALSE(Flow->mayPassBetween(Guard, Use10, Write));
  EXPECT_TRUE(Flow->dominates(Use10, Write));
  EXPECT_FALSE(Flow->dominates(Write, Use10));
  // Inside the loop, the write at the end of one iteration reaches use(11),
  // but only through the loop condition, which is evaluated again.
  const CallExpr *Use11 = use(11);
  auto LoopWrites = match(
      callExpr(callee(functionDecl(hasName("write"))), hasAncestor(whileStmt())).bind("w"),
      AST.context());
  ASSERT_EQ(LoopWrites.size(), 1U);
  const auto *LoopWrite = LoopWrites[0].getNodeAs<CallExpr>("w");
  const DominatingGuard LoopGuard = Flow->guardsOn(Use11).front();
  EXPECT_FALSE(Flow->mayPassBetween(LoopGuard, Use11, LoopWrite));
  EXPECT_TRUE(Flow->mayPassBetween(Use10, Use11, LoopWrite));
  EXPECT_TRUE(Flow->mayPassBetween(Use10, Use11, Write));
}

TEST_F(GuardDominanceTest, ReachabilityAndWholeConditions) {
  ASSERT_TRUE(AST.ok());
  const CallExpr *Dead = use(12);
  ASSERT_NE(Dead, nullptr);
  EXPECT_FALSE(Flow->isReachable(Dead));
  const CallExpr *Use5 = use(5);
  EXPECT_TRUE(Flow->isReachable(Use5));
  const DominatingGuard Guard = Flow->guardsOn(Use5).front();
  const auto *Whole = dyn_cast<BinaryOperator>(Flow->wholeCondition(Guard.Condition));
  ASSERT_NE(Whole, nullptr);
  EXPECT_EQ(Whole->getOpcode(), BO_LOr);
}

TEST_F(GuardDominanceTest, BoundedBySize) {
  ASSERT_TRUE(AST.ok());
  const auto *Loop = AST.named<FunctionDecl>("loop");
  EXPECT_EQ(GuardDominance::build(Loop, AST.context(), 3), nullptr);
  EXPECT_NE(GuardDominance::build(Loop, AST.context(), 1000), nullptr);
}

} // namespace
} // namespace allochunt::test
