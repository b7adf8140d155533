//===--- FloatValueSetTest.cpp - lib/FloatValueSet ------------------------===//

#include "InMemoryAST.h"
#include "lib/FloatValueSet.h"

#include "gtest/gtest.h"

#include <limits>

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::tidy::allochunt;

TEST(FloatValueSetTest, AtomsAndTheirUnion) {
  EXPECT_TRUE(FloatValueSet::none().isEmpty());
  EXPECT_EQ(FloatValueSet::all().str(), "{NaN, -inf, (-inf, inf), +inf}");
  const FloatValueSet Bad = FloatValueSet::nan().unite(FloatValueSet::infinity(false));
  EXPECT_TRUE(Bad.mayBeNaN());
  EXPECT_TRUE(Bad.mayBePositiveInfinity());
  EXPECT_FALSE(Bad.mayBeNegativeInfinity());
  EXPECT_FALSE(Bad.mayBeFinite());
  EXPECT_TRUE(FloatValueSet::anyFinite().isFiniteOnly());
}

TEST(FloatValueSetTest, IntervalsKeepTheirOpenEnds) {
  const FloatValueSet AtLeastZero = FloatValueSet::finite(0, false, 10, true);
  const FloatValueSet AboveFive = FloatValueSet::finite(5, true, 20, false);
  EXPECT_EQ(AtLeastZero.intersect(AboveFive).str(), "{(5, 10)}");
  EXPECT_EQ(AtLeastZero.unite(AboveFive).str(), "{[0, 20]}");
  EXPECT_TRUE(FloatValueSet::finite(3, true, 3, false).isEmpty());
  EXPECT_TRUE(FloatValueSet::finite(3, false, 3, false).isFinitePoint());
  EXPECT_EQ(AtLeastZero.negate().str(), "{(-10, -0]}");
}

TEST(FloatValueSetTest, NegationSwapsInfinities) {
  const FloatValueSet S = FloatValueSet::infinity(true).unite(FloatValueSet::nan());
  EXPECT_TRUE(S.negate().mayBePositiveInfinity());
  EXPECT_FALSE(S.negate().mayBeNegativeInfinity());
  EXPECT_TRUE(S.negate().mayBeNaN());
}

TEST(FloatValueSetTest, PointsFromAPFloat) {
  EXPECT_EQ(FloatValueSet::point(llvm::APFloat::getNaN(llvm::APFloat::IEEEdouble())),
            FloatValueSet::nan());
  EXPECT_EQ(FloatValueSet::point(llvm::APFloat::getInf(llvm::APFloat::IEEEsingle(), true)),
            FloatValueSet::infinity(true));
  EXPECT_EQ(FloatValueSet::point(llvm::APFloat(2.5)).str(), "{[2.5, 2.5]}");
  const llvm::APFloat Extended(llvm::APFloat::x87DoubleExtended(), "0.5");
  EXPECT_EQ(FloatValueSet::point(Extended).str(), "{[0.5, 0.5]}");
}

TEST(FloatValueSetTest, ConversionRangesAreExactAtTheEnds) {
  const InMemoryAST AST("int i; unsigned u; long long ll; unsigned long long ull; bool b;");
  ASSERT_TRUE(AST.ok());
  const ASTContext &Ctx = AST.context();
  const auto RangeOf = [&](llvm::StringRef Name) {
    return IntegerConversionRange::of(AST.named<VarDecl>(Name)->getType(), Ctx);
  };
  // (int)x is defined for -2147483649 < x < 2147483648.
  EXPECT_EQ(RangeOf("i").Below, -2147483649.0L);
  EXPECT_EQ(RangeOf("i").Above, 2147483648.0L);
  EXPECT_EQ(RangeOf("u").Below, -1.0L);
  EXPECT_EQ(RangeOf("ull").Above, 18446744073709551616.0L);
  EXPECT_EQ(RangeOf("ll").Above, 9223372036854775808.0L);

  const IntegerConversionRange Int = RangeOf("i");
  EXPECT_FALSE(FloatValueSet::finite(-2147483648.9L, false, 2147483647.9L, false)
                   .hasFiniteOutside(Int));
  EXPECT_TRUE(FloatValueSet::finite(0, false, 2147483648.0L, false).hasFiniteOutside(Int));
  EXPECT_FALSE(FloatValueSet::finite(0, false, 2147483648.0L, true).hasFiniteOutside(Int));
  EXPECT_TRUE(FloatValueSet::anyFinite().hasFiniteOutside(Int));
  EXPECT_FALSE(FloatValueSet::nan().hasFiniteOutside(Int));
  EXPECT_EQ(FloatValueSet::integerType(AST.named<VarDecl>("b")->getType(), Ctx).str(),
            "{[0, 1]}");
}

} // namespace
} // namespace allochunt::test
