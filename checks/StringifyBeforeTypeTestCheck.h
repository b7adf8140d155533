//===--- StringifyBeforeTypeTestCheck.h - stringify-before-type-test -----===//

#ifndef ALLOCHUNT_CHECKS_STRINGIFYBEFORETYPETESTCHECK_H
#define ALLOCHUNT_CHECKS_STRINGIFYBEFORETYPETESTCHECK_H

#include "ClangTidyCheck.h"
#include "lib/Compat.h"
#include "lib/UserCodeScope.h"

#include <string>
#include <vector>

namespace clang::tidy::allochunt {

/// Finds a value turned into a string before the code tests which alternative or type it holds, so every case pays for the allocation.
///
/// `to_string(err).find("unique") != npos && std::holds_alternative<DbError>(err)`
/// gets its operands swapped; a string made from `x` before an `if` that
/// tests the type of `x` and leaves, or used only inside that `if`, moves to
/// after the test.
class StringifyBeforeTypeTestCheck : public ClangTidyCheck {
public:
  StringifyBeforeTypeTestCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  // Matchers run over user code only (lib/UserCodeScope).
  UserCodeMatchFinder UserCode{*this};
  const std::string KindAccessorsOption;
  const std::string StringifyFunctionsOption;
  const std::vector<std::string> KindAccessors;
  const std::vector<std::string> StringifyFunctions;
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_CHECKS_STRINGIFYBEFORETYPETESTCHECK_H
