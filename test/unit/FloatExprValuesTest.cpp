//===--- FloatExprValuesTest.cpp - lib/FloatExprValues --------------------===//

#include "InMemoryAST.h"
#include "lib/FloatExprValues.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

// A mock of the library pieces, shaped like libstdc++'s: the model must not
// depend on the host's headers.
const char *const MockStd = R"cpp(
extern "C" double fmin(double, double);
extern "C" double fmax(double, double);
extern "C" double floor(double);
extern "C" double sqrt(double);
extern "C" double fabs(double);
namespace std {
using ::fmin; using ::fmax; using ::floor; using ::sqrt; using ::fabs;
template <class T> const T &min(const T &a, const T &b) { return (b < a) ? b : a; }
template <class T> const T &max(const T &a, const T &b) { return (a < b) ? b : a; }
template <class T> const T &clamp(const T &v, const T &lo, const T &hi) {
  return (v < lo) ? lo : (hi < v) ? hi : v;
}
}
double use(double);
)cpp";

/// The values of the argument of each call to `use` in \p Body, where every
/// variable may be anything, or in [0, 1] when \p UnitVariables.
std::vector<std::string> valuesOfUses(const std::string &Body, bool UnitVariables = false) {
  const InMemoryAST AST(std::string(MockStd) + "void test(double x, double y, int n) {\n" +
                        Body + "\n}");
  std::vector<std::string> Result;
  if (!AST.ok())
    return Result;
  std::vector<const CallExpr *> Uses;
  for (const BoundNodes &Nodes :
       match(callExpr(callee(functionDecl(hasName("use")))).bind("c"), AST.context()))
    Uses.push_back(Nodes.getNodeAs<CallExpr>("c"));
  llvm::sort(Uses, [&](const CallExpr *A, const CallExpr *B) {
    return AST.context().getSourceManager().isBeforeInTranslationUnit(A->getBeginLoc(),
                                                                      B->getBeginLoc());
  });
  for (const CallExpr *Use : Uses) {
    const Expr *Arg = Use->getArg(0);
    Result.push_back(valuesOfExpr(Arg, AST.context(),
                                  [UnitVariables](const TrackedVariable &Var, const Expr *) {
                                    if (Var.Root->getType()->isIntegerType())
                                      return FloatValueSet::all();
                                    return UnitVariables
                                               ? FloatValueSet::finite(0, false, 1, false)
                                               : FloatValueSet::all();
                                  })
                         .str());
  }
  return Result;
}

TEST(FloatExprValuesTest, ConstantsAndIntegers) {
  EXPECT_EQ(valuesOfUses("use(2.5); use(1.0 / 0.0); use(n); use(n * 0.5);"),
            (std::vector<std::string>{"{[2.5, 2.5]}", "{+inf}", "{[-2.14748e+09, 2.14748e+09]}",
                                      "{[-1.07374e+09, 1.07374e+09]}"}));
}

TEST(FloatExprValuesTest, FminFmaxDropNaNButStdMinMaxReturnTheFirstArgument) {
  const std::vector<std::string> Values = valuesOfUses(
      "use(std::fmin(std::fmax(x, 0.0), 10.0));"
      "use(std::min(std::max(x, 0.0), 10.0));"
      "use(std::min(10.0, std::max(0.0, x)));"
      "use(std::clamp(x, 0.0, 10.0));"
      "use(std::fmax(x, y));");
  ASSERT_EQ(Values.size(), 5U);
  EXPECT_EQ(Values[0], "{[0, 10]}");
  EXPECT_EQ(Values[1], "{NaN, [0, 10]}");
  // max(0.0, NaN) is 0.0 and min(10.0, +inf) is 10.0.
  EXPECT_EQ(Values[2], "{[0, 10]}");
  EXPECT_EQ(Values[3], "{NaN, [0, 10]}");
  // Both NaN: NaN.
  EXPECT_EQ(Values[4], "{NaN, -inf, (-inf, inf), +inf}");
}

TEST(FloatExprValuesTest, ArithmeticOnFiniteValues) {
  const std::vector<std::string> Values =
      valuesOfUses("use(x * 100); use(x - y); use(x / y); use(x / 4); use(-x);"
                   "use(std::floor(x * 10)); use(std::sqrt(x - 1)); use(std::fabs(x - 2));",
                   /*UnitVariables=*/true);
  ASSERT_EQ(Values.size(), 8U);
  EXPECT_EQ(Values[0], "{[0, 100]}");
  EXPECT_EQ(Values[1], "{[-1, 1]}");
  // y may be zero.
  EXPECT_EQ(Values[2], "{NaN, -inf, (-inf, inf), +inf}");
  EXPECT_EQ(Values[3], "{[0, 0.25]}");
  EXPECT_EQ(Values[4], "{[-1, -0]}");
  EXPECT_EQ(Values[5], "{[0, 10]}");
  EXPECT_EQ(Values[6], "{NaN, [0, 0]}");
  EXPECT_EQ(Values[7], "{[1, 2]}");
}

TEST(FloatExprValuesTest, ReportsCallsThatPassNaNThrough) {
  const InMemoryAST AST(std::string(MockStd) +
                        "double f(double x) { return std::clamp(x, 0.0, 1.0) + std::fmin(x, 1.0); }");
  ASSERT_TRUE(AST.ok());
  const auto *Sum = AST.first<BinaryOperator>(binaryOperator(hasOperatorName("+")).bind("b"), "b");
  llvm::SmallVector<const CallExpr *, 2> Passing;
  valuesOfExpr(Sum, AST.context(),
               [](const TrackedVariable &, const Expr *) { return FloatValueSet::all(); },
               &Passing);
  ASSERT_EQ(Passing.size(), 1U);
  EXPECT_EQ(Passing[0]->getDirectCallee()->getName(), "clamp");
}

TEST(FloatExprValuesTest, ArithmeticOperatorTable) {
  const FloatValueSet Unit = FloatValueSet::finite(0, false, 1, false);
  EXPECT_EQ(arithmetic(BO_Div, Unit, Unit), FloatValueSet::all());
  EXPECT_EQ(arithmetic(BO_Div, Unit, FloatValueSet::finite(2, false, 4, false)).str(),
            "{[0, 0.5]}");
  EXPECT_EQ(arithmetic(BO_Add, Unit, FloatValueSet::nan()), FloatValueSet::all());
  EXPECT_EQ(arithmetic(BO_Mul, FloatValueSet::anyFinite(), FloatValueSet::point(0.0L)).str(),
            "{[0, 0]}");
}

} // namespace
} // namespace allochunt::test
