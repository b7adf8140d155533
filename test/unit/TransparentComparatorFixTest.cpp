//===--- TransparentComparatorFixTest.cpp - lib/TransparentComparatorFix --===//

#include "InMemoryAST.h"
#include "lib/TransparentComparatorFix.h"

#include "clang/Lex/Lexer.h"
#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::tidy::allochunt;

const char *const Prelude = R"cpp(
#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>
int total(const std::map<std::string, int> &);
)cpp";

// The fix for the declaration named `Target`, as "<replaced text> -> <new text>".
std::string fixFor(const std::string &Code) {
  const InMemoryAST AST(std::string(Prelude) + Code, {"-std=c++17"});
  if (!AST.ok())
    return "<does not compile>";
  const auto *Target = AST.named<DeclaratorDecl>("Target");
  if (Target == nullptr)
    return "<no Target>";
  std::optional<FixItHint> Fix = transparentComparatorFix(*Target, AST.context());
  if (!Fix)
    return "none";
  const SourceManager &SM = AST.context().getSourceManager();
  const std::string Replaced =
      Lexer::getSourceText(Fix->RemoveRange, SM, AST.context().getLangOpts()).str();
  return Replaced + " -> " + Fix->CodeToInsert;
}

TEST(TransparentComparatorFixTest, AddsOrReplacesTheComparator) {
  EXPECT_EQ(fixFor("std::map<std::string, int> Target; bool f() { return Target.count(\"x\"); }"),
            " -> , std::less<>");
  EXPECT_EQ(fixFor("std::map<std::string, std::vector<int>> Target;"), " -> , std::less<>");
  EXPECT_EQ(fixFor("std::set<std::string, std::less<std::string>> Target;"),
            "std::less<std::string> -> std::less<>");
  EXPECT_EQ(fixFor("struct S { std::multimap<std::string, int> Target; };"), " -> , std::less<>");
  EXPECT_EQ(fixFor("void f() { std::set<std::string> Target{\"a\"}; for (auto &E : Target) (void)E; }"),
            " -> , std::less<>");
}

TEST(TransparentComparatorFixTest, LeavesUnsafeDeclarationsAlone) {
  // Passed on whole, copied from another map, an alias, a parameter, a
  // reference, another comparator, an unordered container.
  EXPECT_EQ(fixFor("std::map<std::string, int> Target; int f() { return total(Target); }"), "none");
  EXPECT_EQ(fixFor("std::map<std::string, int> Other; std::map<std::string, int> Target = Other;"),
            "none");
  EXPECT_EQ(fixFor("using M = std::map<std::string, int>; M Target;"), "none");
  EXPECT_EQ(fixFor("void f(std::map<std::string, int> Target) { (void)Target.size(); }"), "none");
  EXPECT_EQ(fixFor("std::map<std::string, int> Other; std::map<std::string, int> &Target = Other;"),
            "none");
  EXPECT_EQ(fixFor("std::set<std::string, std::greater<std::string>> Target;"), "none");
  EXPECT_EQ(fixFor("std::unordered_map<std::string, int> Target;"), "none");
  EXPECT_EQ(fixFor("struct S { S() : Target{} {} std::map<std::string, int> Target; };"), "none");
}

} // namespace
} // namespace allochunt::test
