//===--- StatementGuards.cpp - `if` guards around a statement -------------===//

#include "lib/StatementGuards.h"

#include "lib/UserCodeParents.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

namespace clang::tidy::allochunt {

static const Stmt *parentStmt(const Stmt &S, ASTContext &Context) {
  const llvm::ArrayRef<DynTypedNode> Parents = userCodeParents(Context, S);
  return Parents.size() == 1 ? Parents[0].get<Stmt>() : nullptr;
}

bool acceptsGuardInFront(const Stmt &S, ASTContext &Context) {
  const Stmt *Parent = parentStmt(S, Context);
  if (Parent == nullptr)
    return false;
  if (isa<CompoundStmt>(Parent))
    return true;
  if (const auto *For = dyn_cast<ForStmt>(Parent))
    return For->getBody() == &S;
  if (const auto *While = dyn_cast<WhileStmt>(Parent))
    return While->getBody() == &S;
  if (const auto *Do = dyn_cast<DoStmt>(Parent))
    return Do->getBody() == &S;
  if (const auto *RangeFor = dyn_cast<CXXForRangeStmt>(Parent))
    return RangeFor->getBody() == &S;
  if (const auto *Case = dyn_cast<SwitchCase>(Parent))
    return Case->getSubStmt() == &S;
  if (const auto *Label = dyn_cast<LabelStmt>(Parent))
    return Label->getSubStmt() == &S;
  return false;
}

// True when \p S is, or ends with, a jump out of the enclosing block.
static bool leavesBlock(const Stmt *S) {
  if (const auto *Block = dyn_cast_or_null<CompoundStmt>(S))
    S = Block->body_back();
  if (const auto *Cleanups = dyn_cast_or_null<ExprWithCleanups>(S))
    S = Cleanups->getSubExpr();
  return isa_and_nonnull<ReturnStmt, ContinueStmt, BreakStmt, GotoStmt,
                         CXXThrowExpr>(S);
}

static bool
ifConditionIsGuard(const IfStmt &If,
                   llvm::function_ref<bool(const Stmt &Condition)> IsGuard) {
  const VarDecl *Variable = If.getConditionVariable();
  return (If.getInit() != nullptr && IsGuard(*If.getInit())) ||
         (If.getCond() != nullptr && IsGuard(*If.getCond())) ||
         (Variable != nullptr && Variable->getInit() != nullptr &&
          IsGuard(*Variable->getInit()));
}

bool runsUnderGuard(const Stmt &S, ASTContext &Context,
                    llvm::function_ref<bool(const Stmt &Condition)> IsGuard) {
  const Stmt *Child = &S;
  while (const Stmt *Parent = parentStmt(*Child, Context)) {
    if (const auto *If = dyn_cast<IfStmt>(Parent)) {
      if (If->getThen() == Child && ifConditionIsGuard(*If, IsGuard))
        return true;
    } else if (const auto *While = dyn_cast<WhileStmt>(Parent)) {
      if (While->getBody() == Child && While->getCond() != nullptr &&
          IsGuard(*While->getCond()))
        return true;
    } else if (const auto *Block = dyn_cast<CompoundStmt>(Parent)) {
      for (const Stmt *Earlier : Block->body()) {
        if (Earlier == Child)
          break;
        const auto *EarlyExit = dyn_cast<IfStmt>(Earlier);
        if (EarlyExit != nullptr && leavesBlock(EarlyExit->getThen()) &&
            ifConditionIsGuard(*EarlyExit, IsGuard))
          return true;
      }
    } else if (isa<LambdaExpr>(Parent)) {
      break; // The lambda's body runs later, elsewhere.
    }
    Child = Parent;
  }
  return false;
}

} // namespace clang::tidy::allochunt
