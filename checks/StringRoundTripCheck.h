//===--- StringRoundTripCheck.h - allochunt-string-round-trip -------------===//

#ifndef ALLOCHUNT_CHECKS_STRINGROUNDTRIPCHECK_H
#define ALLOCHUNT_CHECKS_STRINGROUNDTRIPCHECK_H

#include "ClangTidyCheck.h"
#include "lib/Compat.h"
#include "lib/UserCodeScope.h"

#include <optional>

namespace clang::tidy::allochunt {

struct StringCopy;

/// Finds a std::string copied out through `c_str()`, `data()`, its iterators
/// or a `std::string_view` straight into a new std::string, a string built
/// from `sv.data()`, and `s = s.substr(...)`, which copies the characters an
/// in-place erase would keep.
///
/// See docs/checks/string-round-trip.md.
class StringRoundTripCheck : public ClangTidyCheck {
public:
  StringRoundTripCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkCopy(const CXXConstructExpr &Construct, const StringCopy &Copy,
                 ASTContext &Context);
  std::optional<FixItHint> copyFix(const CXXConstructExpr &Construct, const StringCopy &Copy,
                                   QualType String, ASTContext &Context,
                                   const NamedDecl *&Competitor) const;
  void checkViewData(const CXXMemberCallExpr &Call);
  void checkSubstr(const CXXOperatorCallExpr &Assign, const CXXMemberCallExpr &Substr);

  // Matchers run over user code only (lib/UserCodeScope).
  UserCodeMatchFinder UserCode{*this};
  const bool AssumeNoEmbeddedNul;
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_CHECKS_STRINGROUNDTRIPCHECK_H
