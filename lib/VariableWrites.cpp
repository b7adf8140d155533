//===--- VariableWrites.cpp - where a function writes its variables -------===//

#include "VariableWrites.h"

#include "TrackedVariable.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace clang::tidy::allochunt {

namespace {

bool isNonConstLValueReference(QualType T) {
  const auto *Ref = T->getAs<LValueReferenceType>();
  return Ref != nullptr && !Ref->getPointeeType().isConstQualified();
}

class WriteCollector : public RecursiveASTVisitor<WriteCollector> {
public:
  llvm::DenseMap<const VarDecl *, llvm::SmallVector<VariableWrite, 2>> Writes;
  llvm::DenseSet<const VarDecl *> Escaped;

  bool TraverseLambdaExpr(LambdaExpr *Lambda) {
    for (const LambdaCapture &Capture : Lambda->captures())
      if (Capture.capturesVariable() && Capture.getCaptureKind() == LCK_ByRef)
        if (const auto *Var = dyn_cast<VarDecl>(Capture.getCapturedVar()))
          Escaped.insert(Var);
    return true; // The lambda's body is another function.
  }

  bool VisitVarDecl(VarDecl *Var) {
    const Expr *Init = Var->getInit();
    if (Init == nullptr || isa<ParmVarDecl>(Var))
      return true;
    add(Var, {VariableWrite::Initialization, Init, Init});
    if (isNonConstLValueReference(Var->getType()))
      escape(Init);
    return true;
  }

  bool VisitBinaryOperator(BinaryOperator *Binary) {
    if (!Binary->isAssignmentOp())
      return true;
    if (const VarDecl *Root = TrackedVariable::rootOfLValue(Binary->getLHS())) {
      if (Binary->getOpcode() == BO_Assign)
        add(Root, {VariableWrite::Assignment, Binary, Binary->getRHS()});
      else
        add(Root, {VariableWrite::CompoundAssignment, Binary, Binary});
    }
    return true;
  }

  bool VisitUnaryOperator(UnaryOperator *Unary) {
    if (Unary->isIncrementDecrementOp()) {
      if (const VarDecl *Root = TrackedVariable::rootOfLValue(Unary->getSubExpr()))
        add(Root, {VariableWrite::Increment, Unary, nullptr});
    } else if (Unary->getOpcode() == UO_AddrOf && !PassedAddresses.contains(Unary)) {
      escape(Unary->getSubExpr());
    }
    return true;
  }

  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Callee);
    // An operator that is a member takes the object as its first argument.
    const unsigned FirstParamArg =
        isa<CXXOperatorCallExpr>(Call) && Method != nullptr && !Method->isStatic() ? 1 : 0;
    if (FirstParamArg == 1 && !Method->isConst())
      passedByReference(Call->getArg(0), Call);
    if (const auto *MemberCall = dyn_cast<CXXMemberCallExpr>(Call);
        MemberCall != nullptr && Method != nullptr && !Method->isConst())
      passedByReference(MemberCall->getImplicitObjectArgument(), Call);
    for (unsigned I = FirstParamArg; I < Call->getNumArgs(); ++I) {
      const Expr *Arg = Call->getArg(I);
      const unsigned Param = I - FirstParamArg;
      if (Callee != nullptr && Param < Callee->getNumParams() &&
          isNonConstLValueReference(Callee->getParamDecl(Param)->getType()))
        passedByReference(Arg, Call);
      else
        passedByAddress(Arg, Call);
    }
    return true;
  }

  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
    const CXXConstructorDecl *Ctor = Construct->getConstructor();
    for (unsigned I = 0; I < Construct->getNumArgs(); ++I) {
      if (Ctor != nullptr && I < Ctor->getNumParams() &&
          isNonConstLValueReference(Ctor->getParamDecl(I)->getType()))
        passedByReference(Construct->getArg(I), Construct);
      else
        passedByAddress(Construct->getArg(I), Construct);
    }
    return true;
  }

private:
  void add(const VarDecl *Var, VariableWrite Write) { Writes[Var].push_back(Write); }

  void escape(const Expr *LValue) {
    if (const VarDecl *Root = TrackedVariable::rootOfLValue(LValue))
      Escaped.insert(Root);
  }

  void passedByReference(const Expr *Arg, const Expr *Call) {
    if (const VarDecl *Root = TrackedVariable::rootOfLValue(Arg))
      add(Root, {VariableWrite::ByReference, Call, Call});
  }

  /// `f(&v)`: the callee may write v, but v does not escape further.
  void passedByAddress(const Expr *Arg, const Expr *Call) {
    const auto *Address = dyn_cast<UnaryOperator>(Arg->IgnoreParenImpCasts());
    if (Address == nullptr || Address->getOpcode() != UO_AddrOf)
      return;
    PassedAddresses.insert(Address);
    passedByReference(Address->getSubExpr(), Call);
  }

  llvm::DenseSet<const UnaryOperator *> PassedAddresses;
};

} // namespace

VariableWrites::VariableWrites(const Decl *Function) {
  if (Function == nullptr)
    return;
  WriteCollector Collector;
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Function))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      Collector.TraverseStmt(Init->getInit());
  Collector.TraverseStmt(Function->getBody());
  Writes = std::move(Collector.Writes);
  Escaped = std::move(Collector.Escaped);
}

llvm::ArrayRef<VariableWrite> VariableWrites::writesOf(const VarDecl *Var) const {
  auto It = Writes.find(Var);
  if (It == Writes.end())
    return {};
  return It->second;
}

} // namespace clang::tidy::allochunt
