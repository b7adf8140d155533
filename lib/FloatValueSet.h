//===--- FloatValueSet.h - the IEEE values an expression may take ---------===//
//
// An over-approximation of the values a floating-point (or integer) expression
// may take: whether it may be NaN, +infinity or -infinity, and one interval
// holding every finite value it may take. Intersection models "both facts
// hold", union "either path was taken". It deliberately ignores signed zeros,
// rounding modes and holes in the interval (x != 0 keeps the whole interval).
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_FLOATVALUESET_H
#define ALLOCHUNT_LIB_FLOATVALUESET_H

#include "clang/AST/ASTContext.h"
#include "llvm/ADT/APFloat.h"

#include <string>

namespace clang::tidy::allochunt {

/// The finite values that convert to an integer type without undefined
/// behaviour: the open interval (min - 1, max + 1), since conversion truncates.
struct IntegerConversionRange {
  long double Below; ///< Exclusive lower end: the type's minimum - 1.
  long double Above; ///< Exclusive upper end: the type's maximum + 1.
  static IntegerConversionRange of(QualType IntegerType, const ASTContext &Ctx);
};

class FloatValueSet {
public:
  /// Any value: NaN, both infinities and every finite value.
  static FloatValueSet all();
  static FloatValueSet none();
  static FloatValueSet nan();
  static FloatValueSet infinity(bool Negative);
  /// Every finite value (no NaN, no infinity).
  static FloatValueSet anyFinite();
  /// The finite values between \p Lo and \p Hi; infinite ends mean unbounded.
  static FloatValueSet finite(long double Lo, bool LoOpen, long double Hi, bool HiOpen);
  /// Exactly \p Value (which may itself be NaN or infinite).
  static FloatValueSet point(const llvm::APFloat &Value);
  static FloatValueSet point(long double Value);
  /// The values of integer type \p T: finite, between its minimum and maximum.
  static FloatValueSet integerType(QualType T, const ASTContext &Ctx);

  bool mayBeNaN() const { return NaN; }
  bool mayBePositiveInfinity() const { return PositiveInfinity; }
  bool mayBeNegativeInfinity() const { return NegativeInfinity; }
  bool mayBeInfinite() const { return PositiveInfinity || NegativeInfinity; }
  bool mayBeFinite() const { return Finite; }
  bool isEmpty() const { return !NaN && !mayBeInfinite() && !Finite; }
  /// Neither NaN nor infinite (possibly empty).
  bool isFiniteOnly() const { return !NaN && !mayBeInfinite(); }
  /// The ends of the finite interval (meaningful when mayBeFinite()).
  long double lowest() const { return Lo; }
  long double highest() const { return Hi; }
  bool lowestIsOpen() const { return LoOpen; }
  bool highestIsOpen() const { return HiOpen; }
  /// True when the set holds exactly one finite value.
  bool isFinitePoint() const;

  FloatValueSet intersect(const FloatValueSet &Other) const;
  FloatValueSet unite(const FloatValueSet &Other) const;
  /// The set of -x for every x in this set.
  FloatValueSet negate() const;
  FloatValueSet withoutNaN() const;
  /// This set's finite values that do not convert to \p Range's type.
  bool hasFiniteOutside(const IntegerConversionRange &Range) const;

  bool operator==(const FloatValueSet &Other) const;
  bool operator!=(const FloatValueSet &Other) const { return !(*this == Other); }
  /// For tests and debugging: "{NaN, -inf, [0, 10), +inf}".
  std::string str() const;

private:
  bool NaN = false;
  bool PositiveInfinity = false;
  bool NegativeInfinity = false;
  bool Finite = false;
  long double Lo = 0;
  long double Hi = 0;
  bool LoOpen = false;
  bool HiOpen = false;
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_FLOATVALUESET_H
