//===--- FiniteGuard.cpp - what a condition proves about a variable's value ===//

#include "FiniteGuard.h"

#include "FloatExprValues.h"

#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/StringSwitch.h"

namespace clang::tidy::allochunt {

static const Expr *namedConditionOf(const Expr *E);

namespace {

enum class Comparison { Less, LessEqual, Greater, GreaterEqual, Equal, NotEqual, None };

/// The classification and quiet-comparison functions of <cmath>.
enum class Classifier {
  None, IsFinite, IsNaN, IsInf, IsNormal, IsLess, IsLessEqual, IsGreater,
  IsGreaterEqual, IsLessGreater, IsUnordered, Expect
};

FloatValueSet infinities() {
  return FloatValueSet::infinity(true).unite(FloatValueSet::infinity(false));
}

/// The values x can have once `x < b` or `x <= b` (b in \p Bound) evaluated
/// to \p Truth. An ordered comparison with NaN is false.
FloatValueSet afterLess(const FloatValueSet &Bound, bool OrEqual, bool Truth) {
  const FloatValueSet NonNaNBound = Bound.withoutNaN();
  FloatValueSet Result = FloatValueSet::none();
  if (Truth) {
    // x < b (or x <= b) held: x is ordered, and below some b.
    if (!NonNaNBound.isEmpty())
      Result = Result.unite(FloatValueSet::infinity(true));
    if (OrEqual && Bound.mayBePositiveInfinity())
      Result = Result.unite(FloatValueSet::infinity(false));
    if (Bound.mayBePositiveInfinity())
      Result = Result.unite(FloatValueSet::anyFinite());
    else if (Bound.mayBeFinite())
      Result = Result.unite(FloatValueSet::finite(
          -FloatValueSet::anyFinite().highest(), true, Bound.highest(),
          !OrEqual || Bound.highestIsOpen()));
    return Result;
  }
  // The comparison failed: x is NaN, or x >= b (x > b) for some b, or b is NaN.
  Result = FloatValueSet::nan();
  const bool AnyOrdered = Bound.mayBeNaN();
  if (AnyOrdered || !OrEqual || !(NonNaNBound == FloatValueSet::infinity(false)))
    Result = Result.unite(FloatValueSet::infinity(false));
  if (AnyOrdered || (!OrEqual && Bound.mayBeNegativeInfinity()))
    Result = Result.unite(FloatValueSet::infinity(true));
  if (AnyOrdered || Bound.mayBeNegativeInfinity())
    Result = Result.unite(FloatValueSet::anyFinite());
  else if (Bound.mayBeFinite())
    Result = Result.unite(FloatValueSet::finite(Bound.lowest(),
                                                OrEqual || Bound.lowestIsOpen(),
                                                FloatValueSet::anyFinite().highest(), true));
  return Result;
}

FloatValueSet afterComparison(Comparison Op, const FloatValueSet &Bound, bool Truth) {
  switch (Op) {
  case Comparison::Less:
  case Comparison::LessEqual:
    return afterLess(Bound, Op == Comparison::LessEqual, Truth);
  case Comparison::Greater:
  case Comparison::GreaterEqual:
    // x > b is -x < -b.
    return afterLess(Bound.negate(), Op == Comparison::GreaterEqual, Truth).negate();
  case Comparison::Equal:
  case Comparison::NotEqual:
    if (Truth == (Op == Comparison::Equal))
      return Bound.withoutNaN();
    return FloatValueSet::all();
  case Comparison::None:
    break;
  }
  return FloatValueSet::all();
}

Comparison comparisonOf(BinaryOperatorKind Op) {
  switch (Op) {
  case BO_LT: return Comparison::Less;
  case BO_LE: return Comparison::LessEqual;
  case BO_GT: return Comparison::Greater;
  case BO_GE: return Comparison::GreaterEqual;
  case BO_EQ: return Comparison::Equal;
  case BO_NE: return Comparison::NotEqual;
  default: return Comparison::None;
  }
}

/// `b Op x` as `x Op' b`.
Comparison mirrored(Comparison Op) {
  switch (Op) {
  case Comparison::Less: return Comparison::Greater;
  case Comparison::LessEqual: return Comparison::GreaterEqual;
  case Comparison::Greater: return Comparison::Less;
  case Comparison::GreaterEqual: return Comparison::LessEqual;
  default: return Op;
  }
}

Classifier classifierOf(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (Callee == nullptr || Callee->getIdentifier() == nullptr ||
      !(Callee->isInStdNamespace() ||
        Callee->getDeclContext()->getRedeclContext()->isTranslationUnit()))
    return Classifier::None;
  llvm::StringRef Name = Callee->getName();
  Name.consume_front("__builtin_");
  const Classifier Kind = llvm::StringSwitch<Classifier>(Name)
                              .Case("isfinite", Classifier::IsFinite)
                              .Case("isnan", Classifier::IsNaN)
                              .Case("isinf", Classifier::IsInf)
                              .Case("isinf_sign", Classifier::IsInf)
                              .Case("isnormal", Classifier::IsNormal)
                              .Case("isless", Classifier::IsLess)
                              .Case("islessequal", Classifier::IsLessEqual)
                              .Case("isgreater", Classifier::IsGreater)
                              .Case("isgreaterequal", Classifier::IsGreaterEqual)
                              .Case("islessgreater", Classifier::IsLessGreater)
                              .Case("isunordered", Classifier::IsUnordered)
                              .Case("expect", Classifier::Expect)
                              .Default(Classifier::None);
  const unsigned Arity = (Kind == Classifier::IsFinite || Kind == Classifier::IsNaN ||
                          Kind == Classifier::IsInf || Kind == Classifier::IsNormal)
                             ? 1
                             : 2;
  return Kind != Classifier::None && Call->getNumArgs() == Arity ? Kind
                                                                 : Classifier::None;
}

/// Strips what does not change a condition's truth: parentheses, conversions
/// to bool or int of a truth value, full-expression wrappers.
const Expr *stripCondition(const Expr *E) {
  while (true) {
    E = E->IgnoreParens();
    if (const auto *Full = dyn_cast<FullExpr>(E)) {
      E = Full->getSubExpr();
      continue;
    }
    const auto *Cast = dyn_cast<CastExpr>(E);
    if (Cast == nullptr)
      return E;
    switch (Cast->getCastKind()) {
    case CK_NoOp:
    case CK_IntegralToBoolean:
    case CK_IntegralCast:
    case CK_LValueToRValue:
      E = Cast->getSubExpr();
      continue;
    default:
      return E;
    }
  }
}

class ConditionEvaluator {
public:
  ConditionEvaluator(const TrackedVariable &Var, const ASTContext &Ctx)
      : Var(Var), Ctx(Ctx) {}

  FloatValueSet after(const Expr *Condition, bool Truth, unsigned Depth = 0) {
    if (Condition == nullptr || Depth > 16)
      return FloatValueSet::all();
    const Expr *E = stripCondition(Condition);
    if (const auto *Unary = dyn_cast<UnaryOperator>(E)) {
      if (Unary->getOpcode() == UO_LNot)
        return after(Unary->getSubExpr(), !Truth, Depth + 1);
      return FloatValueSet::all();
    }
    if (const auto *Binary = dyn_cast<BinaryOperator>(E))
      return afterBinary(Binary, Truth, Depth);
    if (const auto *Call = dyn_cast<CallExpr>(E))
      return afterCall(Call, Truth, Depth);
    if (const Expr *Named = namedConditionOf(E))
      // A `const bool ok = std::isfinite(x);` tested later.
      return after(Named, Truth, Depth + 1);
    if (const auto *Cast = dyn_cast<CastExpr>(E);
        Cast != nullptr && Cast->getCastKind() == CK_FloatingToBoolean && reads(Cast->getSubExpr()))
      // `if (x)`: NaN converts to true; false means x == 0.
      return Truth ? FloatValueSet::all() : FloatValueSet::point(0.0L);
    return FloatValueSet::all();
  }

private:
  bool reads(const Expr *E) const {
    std::optional<TrackedVariable> Read = TrackedVariable::readBy(E);
    return Read && *Read == Var;
  }

  /// The absolute value of Var, as in `std::fabs(x) < limit`.
  bool readsAbsolute(const Expr *E) const {
    const auto *Call = dyn_cast<CallExpr>(E->IgnoreParenImpCasts());
    if (Call == nullptr || Call->getNumArgs() != 1 || Call->getDirectCallee() == nullptr ||
        Call->getDirectCallee()->getIdentifier() == nullptr)
      return false;
    llvm::StringRef Name = Call->getDirectCallee()->getName();
    Name.consume_front("__builtin_");
    return (Name == "fabs" || Name == "fabsf" || Name == "fabsl" ||
            (Name == "abs" && Call->getDirectCallee()->isInStdNamespace())) &&
           Call->getType()->isRealFloatingType() && reads(Call->getArg(0));
  }

  /// The values x can have when |x| is in \p Magnitude.
  static FloatValueSet fromMagnitude(const FloatValueSet &Magnitude) {
    FloatValueSet Result = Magnitude.mayBeNaN() ? FloatValueSet::nan() : FloatValueSet::none();
    if (Magnitude.mayBePositiveInfinity())
      Result = Result.unite(infinities());
    if (Magnitude.mayBeFinite() && Magnitude.highest() >= 0)
      Result = Result.unite(FloatValueSet::finite(-Magnitude.highest(), Magnitude.highestIsOpen(),
                                                  Magnitude.highest(), Magnitude.highestIsOpen()));
    return Result;
  }

  FloatValueSet afterCompare(Comparison Op, const Expr *LHS, const Expr *RHS, bool Truth) {
    if (Op == Comparison::None)
      return FloatValueSet::all();
    if (reads(LHS) && reads(RHS)) {
      // x == x, x <= x, x >= x hold exactly when x is not NaN.
      if (Op == Comparison::Less || Op == Comparison::Greater)
        return Truth ? FloatValueSet::none() : FloatValueSet::all();
      const bool HoldsForOrdered = Op != Comparison::NotEqual;
      return Truth == HoldsForOrdered ? FloatValueSet::all().withoutNaN()
                                      : FloatValueSet::nan();
    }
    if (reads(RHS) || readsAbsolute(RHS)) {
      std::swap(LHS, RHS);
      Op = mirrored(Op);
    }
    const FloatValueSet Bound = valuesOfExprAlone(RHS, Ctx);
    if (reads(LHS))
      return afterComparison(Op, Bound, Truth);
    if (readsAbsolute(LHS))
      return fromMagnitude(afterComparison(Op, Bound, Truth));
    return FloatValueSet::all();
  }

  FloatValueSet afterBinary(const BinaryOperator *Binary, bool Truth, unsigned Depth) {
    switch (Binary->getOpcode()) {
    case BO_LAnd:
    case BO_LOr: {
      const FloatValueSet Left = after(Binary->getLHS(), Truth, Depth + 1);
      const FloatValueSet Right = after(Binary->getRHS(), Truth, Depth + 1);
      // `a && b` true and `a || b` false need both sides; the others either.
      return (Binary->getOpcode() == BO_LAnd) == Truth ? Left.intersect(Right)
                                                       : Left.unite(Right);
    }
    case BO_Comma:
      return after(Binary->getRHS(), Truth, Depth + 1);
    default:
      return afterCompare(comparisonOf(Binary->getOpcode()), Binary->getLHS(),
                          Binary->getRHS(), Truth);
    }
  }

  FloatValueSet afterCall(const CallExpr *Call, bool Truth, unsigned Depth) {
    const Classifier Kind = classifierOf(Call);
    if (Kind == Classifier::Expect)
      return after(Call->getArg(0), Truth, Depth + 1);
    if (Kind == Classifier::None || !(reads(Call->getArg(0)) ||
                                      (Call->getNumArgs() == 2 && reads(Call->getArg(1)))))
      return FloatValueSet::all();
    const FloatValueSet Finite = FloatValueSet::anyFinite();
    switch (Kind) {
    case Classifier::IsFinite:
      return Truth ? Finite : FloatValueSet::nan().unite(infinities());
    case Classifier::IsNaN:
      return Truth ? FloatValueSet::nan() : FloatValueSet::all().withoutNaN();
    case Classifier::IsInf:
      return Truth ? infinities() : FloatValueSet::nan().unite(Finite);
    case Classifier::IsNormal:
      return Truth ? Finite : FloatValueSet::all();
    case Classifier::IsLess:
      return afterCompare(Comparison::Less, Call->getArg(0), Call->getArg(1), Truth);
    case Classifier::IsLessEqual:
      return afterCompare(Comparison::LessEqual, Call->getArg(0), Call->getArg(1), Truth);
    case Classifier::IsGreater:
      return afterCompare(Comparison::Greater, Call->getArg(0), Call->getArg(1), Truth);
    case Classifier::IsGreaterEqual:
      return afterCompare(Comparison::GreaterEqual, Call->getArg(0), Call->getArg(1), Truth);
    case Classifier::IsLessGreater: {
      // x < y || x > y.
      const FloatValueSet Below =
          afterCompare(Comparison::Less, Call->getArg(0), Call->getArg(1), Truth);
      const FloatValueSet Above =
          afterCompare(Comparison::Greater, Call->getArg(0), Call->getArg(1), Truth);
      return Truth ? Below.unite(Above) : Below.intersect(Above);
    }
    case Classifier::IsUnordered:
      return Truth ? FloatValueSet::all() : FloatValueSet::all().withoutNaN();
    case Classifier::Expect:
    case Classifier::None:
      break;
    }
    return FloatValueSet::all();
  }

  const TrackedVariable &Var;
  const ASTContext &Ctx;
};

} // namespace

FloatValueSet valuesAfterCondition(const Expr *Condition, bool Truth,
                                   const TrackedVariable &Var, const ASTContext &Ctx) {
  return ConditionEvaluator(Var, Ctx).after(Condition, Truth);
}

/// The initializer of a `const bool` local, or null.
static const Expr *namedConditionOf(const Expr *E) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  const auto *Local = Ref != nullptr ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (Local == nullptr || !Local->hasLocalStorage() || isa<ParmVarDecl>(Local) ||
      !Local->getType().isConstQualified() || !Local->getType()->isBooleanType())
    return nullptr;
  return Local->getInit();
}

/// Visits the subexpressions of \p Condition and of the named conditions it
/// tests, until \p Visit returns true.
template <typename VisitorT> static bool anySubexpression(const Expr *Condition, VisitorT Visit) {
  llvm::SmallVector<const Stmt *, 16> Worklist = {Condition};
  unsigned Budget = 256;
  while (!Worklist.empty() && Budget-- > 0) {
    const Stmt *S = Worklist.pop_back_val();
    const auto *E = dyn_cast_or_null<Expr>(S);
    if (E == nullptr)
      continue;
    if (Visit(E))
      return true;
    if (const Expr *Named = namedConditionOf(E))
      Worklist.push_back(Named);
    for (const Stmt *Child : E->children())
      Worklist.push_back(Child);
  }
  return false;
}

bool conditionMentions(const Expr *Condition, const TrackedVariable &Var) {
  return anySubexpression(Condition, [&Var](const Expr *E) {
    // A read of the value, not `&x` or a reference binding.
    const auto *Read = dyn_cast<ImplicitCastExpr>(E);
    if (Read == nullptr || Read->getCastKind() != CK_LValueToRValue)
      return false;
    std::optional<TrackedVariable> Tracked = TrackedVariable::readBy(Read);
    return Tracked && *Tracked == Var;
  });
}

llvm::SmallVector<const Expr *, 1> namedConditionsIn(const Expr *Condition) {
  llvm::SmallVector<const Expr *, 1> Named;
  anySubexpression(Condition, [&Named](const Expr *E) {
    if (const Expr *Init = namedConditionOf(E))
      Named.push_back(Init);
    return false;
  });
  return Named;
}

} // namespace clang::tidy::allochunt
