//===--- UserCodeParentsTest.cpp - lib/UserCodeParents --------------------===//

#include "lib/UserCodeParents.h"
#include "InMemoryAST.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

const char *const Code = R"cpp(
#include <utility>
int global = 1 + 2;
struct Holder {
  int Member;
  explicit Holder(int Value) : Member(Value * 2) {}
};
template <typename T> T twice(T Value) { return Value + Value; }
template <int N> int fixed() { return N; }
int user(int A, int B) {
  std::swap(A, B);
  auto Lambda = [&] { return A - B; };
  if (A > 0) {
    int Local = twice(A) + Lambda();
    return Local;
  }
  return fixed<2 * 3>() + sizeof(decltype(A + 1));
}
)cpp";

// The first parent a walk up follows, as the context's own map has it.
DynTypedNode contextParent(ASTContext &Context, const Stmt &S) {
  const DynTypedNodeList Parents = Context.getParents(S);
  return Parents.empty() ? DynTypedNode() : Parents[0];
}

TEST(UserCodeParentsTest, AgreesWithTheContextsMapOnUserStatements) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  ASTContext &Context = AST.context();
  unsigned Compared = 0;
  for (const BoundNodes &Match :
       match(findAll(stmt(isExpansionInMainFile()).bind("s")), Context)) {
    const auto *S = Match.getNodeAs<Stmt>("s");
    const DynTypedNode Expected = contextParent(Context, *S);
    // Type locations are not nodes here: `decltype(A + 1)`'s operand has
    // the declaration around it as its parent instead.
    if (Expected.get<TypeLoc>() != nullptr)
      continue;
    const llvm::ArrayRef<DynTypedNode> Parents = userCodeParents(Context, *S);
    ASSERT_FALSE(Parents.empty()) << S->getStmtClassName();
    EXPECT_EQ(Parents.front(), Expected) << S->getStmtClassName() << " " << Expected.getNodeKind().asStringRef().str();
    ++Compared;
  }
  EXPECT_GT(Compared, 40U);
}

TEST(UserCodeParentsTest, DeclarationsAndInitialisers) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  ASTContext &Context = AST.context();
  const auto *Local = AST.named<VarDecl>("Local");
  ASSERT_NE(Local, nullptr);
  const llvm::ArrayRef<DynTypedNode> Parents = userCodeParents(Context, *Local);
  ASSERT_EQ(Parents.size(), 1U);
  EXPECT_NE(Parents.front().get<DeclStmt>(), nullptr);

  const auto *Product = AST.first<BinaryOperator>(
      findAll(binaryOperator(hasOperatorName("*"), isExpansionInMainFile()).bind("b")), "b");
  ASSERT_NE(Product, nullptr);
  const llvm::ArrayRef<DynTypedNode> Initialiser = userCodeParents(Context, *Product);
  ASSERT_EQ(Initialiser.size(), 1U);
  EXPECT_NE(Initialiser.front().get<CXXConstructorDecl>(), nullptr);

  const auto *Global = AST.named<VarDecl>("global");
  ASSERT_NE(Global, nullptr);
  const llvm::ArrayRef<DynTypedNode> TopLevel = userCodeParents(Context, *Global);
  ASSERT_EQ(TopLevel.size(), 1U);
  EXPECT_NE(TopLevel.front().get<TranslationUnitDecl>(), nullptr);
}

TEST(UserCodeParentsTest, SystemHeadersHaveNoParents) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  ASTContext &Context = AST.context();
  // std::swap's body, instantiated for int, is in <utility>'s headers.
  const auto *InSwap = AST.first<Stmt>(
      findAll(functionDecl(hasName("::std::swap"), isTemplateInstantiation(),
                           hasBody(stmt().bind("body")))),
      "body");
  ASSERT_NE(InSwap, nullptr);
  EXPECT_TRUE(userCodeParents(Context, *InSwap).empty());
  EXPECT_FALSE(Context.getParents(*InSwap).empty());
}

TEST(UserCodeParentsTest, EnclosingCallable) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  ASTContext &Context = AST.context();
  const auto *Difference = AST.first<BinaryOperator>(
      findAll(binaryOperator(hasOperatorName("-"), isExpansionInMainFile()).bind("b")), "b");
  const auto *Lambda = AST.first<LambdaExpr>(findAll(lambdaExpr(isExpansionInMainFile()).bind("l")), "l");
  ASSERT_NE(Difference, nullptr);
  ASSERT_NE(Lambda, nullptr);
  EXPECT_EQ(enclosingCallable(Context, *Difference), Lambda->getCallOperator());
  EXPECT_EQ(enclosingCallable(Context, *Lambda), AST.named<FunctionDecl>("user"));

  const auto *Sum = AST.first<BinaryOperator>(
      findAll(binaryOperator(hasOperatorName("+"), hasLHS(integerLiteral()),
                                     isExpansionInMainFile())
                          .bind("b")), "b");
  ASSERT_NE(Sum, nullptr);
  EXPECT_EQ(enclosingCallable(Context, *Sum), nullptr); // `global`'s initialiser.
}

} // namespace
} // namespace allochunt::test
