//===--- UserCodeScopeTest.cpp - lib/UserCodeScope ------------------------===//

#include "lib/UserCodeScope.h"
#include "InMemoryAST.h"

#include "clang/Basic/SourceManager.h"
#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

const char *const Code = R"cpp(
#include <utility>
template <typename T> void exchange(T &A, T &B) { std::swap(A, B); }
namespace user {
int call(int A, int B) { exchange(A, B); return A; }
}
)cpp";

TEST(UserCodeScopeTest, HoldsTheDeclarationsOutsideSystemHeaders) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  ASTContext &Context = AST.context();
  const std::vector<Decl *> &Scope = userCodeScope(Context);
  const SourceManager &SM = Context.getSourceManager();
  bool SawTemplate = false;
  bool SawNamespace = false;
  for (const Decl *D : Scope) {
    EXPECT_FALSE(SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())));
    SawTemplate |= isa<FunctionTemplateDecl>(D);
    SawNamespace |= isa<NamespaceDecl>(D);
  }
  EXPECT_TRUE(SawTemplate);
  EXPECT_TRUE(SawNamespace);
  // Computed once: the same vector every time.
  EXPECT_EQ(&userCodeScope(Context), &Scope);
}

/// Counts the calls its finder reports, and the translation units.
class CallCounter : public MatchFinder::MatchCallback {
public:
  void run(const MatchFinder::MatchResult & /*Result*/) override { ++Calls; }
  void onStartOfTranslationUnit() override { ++Units; }
  llvm::StringRef getID() const override { return "counter"; }
  unsigned Calls = 0;
  unsigned Units = 0;
};

TEST(UserCodeScopeTest, RunsMatchersOverUserCodeOnly) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  ASTContext &Context = AST.context();

  CallCounter Everywhere;
  MatchFinder Plain;
  Plain.addMatcher(callExpr(), &Everywhere);
  Plain.matchAST(Context);

  CallCounter InUserCode;
  UserCodeMatchFinder UserCode(InUserCode);
  MatchFinder Shared;
  UserCode.attach(Shared).addMatcher(callExpr(), &InUserCode);
  Shared.matchAST(Context);

  // `std::swap(A, B)` in exchange<int>'s pattern and instantiation, and
  // `exchange(A, B)`; not the calls inside std::swap's instantiation.
  EXPECT_EQ(InUserCode.Calls, 3U);
  EXPECT_GT(Everywhere.Calls, InUserCode.Calls);
  EXPECT_EQ(InUserCode.Units, 1U);
  EXPECT_EQ(UserCode.getID(), "counter");
  // The context's scope is the whole translation unit again.
  const std::vector<Decl *> Scope = Context.getTraversalScope();
  ASSERT_EQ(Scope.size(), 1U);
  EXPECT_TRUE(isa<TranslationUnitDecl>(Scope.front()));
}

TEST(UserCodeScopeTest, KeepsAScopeAToolNarrowed) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  ASTContext &Context = AST.context();
  const auto *Call = AST.named<FunctionDecl>("call");
  ASSERT_NE(Call, nullptr);
  auto *Namespace = const_cast<Decl *>(cast<Decl>(Call->getDeclContext()));
  Context.setTraversalScope({Namespace});

  CallCounter InUserCode;
  UserCodeMatchFinder UserCode(InUserCode);
  MatchFinder Shared;
  UserCode.attach(Shared).addMatcher(callExpr(), &InUserCode);
  Shared.matchAST(Context);
  EXPECT_EQ(InUserCode.Calls, 1U); // exchange(A, B) only.
  EXPECT_EQ(Context.getTraversalScope().size(), 1U);
  EXPECT_EQ(Context.getTraversalScope().front(), Namespace);
}

} // namespace
} // namespace allochunt::test
