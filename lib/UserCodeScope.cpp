//===--- UserCodeScope.cpp - match a check's matchers over user code only -===//

#include "lib/UserCodeScope.h"

#include "lib/PerASTContext.h"

#include "clang/AST/Decl.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"

#include <iterator>

namespace clang::tidy::allochunt {

using namespace ast_matchers;

static bool isWholeTranslationUnit(const std::vector<Decl *> &Scope) {
  return Scope.size() == 1 && isa<TranslationUnitDecl>(Scope.front());
}

const std::vector<Decl *> &userCodeScope(ASTContext &Context) {
  static PerASTContext<std::vector<Decl *>> Scopes;
  return Scopes.get(Context, [&] {
    std::vector<Decl *> Scope = Context.getTraversalScope();
    if (!isWholeTranslationUnit(Scope))
      return Scope;
    Scope.clear();
    const SourceManager &SM = Context.getSourceManager();
    llvm::copy_if(Context.getTranslationUnitDecl()->decls(), std::back_inserter(Scope),
                  [&](const Decl *D) {
                    return !SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation()));
                  });
    return Scope;
  });
}

MatchFinder &UserCodeMatchFinder::attach(MatchFinder &Shared) {
  Shared.addMatcher(translationUnitDecl(), this);
  return Private;
}

void UserCodeMatchFinder::run(const MatchFinder::MatchResult &Result) {
  ASTContext &Context = *Result.Context;
  const std::vector<Decl *> Saved = Context.getTraversalScope();
  const bool Narrow = isWholeTranslationUnit(Saved);
  // The shared finder matched the translation unit before visiting anything
  // in it, and reads the scope only after this returns; setting it clears
  // the context's parent map, which nothing has built yet at this point.
  if (Narrow)
    Context.setTraversalScope(userCodeScope(Context));
  Private.matchAST(Context);
  if (Narrow)
    Context.setTraversalScope(Saved);
}

} // namespace clang::tidy::allochunt
