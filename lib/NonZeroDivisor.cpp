//===--- NonZeroDivisor.cpp - a division whose divisor a guard proves non-zero ===//

#include "lib/NonZeroDivisor.h"

#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"

#include <optional>

namespace clang::tidy::allochunt {

namespace {

/// True when \p A and \p B read the same variable or the same member of the
/// same object (`d`, `this->d`, `s.d`).
bool sameOperand(const Expr *A, const Expr *B) {
  A = A->IgnoreParenImpCasts();
  B = B->IgnoreParenImpCasts();
  if (const auto *RefA = dyn_cast<DeclRefExpr>(A)) {
    const auto *RefB = dyn_cast<DeclRefExpr>(B);
    return RefB != nullptr && RefA->getDecl()->getCanonicalDecl() ==
                                  RefB->getDecl()->getCanonicalDecl();
  }
  if (const auto *MemberA = dyn_cast<MemberExpr>(A)) {
    const auto *MemberB = dyn_cast<MemberExpr>(B);
    return MemberB != nullptr && MemberA->isArrow() == MemberB->isArrow() &&
           MemberA->getMemberDecl()->getCanonicalDecl() ==
               MemberB->getMemberDecl()->getCanonicalDecl() &&
           sameOperand(MemberA->getBase(), MemberB->getBase());
  }
  return isa<CXXThisExpr>(A) && isa<CXXThisExpr>(B);
}

/// The value of the constant \p E, as a double.
std::optional<double> constantValue(const Expr *E, const ASTContext &Ctx) {
  if (E->isValueDependent())
    return std::nullopt;
  Expr::EvalResult Result;
  if (!E->EvaluateAsRValue(Result, Ctx) || Result.HasSideEffects)
    return std::nullopt;
  if (Result.Val.isInt())
    return static_cast<double>(Result.Val.getInt().getSExtValue());
  if (Result.Val.isFloat())
    return Result.Val.getFloat().convertToDouble();
  return std::nullopt;
}

/// The value of `Left Op Right`, or nothing for an operator that is not a comparison.
std::optional<bool> compare(BinaryOperatorKind Op, double Left, double Right) {
  switch (Op) {
  case BO_EQ:
    return Left == Right;
  case BO_NE:
    return Left != Right;
  case BO_LT:
    return Left < Right;
  case BO_GT:
    return Left > Right;
  case BO_LE:
    return Left <= Right;
  case BO_GE:
    return Left >= Right;
  default:
    return std::nullopt;
  }
}

/// True when \p Comparison (divisor against a constant) having the value
/// \p Truth is impossible for a zero divisor.
bool comparisonExcludesZero(const BinaryOperator &Comparison, bool Truth, const Expr *Divisor,
                            const ASTContext &Ctx) {
  const bool DivisorLeft = sameOperand(Comparison.getLHS(), Divisor);
  if (!DivisorLeft && !sameOperand(Comparison.getRHS(), Divisor))
    return false;
  const std::optional<double> Constant =
      constantValue(DivisorLeft ? Comparison.getRHS() : Comparison.getLHS(), Ctx);
  if (!Constant)
    return false;
  const std::optional<bool> WithZero =
      DivisorLeft ? compare(Comparison.getOpcode(), 0.0, *Constant)
                  : compare(Comparison.getOpcode(), *Constant, 0.0);
  return WithZero && *WithZero != Truth;
}

} // namespace

bool conditionExcludesZero(const Expr *Condition, bool Truth, const Expr *Divisor,
                           const ASTContext &Ctx) {
  Condition = Condition->IgnoreParenImpCasts();
  if (sameOperand(Condition, Divisor))
    return Truth;
  if (const auto *Not = dyn_cast<UnaryOperator>(Condition); Not != nullptr &&
                                                            Not->getOpcode() == UO_LNot)
    return conditionExcludesZero(Not->getSubExpr(), !Truth, Divisor, Ctx);
  const auto *Binary = dyn_cast<BinaryOperator>(Condition);
  if (Binary == nullptr)
    return false;
  // `p && q` true, or `p || q` false, makes both p and q so.
  if ((Binary->getOpcode() == BO_LAnd && Truth) || (Binary->getOpcode() == BO_LOr && !Truth))
    return conditionExcludesZero(Binary->getLHS(), Truth, Divisor, Ctx) ||
           conditionExcludesZero(Binary->getRHS(), Truth, Divisor, Ctx);
  return Binary->isComparisonOp() && comparisonExcludesZero(*Binary, Truth, Divisor, Ctx);
}

bool isDivisorProvenNonZero(const BinaryOperator &Division, const GuardDominance &Flow,
                            const VariableWrites &Writes, const ASTContext &Ctx) {
  const Expr *Divisor = Division.getRHS()->IgnoreParenImpCasts();
  if (!isa<DeclRefExpr, MemberExpr>(Divisor))
    return false;
  const auto *Ref = dyn_cast<DeclRefExpr>(Divisor);
  const auto *Local = Ref != nullptr ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  return llvm::any_of(Flow.guardsOn(&Division), [&](const DominatingGuard &Guard) {
    if (!conditionExcludesZero(Guard.Condition, Guard.Truth, Divisor, Ctx))
      return false;
    if (Local == nullptr)
      return true;
    return llvm::none_of(Writes.writesOf(Local), [&](const VariableWrite &Write) {
      return Flow.mayPassBetween(Guard, &Division, Write.Site);
    });
  });
}

} // namespace clang::tidy::allochunt
