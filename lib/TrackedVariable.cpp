//===--- TrackedVariable.cpp - the variable a guard or a conversion reads -===//

#include "TrackedVariable.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::allochunt {

/// True for the implicit conversions that keep the value: a guard on the
/// operand is a guard on the result.
static bool preservesValue(const ImplicitCastExpr *Cast) {
  switch (Cast->getCastKind()) {
  case CK_LValueToRValue:
  case CK_NoOp:
  case CK_IntegralToFloating:
    return true;
  case CK_FloatingCast: {
    const auto *From = Cast->getSubExpr()->getType()->getAs<BuiltinType>();
    const auto *To = Cast->getType()->getAs<BuiltinType>();
    // Widening only: float -> double -> long double.
    return From != nullptr && To != nullptr &&
           To->getKind() >= From->getKind();
  }
  default:
    return false;
  }
}

std::optional<TrackedVariable> TrackedVariable::readBy(const Expr *E) {
  if (E == nullptr)
    return std::nullopt;
  E = E->IgnoreParens();
  while (const auto *Cast = dyn_cast<ImplicitCastExpr>(E)) {
    if (!preservesValue(Cast))
      return std::nullopt;
    E = Cast->getSubExpr()->IgnoreParens();
  }
  TrackedVariable Result;
  while (const auto *Member = dyn_cast<MemberExpr>(E)) {
    const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl());
    if (Field == nullptr || Member->isArrow())
      return std::nullopt;
    Result.Fields.insert(Result.Fields.begin(), Field);
    E = Member->getBase()->IgnoreParenImpCasts();
  }
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  const auto *Var = Ref != nullptr ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  // A const reference cannot be written through this name; a non-const one
  // is an output the callee may change behind our back.
  if (Var == nullptr || !(Var->hasLocalStorage() || isa<ParmVarDecl>(Var)) ||
      (Var->getType()->isReferenceType() &&
       !Var->getType().getNonReferenceType().isConstQualified()))
    return std::nullopt;
  Result.Root = Var;
  return Result;
}

const VarDecl *TrackedVariable::rootOfLValue(const Expr *E) {
  while (E != nullptr) {
    E = E->IgnoreParens();
    if (const auto *Cast = dyn_cast<ImplicitCastExpr>(E)) {
      if (Cast->getCastKind() != CK_NoOp &&
          Cast->getCastKind() != CK_ArrayToPointerDecay &&
          Cast->getCastKind() != CK_UncheckedDerivedToBase &&
          Cast->getCastKind() != CK_DerivedToBase)
        return nullptr;
      E = Cast->getSubExpr();
    } else if (const auto *Member = dyn_cast<MemberExpr>(E)) {
      if (Member->isArrow())
        return nullptr;
      E = Member->getBase();
    } else if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E)) {
      if (!Subscript->getBase()->IgnoreParenImpCasts()->getType()->isArrayType())
        return nullptr;
      E = Subscript->getBase();
    } else if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
      return dyn_cast<VarDecl>(Ref->getDecl());
    } else {
      return nullptr;
    }
  }
  return nullptr;
}

std::string TrackedVariable::spelling() const {
  std::string Out = Root != nullptr ? Root->getName().str() : std::string();
  for (const FieldDecl *Field : Fields)
    Out += "." + Field->getName().str();
  return Out;
}

} // namespace clang::tidy::allochunt
