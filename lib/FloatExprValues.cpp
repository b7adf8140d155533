//===--- FloatExprValues.cpp - the values a floating-point expression takes ===//

#include "FloatExprValues.h"

#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/StringSwitch.h"

#include <cmath>
#include <limits>

namespace clang::tidy::allochunt {

namespace {

constexpr long double Unbounded = std::numeric_limits<long double>::infinity();

enum class Ternary { True, False, Unknown };

/// The library functions whose result is modelled.
enum class LibraryFunction { None, FMin, FMax, Min, Max, Clamp, Round, Abs, Sqrt };

/// Splits a set into atoms: {NaN}, {-inf}, the finite interval, {+inf}.
llvm::SmallVector<FloatValueSet, 4> atomsOf(const FloatValueSet &S) {
  llvm::SmallVector<FloatValueSet, 4> Atoms;
  if (S.mayBeNaN())
    Atoms.push_back(FloatValueSet::nan());
  if (S.mayBeNegativeInfinity())
    Atoms.push_back(FloatValueSet::infinity(true));
  if (S.mayBeFinite())
    Atoms.push_back(S.intersect(FloatValueSet::anyFinite()));
  if (S.mayBePositiveInfinity())
    Atoms.push_back(FloatValueSet::infinity(false));
  return Atoms;
}

/// `A < B` for two atoms.
Ternary lessThan(const FloatValueSet &A, const FloatValueSet &B) {
  if (A.mayBeNaN() || B.mayBeNaN() || A.mayBePositiveInfinity() ||
      B.mayBeNegativeInfinity())
    return Ternary::False;
  if (A.mayBeNegativeInfinity())
    return B.mayBeNegativeInfinity() ? Ternary::False : Ternary::True;
  if (B.mayBePositiveInfinity())
    return Ternary::True;
  if (A.highest() < B.lowest() ||
      (A.highest() == B.lowest() && (A.highestIsOpen() || B.lowestIsOpen())))
    return Ternary::True;
  if (A.lowest() >= B.highest())
    return Ternary::False;
  return Ternary::Unknown;
}

/// min(a, b) for two atoms that are not NaN.
FloatValueSet minOfAtoms(const FloatValueSet &A, const FloatValueSet &B) {
  if (A.mayBeNegativeInfinity() || B.mayBeNegativeInfinity())
    return FloatValueSet::infinity(true);
  if (A.mayBePositiveInfinity())
    return B;
  if (B.mayBePositiveInfinity())
    return A;
  // Both finite: the low end is the lower of the two, the high end the lower
  // of the two highs (attained only when both can be there).
  const FloatValueSet Low = A.unite(B);
  const FloatValueSet High = A.highest() < B.highest()   ? A
                             : B.highest() < A.highest() ? B
                                                         : A.intersect(B);
  return FloatValueSet::finite(Low.lowest(), Low.lowestIsOpen(), High.highest(),
                               High.highestIsOpen() || High.isEmpty());
}

FloatValueSet maxOfAtoms(const FloatValueSet &A, const FloatValueSet &B) {
  return minOfAtoms(A.negate(), B.negate()).negate();
}

/// Applies \p Op to every pair of atoms and unites the results.
template <typename OpT>
FloatValueSet overAtoms(const FloatValueSet &A, const FloatValueSet &B, OpT Op) {
  FloatValueSet Result = FloatValueSet::none();
  for (const FloatValueSet &AtomA : atomsOf(A))
    for (const FloatValueSet &AtomB : atomsOf(B))
      Result = Result.unite(Op(AtomA, AtomB));
  return Result;
}

/// std::fmin / std::fmax: a NaN operand is dropped for the other one.
FloatValueSet fminOrFmax(const FloatValueSet &A, const FloatValueSet &B, bool IsMax) {
  return overAtoms(A, B, [IsMax](const FloatValueSet &X, const FloatValueSet &Y) {
    if (X.mayBeNaN())
      return Y;
    if (Y.mayBeNaN())
      return X;
    return IsMax ? maxOfAtoms(X, Y) : minOfAtoms(X, Y);
  });
}

/// std::min(a, b) is `(b < a) ? b : a`, std::max(a, b) is `(a < b) ? b : a`:
/// both return `a` whenever a comparison involves NaN.
FloatValueSet stdMinOrMax(const FloatValueSet &A, const FloatValueSet &B, bool IsMax) {
  return overAtoms(A, B, [IsMax](const FloatValueSet &X, const FloatValueSet &Y) {
    if (X.mayBeNaN() || Y.mayBeNaN())
      return X;
    return IsMax ? maxOfAtoms(X, Y) : minOfAtoms(X, Y);
  });
}

/// std::clamp(v, lo, hi) is `(v < lo) ? lo : (hi < v) ? hi : v`.
FloatValueSet stdClamp(const FloatValueSet &V, const FloatValueSet &Lo,
                       const FloatValueSet &Hi) {
  FloatValueSet Result = FloatValueSet::none();
  for (const FloatValueSet &AtomV : atomsOf(V))
    for (const FloatValueSet &AtomLo : atomsOf(Lo))
      for (const FloatValueSet &AtomHi : atomsOf(Hi)) {
        const Ternary BelowLo = lessThan(AtomV, AtomLo);
        if (BelowLo != Ternary::False)
          Result = Result.unite(AtomLo);
        if (BelowLo == Ternary::True)
          continue;
        const Ternary AboveHi = lessThan(AtomHi, AtomV);
        if (AboveHi != Ternary::False)
          Result = Result.unite(AtomHi);
        if (AboveHi == Ternary::True)
          continue;
        FloatValueSet Kept = AtomV;
        if (AtomV.mayBeFinite() && AtomLo.mayBeFinite() && AtomHi.mayBeFinite())
          Kept = Kept.intersect(FloatValueSet::finite(AtomLo.lowest(), false,
                                                      AtomHi.highest(), false));
        Result = Result.unite(Kept);
      }
  return Result;
}

/// floor, ceil, trunc, round, nearbyint, rint: NaN and infinities stay.
FloatValueSet rounded(const FloatValueSet &S) {
  FloatValueSet Result = S.intersect(FloatValueSet::nan().unite(
      FloatValueSet::infinity(true).unite(FloatValueSet::infinity(false))));
  if (S.mayBeFinite())
    Result = Result.unite(FloatValueSet::finite(std::floor(S.lowest()), false,
                                                std::ceil(S.highest()), false));
  return Result;
}

FloatValueSet absolute(const FloatValueSet &S) {
  FloatValueSet Result = S.mayBeNaN() ? FloatValueSet::nan() : FloatValueSet::none();
  if (S.mayBeInfinite())
    Result = Result.unite(FloatValueSet::infinity(false));
  if (S.mayBeFinite()) {
    const FloatValueSet Finite = S.intersect(FloatValueSet::anyFinite());
    if (S.lowest() >= 0)
      Result = Result.unite(Finite);
    else if (S.highest() <= 0)
      Result = Result.unite(Finite.negate());
    else
      Result = Result.unite(FloatValueSet::finite(
          0, false, std::fmax(-S.lowest(), S.highest()), false));
  }
  return Result;
}

FloatValueSet squareRoot(const FloatValueSet &S) {
  FloatValueSet Result = FloatValueSet::none();
  if (S.mayBeNaN() || S.mayBeNegativeInfinity() || (S.mayBeFinite() && S.lowest() < 0))
    Result = FloatValueSet::nan();
  if (S.mayBePositiveInfinity())
    Result = Result.unite(FloatValueSet::infinity(false));
  if (S.mayBeFinite() && S.highest() >= 0)
    Result = Result.unite(FloatValueSet::finite(std::sqrt(std::fmax(S.lowest(), 0.0L)),
                                                false, std::sqrt(S.highest()), false));
  return Result;
}

bool containsZero(const FloatValueSet &S) {
  return S.mayBeFinite() && (S.lowest() < 0 || (S.lowest() == 0 && !S.lowestIsOpen())) &&
         (S.highest() > 0 || (S.highest() == 0 && !S.highestIsOpen()));
}

bool isBounded(const FloatValueSet &S) {
  return S.mayBeFinite() && !std::isinf(S.lowest()) && !std::isinf(S.highest());
}

/// The interval through the products or quotients of the ends.
FloatValueSet combineEnds(const FloatValueSet &A, const FloatValueSet &B, bool Divide) {
  const long double Ends[] = {A.lowest(), A.highest()};
  const long double Others[] = {B.lowest(), B.highest()};
  long double Lo = Unbounded;
  long double Hi = -Unbounded;
  for (const long double X : Ends)
    for (const long double Y : Others) {
      const long double Value = Divide ? X / Y : X * Y;
      Lo = std::fmin(Lo, Value);
      Hi = std::fmax(Hi, Value);
    }
  return FloatValueSet::finite(Lo, false, Hi, false);
}

LibraryFunction libraryFunctionOf(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (Callee == nullptr || Callee->getIdentifier() == nullptr)
    return LibraryFunction::None;
  llvm::StringRef Name = Callee->getName();
  const bool InStd = Callee->isInStdNamespace();
  if (InStd && Call->getNumArgs() == 2 && (Name == "min" || Name == "max"))
    return Name == "min" ? LibraryFunction::Min : LibraryFunction::Max;
  if (InStd && Call->getNumArgs() == 3 && Name == "clamp")
    return LibraryFunction::Clamp;
  if (!InStd && !Callee->getDeclContext()->getRedeclContext()->isTranslationUnit())
    return LibraryFunction::None;
  Name.consume_front("__builtin_");
  const auto Known = [](llvm::StringRef Base) {
    static constexpr llvm::StringLiteral Rounding[] = {"floor", "ceil",      "trunc",
                                                       "round", "nearbyint", "rint"};
    if (llvm::is_contained(Rounding, Base))
      return LibraryFunction::Round;
    return llvm::StringSwitch<LibraryFunction>(Base)
        .Case("fmin", LibraryFunction::FMin)
        .Case("fmax", LibraryFunction::FMax)
        .Case("fabs", LibraryFunction::Abs)
        .Case("abs", LibraryFunction::Abs)
        .Case("sqrt", LibraryFunction::Sqrt)
        .Default(LibraryFunction::None);
  };
  LibraryFunction Function = Known(Name);
  if (Function == LibraryFunction::None && (Name.ends_with("f") || Name.ends_with("l")))
    Function = Known(Name.drop_back());
  const unsigned Arity =
      (Function == LibraryFunction::FMin || Function == LibraryFunction::FMax) ? 2 : 1;
  if (Function == LibraryFunction::None || Call->getNumArgs() != Arity ||
      !Call->getType()->isRealFloatingType())
    return LibraryFunction::None;
  return Function;
}

class Evaluator {
public:
  Evaluator(const ASTContext &Ctx, VariableValues Variables,
            llvm::SmallVectorImpl<const CallExpr *> *NaNPassingCalls)
      : Ctx(Ctx), Variables(Variables), NaNPassingCalls(NaNPassingCalls) {}

  FloatValueSet valuesOf(const Expr *E) {
    if (E == nullptr)
      return FloatValueSet::all();
    E = E->IgnoreParens();
    if (E->isValueDependent() || E->isTypeDependent())
      return FloatValueSet::all();
    const QualType T = E->getType();
    const bool IsInteger = T->isIntegralOrEnumerationType();
    if (!IsInteger && !T->isRealFloatingType())
      return FloatValueSet::all();
    if (std::optional<FloatValueSet> Constant = constantValue(E))
      return *Constant;
    const FloatValueSet TypeValues =
        IsInteger ? FloatValueSet::integerType(T, Ctx) : FloatValueSet::all();
    if (std::optional<TrackedVariable> Var = TrackedVariable::readBy(E);
        Var && isa<DeclRefExpr, MemberExpr>(E->IgnoreParenImpCasts()) &&
        E->IgnoreParenImpCasts()->getType()->isArithmeticType())
      return Variables(*Var, E).intersect(
          readType(E->IgnoreParenImpCasts()->getType()));
    if (IsInteger)
      return TypeValues;
    return floatingValuesOf(E);
  }

private:
  FloatValueSet readType(QualType T) const {
    return T->isIntegralOrEnumerationType() ? FloatValueSet::integerType(T, Ctx)
                                            : FloatValueSet::all();
  }

  std::optional<FloatValueSet> constantValue(const Expr *E) const {
    Expr::EvalResult Result;
    if (!E->EvaluateAsRValue(Result, Ctx) || Result.HasSideEffects)
      return std::nullopt;
    if (Result.Val.isFloat())
      return FloatValueSet::point(Result.Val.getFloat());
    if (Result.Val.isInt()) {
      const llvm::APSInt &Int = Result.Val.getInt();
      return FloatValueSet::point(Int.isSigned()
                                      ? static_cast<long double>(Int.getExtValue())
                                      : static_cast<long double>(Int.getZExtValue()));
    }
    return std::nullopt;
  }

  FloatValueSet floatingValuesOf(const Expr *E) {
    if (const auto *Cast = dyn_cast<CastExpr>(E))
      return castValues(Cast);
    if (const auto *Unary = dyn_cast<UnaryOperator>(E)) {
      if (Unary->getOpcode() == UO_Minus)
        return valuesOf(Unary->getSubExpr()).negate();
      if (Unary->getOpcode() == UO_Plus)
        return valuesOf(Unary->getSubExpr());
      return FloatValueSet::all();
    }
    if (const auto *Binary = dyn_cast<BinaryOperator>(E)) {
      switch (Binary->getOpcode()) {
      case BO_Add:
      case BO_Sub:
      case BO_Mul:
      case BO_Div:
        return arithmetic(Binary->getOpcode(), valuesOf(Binary->getLHS()),
                          valuesOf(Binary->getRHS()));
      case BO_Comma:
      case BO_Assign:
        return valuesOf(Binary->getRHS());
      default:
        return FloatValueSet::all();
      }
    }
    if (const auto *Conditional = dyn_cast<ConditionalOperator>(E))
      return valuesOf(Conditional->getTrueExpr())
          .unite(valuesOf(Conditional->getFalseExpr()));
    if (const auto *Call = dyn_cast<CallExpr>(E))
      return callValues(Call);
    if (const auto *Full = dyn_cast<FullExpr>(E))
      return valuesOf(Full->getSubExpr());
    if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(E))
      return valuesOf(Temporary->getSubExpr());
    return FloatValueSet::all();
  }

  FloatValueSet castValues(const CastExpr *Cast) {
    const Expr *Sub = Cast->getSubExpr();
    switch (Cast->getCastKind()) {
    case CK_LValueToRValue:
    case CK_NoOp:
    case CK_IntegralToFloating:
      return valuesOf(Sub);
    case CK_FloatingCast: {
      FloatValueSet Values = valuesOf(Sub);
      // Narrowing rounds finite values beyond the new type's range to infinity.
      const llvm::APFloat Largest =
          llvm::APFloat::getLargest(Ctx.getFloatTypeSemantics(Cast->getType()));
      const FloatValueSet Representable = FloatValueSet::point(Largest);
      if (Values.mayBeFinite() && Values.highest() > Representable.highest())
        Values = Values.unite(FloatValueSet::infinity(false));
      if (Values.mayBeFinite() && Values.lowest() < -Representable.highest())
        Values = Values.unite(FloatValueSet::infinity(true));
      return Values;
    }
    default:
      return FloatValueSet::all();
    }
  }

  FloatValueSet callValues(const CallExpr *Call) {
    const LibraryFunction Function = libraryFunctionOf(Call);
    if (Function == LibraryFunction::None)
      return FloatValueSet::all();
    const FloatValueSet First = valuesOf(Call->getArg(0));
    FloatValueSet Result;
    switch (Function) {
    case LibraryFunction::FMin:
    case LibraryFunction::FMax:
      return fminOrFmax(First, valuesOf(Call->getArg(1)),
                        Function == LibraryFunction::FMax);
    case LibraryFunction::Min:
    case LibraryFunction::Max:
      Result = stdMinOrMax(First, valuesOf(Call->getArg(1)),
                           Function == LibraryFunction::Max);
      break;
    case LibraryFunction::Clamp:
      Result = stdClamp(First, valuesOf(Call->getArg(1)), valuesOf(Call->getArg(2)));
      break;
    case LibraryFunction::Round:
      return rounded(First);
    case LibraryFunction::Abs:
      return absolute(First);
    case LibraryFunction::Sqrt:
      return squareRoot(First);
    case LibraryFunction::None:
      return FloatValueSet::all();
    }
    if (Result.mayBeNaN() && First.mayBeNaN() && NaNPassingCalls != nullptr)
      NaNPassingCalls->push_back(Call);
    return Result;
  }

  const ASTContext &Ctx;
  VariableValues Variables;
  llvm::SmallVectorImpl<const CallExpr *> *NaNPassingCalls;
};

} // namespace

FloatValueSet arithmetic(BinaryOperatorKind Op, const FloatValueSet &A,
                         const FloatValueSet &B) {
  // Infinities and NaN make anything possible (inf - inf, 0 * inf, ...).
  if (!A.isFiniteOnly() || !B.isFiniteOnly())
    return FloatValueSet::all();
  if (A.isEmpty() || B.isEmpty())
    return FloatValueSet::none();
  switch (Op) {
  case BO_Add:
    return FloatValueSet::finite(A.lowest() + B.lowest(),
                                 A.lowestIsOpen() || B.lowestIsOpen(),
                                 A.highest() + B.highest(),
                                 A.highestIsOpen() || B.highestIsOpen());
  case BO_Sub:
    return arithmetic(BO_Add, A, B.negate());
  case BO_Mul:
    if ((A.isFinitePoint() && A.lowest() == 0) || (B.isFinitePoint() && B.lowest() == 0))
      return FloatValueSet::point(0.0L);
    if (!isBounded(A) || !isBounded(B))
      return FloatValueSet::anyFinite();
    return combineEnds(A, B, /*Divide=*/false);
  case BO_Div:
    if (containsZero(B))
      return FloatValueSet::all();
    // Dividing by values near zero is only bounded when the divisor's ends are.
    if (!isBounded(A) || !isBounded(B) || B.lowest() == 0 || B.highest() == 0)
      return FloatValueSet::anyFinite();
    return combineEnds(A, B, /*Divide=*/true);
  default:
    return FloatValueSet::all();
  }
}

FloatValueSet valuesOfExpr(const Expr *E, const ASTContext &Ctx, VariableValues Variables,
                           llvm::SmallVectorImpl<const CallExpr *> *NaNPassingCalls) {
  return Evaluator(Ctx, Variables, NaNPassingCalls).valuesOf(E);
}

FloatValueSet valuesOfExprAlone(const Expr *E, const ASTContext &Ctx) {
  return valuesOfExpr(E, Ctx, [](const TrackedVariable &, const Expr *) {
    return FloatValueSet::all();
  });
}

} // namespace clang::tidy::allochunt
