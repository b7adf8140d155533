//===--- RunsOnceTest.cpp - lib/RunsOnce ----------------------------------===//

#include "InMemoryAST.h"
#include "lib/RunsOnce.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

const char *const Code = R"cpp(
#include <mutex>
void mark(int);
int Global = (mark(1), 0);
void f() {
  static const bool Once = [] { mark(2); return true; }();
  static std::once_flag Flag;
  std::call_once(Flag, [] { mark(3); });
  std::once_flag LocalFlag;
  std::call_once(LocalFlag, [] { mark(4); });
  auto Stored = [] { mark(5); };
  Stored();
  [] { mark(6); }();
  const int Local = (mark(7), 0);
  (void)Once; (void)Local;
}
static auto StoredAtNamespaceScope = [] { mark(8); };
void g() {
  static bool Done = false;
  if (!Done) {
    mark(9);
    Done = true;
  }
  bool LocalDone = false;
  if (!LocalDone) {
    mark(10);
    LocalDone = true;
  }
  static bool NeverSet = false;
  if (!NeverSet)
    mark(11);
}
)cpp";

// The site of the call `mark(N)`.
ExecutionSite siteOfMark(const InMemoryAST &AST, int N) {
  const auto *Call = AST.first<CallExpr>(
      findAll(callExpr(callee(functionDecl(hasName("mark"))),
                       hasArgument(0, integerLiteral(equals(N))))
                  .bind("call")),
      "call");
  EXPECT_NE(Call, nullptr) << N;
  return Call != nullptr ? executionSiteOf(*Call, AST.context())
                         : ExecutionSite();
}

TEST(RunsOnceTest, InitialisersOfStaticsRunOnce) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  EXPECT_TRUE(siteOfMark(AST, 1).RunsOnce);
  EXPECT_TRUE(siteOfMark(AST, 2).RunsOnce);
  EXPECT_TRUE(siteOfMark(AST, 3).RunsOnce);
  EXPECT_TRUE(siteOfMark(AST, 9).RunsOnce);
}

TEST(RunsOnceTest, EverythingElseRunsInItsCallable) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  const auto *F = AST.named<FunctionDecl>("f");
  // call_once with a local flag runs once per call of f.
  const ExecutionSite LocalOnce = siteOfMark(AST, 4);
  EXPECT_FALSE(LocalOnce.RunsOnce);
  const ExecutionSite Stored = siteOfMark(AST, 5);
  EXPECT_FALSE(Stored.RunsOnce);
  ASSERT_NE(Stored.Callable, nullptr);
  EXPECT_TRUE(cast<CXXMethodDecl>(Stored.Callable)->getParent()->isLambda());
  // An immediately invoked lambda runs where it is invoked.
  EXPECT_EQ(siteOfMark(AST, 6).Callable, F);
  EXPECT_FALSE(siteOfMark(AST, 6).RunsOnce);
  EXPECT_EQ(siteOfMark(AST, 7).Callable, F);
  // A lambda stored in a static runs whenever it is called.
  EXPECT_FALSE(siteOfMark(AST, 8).RunsOnce);
  EXPECT_NE(siteOfMark(AST, 8).Callable, nullptr);
  // A flag that is not static, or never set, does not make a branch run once.
  EXPECT_FALSE(siteOfMark(AST, 10).RunsOnce);
  EXPECT_FALSE(siteOfMark(AST, 11).RunsOnce);
}

TEST(RunsOnceTest, MainAndGoogleTestBodiesAreCalledOncePerRun) {
  const InMemoryAST AST(R"cpp(
namespace testing { class Test { public: virtual ~Test(); virtual void TestBody() = 0; }; }
struct Fixture : ::testing::Test {};
struct Suite_Case_Test : Fixture { void TestBody() override {} };
struct Other { void TestBody() {} };
namespace other { namespace testing { struct Test {}; } }
struct Lookalike : other::testing::Test { void TestBody() {} };
void helper() {}
int main() { return 0; }
)cpp");
  ASSERT_TRUE(AST.ok());
  const auto bodyOf = [&](llvm::StringRef Class) {
    return AST.first<FunctionDecl>(
        findAll(cxxMethodDecl(hasName("TestBody"), ofClass(hasName(Class))).bind("f")), "f");
  };
  EXPECT_TRUE(isCalledOncePerRun(*AST.named<FunctionDecl>("main")));
  EXPECT_TRUE(isCalledOncePerRun(*bodyOf("Suite_Case_Test")));
  EXPECT_FALSE(isCalledOncePerRun(*bodyOf("Other")));
  EXPECT_FALSE(isCalledOncePerRun(*bodyOf("Lookalike")));
  EXPECT_FALSE(isCalledOncePerRun(*AST.named<FunctionDecl>("helper")));
}

} // namespace
} // namespace allochunt::test
