//===--- GlobalAllocatorContractCheck.h - allochunt-global-allocator-contract

#ifndef ALLOCHUNT_CHECKS_GLOBALALLOCATORCONTRACTCHECK_H
#define ALLOCHUNT_CHECKS_GLOBALALLOCATORCONTRACTCHECK_H

#include "lib/Compat.h"

#include "lib/AllocationFunctionForm.h"
#include "lib/UserCodeScope.h"

#include "ClangTidyCheck.h"

#include <array>

namespace clang::tidy::allochunt {

/// Flags replacement and class-specific `operator new` and `operator delete`
/// definitions that break the standard's contract: a throwing form that can
/// return null, a nothrow form that can throw, an aligned form that ignores
/// the alignment, a global family replaced incompletely, and allocator state
/// written without synchronisation.
class GlobalAllocatorContractCheck : public ClangTidyCheck {
public:
  GlobalAllocatorContractCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() override;

private:
  // Matchers run over user code only (lib/UserCodeScope).
  UserCodeMatchFinder UserCode{*this};
  void checkAllocation(const FunctionDecl &New, ASTContext &Ctx);
  void checkSharedState(const FunctionDecl &Function);
  bool isNullReturningAllocator(const FunctionDecl &Callee) const;
  std::vector<std::string> parseFunctionList(StringRef Option, StringRef Raw);

  const bool AssumeSingleThreaded;
  const std::string RawNullReturningAllocators;
  const std::vector<std::string> NullReturningAllocators;
  const std::string RawUnderAlignedAllocators;
  const std::vector<std::string> UnderAlignedAllocators;

  // The global forms this translation unit replaces (defines or declares
  // outside system headers), and the definition of each one defined here.
  std::array<bool, AllocationFunctionForm::FormCount> Replaced{};
  std::array<const FunctionDecl *, AllocationFunctionForm::FormCount>
      Definitions{};
  bool Rejected = false;
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_CHECKS_GLOBALALLOCATORCONTRACTCHECK_H
