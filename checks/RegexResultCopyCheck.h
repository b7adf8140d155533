//===--- RegexResultCopyCheck.h - allochunt-regex-result-copy -------------===//

#ifndef ALLOCHUNT_CHECKS_REGEXRESULTCOPYCHECK_H
#define ALLOCHUNT_CHECKS_REGEXRESULTCOPYCHECK_H

#include "lib/Compat.h"

#include "lib/UserCodeScope.h"

#include "ClangTidyCheck.h"

namespace clang::tidy::allochunt {

/// Finds regex inputs and results copied into new strings when no copy is
/// needed.
///
/// Three forms: `s = std::regex_replace(s, re, fmt)`, which builds a new
/// string even when nothing matches; a sub-match turned into a string only to
/// be compared; a temporary string built only to be searched or matched.
class RegexResultCopyCheck : public ClangTidyCheck {
public:
  RegexResultCopyCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus11;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  // Matchers run over user code only (lib/UserCodeScope).
  UserCodeMatchFinder UserCode{*this};
  void checkReplaceIntoItself(const CallExpr &Replace, ASTContext &Context);
  void checkTemporarySubject(const CallExpr &Call, ASTContext &Context);
  void checkSubMatchCopy(const CXXMemberCallExpr &Text, ASTContext &Context);
  void checkNamedSubMatchCopy(const VarDecl &Var, QualType SubMatch,
                              const Expr &Source, ASTContext &Context);

  const bool GuardReplaceWithSearch;
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_CHECKS_REGEXRESULTCOPYCHECK_H
