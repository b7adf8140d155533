//===--- HoistPoint.cpp - where a fix-it can declare something earlier ----===//

#include "lib/HoistPoint.h"

#include "lib/LocalParentMap.h"
#include "lib/UserCodeParents.h"

#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::allochunt {

// Initialisers of members, parameters and globals are not in a function body.
static bool endsTheWalk(const DynTypedNode &Parent) {
  if (Parent.get<FieldDecl>() != nullptr ||
      Parent.get<ParmVarDecl>() != nullptr ||
      Parent.get<TranslationUnitDecl>() != nullptr)
    return true;
  const auto *Var = Parent.get<VarDecl>();
  return Var != nullptr && !Var->isLocalVarDecl();
}

HoistPoint findHoistPoint(const Expr &E, ASTContext &Ctx) {
  HoistPoint Point;
  DynTypedNode Child = DynTypedNode::create(E);
  while (true) {
    const auto Parents = userCodeParents(Ctx, Child);
    if (Parents.empty())
      return Point;
    const DynTypedNode &Parent = Parents[0];
    if (const auto *Function = Parent.get<FunctionDecl>()) {
      Point.Function = Function;
      return Point;
    }
    const auto *ChildStmt = Child.get<Stmt>();
    if (const auto *Lambda = Parent.get<LambdaExpr>();
        Lambda != nullptr && ChildStmt == Lambda->getBody()) {
      Point.Function = Lambda->getCallOperator();
      return Point;
    }
    if (const auto *Block = Parent.get<CompoundStmt>();
        Block != nullptr && Point.Statement == nullptr) {
      Point.Statement = ChildStmt;
      Point.Block = Block;
    }
    if (const auto *ParentStmt = Parent.get<Stmt>();
        ParentStmt != nullptr && isRepeatedPartOfLoop(*ParentStmt, ChildStmt))
      Point.InLoop = true;
    if (endsTheWalk(Parent))
      return Point;
    Child = Parent;
  }
}

std::optional<std::string> indentationBefore(SourceLocation Loc,
                                             const SourceManager &SM) {
  if (!Loc.isFileID())
    return std::nullopt;
  const auto [File, Offset] = SM.getDecomposedLoc(Loc);
  const llvm::StringRef Buffer = SM.getBufferData(File);
  const size_t LineStart = Buffer.rfind('\n', Offset == 0 ? 0 : Offset - 1);
  const size_t Start = LineStart == llvm::StringRef::npos ? 0 : LineStart + 1;
  const llvm::StringRef Prefix = Buffer.slice(Start, Offset);
  if (Prefix.find_first_not_of(" \t") != llvm::StringRef::npos)
    return std::nullopt;
  return Prefix.str();
}

} // namespace clang::tidy::allochunt
