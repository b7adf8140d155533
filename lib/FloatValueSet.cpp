//===--- FloatValueSet.cpp - the IEEE values an expression may take -------===//

#include "FloatValueSet.h"

#include "llvm/ADT/SmallString.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>

namespace clang::tidy::allochunt {

static constexpr long double Unbounded = std::numeric_limits<long double>::infinity();

IntegerConversionRange IntegerConversionRange::of(QualType IntegerType,
                                                  const ASTContext &Ctx) {
  const FloatValueSet Values = FloatValueSet::integerType(IntegerType, Ctx);
  return {Values.lowest() - 1, Values.highest() + 1};
}

FloatValueSet FloatValueSet::all() {
  FloatValueSet S = anyFinite();
  S.NaN = S.PositiveInfinity = S.NegativeInfinity = true;
  return S;
}

FloatValueSet FloatValueSet::none() { return {}; }

FloatValueSet FloatValueSet::nan() {
  FloatValueSet S;
  S.NaN = true;
  return S;
}

FloatValueSet FloatValueSet::infinity(bool Negative) {
  FloatValueSet S;
  (Negative ? S.NegativeInfinity : S.PositiveInfinity) = true;
  return S;
}

FloatValueSet FloatValueSet::anyFinite() {
  return finite(-Unbounded, true, Unbounded, true);
}

FloatValueSet FloatValueSet::finite(long double Lo, bool LoOpen, long double Hi,
                                    bool HiOpen) {
  FloatValueSet S;
  // An infinite end is never attained by a finite value.
  LoOpen = LoOpen || std::isinf(Lo);
  HiOpen = HiOpen || std::isinf(Hi);
  if (std::isnan(Lo) || std::isnan(Hi) || Lo > Hi ||
      (Lo == Hi && (LoOpen || HiOpen)))
    return S;
  S.Finite = true;
  S.Lo = Lo;
  S.Hi = Hi;
  S.LoOpen = LoOpen;
  S.HiOpen = HiOpen;
  return S;
}

FloatValueSet FloatValueSet::point(long double Value) {
  if (std::isnan(Value))
    return nan();
  if (std::isinf(Value))
    return infinity(Value < 0);
  return finite(Value, false, Value, false);
}

FloatValueSet FloatValueSet::point(const llvm::APFloat &Value) {
  if (Value.isNaN())
    return nan();
  if (Value.isInfinity())
    return infinity(Value.isNegative());
  const llvm::fltSemantics &Semantics = Value.getSemantics();
  if (&Semantics == &llvm::APFloat::IEEEdouble() ||
      &Semantics == &llvm::APFloat::IEEEsingle() ||
      &Semantics == &llvm::APFloat::IEEEhalf()) {
    llvm::APFloat AsDouble = Value;
    bool LosesInfo = false;
    AsDouble.convert(llvm::APFloat::IEEEdouble(),
                     llvm::APFloat::rmNearestTiesToEven, &LosesInfo);
    return point(static_cast<long double>(AsDouble.convertToDouble()));
  }
  // Wider formats: go through the shortest decimal that round-trips.
  llvm::SmallString<64> Text;
  Value.toString(Text, 0, 0);
  return point(std::strtold(Text.c_str(), nullptr));
}

FloatValueSet FloatValueSet::integerType(QualType T, const ASTContext &Ctx) {
  if (T.isNull() || !T->isIntegralOrEnumerationType())
    return anyFinite();
  if (T->isBooleanType())
    return finite(0, false, 1, false);
  const int Width = static_cast<int>(Ctx.getIntWidth(T));
  if (T->isSignedIntegerOrEnumerationType())
    return finite(-std::ldexp(1.0L, Width - 1), false,
                  std::ldexp(1.0L, Width - 1) - 1, false);
  return finite(0, false, std::ldexp(1.0L, Width) - 1, false);
}

bool FloatValueSet::isFinitePoint() const {
  return isFiniteOnly() && Finite && Lo == Hi;
}

FloatValueSet FloatValueSet::intersect(const FloatValueSet &Other) const {
  FloatValueSet S;
  if (Finite && Other.Finite) {
    const long double NewLo = std::fmax(Lo, Other.Lo);
    const long double NewHi = std::fmin(Hi, Other.Hi);
    const bool NewLoOpen = (Lo == NewLo && LoOpen) || (Other.Lo == NewLo && Other.LoOpen);
    const bool NewHiOpen = (Hi == NewHi && HiOpen) || (Other.Hi == NewHi && Other.HiOpen);
    S = finite(NewLo, NewLoOpen, NewHi, NewHiOpen);
  }
  S.NaN = NaN && Other.NaN;
  S.PositiveInfinity = PositiveInfinity && Other.PositiveInfinity;
  S.NegativeInfinity = NegativeInfinity && Other.NegativeInfinity;
  return S;
}

FloatValueSet FloatValueSet::unite(const FloatValueSet &Other) const {
  FloatValueSet S;
  if (Finite && Other.Finite) {
    const long double NewLo = std::fmin(Lo, Other.Lo);
    const long double NewHi = std::fmax(Hi, Other.Hi);
    const bool NewLoOpen = (Lo != NewLo || LoOpen) && (Other.Lo != NewLo || Other.LoOpen);
    const bool NewHiOpen = (Hi != NewHi || HiOpen) && (Other.Hi != NewHi || Other.HiOpen);
    S = finite(NewLo, NewLoOpen, NewHi, NewHiOpen);
  } else if (Finite) {
    S = *this;
  } else if (Other.Finite) {
    S = Other;
  }
  S.NaN = NaN || Other.NaN;
  S.PositiveInfinity = PositiveInfinity || Other.PositiveInfinity;
  S.NegativeInfinity = NegativeInfinity || Other.NegativeInfinity;
  return S;
}

FloatValueSet FloatValueSet::negate() const {
  FloatValueSet S;
  if (Finite)
    S = finite(-Hi, HiOpen, -Lo, LoOpen);
  S.NaN = NaN;
  S.PositiveInfinity = NegativeInfinity;
  S.NegativeInfinity = PositiveInfinity;
  return S;
}

FloatValueSet FloatValueSet::withoutNaN() const {
  FloatValueSet S = *this;
  S.NaN = false;
  return S;
}

bool FloatValueSet::hasFiniteOutside(const IntegerConversionRange &Range) const {
  if (!Finite)
    return false;
  const bool LowInside = Lo > Range.Below || (Lo == Range.Below && LoOpen);
  const bool HighInside = Hi < Range.Above || (Hi == Range.Above && HiOpen);
  return !LowInside || !HighInside;
}

bool FloatValueSet::operator==(const FloatValueSet &Other) const {
  if (NaN != Other.NaN || PositiveInfinity != Other.PositiveInfinity ||
      NegativeInfinity != Other.NegativeInfinity || Finite != Other.Finite)
    return false;
  return !Finite || (Lo == Other.Lo && Hi == Other.Hi && LoOpen == Other.LoOpen &&
                     HiOpen == Other.HiOpen);
}

static std::string formatBound(long double Value) {
  char Buffer[64];
  std::snprintf(Buffer, sizeof(Buffer), "%Lg", Value);
  return Buffer;
}

std::string FloatValueSet::str() const {
  std::string Out = "{";
  auto Add = [&Out](const std::string &Part) {
    if (Out.size() > 1)
      Out += ", ";
    Out += Part;
  };
  if (NaN)
    Add("NaN");
  if (NegativeInfinity)
    Add("-inf");
  if (Finite)
    Add((LoOpen ? "(" : "[") + formatBound(Lo) + ", " + formatBound(Hi) +
        (HiOpen ? ")" : "]"));
  if (PositiveInfinity)
    Add("+inf");
  return Out + "}";
}

} // namespace clang::tidy::allochunt
