//===--- IterationLocalUseTest.cpp - lib/IterationLocalUse ----------------===//

#include "InMemoryAST.h"
#include "lib/IterationLocalUse.h"

#include "clang/AST/StmtCXX.h"
#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

// Each function declares the variable under test, `v`, in a loop body.
const char *const Code = R"cpp(
#include <functional>
#include <istream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>
void fillOut(std::vector<int> &);
void byValue(std::vector<int>);
void keep(const std::vector<int> *);
void appends(int n, std::vector<std::string> &out) {
  for (int i = 0; i < n; ++i) { std::string v; v.append("a").append("b"); out.push_back(v); }
}
void getsLine(std::istream &in, int n) {
  for (int i = 0; i < n; ++i) { std::string v; std::getline(in, v); }
}
void outParameter(int n) {
  for (int i = 0; i < n; ++i) { std::vector<int> v; fillOut(v); byValue(v); }
}
void onlyRead(int n) {
  for (int i = 0; i < n; ++i) { std::vector<int> v; byValue(v); (void)v.size(); }
}
void moved(int n, std::vector<std::vector<int>> &out) {
  for (int i = 0; i < n; ++i) { std::vector<int> v; v.push_back(i); out.push_back(std::move(v)); }
}
void swapped(int n, std::vector<int> &out) {
  for (int i = 0; i < n; ++i) { std::vector<int> v; v.push_back(i); v.swap(out); }
}
void address(int n) {
  for (int i = 0; i < n; ++i) { std::vector<int> v; v.push_back(i); keep(&v); }
}
void kept(int n, std::function<void()> &later) {
  for (int i = 0; i < n; ++i) { std::vector<int> v; v.push_back(i); later = [&v] { v.clear(); }; }
}
void calledAtOnce(int n) {
  for (int i = 0; i < n; ++i) { std::vector<int> v; [&v] { v.push_back(1); }(); }
}
void literals(int n) {
  for (int i = 0; i < n; ++i) { std::string v; if (i) v = "short"; else v = "a literal longer than the rest"; }
}
void literalThenAppend(int n) {
  for (int i = 0; i < n; ++i) { std::string v; v = "ab"; v += 'c'; }
}
void reserved(int n) {
  for (int i = 0; i < n; ++i) { std::string v; v.reserve(40); v.reserve(8); v += 'x'; }
}
void stream(int n) {
  for (int i = 0; i < n; ++i) { std::ostringstream v; v << "a" << i; (void)v.str(); }
}
void manipulated(int n) {
  for (int i = 0; i < n; ++i) { std::ostringstream v; v << std::hex << i; }
}
void forwarded(int n, std::vector<std::string> &out) {
  for (int i = 0; i < n; ++i) { std::string v; v = std::to_string(i); out.emplace_back(v); }
}
void indexed(int n) {
  for (int i = 0; i < n; ++i) { std::vector<int> v(8); v[i % 8] = 1; }
}
void moveInBranch(int n, const std::string &a) {
  for (int i = 0; i < n; ++i) { std::string v; if (i) v = std::string(20, 'x'); else v = a; }
}
void moveAssigned(int n) {
  for (int i = 0; i < n; ++i) { std::string v; v = std::string(20, 'x'); }
}
)cpp";

class IterationLocalUseTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() { AST = new InMemoryAST(Code); }
  static void TearDownTestSuite() {
    delete AST;
    AST = nullptr;
  }

  // The uses of `v` in the loop body of function \p Function.
  static IterationLocalUses usesIn(llvm::StringRef Function) {
    const auto *Loop = AST->first<ForStmt>(
        findAll(forStmt(hasAncestor(functionDecl(hasName(Function))),
                        isExpansionInMainFile())
                    .bind("loop")),
        "loop");
    const auto *Var = AST->first<VarDecl>(
        findAll(varDecl(hasName("v"),
                        hasAncestor(functionDecl(hasName(Function))))
                    .bind("v")),
        "v");
    if (Loop == nullptr || Var == nullptr) {
      ADD_FAILURE() << "no loop or variable in " << Function.str();
      return {};
    }
    const LocalParentMap Parents(*Loop->getBody());
    return summarizeIterationLocalUses(*Var, Parents, AST->context());
  }

  static InMemoryAST *AST;
};

InMemoryAST *IterationLocalUseTest::AST = nullptr;

TEST_F(IterationLocalUseTest, FillsThroughMembersAndCallees) {
  ASSERT_TRUE(AST->ok());
  for (const char *Function : {"appends", "getsLine", "outParameter",
                               "calledAtOnce", "stream"}) {
    const IterationLocalUses Uses = usesIn(Function);
    EXPECT_TRUE(Uses.staysInIteration()) << Function;
    EXPECT_NE(Uses.FirstFill, nullptr) << Function;
  }
}

TEST_F(IterationLocalUseTest, ReadsAndMoveAssignmentsDoNotFill) {
  EXPECT_TRUE(usesIn("onlyRead").staysInIteration());
  EXPECT_EQ(usesIn("onlyRead").FirstFill, nullptr);
  EXPECT_EQ(usesIn("moveAssigned").FirstFill, nullptr);
  EXPECT_EQ(usesIn("moveAssigned").MoveAssignments, 1U);
  EXPECT_EQ(usesIn("appends").MoveAssignments, 0U);
  EXPECT_EQ(usesIn("moveInBranch").MoveAssignments, 0U);
  EXPECT_NE(usesIn("moveInBranch").FirstFill, nullptr);
  EXPECT_EQ(usesIn("onlyRead").FirstWrite, nullptr);
  EXPECT_EQ(usesIn("forwarded").FirstFill, nullptr);
}

TEST_F(IterationLocalUseTest, NonConstMembersWrite) {
  const IterationLocalUses Uses = usesIn("indexed");
  EXPECT_EQ(Uses.FirstFill, nullptr);
  EXPECT_NE(Uses.FirstWrite, nullptr);
}

TEST_F(IterationLocalUseTest, Escapes) {
  EXPECT_EQ(usesIn("moved").Escape, IterationEscape::Moved);
  EXPECT_EQ(usesIn("swapped").Escape, IterationEscape::Swapped);
  EXPECT_EQ(usesIn("address").Escape, IterationEscape::AddressTaken);
  EXPECT_EQ(usesIn("kept").Escape, IterationEscape::CapturedByReference);
  EXPECT_NE(usesIn("moved").EscapingUse, nullptr);
}

TEST_F(IterationLocalUseTest, CountsLiteralAssignments) {
  const IterationLocalUses Literals = usesIn("literals");
  EXPECT_EQ(Literals.Fills, 2U);
  EXPECT_EQ(Literals.LiteralAssignments, 2U);
  EXPECT_EQ(Literals.LongestAssignedLiteral, 30U);
  const IterationLocalUses Mixed = usesIn("literalThenAppend");
  EXPECT_EQ(Mixed.Fills, 2U);
  EXPECT_EQ(Mixed.LiteralAssignments, 1U);
  EXPECT_EQ(Mixed.LongestAssignedLiteral, 2U);
}

TEST_F(IterationLocalUseTest, ReserveAndStreamState) {
  EXPECT_EQ(usesIn("reserved").SmallestConstantReserve, 8U);
  EXPECT_FALSE(usesIn("stream").ChangesStreamState);
  EXPECT_TRUE(usesIn("manipulated").ChangesStreamState);
}

} // namespace
} // namespace allochunt::test
