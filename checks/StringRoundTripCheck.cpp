//===--- StringRoundTripCheck.cpp - allochunt-string-round-trip -----------===//

#include "StringRoundTripCheck.h"

#include "lib/StringTypes.h"
#include "lib/TemplateInstantiation.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

using namespace clang::ast_matchers;

namespace clang::tidy::allochunt {

StringRoundTripCheck::StringRoundTripCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      AssumeNoEmbeddedNul(Options.get("AssumeNoEmbeddedNul", true)) {}

void StringRoundTripCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "AssumeNoEmbeddedNul", AssumeNoEmbeddedNul);
}

void StringRoundTripCheck::registerMatchers(MatchFinder *Finder) {
  Finder = &UserCode.attach(*Finder);
  // `s.c_str()` / `s.data()` / `sv.data()` as the only argument of a string
  // constructor taking a character pointer.
  const auto CharsOfString = cxxMemberCallExpr(
      callee(cxxMethodDecl(hasAnyName("c_str", "data"), parameterCountIs(0),
                           ofClass(hasAnyName("::std::basic_string",
                                              "::std::basic_string_view")))));
  Finder->addMatcher(
      cxxConstructExpr(unless(hasArgument(1, unless(cxxDefaultArgExpr()))),
                       hasDeclaration(cxxConstructorDecl(ofClass(hasName("::std::basic_string")))),
                       hasArgument(0, ignoringParenImpCasts(CharsOfString.bind("chars"))),
                       unless(isExpansionInSystemHeader()), unless(isInInstantiatedCode()))
          .bind("construct"),
      this);
  // `s = s.substr(...)`.
  Finder->addMatcher(
      cxxOperatorCallExpr(
          hasOverloadedOperatorName("="), argumentCountIs(2),
          hasArgument(1, ignoringImplicit(ignoringParenImpCasts(
                             cxxMemberCallExpr(callee(cxxMethodDecl(
                                                   hasName("substr"),
                                                   ofClass(hasName("::std::basic_string")))))
                                 .bind("substr")))),
          unless(isExpansionInSystemHeader()), unless(isInInstantiatedCode()))
          .bind("assign"),
      this);
}

// The declaration a plain variable reference names, or null.
static const ValueDecl *namedVariable(const Expr *E) {
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
    return isa<VarDecl>(Ref->getDecl()) ? Ref->getDecl() : nullptr;
  return nullptr;
}

static bool inMacro(SourceRange Range) {
  return Range.getBegin().isMacroID() || Range.getEnd().isMacroID();
}

void StringRoundTripCheck::check(const MatchFinder::MatchResult &Result) {
  if (const auto *Construct = Result.Nodes.getNodeAs<CXXConstructExpr>("construct"))
    checkConversion(*Construct, *Result.Nodes.getNodeAs<CXXMemberCallExpr>("chars"), Result);
  else if (const auto *Assign = Result.Nodes.getNodeAs<CXXOperatorCallExpr>("assign"))
    checkSubstr(*Assign, *Result.Nodes.getNodeAs<CXXMemberCallExpr>("substr"));
}

void StringRoundTripCheck::checkConversion(const CXXConstructExpr &Construct,
                                           const CXXMemberCallExpr &Call,
                                           const MatchFinder::MatchResult &Result) {
  const Expr *Object = Call.getImplicitObjectArgument();
  if (Object == nullptr)
    return;
  const QualType ObjectType = Object->getType();
  const StringRef Method = Call.getMethodDecl()->getName();
  const SourceLocation Loc = Call.getExprLoc();
  if (isStringViewType(ObjectType)) {
    if (Method != "data")
      return;
    diag(Loc, "std::string built from 'data()' of a %0 copies up to the first NUL, "
              "which may lie past the end of the view; construct it from the view itself")
        << stringTypeSpelling(ObjectType);
    return;
  }
  if (!isOwningStringType(ObjectType) ||
      ObjectType.getNonReferenceType().getCanonicalType().getUnqualifiedType() !=
          Construct.getType().getCanonicalType().getUnqualifiedType())
    return;
  const bool IsCStr = Method == "c_str";
  auto Diag = diag(Loc, "%0 copied through '%1()' into a new %0: the copy measures the "
                        "characters again%select{| and stops at the first embedded NUL}2; "
                        "use the string itself")
              << stringTypeSpelling(ObjectType) << Method << IsCStr;
  const bool Implicit = Construct.getParenOrBraceRange().isInvalid() &&
                        !isa<CXXTemporaryObjectExpr>(Construct);
  // Only the implicit conversion (to a parameter or a copy-initialised
  // variable) is fixed: dropping the call makes it a copy of the string.
  if (!Implicit || !AssumeNoEmbeddedNul)
    return;
  if (inMacro(Call.getSourceRange()) || Call.getRParenLoc().isMacroID())
    return;
  const SourceLocation AfterObject = Lexer::getLocForEndOfToken(
      Object->getEndLoc(), 0, *Result.SourceManager, getLangOpts());
  if (AfterObject.isInvalid())
    return;
  Diag << FixItHint::CreateRemoval(
      CharSourceRange::getCharRange(AfterObject, Call.getEndLoc().getLocWithOffset(1)));
}

void StringRoundTripCheck::checkSubstr(const CXXOperatorCallExpr &Assign,
                                       const CXXMemberCallExpr &Substr) {
  const ValueDecl *Target = namedVariable(Assign.getArg(0));
  const Expr *Object = Substr.getImplicitObjectArgument();
  if (Target == nullptr || Object == nullptr || namedVariable(Object) != Target)
    return;
  const unsigned Args = Substr.getNumArgs();
  const auto IsDefault = [&](unsigned I) { return isa<CXXDefaultArgExpr>(Substr.getArg(I)); };
  const bool HasPos = Args >= 1 && !IsDefault(0);
  const bool HasLen = Args >= 2 && !IsDefault(1);
  const SourceLocation Loc = Assign.getOperatorLoc();
  if (HasPos && !HasLen) {
    // No fix-it: 's.erase(0, n)' empties the string where 's.substr(n)'
    // throws std::out_of_range (n > s.size()), so it is the same program only
    // when n is known to be in range.
    diag(Loc, "assigning '%0.substr(n)' to '%0' allocates a new string; '%0.erase(0, n)' "
              "removes the prefix in place (where n > %0.size(), erase empties the string "
              "and substr throws)")
        << Target->getName();
    return;
  }
  if (HasPos && HasLen) {
    diag(Loc, "assigning '%0.substr(pos, n)' to '%0' allocates a new string; erase the "
              "unwanted characters in place instead (for pos 0, 'if (n < %0.size()) "
              "%0.erase(n)' keeps the clamping of substr)")
        << Target->getName();
  }
}

} // namespace clang::tidy::allochunt
