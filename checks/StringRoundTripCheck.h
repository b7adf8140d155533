//===--- StringRoundTripCheck.h - allochunt-string-round-trip -------------===//

#ifndef ALLOCHUNT_CHECKS_STRINGROUNDTRIPCHECK_H
#define ALLOCHUNT_CHECKS_STRINGROUNDTRIPCHECK_H

#include "ClangTidyCheck.h"
#include "lib/Compat.h"
#include "lib/UserCodeScope.h"

namespace clang::tidy::allochunt {

/// Finds characters copied out of a std::string and straight back into a
/// new one: `std::string(s.c_str())`, `s.c_str()` passed to a
/// `const std::string&` parameter, `std::string(sv.data())`, and
/// `s = s.substr(n)` (which `s.erase(0, n)` does in place).
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
  void checkConversion(const CXXConstructExpr &Construct, const CXXMemberCallExpr &Call,
                       const ast_matchers::MatchFinder::MatchResult &Result);
  void checkSubstr(const CXXOperatorCallExpr &Assign, const CXXMemberCallExpr &Substr);

  // Matchers run over user code only (lib/UserCodeScope).
  UserCodeMatchFinder UserCode{*this};
  const bool AssumeNoEmbeddedNul;
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_CHECKS_STRINGROUNDTRIPCHECK_H
