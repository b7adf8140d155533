//===--- LocalParentMap.cpp - parents of the statements in one function ---===//

#include "lib/LocalParentMap.h"

#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::allochunt {

LocalParentMap::LocalParentMap(const Stmt &Root) : Root(Root) {
  // An explicit stack: deeply nested expressions must not exhaust the
  // native one.
  llvm::SmallVector<const Stmt *, 64> Work{&Root};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    for (const Stmt *Child : S->children()) {
      if (Child == nullptr)
        continue;
      // A node reachable twice keeps its first parent.
      if (Parents.try_emplace(Child, S).second)
        Work.push_back(Child);
    }
  }
}

static bool isTransparent(const Stmt *S) {
  return isa<ParenExpr, ImplicitCastExpr, MaterializeTemporaryExpr,
             CXXBindTemporaryExpr, FullExpr>(S);
}

const Stmt *LocalParentMap::parentIgnoringImplicit(const Stmt *S) const {
  const Stmt *P = parent(S);
  while (P != nullptr && isTransparent(P))
    P = parent(P);
  return P;
}

bool isRepeatedPartOfLoop(const Stmt &Loop, const Stmt *Child) {
  if (Child == nullptr)
    return false;
  if (const auto *For = dyn_cast<ForStmt>(&Loop))
    return Child == For->getBody() || Child == For->getCond() ||
           Child == For->getInc() ||
           Child == For->getConditionVariableDeclStmt();
  if (const auto *RangeFor = dyn_cast<CXXForRangeStmt>(&Loop))
    return Child == RangeFor->getBody() || Child == RangeFor->getCond() ||
           Child == RangeFor->getInc() || Child == RangeFor->getLoopVarStmt();
  if (const auto *While = dyn_cast<WhileStmt>(&Loop))
    return Child == While->getBody() || Child == While->getCond() ||
           Child == While->getConditionVariableDeclStmt();
  if (const auto *Do = dyn_cast<DoStmt>(&Loop))
    return Child == Do->getBody() || Child == Do->getCond();
  return false;
}

bool LocalParentMap::isRepeatedByLoop(const Stmt *S) const {
  for (const Stmt *Child = S, *P = parent(S); P != nullptr;
       Child = P, P = parent(P)) {
    if (isa<LambdaExpr>(P))
      return false;
    if (isRepeatedPartOfLoop(*P, Child))
      return true;
  }
  return false;
}

} // namespace clang::tidy::allochunt
