//===--- LoopTripCountTest.cpp - lib/LoopTripCount ------------------------===//

#include "InMemoryAST.h"
#include "lib/LoopTripCount.h"

#include "gtest/gtest.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

// Each loop's body calls mark(N) with the trip count expected (-1: unknown).
const char *const Code = R"cpp(
#include <array>
#include <ranges>
void mark(int);
void f(int n) {
  for (int i = 0; i < 3; ++i) mark(3);
  for (int i = 0; i <= 3; ++i) mark(4);
  for (int i = 10; i > 0; i -= 2) mark(5);
  for (int i = 0; i != 8; i += 2) mark(4);
  for (int i = 0; 6 > i; ++i) mark(6);
  for (int i = 0; i < n; ++i) mark(-1);
  for (int i = 0; i < 3; ++i) { mark(-1); i = 0; }
  for (int i = 0; i < 3; --i) mark(-1);
  for (int x : {1, 2}) mark(2);
  int a[7] = {};
  for (int x : a) mark(7);
  for (int x : std::array<int, 9>{}) mark(9);
  for (int x : std::views::iota(2, 5)) mark(3);
  do { mark(1); } while (false);
  while (n) mark(-1);
}
)cpp";

TEST(LoopTripCountTest, CountsWhatTheSourceSays) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  const auto Loops = match(
      findAll(stmt(anyOf(forStmt(), cxxForRangeStmt(), doStmt(), whileStmt()),
                   isExpansionInMainFile(),
                   hasDescendant(callExpr(callee(functionDecl(hasName("mark"))),
                                          hasArgument(0, expr().bind("n")))))
                  .bind("loop")),
      AST.context());
  llvm::SmallPtrSet<const Stmt *, 16> Seen;
  for (const auto &Match : Loops) {
    const auto *Loop = Match.getNodeAs<Stmt>("loop");
    if (!Seen.insert(Loop).second)
      continue;
    const auto *N = Match.getNodeAs<Expr>("n");
    const std::optional<llvm::APSInt> Expected =
        N->getIntegerConstantExpr(AST.context());
    ASSERT_TRUE(Expected.has_value());
    const std::optional<std::uint64_t> Trips =
        constantTripCount(*Loop, AST.context());
    if (Expected->getExtValue() < 0)
      EXPECT_FALSE(Trips.has_value())
          << "line " << AST.context().getSourceManager().getSpellingLineNumber(
                            Loop->getBeginLoc());
    else
      EXPECT_EQ(Trips, static_cast<std::uint64_t>(Expected->getExtValue()))
          << "line " << AST.context().getSourceManager().getSpellingLineNumber(
                            Loop->getBeginLoc());
  }
  EXPECT_EQ(Seen.size(), 14U);
}

} // namespace
} // namespace allochunt::test
