//===--- MatchTextStability.cpp - does a sub_match keep its text ----------===//

#include "lib/MatchTextStability.h"

#include "lib/RegexAPI.h"
#include "lib/UserCodeParents.h"

#include "utils/DeclRefExprUtils.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::allochunt {

// The variable at the root of `m[1]`, `m.suffix()`, `m`, `sm`: a
// match_results or sub_match declared in the function; null otherwise.
static const VarDecl *rootVariable(const Expr *E) {
  for (;;) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Subscript = dyn_cast<CXXOperatorCallExpr>(E)) {
      if (Subscript->getOperator() != OO_Subscript)
        return nullptr;
      E = Subscript->getArg(0);
    } else if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E)) {
      const CXXMethodDecl *Method = Member->getMethodDecl();
      if (Method == nullptr || !Method->isConst())
        return nullptr;
      E = Member->getImplicitObjectArgument();
    } else {
      break;
    }
  }
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  const auto *Var =
      Ref != nullptr ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (Var == nullptr || !Var->hasLocalStorage())
    return nullptr;
  const QualType T = Var->getType();
  return matchResultsLibrary(T) == RegexLibrary::Std ||
                 subMatchLibrary(T) == RegexLibrary::Std
             ? Var
             : nullptr;
}

static bool isWithin(SourceLocation Loc, SourceRange Range,
                     const SourceManager &SM) {
  return !SM.isBeforeInTranslationUnit(Loc, Range.getBegin()) &&
         !SM.isBeforeInTranslationUnit(Range.getEnd(), Loc);
}

// The references to \p Var in \p Body that may modify it.
static llvm::SmallVector<const DeclRefExpr *, 4>
nonConstUses(const VarDecl &Var, const Stmt &Body, ASTContext &Context) {
  const auto Const = utils::decl_ref_expr::constReferenceDeclRefExprs(
      Var, Body, Context, /*Indirections=*/0);
  llvm::SmallVector<const DeclRefExpr *, 4> Uses;
  for (const DeclRefExpr *Ref :
       utils::decl_ref_expr::allDeclRefExprs(Var, Body, Context))
    if (!Const.contains(Ref))
      Uses.push_back(Ref);
  return Uses;
}

static bool isModifiedIn(const VarDecl &Var, SourceRange Range,
                         const Stmt &Body, ASTContext &Context) {
  for (const DeclRefExpr *Use : nonConstUses(Var, Body, Context))
    if (isWithin(Use->getLocation(), Range, Context.getSourceManager()))
      return true;
  return false;
}

// The regex_search/regex_match call that \p Use passes the match results
// to, if any.
static const CallExpr *searchReceiving(const DeclRefExpr &Use,
                                       ASTContext &Context) {
  const llvm::ArrayRef<DynTypedNode> Parents = userCodeParents(Context, Use);
  const auto *Call = Parents.size() == 1 ? Parents[0].get<CallExpr>() : nullptr;
  if (Call == nullptr)
    return nullptr;
  const RegexAlgorithm Algorithm =
      classifyRegexFunction(Call->getDirectCallee()).Algorithm;
  return Algorithm == RegexAlgorithm::Search ||
                 Algorithm == RegexAlgorithm::Match
             ? Call
             : nullptr;
}

bool isMatchTextStableIn(const Expr &Object, SourceRange Range,
                         const Stmt &Body, ASTContext &Context) {
  const VarDecl *Root = rootVariable(&Object);
  if (Root == nullptr || isModifiedIn(*Root, Range, Body, Context))
    return false;
  // The subject of the last search that wrote the match results before the
  // range.
  const SourceManager &SM = Context.getSourceManager();
  const CallExpr *LastSearch = nullptr;
  for (const DeclRefExpr *Use : nonConstUses(*Root, Body, Context)) {
    const CallExpr *Search = searchReceiving(*Use, Context);
    if (Search != nullptr &&
        SM.isBeforeInTranslationUnit(Use->getLocation(), Range.getBegin()) &&
        (LastSearch == nullptr ||
         SM.isBeforeInTranslationUnit(LastSearch->getBeginLoc(),
                                      Search->getBeginLoc())))
      LastSearch = Search;
  }
  if (LastSearch == nullptr)
    return isa<ParmVarDecl>(Root);
  const auto *SubjectRef =
      dyn_cast<DeclRefExpr>(LastSearch->getArg(0)->IgnoreParenImpCasts());
  const auto *Subject = SubjectRef != nullptr
                            ? dyn_cast<VarDecl>(SubjectRef->getDecl())
                            : nullptr;
  return Subject != nullptr && Subject->hasLocalStorage() &&
         !isModifiedIn(*Subject, Range, Body, Context);
}

} // namespace clang::tidy::allochunt
