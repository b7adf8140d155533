//===--- PerCallConstantCheck.h - allochunt-per-call-constant -------------===//

#ifndef ALLOCHUNT_CHECKS_PERCALLCONSTANTCHECK_H
#define ALLOCHUNT_CHECKS_PERCALLCONSTANTCHECK_H

#include "lib/Compat.h"

#include "lib/UserCodeScope.h"

#include "ClangTidyCheck.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"

#include <string>
#include <vector>

namespace clang::tidy::allochunt {

/// A constant object that allocates is rebuilt on every call (or every loop
/// iteration) instead of once.
///
/// Flags local variables of allocating types (containers, long strings,
/// regular expressions, named locales) initialised only from constants and
/// never modified, and temporary regular expressions built from constants and
/// passed straight to a call; the fix makes them function-local
/// `static const` objects.
class PerCallConstantCheck : public ClangTidyCheck {
public:
  PerCallConstantCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus11;
  }
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void onEndOfTranslationUnit() override;

private:
  // Matchers run over user code only (lib/UserCodeScope).
  UserCodeMatchFinder UserCode{*this};
  void checkVariable(const VarDecl &Var, ASTContext &Ctx);
  void checkTemporaryRegex(const Expr &Temporary, ASTContext &Ctx);

  const std::string RawTypes;
  const std::vector<std::string> TypeNames;
  const std::vector<StringRef> Types;
  const unsigned SmallStringCapacity;
  Preprocessor *PP = nullptr;
  /// Names given to new regex variables, per function, in this translation
  /// unit.
  llvm::DenseMap<const FunctionDecl *, llvm::StringSet<>> NamesGiven;
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_CHECKS_PERCALLCONSTANTCHECK_H
