//===--- ParameterUse.cpp - is a function parameter actually read? --------===//

#include "lib/ParameterUse.h"

#include "clang/Analysis/CFG.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace clang::tidy::allochunt {

using namespace ast_matchers;

// The references to \p Param in \p Body that read it: all of them but those
// inside a discard.
static llvm::SmallPtrSet<const DeclRefExpr *, 4>
readingReferences(const Stmt &Body, const ParmVarDecl &Param, ASTContext &Ctx) {
  const auto Ref = declRefExpr(to(parmVarDecl(equalsNode(&Param))));
  const auto Discarded = expr(anyOf(
      explicitCastExpr(hasDestinationType(voidType()),
                       hasSourceExpression(ignoringParenImpCasts(Ref.bind("discarded")))),
      cxxOperatorCallExpr(
          hasOverloadedOperatorName("="),
          hasArgument(0, ignoringParenImpCasts(declRefExpr(
                             to(varDecl(hasName("::std::ignore")))))),
          hasArgument(1, ignoringParenImpCasts(Ref.bind("discarded"))))));
  llvm::SmallPtrSet<const DeclRefExpr *, 4> Reads;
  for (const BoundNodes &Match : match(findAll(Ref.bind("ref")), Body, Ctx))
    Reads.insert(Match.getNodeAs<DeclRefExpr>("ref"));
  for (const BoundNodes &Match : match(findAll(Discarded), Body, Ctx))
    Reads.erase(Match.getNodeAs<DeclRefExpr>("discarded"));
  return Reads;
}

bool isParameterRead(const FunctionDecl &Function, const ParmVarDecl &Param,
                     ASTContext &Ctx) {
  const Stmt *Body = Function.getBody();
  if (Body == nullptr || Param.getName().empty() || !Param.isReferenced())
    return false;
  return !readingReferences(*Body, Param, Ctx).empty();
}

llvm::SmallVector<const ReturnStmt *, 2>
returnsBeforeParameterRead(const FunctionDecl &Function,
                           const ParmVarDecl &Param, ASTContext &Ctx) {
  llvm::SmallVector<const ReturnStmt *, 2> Returns;
  Stmt *Body = Function.getBody();
  if (Body == nullptr)
    return Returns;
  const auto Reads = Param.getName().empty() || !Param.isReferenced()
                         ? llvm::SmallPtrSet<const DeclRefExpr *, 4>()
                         : readingReferences(*Body, Param, Ctx);
  CFG::BuildOptions Options;
  Options.setAllAlwaysAdd(); // Each reference is an element of its own.
  const std::unique_ptr<CFG> Graph =
      CFG::buildCFG(&Function, Body, &Ctx, Options);
  if (Graph == nullptr)
    return Returns;
  // Walk from the entry; a block is entered unread at most once, and a path
  // stops at the first read.
  llvm::BitVector Visited(Graph->getNumBlockIDs());
  llvm::SmallVector<const CFGBlock *, 8> Work = {&Graph->getEntry()};
  Visited.set(Graph->getEntry().getBlockID());
  while (!Work.empty()) {
    const CFGBlock *Block = Work.pop_back_val();
    bool Read = false;
    for (const CFGElement &Element : *Block) {
      const std::optional<CFGStmt> S = Element.getAs<CFGStmt>();
      if (!S)
        continue;
      if (const auto *Ref = dyn_cast<DeclRefExpr>(S->getStmt());
          Ref != nullptr && Reads.contains(Ref)) {
        Read = true;
        break;
      }
      if (const auto *Return = dyn_cast<ReturnStmt>(S->getStmt()))
        Returns.push_back(Return);
    }
    if (Read)
      continue;
    for (const CFGBlock::AdjacentBlock &Next : Block->succs())
      if (const CFGBlock *To = Next.getReachableBlock();
          To != nullptr && !Visited.test(To->getBlockID())) {
        Visited.set(To->getBlockID());
        Work.push_back(To);
      }
  }
  const SourceManager &Sources = Ctx.getSourceManager();
  llvm::sort(Returns, [&Sources](const ReturnStmt *A, const ReturnStmt *B) {
    return Sources.isBeforeInTranslationUnit(A->getBeginLoc(), B->getBeginLoc());
  });
  return Returns;
}

} // namespace clang::tidy::allochunt
