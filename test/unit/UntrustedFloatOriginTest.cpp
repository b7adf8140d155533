//===--- UntrustedFloatOriginTest.cpp - lib/UntrustedFloatOrigin ----------===//

#include "InMemoryAST.h"
#include "lib/UntrustedFloatOrigin.h"

#include "gtest/gtest.h"

#include <array>

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

/// "kind name" of the origin of the value converted in \p Code.
std::string originIn(const std::string &Code) {
  const InMemoryAST AST("#include <charconv>\n#include <cmath>\n#include <cstdio>\n"
                        "#include <cstdlib>\n#include <istream>\n#include <string>\n"
                        "double compute(); double gValue;\n"
                        "struct Gauge { double level; };\n" +
                        Code);
  if (!AST.ok())
    return "<no AST>";
  // The first conversion in the snippet, and the function (or lambda) it is in.
  auto Matches = match(implicitCastExpr(hasCastKind(CK_FloatingToIntegral), isExpansionInMainFile(),
                                        forCallable(functionDecl().bind("f")))
                           .bind("c"),
                       AST.context());
  if (Matches.empty())
    return "<no conversion>";
  const auto *Cast = Matches[0].getNodeAs<ImplicitCastExpr>("c");
  const auto *Function = Matches[0].getNodeAs<FunctionDecl>("f");
  const VariableWrites Writes(Function);
  std::optional<UntrustedOrigin> Origin =
      findUntrustedOrigin(Cast->getSubExpr(), Function, Writes, AST.context());
  if (!Origin)
    return "none";
  static constexpr std::array<const char *, 4> Kinds = {"parameter", "division", "parse", "math"};
  return std::string(Kinds.at(Origin->OriginKind)) + " " + Origin->Name;
}

TEST(UntrustedFloatOriginTest, Parameters) {
  EXPECT_EQ(originIn("int f(double x) { return (int)x; }"), "parameter x");
  EXPECT_EQ(originIn("int f(const Gauge &g) { return (int)g.level; }"), "parameter g");
  // State reached through a pointer is not a value the caller passes.
  EXPECT_EQ(originIn("int f(const Gauge *g) { return (int)g->level; }"), "none");
  // Integer parameters convert to finite values.
  EXPECT_EQ(originIn("int f(int n) { return (int)(n * 0.5); }"), "none");
  // A lambda's captures belong to the enclosing function.
  EXPECT_EQ(originIn("int g(double x) { auto f = [x] { return (int)x; }; return f(); }"), "none");
}

TEST(UntrustedFloatOriginTest, DivisionsByNonConstants) {
  EXPECT_EQ(originIn("int f(int a, int b) { const double r = double(a) / b; return (int)r; }"),
            "division b");
  EXPECT_EQ(originIn("int f(int a) { double r = a; r /= gValue; return (int)r; }"),
            "division gValue");
  EXPECT_EQ(originIn("int f(int a) { return (int)(a / 4.0); }"), "none");
}

TEST(UntrustedFloatOriginTest, ParsesAndMathDomainErrors) {
  EXPECT_EQ(originIn("int f(const char *s) { return (int)std::strtod(s, nullptr); }"),
            "parse strtod");
  EXPECT_EQ(originIn("int f(const std::string &s) { return (int)std::stod(s); }"),
            "parse std::stod");
  EXPECT_EQ(originIn("int f(const char *s) { double v; std::from_chars(s, s + 4, v);"
                     " return (int)v; }"),
            "parse std::from_chars");
  EXPECT_EQ(originIn("int f(std::istream &in) { double v; in >> v; return (int)v; }"),
            "parse operator>>");
  EXPECT_EQ(originIn("int f(int n) { return (int)std::sqrt(n); }"), "math std::sqrt");
  EXPECT_EQ(originIn("int f(int n) { const double l = std::log(n); return (int)l; }"),
            "math std::log");
}

TEST(UntrustedFloatOriginTest, TrustedSources) {
  EXPECT_EQ(originIn("int f() { return (int)compute(); }"), "none");
  EXPECT_EQ(originIn("int f() { return (int)gValue; }"), "none");
  EXPECT_EQ(originIn("int f() { double v = compute(); v *= 2; return (int)v; }"), "none");
  EXPECT_EQ(originIn("int f(double x) { double y = compute(); return (int)(x, y); }"), "none");
}

} // namespace
} // namespace allochunt::test
