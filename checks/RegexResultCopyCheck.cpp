//===--- RegexResultCopyCheck.cpp - allochunt-regex-result-copy -----------===//

#include "RegexResultCopyCheck.h"

#include "lib/MatchTextStability.h"
#include "lib/RegexAPI.h"
#include "lib/RejectedCode.h"
#include "lib/StatementGuards.h"
#include "lib/StringTypes.h"
#include "lib/TemplateInstantiation.h"
#include "lib/TextReads.h"
#include "lib/UserCodeParents.h"

#include "utils/ASTUtils.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

#include <cstdint>
#include <optional>

using namespace clang::ast_matchers;

namespace clang::tidy::allochunt {

static const Stmt *parentStmt(const Stmt &S, ASTContext &Context) {
  const llvm::ArrayRef<DynTypedNode> Parents = userCodeParents(Context, S);
  return Parents.size() == 1 ? Parents[0].get<Stmt>() : nullptr;
}

// The outermost node above \p E that only carries its value (temporaries,
// non-converting implicit casts, parentheses, full-expression cleanups).
static const Expr *outermostCarrier(const Expr *E, ASTContext &Context) {
  while (const auto *Parent = dyn_cast_or_null<Expr>(parentStmt(*E, Context))) {
    const auto *Cast = dyn_cast<ImplicitCastExpr>(Parent);
    if ((Cast == nullptr || Cast->getCastKind() == CK_UserDefinedConversion) &&
        !isa<MaterializeTemporaryExpr, CXXBindTemporaryExpr, ParenExpr,
             ExprWithCleanups>(Parent))
      break;
    E = Parent;
  }
  return E;
}

// The variable or member that \p E names, or null.
static const NamedDecl *namedVariable(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return isa<VarDecl, BindingDecl>(Ref->getDecl()) ? Ref->getDecl() : nullptr;
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return namedVariable(Member->getBase()) != nullptr ||
                   isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts())
               ? Member->getMemberDecl()
               : nullptr;
  return nullptr;
}

static bool sameVariable(const Expr *A, const Expr *B,
                         const ASTContext &Context) {
  return namedVariable(A) != nullptr &&
         utils::areStatementsIdentical(A->IgnoreParenImpCasts(),
                                       B->IgnoreParenImpCasts(), Context);
}

// The source text of \p Range, or "" when an end of it comes from a macro.
static StringRef fileText(SourceRange Range, const ASTContext &Context) {
  if (Range.isInvalid() || Range.getBegin().isMacroID() ||
      Range.getEnd().isMacroID())
    return "";
  return Lexer::getSourceText(CharSourceRange::getTokenRange(Range),
                              Context.getSourceManager(),
                              Context.getLangOpts());
}

// "std::string", "std::wstring", ... for a std::basic_string with the
// standard traits and allocator; "std::basic_string" for any other.
static std::string owningStringSpelling(QualType T) {
  const std::string View = stringViewSpelling(T);
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getNonReferenceType().getCanonicalType()->getAsCXXRecordDecl());
  if (View.empty() || Spec == nullptr || Spec->getTemplateArgs().size() < 3)
    return "std::basic_string";
  const CXXRecordDecl *Allocator =
      Spec->getTemplateArgs()[2].getAsType()->getAsCXXRecordDecl();
  if (Allocator == nullptr || !Allocator->isInStdNamespace() ||
      Allocator->getName() != "allocator")
    return "std::basic_string";
  return View.substr(0, View.size() - StringRef("_view").size());
}

static StringRef libraryPrefix(RegexLibrary Library) {
  return Library == RegexLibrary::Boost ? "boost::" : "std::";
}

// True when \p S contains a regex_search or regex_match of \p Subject.
static bool searchesSubject(const Stmt &S, const Expr &Subject,
                            const ASTContext &Context) {
  if (const auto *Call = dyn_cast<CallExpr>(&S)) {
    const RegexAlgorithm Algorithm =
        classifyRegexFunction(Call->getDirectCallee()).Algorithm;
    if ((Algorithm == RegexAlgorithm::Search ||
         Algorithm == RegexAlgorithm::Match) &&
        Call->getNumArgs() > 0 &&
        sameVariable(&Subject, Call->getArg(0), Context))
      return true;
  }
  return llvm::any_of(S.children(), [&](const Stmt *Child) {
    return Child != nullptr && searchesSubject(*Child, Subject, Context);
  });
}

// The source of an explicit owning-string temporary (`std::string(x)`,
// `std::string{x}`, `static_cast<std::string>(x)`, `(std::string)x`) built
// from one argument, or null.
static const Expr *explicitStringTemporarySource(const Expr &E) {
  const Expr *Temporary = E.IgnoreImplicit();
  const CXXConstructExpr *Construct =
      dyn_cast<CXXTemporaryObjectExpr>(Temporary);
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(Temporary))
    Construct =
        dyn_cast<CXXConstructExpr>(Cast->getSubExpr()->IgnoreImplicit());
  if (Construct == nullptr || Construct->getNumArgs() == 0 ||
      !isOwningStringType(Construct->getType()))
    return nullptr;
  for (const Expr *Extra : llvm::drop_begin(Construct->arguments()))
    if (!isa<CXXDefaultArgExpr>(Extra))
      return nullptr;
  return Construct->getArg(0);
}

// The text that replaces a sub-match copy: the sub_match itself (`m[1]`,
// `*it`, `(*it)` before a member call) or `m[n]` for `m.str(n)`.
static std::optional<std::string>
subMatchReplacement(const SubMatchCopy &Copy, bool BeforeMemberCall,
                    const ASTContext &Context) {
  if (Copy.Copy != Copy.Call) {
    const StringRef Text = fileText(Copy.Object->getSourceRange(), Context);
    const Expr *Object = Copy.Object->IgnoreImpCasts();
    const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Object);
    const bool Postfix =
        Operator != nullptr
            ? Operator->getOperator() == OO_Subscript
            : isa<DeclRefExpr, MemberExpr, CallExpr, ParenExpr>(Object);
    if (Text.empty())
      return std::nullopt;
    return Postfix ? Text.str() : ("(" + Text + ")").str();
  }
  const auto *Member =
      dyn_cast<MemberExpr>(Copy.Call->getCallee()->IgnoreParens());
  if (Member == nullptr || Member->getBase()->getBeginLoc().isMacroID())
    return std::nullopt;
  const StringRef Base = Lexer::getSourceText(
      CharSourceRange::getCharRange(Member->getBase()->getBeginLoc(),
                                    Member->getOperatorLoc()),
      Context.getSourceManager(), Context.getLangOpts());
  const bool Arrow = Member->isArrow();
  if (Base.empty())
    return std::nullopt;
  if (Copy.Call->getMethodDecl()->getParent()->getName() != "match_results") {
    if (!Arrow)
      return Base.str();
    return (BeforeMemberCall ? "(*" + Base + ")" : "*" + Base).str();
  }
  const Expr *Index =
      Copy.Call->getNumArgs() > 0 ? Copy.Call->getArg(0) : nullptr;
  const StringRef IndexText = Index == nullptr || isa<CXXDefaultArgExpr>(Index)
                                  ? StringRef("0")
                                  : fileText(Index->getSourceRange(), Context);
  if (IndexText.empty())
    return std::nullopt;
  return ((Arrow ? "(*" + Base + ")" : Base) + "[" + IndexText + "]").str();
}

// True when \p Read compares a string the way a std::sub_match can too:
// with an operator, or as the object of a one-argument compare().
static bool isSubMatchStyleComparison(const TextRead &Read) {
  if (Read.Kind != TextReadKind::Compared)
    return false;
  if (Read.Member.empty())
    return true;
  const auto *Call = dyn_cast<CXXMemberCallExpr>(Read.Read);
  return !Read.AsArgument && Call != nullptr && Call->getNumArgs() == 1;
}

// The variable whose initializer \p E is, through temporaries, implicit
// conversions, braces and cleanups; null if none.
static const VarDecl *initializedVariable(const Expr &E, ASTContext &Context) {
  const Stmt *Child = &E;
  for (;;) {
    const llvm::ArrayRef<DynTypedNode> Parents = userCodeParents(Context, *Child);
    if (Parents.size() != 1)
      return nullptr;
    if (const auto *Var = Parents[0].get<VarDecl>())
      return Var;
    const auto *Parent = Parents[0].get<Expr>();
    const auto *List = dyn_cast_or_null<InitListExpr>(Parent);
    if (!isa_and_nonnull<ImplicitCastExpr, MaterializeTemporaryExpr,
                         CXXBindTemporaryExpr, ExprWithCleanups, ParenExpr>(
            Parent) &&
        (List == nullptr || List->getNumInits() != 1))
      return nullptr;
    Child = Parent;
  }
}

RegexResultCopyCheck::RegexResultCopyCheck(StringRef Name,
                                           ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      GuardReplaceWithSearch(Options.get("GuardReplaceWithSearch", true)) {}

void RegexResultCopyCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "GuardReplaceWithSearch", GuardReplaceWithSearch);
}

void RegexResultCopyCheck::registerMatchers(MatchFinder *Finder) {
  Finder = &UserCode.attach(*Finder);
  // An instantiation repeats its template's non-dependent code, which the
  // template itself already shows once.
  Finder->addMatcher(
      callExpr(callee(functionDecl(hasAnyName(RegexAlgorithmNames))),
               unless(isExpansionInSystemHeader()), unless(isInInstantiatedCode()))
          .bind("algorithm"),
      this);
  // Boost's sub_match comparisons copy to a string themselves: std only.
  Finder->addMatcher(
      cxxMemberCallExpr(
          callee(cxxMethodDecl(
              anyOf(hasName("str"), cxxConversionDecl()),
              ofClass(hasAnyName("::std::sub_match", "::std::match_results")))),
          unless(isExpansionInSystemHeader()), unless(isInInstantiatedCode()))
          .bind("text"),
      this);
}

void RegexResultCopyCheck::check(const MatchFinder::MatchResult &Result) {
  if (isRejectedByCompiler(*Result.Context))
    return;
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("algorithm")) {
    checkReplaceIntoItself(*Call, *Result.Context);
    checkTemporarySubject(*Call, *Result.Context);
  } else if (const auto *Text =
                 Result.Nodes.getNodeAs<CXXMemberCallExpr>("text")) {
    checkSubMatchCopy(*Text, *Result.Context);
  }
}

// Form 1: `s = std::regex_replace(s, re, fmt)`.
void RegexResultCopyCheck::checkReplaceIntoItself(const CallExpr &Replace,
                                                  ASTContext &Context) {
  const RegexFunction F = classifyRegexFunction(Replace.getDirectCallee());
  // The overloads returning a string: (subject, regex, format[, flags]).
  if (F.Algorithm != RegexAlgorithm::Replace || Replace.getNumArgs() < 3 ||
      !isOwningStringType(Replace.getType()) ||
      regexLibrary(Replace.getArg(1)->getType()) == RegexLibrary::None)
    return;
  const Expr *Subject = Replace.getArg(0);
  const NamedDecl *SubjectName = namedVariable(Subject);
  const auto *Assign = dyn_cast_or_null<CXXOperatorCallExpr>(
      parentStmt(*outermostCarrier(&Replace, Context), Context));
  if (SubjectName == nullptr || Assign == nullptr ||
      Assign->getOperator() != OO_Equal || Assign->getNumArgs() != 2 ||
      !sameVariable(Subject, Assign->getArg(0), Context))
    return;
  // With format_no_copy the result holds only the replacements: no copy to
  // save. Flags the check cannot read might include it.
  const Expr *Flags = Replace.getNumArgs() > 3 ? Replace.getArg(3) : nullptr;
  const RegexFlags FlagsKind = classifyRegexFlags(Flags);
  const Stmt &Statement = *outermostCarrier(Assign, Context);
  if (FlagsKind == RegexFlags::Unknown ||
      FlagsKind == RegexFlags::DropsUnmatchedText ||
      runsUnderGuard(Statement, Context, [&](const Stmt &Condition) {
        return searchesSubject(Condition, *Subject, Context);
      }))
    return;

  auto Diag = diag(Replace.getBeginLoc(),
                   "'%0regex_replace' copies %1 into a new '%2' even when "
                   "nothing matches; %select{|if most inputs do not match, }3"
                   "guard the assignment with '%0regex_search'")
              << libraryPrefix(F.Library) << SubjectName
              << owningStringSpelling(Subject->getType())
              << static_cast<int>(!GuardReplaceWithSearch);
  // The guard evaluates the subject and the regex once more: a local
  // variable, and a regex expression without side effects.
  const auto *SubjectVar = dyn_cast<VarDecl>(SubjectName);
  const Expr *Regex = Replace.getArg(1);
  if (!GuardReplaceWithSearch || SubjectVar == nullptr ||
      !SubjectVar->hasLocalStorage() ||
      Regex->HasSideEffects(Context, /*IncludePossibleEffects=*/true) ||
      !acceptsGuardInFront(Statement, Context))
    return;
  const StringRef Callee = fileText(
      Replace.getCallee()->IgnoreImplicit()->getSourceRange(), Context);
  const StringRef SubjectText = fileText(Subject->getSourceRange(), Context);
  const StringRef RegexText = fileText(Regex->getSourceRange(), Context);
  // Flags that change what matches must reach the search too.
  const StringRef FlagsText = FlagsKind == RegexFlags::AffectsMatching
                                  ? fileText(Flags->getSourceRange(), Context)
                                  : StringRef();
  if (fileText(Assign->getSourceRange(), Context).empty() ||
      !Callee.ends_with("regex_replace") || SubjectText.empty() ||
      RegexText.empty() ||
      (FlagsKind == RegexFlags::AffectsMatching && FlagsText.empty()))
    return;
  const std::string Guard =
      ("if (" + Callee.drop_back(StringRef("regex_replace").size()) +
       "regex_search(" + SubjectText + ", " + RegexText +
       (FlagsText.empty() ? "" : ", ") + FlagsText + ")) ")
          .str();
  Diag << FixItHint::CreateInsertion(Assign->getBeginLoc(), Guard);
}

// Form 3: `std::regex_search(std::string(sv), re)`.
void RegexResultCopyCheck::checkTemporarySubject(const CallExpr &Call,
                                                 ASTContext &Context) {
  const RegexFunction F = classifyRegexFunction(Call.getDirectCallee());
  // Only the overloads without match results, (subject, regex, ...): those
  // with match results are deleted for a temporary subject.
  if (F.Algorithm == RegexAlgorithm::None || Call.getNumArgs() < 2 ||
      regexLibrary(Call.getArg(1)->getType()) == RegexLibrary::None)
    return;
  const Expr *Source = explicitStringTemporarySource(*Call.getArg(0));
  if (Source == nullptr)
    return;
  enum : std::uint8_t { View, CString, String } Kind = String;
  const Expr *Written = Source->IgnoreImpCasts();
  if (isStringViewType(Written->getType()))
    Kind = View;
  else if (isCharacterPointerOrArray(Written->getType()))
    Kind = CString;
  else if (!isOwningStringType(Written->getType()) || !Written->isLValue())
    return; // A prvalue is not copied; an xvalue is moved from.
  // regex_replace reads no iterator range into a string.
  if (Kind == View && F.Algorithm == RegexAlgorithm::Replace)
    return;

  const Expr *Temporary = Call.getArg(0)->IgnoreImplicit();
  const StringRef SourceText = fileText(Written->getSourceRange(), Context);
  const bool CanRewrite =
      !SourceText.empty() &&
      !fileText(Temporary->getSourceRange(), Context).empty();
  // The view is named twice: a plain variable or member only.
  const bool ViewRepeatable =
      isa<DeclRefExpr, MemberExpr>(Written->IgnoreParens()) &&
      !Written->HasSideEffects(Context, /*IncludePossibleEffects=*/true);
  std::optional<FixItHint> Fix;
  if (CanRewrite && Kind != View)
    Fix = FixItHint::CreateReplacement(Temporary->getSourceRange(), SourceText);
  else if (CanRewrite && ViewRepeatable)
    Fix = FixItHint::CreateReplacement(
        Temporary->getSourceRange(),
        (SourceText + ".begin(), " + SourceText + ".end()").str());
  diag(Temporary->getBeginLoc(),
       "temporary '%0' constructed only to be %select{searched by|matched "
       "by|read by}1 '%2%3'; pass %select{the view's iterators|the C "
       "string|the original string}4 instead")
      << owningStringSpelling(Temporary->getType())
      << static_cast<int>(F.Algorithm) -
             static_cast<int>(RegexAlgorithm::Search)
      << libraryPrefix(F.Library) << Call.getDirectCallee()->getName()
      << static_cast<int>(Kind) << Fix;
  if (Kind == View && !ViewRepeatable)
    diag(Written->getBeginLoc(),
         "store the view in a variable to pass its 'begin()' and 'end()' "
         "without evaluating it twice",
         DiagnosticIDs::Note);
}

// Form 2: `m[1].str() == "GET"`, and `std::string v = m[1];` only compared.
void RegexResultCopyCheck::checkSubMatchCopy(const CXXMemberCallExpr &Text,
                                             ASTContext &Context) {
  // A conversion is a copy when written as a cast, or when it initializes a
  // variable; str() is one by itself.
  const Expr *Candidate = &Text;
  if (isa<CXXConversionDecl>(Text.getMethodDecl())) {
    const Stmt *Parent = parentStmt(Text, Context);
    while (
        isa_and_nonnull<ImplicitCastExpr, CXXBindTemporaryExpr, InitListExpr>(
            Parent))
      Parent = parentStmt(*Parent, Context);
    if (Parent != nullptr && !isa<ExplicitCastExpr>(Parent))
      return;
    if (Parent != nullptr)
      Candidate = cast<Expr>(Parent);
  }
  if (const VarDecl *Var = initializedVariable(*Candidate, Context)) {
    if (const std::optional<SubMatchCopy> Copy =
            findSubMatchCopy(*Var->getInit()))
      checkNamedSubMatchCopy(*Var, Copy->SubMatch, *Copy->Object, Context);
    return;
  }
  const std::optional<SubMatchCopy> Copy = findSubMatchCopy(*Candidate);
  const std::optional<TextRead> Read =
      Copy ? findTextRead(Copy->Copy, Context) : std::nullopt;
  if (!Read || !isSubMatchStyleComparison(*Read) || Read->Other == nullptr)
    return;
  const SubMatchComparison Comparison = subMatchComparisonWith(
      Copy->SubMatch, *Read->Other, !Read->Member.empty());
  if (Comparison == SubMatchComparison::Unsupported)
    return;
  const auto *Member = dyn_cast<MemberExpr>(Text.getCallee()->IgnoreParens());
  const SourceLocation Loc = Copy->Copy == &Text && Member != nullptr
                                 ? Member->getMemberLoc()
                                 : Copy->Copy->getBeginLoc();
  std::optional<FixItHint> Fix;
  if (Comparison == SubMatchComparison::Supported &&
      !fileText(Copy->Copy->getSourceRange(), Context).empty())
    if (const std::optional<std::string> Replacement =
            subMatchReplacement(*Copy, !Read->Member.empty(), Context))
      Fix = FixItHint::CreateReplacement(Copy->Copy->getSourceRange(),
                                         *Replacement);
  diag(Loc, "sub-match copied into a temporary '%0' only to be compared; "
            "compare the 'std::sub_match' directly")
      << owningStringSpelling(Copy->Copy->getType()) << Fix;
  if (Comparison == SubMatchComparison::StringView)
    diag(Read->Other->getBeginLoc(),
         "'std::sub_match' has no comparison with 'std::string_view'; "
         "compare a view of the matched characters instead",
         DiagnosticIDs::Note);
}

void RegexResultCopyCheck::checkNamedSubMatchCopy(const VarDecl &Var,
                                                  QualType SubMatch,
                                                  const Expr &Source,
                                                  ASTContext &Context) {
  // A loop variable is performance-for-range-copy's business; a static
  // keeps its copy on purpose.
  const auto *Function = dyn_cast<FunctionDecl>(Var.getDeclContext());
  const Stmt *Body = Function != nullptr ? Function->getBody() : nullptr;
  const llvm::ArrayRef<DynTypedNode> Declaration = userCodeParents(Context, Var);
  const Stmt *Scope =
      Declaration.size() == 1 && Declaration[0].get<DeclStmt>() != nullptr
          ? parentStmt(*Declaration[0].get<DeclStmt>(), Context)
          : nullptr;
  llvm::SmallVector<TextRead, 4> Reads;
  if (!Var.isLocalVarDecl() || Var.isStaticLocal() || Var.isCXXForRangeDecl() ||
      !isOwningStringType(Var.getType()) || Body == nullptr ||
      Scope == nullptr || !isOnlyReadText(Var, *Body, Context, Reads))
    return;
  for (const TextRead &Read : Reads)
    if (!isSubMatchStyleComparison(Read) || Read.Other == nullptr ||
        subMatchComparisonWith(SubMatch, *Read.Other, !Read.Member.empty()) !=
            SubMatchComparison::Supported)
      return;
  // The copy is needed when the match results, or the string they point
  // into, change while the variable is in scope.
  if (!isMatchTextStableIn(Source, {Var.getEndLoc(), Scope->getEndLoc()}, *Body,
                           Context))
    return;
  diag(Var.getLocation(), "%0 copies a sub-match into a new '%1' but is only "
                          "compared; compare the 'std::sub_match' directly")
      << &Var << owningStringSpelling(Var.getType());
  diag(Var.getLocation(),
       "no automatic fix: a 'std::sub_match' refers into the searched string, "
       "which must stay unchanged until the last comparison",
       DiagnosticIDs::Note);
}

} // namespace clang::tidy::allochunt
