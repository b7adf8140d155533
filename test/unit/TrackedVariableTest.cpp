//===--- TrackedVariableTest.cpp - lib/TrackedVariable --------------------===//

#include "InMemoryAST.h"
#include "lib/TrackedVariable.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

const char *const Code = R"cpp(
struct Point { double x; struct { double y; } inner; };
double sink(double);
void reads(double d, float f, const Point &cref, Point &ref, Point *ptr, int n, double arr[4]) {
  Point local{};
  sink(d);            // d
  sink(f);            // f, widened
  sink(cref.x);       // cref.x
  sink(local.inner.y);// local.inner.y
  sink(ref.x);        // non-const reference: not tracked
  sink(ptr->x);       // through a pointer: not tracked
  sink(n);            // n, converted to double
  sink(arr[1]);       // an element: not tracked
  sink((float)d);     // narrowing: not the same value
  local.x = 1;
  arr[2] = 3;
}
)cpp";

/// The argument of the N-th call to sink.
const Expr *argument(const InMemoryAST &AST, unsigned N) {
  auto Matches = match(callExpr(callee(functionDecl(hasName("sink")))).bind("c"),
                       AST.context());
  if (N >= Matches.size())
    return nullptr;
  return Matches[N].getNodeAs<CallExpr>("c")->getArg(0);
}

TEST(TrackedVariableTest, ReadsThroughValuePreservingConversionsAndFields) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  const auto Spelling = [&](unsigned N) {
    std::optional<TrackedVariable> Var = TrackedVariable::readBy(argument(AST, N));
    return Var ? Var->spelling() : std::string("<none>");
  };
  EXPECT_EQ(Spelling(0), "d");
  EXPECT_EQ(Spelling(1), "f");
  EXPECT_EQ(Spelling(2), "cref.x");
  EXPECT_EQ(Spelling(3), "local.inner.y");
  EXPECT_EQ(Spelling(4), "<none>");
  EXPECT_EQ(Spelling(5), "<none>");
  EXPECT_EQ(Spelling(6), "n");
  EXPECT_EQ(Spelling(7), "<none>");
  EXPECT_EQ(Spelling(8), "<none>");
  EXPECT_TRUE(*TrackedVariable::readBy(argument(AST, 0)) ==
              *TrackedVariable::readBy(argument(AST, 0)));
  EXPECT_FALSE(*TrackedVariable::readBy(argument(AST, 0)) ==
               *TrackedVariable::readBy(argument(AST, 1)));
}

TEST(TrackedVariableTest, RootOfAnLValueIsTheWholeVariable) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  auto Matches = match(binaryOperator(isAssignmentOperator()).bind("a"), AST.context());
  ASSERT_EQ(Matches.size(), 2U);
  const auto *FieldWrite = Matches[0].getNodeAs<BinaryOperator>("a");
  const auto *ElementWrite = Matches[1].getNodeAs<BinaryOperator>("a");
  EXPECT_EQ(TrackedVariable::rootOfLValue(FieldWrite->getLHS())->getName(), "local");
  // `arr` is a pointer parameter: its elements are not part of the variable.
  EXPECT_EQ(TrackedVariable::rootOfLValue(ElementWrite->getLHS()), nullptr);
}

} // namespace
} // namespace allochunt::test
