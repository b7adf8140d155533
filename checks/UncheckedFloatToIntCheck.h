//===--- UncheckedFloatToIntCheck.h - allochunt-unchecked-float-to-int ----===//

#ifndef ALLOCHUNT_CHECKS_UNCHECKEDFLOATTOINTCHECK_H
#define ALLOCHUNT_CHECKS_UNCHECKEDFLOATTOINTCHECK_H

#include "lib/Compat.h"

#include "lib/UserCodeScope.h"

#include "ClangTidyCheck.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

#include <memory>
#include <string>

namespace clang::tidy::allochunt {

/// Finds conversions from floating-point to integer types that are undefined behaviour because no guard proves the value finite (and, optionally, in range) on every path to them.
///
/// The guard reasoning is flow-sensitive and exact about NaN; see
/// docs/checks/unchecked-float-to-int.md.
class UncheckedFloatToIntCheck : public ClangTidyCheck {
public:
  UncheckedFloatToIntCheck(StringRef Name, ClangTidyContext *Context);
  ~UncheckedFloatToIntCheck() override;
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void onStartOfTranslationUnit() override;

private:
  // Matchers run over user code only (lib/UserCodeScope).
  UserCodeMatchFinder UserCode{*this};
  struct FunctionAnalysis;
  /// The per-function analyses, built once per function of this TU.
  FunctionAnalysis &analysisOf(const Decl *Function);

  const bool FlagAll;
  const bool RequireRangeCheck;
  const std::string CheckedConversionFunction;
  const unsigned MaxCFGBlocks;
  llvm::DenseMap<const Decl *, std::unique_ptr<FunctionAnalysis>> Functions;
  llvm::DenseSet<SourceLocation> Reported;
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_CHECKS_UNCHECKEDFLOATTOINTCHECK_H
