//===--- GuardedFloatValueTest.cpp - lib/GuardedFloatValue ----------------===//

#include "InMemoryAST.h"
#include "lib/GuardedFloatValue.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

/// The values reaching `(int)E` in function `f` of \p Body (real <cmath>).
struct Result {
  std::string Values;
  std::vector<std::string> Leaks;
};

Result convertedValues(const std::string &Body) {
  const InMemoryAST AST("#include <cmath>\n#include <algorithm>\ndouble compute();\n" + Body);
  if (!AST.ok())
    return {"<no AST>", {}};
  const auto *Cast = AST.first<ImplicitCastExpr>(
      implicitCastExpr(hasCastKind(CK_FloatingToIntegral),
                               hasAncestor(functionDecl(hasName("f"))))
                  .bind("c"),
      "c");
  const auto *Function = AST.named<FunctionDecl>("f");
  const std::unique_ptr<GuardDominance> Flow = GuardDominance::build(Function, AST.context(), 1000);
  const VariableWrites Writes(Function);
  GuardedFloatValue Guarded(*Flow, Writes, AST.context());
  Result Out{Guarded.valuesOf(Cast->getSubExpr()).str(), {}};
  for (const ValueLeak &Leak : Guarded.leaks())
    Out.Leaks.push_back((Leak.LeakKind == ValueLeak::CallPassesNaN ? "call " : "guard ") +
                        Leak.Values.str());
  return Out;
}

const std::string All = "{NaN, -inf, (-inf, inf), +inf}";

TEST(GuardedFloatValueTest, GuardsOnEveryPath) {
  EXPECT_EQ(convertedValues("int f(double x) { if (!std::isfinite(x)) return 0; return (int)x; }")
                .Values,
            "{(-inf, inf)}");
  EXPECT_EQ(convertedValues("int f(double x, bool b) { if (b && !std::isfinite(x)) return 0;"
                            " return (int)x; }")
                .Values,
            All);
}

TEST(GuardedFloatValueTest, NearMissGuardsAreLeaks) {
  const Result R = convertedValues(
      "int f(double x) { if (x < 0 || x > 10) return 0; return (int)x; }");
  EXPECT_EQ(R.Values, "{NaN, [0, 10]}");
  EXPECT_EQ(R.Leaks, std::vector<std::string>{"guard {NaN, [0, 10]}"});
  const Result Clamped = convertedValues("int f(double x) { return (int)std::clamp(x, 0.0, 1.0); }");
  EXPECT_EQ(Clamped.Values, "{NaN, [0, 1]}");
  EXPECT_EQ(Clamped.Leaks, std::vector<std::string>{"call {NaN}"});
}

TEST(GuardedFloatValueTest, DefinitionsEvaluatedWhereTheyRun) {
  // The reaching definition of a parameter assigned in place.
  EXPECT_EQ(convertedValues("int f(double r) { r = std::fmax(0.0, std::fmin(r, 1.0));"
                            " return (int)(r * 100); }")
                .Values,
            "{[0, 100]}");
  // A guard before the definition protects the value it defines.
  EXPECT_EQ(convertedValues("int f(double a, int n) { if (n <= 0 || !std::isfinite(a)) return 0;"
                            " const double avg = a / n; return (int)avg; }")
                .Values,
            "{(-inf, inf)}");
  // Any of a local's definitions may reach the conversion.
  EXPECT_EQ(convertedValues("int f(bool b, int n) { double d = 1; if (b) d = n; return (int)d; }")
                .Values,
            "{[-2.14748e+09, 2.14748e+09]}");
  EXPECT_EQ(convertedValues("int f(bool b) { double d = 1; if (b) d = compute(); return (int)d; }")
                .Values,
            All);
}

TEST(GuardedFloatValueTest, WritesAfterTheGuardUndoIt) {
  EXPECT_EQ(convertedValues("int f(double x) { if (!std::isfinite(x)) return 0; x = compute();"
                            " return (int)x; }")
                .Values,
            All);
  EXPECT_EQ(convertedValues("int f(double x) { const bool ok = std::isfinite(x); x = compute();"
                            " if (!ok) return 0; return (int)x; }")
                .Values,
            All);
  EXPECT_EQ(convertedValues("int f(double x) { double *p = &x; if (!std::isfinite(x)) return 0;"
                            " *p = compute(); return (int)x; }")
                .Values,
            All);
}

TEST(GuardedFloatValueTest, LoopsRevisitTheConversion) {
  EXPECT_EQ(convertedValues("int f(double x, int n) { int s = 0; if (!std::isfinite(x)) return 0;"
                            " for (int i = 0; i < n; ++i) { s += (int)x; x = x / i; } return s; }")
                .Values,
            All);
  EXPECT_EQ(convertedValues("int f(double x, int n) { int s = 0; for (int i = 0; i < n; ++i) {"
                            " x = compute(); if (std::isnan(x) || std::isinf(x)) continue;"
                            " s += (int)x; } return s; }")
                .Values,
            "{(-inf, inf)}");
}

} // namespace
} // namespace allochunt::test
