//===--- FixItTextTest.cpp - lib/FixItText --------------------===//

#include "InMemoryAST.h"
#include "lib/FixItText.h"

#include "clang/Lex/Lexer.h"
#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

// The initializer of variable \p Name.
const Expr *initOf(const InMemoryAST &AST, llvm::StringRef Name) {
  return AST.named<VarDecl>(Name)->getInit();
}

TEST(FixItTextTest, OperandsThatNeedParentheses) {
  const InMemoryAST AST(R"cpp(
int g(int);
void f(int a, int b, bool c, int *p) {
  int name = a;
  int call = g(a);
  int unary = -a;
  int deref = *p;
  int sum = a + b;
  int masked = a & b;
  int cond = c ? a : b;
  int cast = (int)c;
  int paren = (a & b);
  int shifted = a << b;
}
)cpp");
  ASSERT_TRUE(AST.ok());
  for (const char *Name : {"name", "call", "unary", "deref", "cast", "paren"})
    EXPECT_FALSE(needsParensAsOperand(initOf(AST, Name), BO_EQ)) << Name;
  EXPECT_FALSE(needsParensAsOperand(initOf(AST, "sum"), BO_EQ));
  EXPECT_TRUE(needsParensAsOperand(initOf(AST, "sum"), BO_Mul));
  EXPECT_TRUE(needsParensAsOperand(initOf(AST, "sum"), BO_Add));
  EXPECT_TRUE(needsParensAsOperand(initOf(AST, "masked"), BO_EQ));
  EXPECT_TRUE(needsParensAsOperand(initOf(AST, "cond"), BO_EQ));
  EXPECT_FALSE(needsParensAsOperand(initOf(AST, "shifted"), BO_EQ));
}

// The call to size() that is the argument of use(N): each case has its own.
const Expr *sizeCallOfCase(const InMemoryAST &AST, unsigned N) {
  const auto *Case = AST.first<CallExpr>(
      findAll(callExpr(callee(functionDecl(hasName("use"))),
                       hasArgument(0, integerLiteral(equals(N))))
                  .bind("c")),
      "c");
  if (Case == nullptr)
    return nullptr;
  return AST.first<Expr>(
      findAll(cxxMemberCallExpr(callee(cxxMethodDecl(hasName("size"))),
                                hasAncestor(callExpr(equalsNode(Case))))
                  .bind("s")),
      "s");
}

TEST(FixItTextTest, ReplacementsInTheirContext) {
  const InMemoryAST AST(R"cpp(
struct S { unsigned long size() const; };
bool use(int, bool);
unsigned long g(unsigned long);
bool f(S s, unsigned long x) {
  return use(1, s.size() > 3) && use(2, s.size() * 2 > 0) &&
         use(3, x - s.size() > 0) && use(4, g(s.size()) > 0) &&
         use(5, !s.size()) && use(6, (s.size()) > 0) &&
         use(7, s.size()) && use(8, x == s.size()) &&
         use(9, s.size() + x > 0) && use(10, s.size() == x);
}
)cpp");
  ASSERT_TRUE(AST.ok());
  ASTContext &Context = AST.context();
  EXPECT_FALSE(needsParensInPlaceOf(sizeCallOfCase(AST, 1), BO_Add, Context));
  EXPECT_TRUE(needsParensInPlaceOf(sizeCallOfCase(AST, 2), BO_Add, Context));
  EXPECT_TRUE(needsParensInPlaceOf(sizeCallOfCase(AST, 3), BO_Add, Context));
  EXPECT_FALSE(needsParensInPlaceOf(sizeCallOfCase(AST, 4), BO_Add, Context));
  EXPECT_TRUE(needsParensInPlaceOf(sizeCallOfCase(AST, 5), BO_EQ, Context));
  EXPECT_FALSE(needsParensInPlaceOf(sizeCallOfCase(AST, 6), BO_EQ, Context));
  EXPECT_FALSE(needsParensInPlaceOf(sizeCallOfCase(AST, 7), BO_EQ, Context));
  EXPECT_FALSE(needsParensInPlaceOf(sizeCallOfCase(AST, 8), BO_Add, Context));
  EXPECT_TRUE(needsParensInPlaceOf(sizeCallOfCase(AST, 8), BO_EQ, Context));
  // The left operand at equal precedence: left associativity keeps it.
  EXPECT_FALSE(needsParensInPlaceOf(sizeCallOfCase(AST, 9), BO_Add, Context));
  EXPECT_FALSE(needsParensInPlaceOf(sizeCallOfCase(AST, 10), BO_NE, Context));
}

TEST(FixItTextTest, MacroRangesAreNotEditable) {
  const InMemoryAST AST(R"cpp(
struct S { unsigned long size() const; };
#define SIZE(x) (x).size()
unsigned long f(S s) { return SIZE(s); }
)cpp");
  ASSERT_TRUE(AST.ok());
  const auto *Call = AST.first<Expr>(findAll(cxxMemberCallExpr().bind("s")), "s");
  ASSERT_NE(Call, nullptr);
  EXPECT_FALSE(isEditableRange(Call->getSourceRange()));
}

TEST(FixItTextTest, MacrosInsideAStatementMakeItNotEditable) {
  const InMemoryAST AST(R"cpp(
namespace ns { unsigned long size(int); }
#define WRAP(...) __VA_ARGS__
bool f(int s) { return ns::WRAP(size(s)) == 1; }
bool g(int s) { return ns::size(s) == 1; }
)cpp");
  ASSERT_TRUE(AST.ok());
  const auto *Wrapped = AST.first<Stmt>(
      findAll(binaryOperator(hasAncestor(functionDecl(hasName("f")))).bind("b")), "b");
  const auto *Plain = AST.first<Stmt>(
      findAll(binaryOperator(hasAncestor(functionDecl(hasName("g")))).bind("b")), "b");
  ASSERT_NE(Wrapped, nullptr);
  ASSERT_NE(Plain, nullptr);
  EXPECT_TRUE(isEditableRange(Wrapped->getSourceRange())); // begins and ends in the file
  EXPECT_FALSE(isEditableStmt(Wrapped));
  EXPECT_TRUE(isEditableStmt(Plain));
}

TEST(FixItTextTest, WholeLinesAndIndentation) {
  const InMemoryAST AST("void f(int a) {\n  int alone = a;\n  int x = a; int y = a;\n}\n");
  ASSERT_TRUE(AST.ok());
  const SourceManager &Sources = AST.context().getSourceManager();
  const LangOptions &LangOpts = AST.context().getLangOpts();
  auto RangeText = [&](const char *Name) {
    const auto *Var = AST.named<VarDecl>(Name);
    const auto *Statement = AST.first<DeclStmt>(
        findAll(declStmt(hasSingleDecl(equalsNode(Var))).bind("d")), "d");
    const CharSourceRange Range =
        wholeLineRange(Statement->getSourceRange(), Sources, LangOpts);
    return Lexer::getSourceText(Range, Sources, LangOpts).str();
  };
  EXPECT_EQ(RangeText("alone"), "\n  int alone = a;");
  EXPECT_EQ(RangeText("y"), "int y = a;");
  EXPECT_EQ(indentationOf(AST.named<VarDecl>("alone")->getBeginLoc(), Sources), "  ");
}

TEST(FixItTextTest, StatementsNeedNone) {
  const InMemoryAST AST(R"cpp(
struct S { unsigned long size() const; };
unsigned long f(S s) {
  unsigned long n = s.size();
  if (s.size()) return s.size();
  return n;
}
)cpp");
  ASSERT_TRUE(AST.ok());
  const auto Matches =
      match(cxxMemberCallExpr().bind("s"), AST.context());
  ASSERT_EQ(Matches.size(), 3U);
  for (const BoundNodes &Match : Matches)
    EXPECT_FALSE(needsParensInPlaceOf(Match.getNodeAs<Expr>("s"), BO_EQ,
                                      AST.context()));
  EXPECT_EQ(sourceText(Matches[0].getNodeAs<Expr>("s"), AST.context()),
            "s.size()");
  EXPECT_TRUE(isEditableRange(Matches[0].getNodeAs<Expr>("s")->getSourceRange()));
  EXPECT_EQ(parenthesizedIf(true, "a + b"), "(a + b)");
  EXPECT_EQ(parenthesizedIf(false, "a + b"), "a + b");
}

} // namespace
} // namespace allochunt::test
