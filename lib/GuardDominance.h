//===--- GuardDominance.h - the branches taken on every path to a statement ===//
//
// Builds a function's CFG and dominator tree once and answers, for a
// statement in it, which branch conditions were taken on every path from the
// entry to it (a CFG edge dominates the statement), with the value each had;
// and whether a path from such a branch to the statement may pass a given
// write. Early return, continue, break, throw, a noreturn call such as
// assert's failure branch, `?:` and `&&` are all just edges here. It is a
// purely structural answer: what the conditions prove is FiniteGuard's job.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_GUARDDOMINANCE_H
#define ALLOCHUNT_LIB_GUARDDOMINANCE_H

#include "clang/AST/ParentMap.h"
#include "clang/Analysis/Analyses/Dominators.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/DenseMap.h"

#include <memory>
#include <optional>

namespace clang::tidy::allochunt {

/// A branch taken on every path to a statement.
struct DominatingGuard {
  const Expr *Condition; ///< As evaluated there: the left side of && and ||.
  bool Truth;            ///< The value it had on the way.
  const CFGBlock *Branch;
  const CFGBlock *Target;
};

class GuardDominance {
public:
  /// Null when \p Function has no body or its CFG has more than \p MaxBlocks blocks.
  static std::unique_ptr<GuardDominance> build(const Decl *Function, ASTContext &Ctx,
                                               unsigned MaxBlocks);

  /// False when \p S is unreachable or not part of the function's code.
  bool isReachable(const Stmt *S) const;
  /// The guards on every path to \p S, nearest first.
  llvm::SmallVector<DominatingGuard, 4> guardsOn(const Stmt *S) const;
  /// True when a path from \p Guard to \p S may pass \p Write (a statement
  /// of this function); also when \p Write cannot be placed.
  bool mayPassBetween(const DominatingGuard &Guard, const Stmt *S, const Stmt *Write) const;
  /// True when \p Before runs before \p S on every path to \p S.
  bool dominates(const Stmt *Before, const Stmt *S) const;
  /// True when a path from \p From (which dominates \p S) to \p S may pass
  /// \p Write; also when either cannot be placed.
  bool mayPassBetween(const Stmt *From, const Stmt *S, const Stmt *Write) const;
  /// The whole condition \p Part belongs to, through &&, || and !, as written.
  const Expr *wholeCondition(const Expr *Part) const;
  unsigned numBlocks() const { return Graph->getNumBlockIDs(); }

private:
  struct Position { const CFGBlock *Block; unsigned Index; };
  std::optional<Position> locate(const Stmt *S) const;
  /// Walks back from \p Use to \p Start: a statement, or with \p Branch the
  /// entry of a guard's target block.
  bool mayPass(Position Start, const CFGBlock *Branch, const Stmt *S, const Stmt *Write) const;

  std::unique_ptr<CFG> Graph;
  std::unique_ptr<CFGDomTree> Dominators;
  std::unique_ptr<ParentMap> Parents;
  llvm::DenseMap<const Stmt *, Position> Elements;
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_GUARDDOMINANCE_H
