//===--- StringViewParameterCheck.h - allochunt-string-view-parameter -----===//

#ifndef ALLOCHUNT_CHECKS_STRINGVIEWPARAMETERCHECK_H
#define ALLOCHUNT_CHECKS_STRINGVIEWPARAMETERCHECK_H

#include "lib/Compat.h"

#include "lib/UserCodeScope.h"

#include "utils/IncludeInserter.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SmallVector.h"

#include <utility>
#include <vector>

namespace clang::tidy::allochunt {

/// Finds 'const std::string&' parameters that the function only reads while
/// its callers pass string literals or C strings, each building a temporary
/// std::string, and suggests std::string_view.
///
/// See docs/checks/string-view-parameter.md.
class StringViewParameterCheck : public ClangTidyCheck {
public:
  StringViewParameterCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus17;
  }
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  // Matchers run over user code only (lib/UserCodeScope).
  UserCodeMatchFinder UserCode{*this};

  void checkFunction(const FunctionDecl &Function,
                     llvm::ArrayRef<const CallExpr *> Calls);

  const bool IncludeExternalFunctions;
  const unsigned SmallStringCapacity;
  utils::IncludeInserter Inserter;

  ASTContext *Context = nullptr;
  /// Calls of candidate functions, by the canonical declaration of the callee.
  llvm::MapVector<const FunctionDecl *, llvm::SmallVector<const CallExpr *, 4>> Calls;
  /// Candidate functions named other than as the callee of a call.
  llvm::DenseSet<const FunctionDecl *> AddressTaken;
  /// Every reference to a candidate function, and those that are a callee.
  std::vector<std::pair<const FunctionDecl *, const DeclRefExpr *>> References;
  llvm::DenseSet<const DeclRefExpr *> CalleeReferences;
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_CHECKS_STRINGVIEWPARAMETERCHECK_H
