//===--- HoistPointTest.cpp - lib/HoistPoint ------------------------------===//

#include "InMemoryAST.h"
#include "lib/HoistPoint.h"

#include "clang/AST/StmtCXX.h"
#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

const char *const Code = R"cpp(
struct Rx { Rx(const char *); };
bool use(const Rx &);
void f(int n) {
  use(Rx("a"));
  for (int i = 0; i < n; ++i) {
    if (n > 2) use(Rx("b"));
  }
  while (use(Rx("c"))) {}
  auto l = [] {
    return use(Rx("d"));
  };
  switch (n) {
  case 1:
    use(Rx("g"));
  }
}
void g(Rx r = Rx("e"));
struct S { bool m = use(Rx("f")); };
)cpp";

class HoistPointTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() { AST = new InMemoryAST(Code); }
  static void TearDownTestSuite() {
    delete AST;
    AST = nullptr;
  }

  static const StringLiteral *literal(llvm::StringRef Text) {
    for (const auto &Match :
         match(findAll(stringLiteral(isExpansionInMainFile()).bind("s")),
               AST->context()))
      if (const auto *S = Match.getNodeAs<StringLiteral>("s");
          S->getString() == Text)
        return S;
    ADD_FAILURE() << "no literal " << Text.str();
    return nullptr;
  }
  static HoistPoint pointOf(llvm::StringRef Text) {
    return findHoistPoint(*literal(Text), AST->context());
  }

  static InMemoryAST *AST;
};

InMemoryAST *HoistPointTest::AST = nullptr;

TEST_F(HoistPointTest, StatementDirectlyInABlock) {
  ASSERT_TRUE(AST->ok());
  const HoistPoint A = pointOf("a");
  ASSERT_NE(A.Function, nullptr);
  EXPECT_EQ(A.Function->getName(), "f");
  // The statement is the full expression: the call under its cleanups.
  ASSERT_TRUE(isa_and_nonnull<ExprWithCleanups>(A.Statement));
  EXPECT_TRUE(isa<CallExpr>(cast<ExprWithCleanups>(A.Statement)->getSubExpr()));
  EXPECT_EQ(A.Block, A.Function->getBody());
  EXPECT_FALSE(A.InLoop);
}

TEST_F(HoistPointTest, LoopsRepeatBodiesAndConditions) {
  const HoistPoint B = pointOf("b");
  EXPECT_TRUE(isa_and_nonnull<IfStmt>(B.Statement));
  EXPECT_TRUE(B.InLoop);
  const HoistPoint C = pointOf("c");
  EXPECT_TRUE(isa_and_nonnull<WhileStmt>(C.Statement));
  EXPECT_TRUE(C.InLoop);
}

TEST_F(HoistPointTest, LambdaBodiesAreTheirOwnFunction) {
  const HoistPoint D = pointOf("d");
  ASSERT_NE(D.Function, nullptr);
  EXPECT_TRUE(cast<CXXMethodDecl>(D.Function)->getParent()->isLambda());
  EXPECT_TRUE(isa_and_nonnull<ReturnStmt>(D.Statement));
}

TEST_F(HoistPointTest, CaseLabelsAndInitialisersOutsideBodies) {
  EXPECT_TRUE(isa_and_nonnull<CaseStmt>(pointOf("g").Statement));
  EXPECT_EQ(pointOf("e").Function, nullptr);
  EXPECT_EQ(pointOf("e").Statement, nullptr);
  EXPECT_EQ(pointOf("f").Function, nullptr);
}

TEST_F(HoistPointTest, IndentationOnlyAtTheStartOfALine) {
  const SourceManager &SM = AST->context().getSourceManager();
  EXPECT_EQ(indentationBefore(pointOf("a").Statement->getBeginLoc(), SM), "  ");
  EXPECT_EQ(indentationBefore(pointOf("b").Statement->getBeginLoc(), SM),
            "    ");
  const auto *If = cast<IfStmt>(pointOf("b").Statement);
  EXPECT_EQ(indentationBefore(If->getThen()->getBeginLoc(), SM), std::nullopt);
}

} // namespace
} // namespace allochunt::test
