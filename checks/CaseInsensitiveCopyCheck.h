//===--- CaseInsensitiveCopyCheck.h - allochunt-case-insensitive-copy -----===//

#ifndef ALLOCHUNT_CHECKS_CASEINSENSITIVECOPYCHECK_H
#define ALLOCHUNT_CHECKS_CASEINSENSITIVECOPYCHECK_H

#include "ClangTidyCheck.h"
#include "lib/Compat.h"
#include "lib/UserCodeScope.h"

#include <string>
#include <vector>

namespace clang::tidy::allochunt {

/// Finds a lowercase or uppercase copy made only to compare or search, and a constant case-converted on every call.
///
/// `to_lower_copy(a) == to_lower_copy(b)` becomes `boost::algorithm::iequals(a, b)`
/// (`absl::AsciiStrToLower` with `absl::EqualsIgnoreCase` likewise);
/// `x == absl::AsciiStrToLower("Authorization")` becomes
/// `x == "authorization"`; a copy lowercased with `std::transform` and then
/// only compared gets a note naming the allocation-free comparison.
class CaseInsensitiveCopyCheck : public ClangTidyCheck {
public:
  CaseInsensitiveCopyCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  // Matchers run over user code only (lib/UserCodeScope).
  UserCodeMatchFinder UserCode{*this};
  llvm::SmallVector<std::string, 1> InvalidNames; // Reported by the constructor.
  const std::vector<std::string> CaseConversionFunctions;
  const std::string CaseInsensitiveEquals;
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_CHECKS_CASEINSENSITIVECOPYCHECK_H
