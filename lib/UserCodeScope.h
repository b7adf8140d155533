//===--- UserCodeScope.h - match a check's matchers over user code only ---===//
//
// clang-tidy's match finder visits every node of the translation unit, and
// before LLVM 22 that includes every system header: most of a C++ TU. Each
// matcher is tried on every node of its kind there, so a check that starts
// from calls or variables costs several percent of the whole run on headers
// it never reports on. A check that owns a UserCodeMatchFinder registers its
// matchers on it instead: the shared finder gets one trigger, on the
// translation unit, whose callback runs the private finder over the top-level
// declarations outside system headers (and everything in them, template
// instantiations included). A tool that already narrowed the AST (clangd:
// the main file) keeps its narrower scope.
//
// The check's onStartOfTranslationUnit and onEndOfTranslationUnit are called
// by the private finder, around its run; --enable-check-profile charges the
// whole run to the check.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_USERCODESCOPE_H
#define ALLOCHUNT_LIB_USERCODESCOPE_H

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

#include <vector>

namespace clang::tidy::allochunt {

/// The top-level declarations of \p Context's translation unit that are not
/// in a system header, or the context's traversal scope when a tool has
/// narrowed it. Computed once per context.
const std::vector<Decl *> &userCodeScope(ASTContext &Context);

/// A private match finder that a check's matchers are added to, run over
/// userCodeScope() once per translation unit.
class UserCodeMatchFinder : public ast_matchers::MatchFinder::MatchCallback {
public:
  /// \p Owner names the run in profiles (its getID()).
  explicit UserCodeMatchFinder(const ast_matchers::MatchFinder::MatchCallback &Owner)
      : Owner(Owner) {}

  /// Registers the trigger on clang-tidy's finder, and returns the private
  /// finder the check adds its matchers to.
  ast_matchers::MatchFinder &attach(ast_matchers::MatchFinder &Shared);

  void run(const ast_matchers::MatchFinder::MatchResult &Result) override;
  llvm::StringRef getID() const override { return Owner.getID(); }

private:
  const ast_matchers::MatchFinder::MatchCallback &Owner;
  ast_matchers::MatchFinder Private;
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_USERCODESCOPE_H
