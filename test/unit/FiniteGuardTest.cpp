//===--- FiniteGuardTest.cpp - lib/FiniteGuard ----------------------------===//

#include "InMemoryAST.h"
#include "lib/FiniteGuard.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

/// What `if (Condition)` proves about x on its \p Truth branch, over the
/// real <cmath>.
std::string after(const std::string &Condition, bool Truth) {
  const InMemoryAST AST("#include <cmath>\nconstexpr double kMax = 100;\n"
                        "void f(double x, double y, int n) { if (" +
                        Condition + ") {} }");
  if (!AST.ok())
    return "<no AST>";
  const auto *If = AST.first<IfStmt>(ifStmt(isExpansionInMainFile()).bind("if"), "if");
  const TrackedVariable X{AST.named<ParmVarDecl>("x"), {}};
  return valuesAfterCondition(If->getCond(), Truth, X, AST.context()).str();
}

const std::string All = "{NaN, -inf, (-inf, inf), +inf}";
const std::string Finite = "{(-inf, inf)}";
const std::string NotFinite = "{NaN, -inf, +inf}";

TEST(FiniteGuardTest, ClassificationFunctions) {
  EXPECT_EQ(after("std::isfinite(x)", true), Finite);
  EXPECT_EQ(after("std::isfinite(x)", false), NotFinite);
  EXPECT_EQ(after("!std::isfinite(x)", false), Finite);
  EXPECT_EQ(after("std::isnan(x)", false), "{-inf, (-inf, inf), +inf}");
  EXPECT_EQ(after("!std::isnan(x) && !std::isinf(x)", true), Finite);
  EXPECT_EQ(after("std::isnormal(x)", true), Finite);
  EXPECT_EQ(after("__builtin_isfinite(x)", true), Finite);
  EXPECT_EQ(after("std::isfinite(y)", true), All);
}

TEST(FiniteGuardTest, ComparisonsAreFalseForNaN) {
  // Where the comparisons held, NaN is excluded.
  EXPECT_EQ(after("x >= 0 && x <= kMax", true), "{[0, 100]}");
  // Where they failed, it is not: `if (x < 0 || x > kMax) return;`.
  EXPECT_EQ(after("x < 0 || x > kMax", false), "{NaN, [0, 100]}");
  // The negated form returns for NaN.
  EXPECT_EQ(after("!(x >= 0 && x <= kMax)", false), "{[0, 100]}");
  EXPECT_EQ(after("x > kMax", false), "{NaN, -inf, (-inf, 100]}");
  EXPECT_EQ(after("x < kMax", true), "{-inf, (-inf, 100)}");
  EXPECT_EQ(after("kMax > x", true), "{-inf, (-inf, 100)}");
  EXPECT_EQ(after("x == 3", true), "{[3, 3]}");
  EXPECT_EQ(after("x != 3", false), "{[3, 3]}");
  EXPECT_EQ(after("x != 3", true), All);
}

TEST(FiniteGuardTest, SelfComparisonAbsoluteValueAndQuietComparisons) {
  EXPECT_EQ(after("x == x", true), "{-inf, (-inf, inf), +inf}");
  EXPECT_EQ(after("x != x", true), "{NaN}");
  EXPECT_EQ(after("std::fabs(x) < 1e9", true), "{(-1e+09, 1e+09)}");
  EXPECT_EQ(after("std::fabs(x) < 1e9", false), "{NaN, -inf, (-inf, inf), +inf}");
  EXPECT_EQ(after("std::isgreaterequal(x, 0.0) && std::islessequal(x, kMax)", true),
            "{[0, 100]}");
  EXPECT_EQ(after("std::isunordered(x, y)", false), "{-inf, (-inf, inf), +inf}");
}

TEST(FiniteGuardTest, BoundsThatAreNotConstants) {
  // An integer bound is finite: x <= n excludes +inf and NaN.
  EXPECT_EQ(after("x >= 0 && x <= n", true), "{[0, 2.14748e+09]}");
  // A floating bound may be +inf or NaN: only NaN is excluded for x.
  EXPECT_EQ(after("x < y", true), "{-inf, (-inf, inf)}");
  EXPECT_EQ(after("x < y", false), All);
}

TEST(FiniteGuardTest, NamedConditionsAndExpect) {
  const InMemoryAST AST("#include <cmath>\n"
                        "void f(double x) { const bool ok = std::isfinite(x); bool mutableOk = ok;"
                        " if (!ok) {} if (!mutableOk) {} if (__builtin_expect(!ok, 0)) {} }");
  ASSERT_TRUE(AST.ok());
  const TrackedVariable X{AST.named<ParmVarDecl>("x"), {}};
  auto Ifs = match(ifStmt(isExpansionInMainFile()).bind("if"), AST.context());
  ASSERT_EQ(Ifs.size(), 3U);
  const auto Cond = [&](unsigned I) { return Ifs[I].getNodeAs<IfStmt>("if")->getCond(); };
  EXPECT_EQ(valuesAfterCondition(Cond(0), false, X, AST.context()).str(), Finite);
  EXPECT_TRUE(conditionMentions(Cond(0), X));
  EXPECT_EQ(namedConditionsIn(Cond(0)).size(), 1U);
  // Only const bools: a mutable one may have changed.
  EXPECT_EQ(valuesAfterCondition(Cond(1), false, X, AST.context()).str(), All);
  EXPECT_FALSE(conditionMentions(Cond(1), X));
  EXPECT_EQ(valuesAfterCondition(Cond(2), false, X, AST.context()).str(), Finite);
}

TEST(FiniteGuardTest, MentionsOnlyReadsOfTheValue) {
  const InMemoryAST AST("int parse(double *out);\n"
                        "void f(double x) { if (parse(&x) != 1) {} if (x > 0) {} }");
  ASSERT_TRUE(AST.ok());
  const TrackedVariable X{AST.named<ParmVarDecl>("x"), {}};
  auto Ifs = match(ifStmt(isExpansionInMainFile()).bind("if"), AST.context());
  ASSERT_EQ(Ifs.size(), 2U);
  EXPECT_FALSE(conditionMentions(Ifs[0].getNodeAs<IfStmt>("if")->getCond(), X));
  EXPECT_TRUE(conditionMentions(Ifs[1].getNodeAs<IfStmt>("if")->getCond(), X));
}

} // namespace
} // namespace allochunt::test
