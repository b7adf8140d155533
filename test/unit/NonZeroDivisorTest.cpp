//===--- NonZeroDivisorTest.cpp - lib/NonZeroDivisor ----------------------===//

#include "InMemoryAST.h"
#include "lib/NonZeroDivisor.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

// Each function divides once; its name says whether the divisor is proven non-zero.
const char *const Code = R"cpp(
struct Meter {
  double share;
  double safe(double t) { if (share != 0.0) return t / share; return 0; }
};
double safeEarlyReturn(double t, int n) { if (n == 0) return 0; return t / n; }
double safeGreater(double t, int n) { if (n > 0) return t / n; return 0; }
double safeTruthy(double t, int n) { if (!n) return 0; return t / n; }
double safeNonZeroConstant(double t, int n) { if (n == 3) return t / n; return 0; }
double safeMirrored(double t, int n) { if (0 < n) return t / n; return 0; }
double safeConjunction(double t, int n, bool b) { if (b && n != 0) return t / n; return 0; }
double safeCompound(double t, int n) { if (n == 0) return 0; t /= n; return t; }
double unsafeNoGuard(double t, int n) { return t / n; }
double unsafeAllowsZero(double t, int n) { if (n >= 0) return t / n; return 0; }
double unsafeOtherVariable(double t, int n, int m) { if (m != 0) return t / n; return 0; }
double unsafeWrittenAfter(double t, int n, int k) { if (n == 0) return 0; n -= k; return t / n; }
double unsafeDisjunction(double t, int n, bool b) { if (b || n != 0) return t / n; return 0; }
double unsafeExpression(double t, int n) { if (n != 0) return t / (n - 1); return 0; }
)cpp";

class NonZeroDivisorTest : public ::testing::Test {
protected:
  NonZeroDivisorTest() : AST(Code) {}

  /// Whether the division in function \p Name is proven safe.
  bool proven(llvm::StringRef Name) {
    auto Matches = match(binaryOperator(anyOf(hasOperatorName("/"), hasOperatorName("/=")),
                                        forCallable(functionDecl(hasName(Name)).bind("f")))
                             .bind("d"),
                         AST.context());
    EXPECT_EQ(Matches.size(), 1U) << Name.str();
    if (Matches.size() != 1)
      return false;
    const auto *Function = Matches[0].getNodeAs<FunctionDecl>("f");
    const std::unique_ptr<GuardDominance> Flow =
        GuardDominance::build(Function, AST.context(), 1000);
    const VariableWrites Writes(Function);
    return Flow != nullptr && isDivisorProvenNonZero(*Matches[0].getNodeAs<BinaryOperator>("d"),
                                                     *Flow, Writes, AST.context());
  }

  InMemoryAST AST;
};

TEST_F(NonZeroDivisorTest, GuardsThatRuleZeroOut) {
  ASSERT_TRUE(AST.ok());
  for (const char *Name : {"safe", "safeEarlyReturn", "safeGreater", "safeTruthy",
                           "safeNonZeroConstant", "safeMirrored", "safeConjunction",
                           "safeCompound"})
    EXPECT_TRUE(proven(Name)) << Name;
}

TEST_F(NonZeroDivisorTest, GuardsThatDoNot) {
  ASSERT_TRUE(AST.ok());
  for (const char *Name : {"unsafeNoGuard", "unsafeAllowsZero", "unsafeOtherVariable",
                           "unsafeWrittenAfter", "unsafeDisjunction", "unsafeExpression"})
    EXPECT_FALSE(proven(Name)) << Name;
}

} // namespace
} // namespace allochunt::test
