//===--- StringifyToCompareCheck.h - allochunt-stringify-to-compare -------===//

#ifndef ALLOCHUNT_CHECKS_STRINGIFYTOCOMPARECHECK_H
#define ALLOCHUNT_CHECKS_STRINGIFYTOCOMPARECHECK_H

#include "ClangTidyCheck.h"
#include "lib/Compat.h"
#include "lib/UserCodeScope.h"

#include <string>
#include <vector>

namespace clang::tidy::allochunt {

/// Finds a value converted to a new string only to compare or search the text.
///
/// `std::to_string(n) == "404"` becomes `n == 404`; a string stream's
/// `str()` that is only compared, searched or measured becomes `view()` in
/// C++20; `fmt::format`, `std::format`, `boost::lexical_cast<std::string>`
/// and the functions in `StringifyFunctions` compared with a literal get a
/// note saying what to compare instead where the check can tell.
class StringifyToCompareCheck : public ClangTidyCheck {
public:
  StringifyToCompareCheck(StringRef Name, ClangTidyContext *Context);
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
  const std::vector<std::string> StringifyFunctions;
  /// allochunt-serialize-to-measure reports `str().size()` when enabled.
  const bool MeasuredElsewhere;
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_CHECKS_STRINGIFYTOCOMPARECHECK_H
