//===--- GuardDominance.cpp - the branches taken on every path to a statement ===//

#include "GuardDominance.h"

#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/BitVector.h"

namespace clang::tidy::allochunt {

std::unique_ptr<GuardDominance> GuardDominance::build(const Decl *Function, ASTContext &Ctx,
                                                      unsigned MaxBlocks) {
  Stmt *Body = Function != nullptr ? Function->getBody() : nullptr;
  if (Body == nullptr)
    return nullptr;
  CFG::BuildOptions Options;
  Options.setAllAlwaysAdd(); // Every subexpression is an element we can find.
  Options.AddInitializers = true;
  std::unique_ptr<CFG> Graph = CFG::buildCFG(Function, Body, &Ctx, Options);
  if (Graph == nullptr || Graph->getNumBlockIDs() > MaxBlocks)
    return nullptr;
  // NOLINTNEXTLINE(modernize-make-unique): the constructor is private to build().
  std::unique_ptr<GuardDominance> Result(new GuardDominance());
  Result->Dominators = std::make_unique<CFGDomTree>(Graph.get());
  Result->Parents = std::make_unique<ParentMap>(Body);
  for (const CFGBlock *Block : *Graph) {
    unsigned Index = 0;
    for (const CFGElement &Element : *Block) {
      if (std::optional<CFGStmt> S = Element.getAs<CFGStmt>())
        Result->Elements.try_emplace(S->getStmt(), Position{Block, Index});
      ++Index;
    }
  }
  Result->Graph = std::move(Graph);
  return Result;
}

std::optional<GuardDominance::Position> GuardDominance::locate(const Stmt *S) const {
  while (S != nullptr) {
    auto It = Elements.find(S);
    if (It != Elements.end())
      return It->second;
    S = Parents->getParent(S);
  }
  return std::nullopt;
}

bool GuardDominance::isReachable(const Stmt *S) const {
  std::optional<Position> At = locate(S);
  return At && Dominators->getBase().isReachableFromEntry(At->Block);
}

llvm::SmallVector<DominatingGuard, 4> GuardDominance::guardsOn(const Stmt *S) const {
  llvm::SmallVector<DominatingGuard, 4> Guards;
  std::optional<Position> At = locate(S);
  if (!At)
    return Guards;
  const auto &Tree = Dominators->getBase();
  const CFGBlock *Target = At->Block;
  for (const auto *Node = Tree.getNode(Target); Node != nullptr && Node->getIDom() != nullptr;
       Node = Node->getIDom(), Target = Node->getBlock()) {
    const CFGBlock *Branch = Node->getIDom()->getBlock();
    if (Branch->succ_size() != 2)
      continue;
    const Expr *Condition = Branch->getLastCondition();
    const CFGBlock *OnTrue = Branch->succ_begin()[0].getReachableBlock();
    const CFGBlock *OnFalse = Branch->succ_begin()[1].getReachableBlock();
    if (Condition == nullptr || OnTrue == OnFalse || (OnTrue != Target && OnFalse != Target))
      continue;
    // Every other way into Target must come back from inside it (a loop).
    const bool OnlyThroughBranch =
        llvm::all_of(Target->preds(), [&](const CFGBlock::AdjacentBlock &Pred) {
          const CFGBlock *From = Pred.getReachableBlock();
          return From == nullptr || From == Branch || Tree.dominates(Target, From);
        });
    if (OnlyThroughBranch)
      Guards.push_back({Condition, OnTrue == Target, Branch, Target});
  }
  return Guards;
}

bool GuardDominance::mayPassBetween(const DominatingGuard &Guard, const Stmt *S,
                                    const Stmt *Write) const {
  return mayPass({Guard.Target, 0}, Guard.Branch, S, Write);
}

bool GuardDominance::dominates(const Stmt *Before, const Stmt *S) const {
  std::optional<Position> First = locate(Before);
  std::optional<Position> Then = locate(S);
  if (!First || !Then)
    return false;
  if (First->Block == Then->Block)
    return First->Index < Then->Index;
  return Dominators->getBase().dominates(First->Block, Then->Block);
}

bool GuardDominance::mayPassBetween(const Stmt *From, const Stmt *S, const Stmt *Write) const {
  std::optional<Position> Start = locate(From);
  return !Start || mayPass(*Start, nullptr, S, Write);
}

bool GuardDominance::mayPass(Position Start, const CFGBlock *Branch, const Stmt *S,
                             const Stmt *Write) const {
  std::optional<Position> Use = locate(S);
  std::optional<Position> Written = locate(Write);
  if (!Use || !Written)
    return true;
  const bool StartIsStatement = Branch == nullptr;
  // From a statement earlier in the use's block, only the segment between counts.
  if (StartIsStatement && Use->Block == Start.Block && Start.Index < Use->Index)
    return Written->Block == Use->Block && Start.Index < Written->Index &&
           Written->Index < Use->Index;
  if (Written->Block == Use->Block && Written->Index < Use->Index)
    return true;
  // Walk back from the use. Every path from the entry to it passes the start,
  // so the walk ends there: at the statement, or at the guard's branch, which
  // re-evaluates the guard (the target block itself may be re-entered from a
  // loop without passing the branch).
  llvm::BitVector Visited(Graph->getNumBlockIDs());
  llvm::SmallVector<const CFGBlock *, 16> Worklist;
  const auto PushPredecessors = [&](const CFGBlock *Block) {
    for (const CFGBlock::AdjacentBlock &Pred : Block->preds()) {
      const CFGBlock *From = Pred.getReachableBlock();
      if (From != nullptr && From != Branch)
        Worklist.push_back(From);
    }
  };
  PushPredecessors(Use->Block);
  while (!Worklist.empty()) {
    const CFGBlock *Block = Worklist.pop_back_val();
    if (Visited.test(Block->getBlockID()))
      continue;
    Visited.set(Block->getBlockID());
    if (StartIsStatement && Block == Start.Block) {
      if (Written->Block == Block && Written->Index > Start.Index)
        return true;
      continue;
    }
    if (Block == Written->Block)
      return true;
    PushPredecessors(Block);
  }
  return false;
}

const Expr *GuardDominance::wholeCondition(const Expr *Part) const {
  const Stmt *Current = Part;
  while (const Stmt *Parent = Parents->getParent(Current)) {
    const auto *Binary = dyn_cast<BinaryOperator>(Parent);
    const auto *Unary = dyn_cast<UnaryOperator>(Parent);
    const bool PartOfCondition =
        isa<ParenExpr, ImplicitCastExpr, FullExpr>(Parent) ||
        (Binary != nullptr && Binary->isLogicalOp()) ||
        (Unary != nullptr && Unary->getOpcode() == UO_LNot);
    if (!PartOfCondition)
      break;
    Current = Parent;
  }
  return dyn_cast<Expr>(Current);
}

} // namespace clang::tidy::allochunt
