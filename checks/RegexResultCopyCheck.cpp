//===--- RegexResultCopyCheck.cpp - allochunt-regex-result-copy -----------===//

#include "RegexResultCopyCheck.h"

#include "lib/RegexAPI.h"
#include "lib/StringReads.h"
#include "lib/StringTypes.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

#include <optional>

using namespace clang::ast_matchers;

namespace clang::tidy::allochunt {

namespace {

/// Where a string copied from a sub-match goes.
enum class OperandFit { Fits, StringView, No };

/// How the text of a temporary subject string was obtained.
enum class SubjectSource { View, CString, String };

} // namespace

static const Stmt *parentStmt(const Stmt &S, ASTContext &Context) {
  const DynTypedNodeList Parents = Context.getParents(S);
  return Parents.size() == 1 ? Parents[0].get<Stmt>() : nullptr;
}

// Climbs from \p E through the nodes that only carry its value (temporaries,
// non-converting casts, parentheses, full-expression cleanups); returns the
// outermost such node.
static const Expr *outermostCarrier(const Expr *E, ASTContext &Context) {
  while (const auto *Parent = dyn_cast_or_null<Expr>(parentStmt(*E, Context))) {
    const auto *Cast = dyn_cast<ImplicitCastExpr>(Parent);
    if ((Cast != nullptr && Cast->getCastKind() != CK_UserDefinedConversion) ||
        isa<MaterializeTemporaryExpr, CXXBindTemporaryExpr, ParenExpr,
            ExprWithCleanups>(Parent))
      E = Parent;
    else
      break;
  }
  return E;
}

// True when \p A and \p B name the same variable or the same member of the
// same variable (or of `this`).
static bool sameVariable(const Expr *A, const Expr *B) {
  A = A->IgnoreParenImpCasts();
  B = B->IgnoreParenImpCasts();
  if (isa<CXXThisExpr>(A) && isa<CXXThisExpr>(B))
    return true;
  if (const auto *RefA = dyn_cast<DeclRefExpr>(A)) {
    const auto *RefB = dyn_cast<DeclRefExpr>(B);
    return RefB != nullptr && isa<VarDecl, BindingDecl>(RefA->getDecl()) &&
           RefA->getDecl()->getCanonicalDecl() ==
               RefB->getDecl()->getCanonicalDecl();
  }
  if (const auto *MemberA = dyn_cast<MemberExpr>(A)) {
    const auto *MemberB = dyn_cast<MemberExpr>(B);
    return MemberB != nullptr &&
           MemberA->getMemberDecl() == MemberB->getMemberDecl() &&
           MemberA->isArrow() == MemberB->isArrow() &&
           sameVariable(MemberA->getBase(), MemberB->getBase());
  }
  return false;
}

// The variable or member \p E names, for messages.
static const NamedDecl *namedVariable(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return Ref->getDecl();
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return Member->getMemberDecl();
  return nullptr;
}

// The source text of \p Range, or "" when any end of it comes from a macro.
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

// True when \p S is a call to regex_search or regex_match whose subject is
// \p Subject, or contains one.
static bool searchesSubject(const Stmt *S, const Expr &Subject) {
  if (S == nullptr)
    return false;
  if (const auto *Call = dyn_cast<CallExpr>(S)) {
    const RegexFunction F = classifyRegexFunction(Call->getDirectCallee());
    if ((F.Algorithm == RegexAlgorithm::Search ||
         F.Algorithm == RegexAlgorithm::Match) &&
        Call->getNumArgs() > 0 && sameVariable(Call->getArg(0), &Subject))
      return true;
  }
  for (const Stmt *Child : S->children())
    if (searchesSubject(Child, Subject))
      return true;
  return false;
}

static bool ifSearchesSubject(const IfStmt &If, const Expr &Subject) {
  const VarDecl *ConditionVariable = If.getConditionVariable();
  return searchesSubject(If.getInit(), Subject) ||
         searchesSubject(If.getCond(), Subject) ||
         (ConditionVariable != nullptr &&
          searchesSubject(ConditionVariable->getInit(), Subject));
}

// True when \p S ends in a jump out of the enclosing block: `return`,
// `continue`, `break`, `goto` or `throw`.
static bool leavesBlock(const Stmt *S) {
  if (const auto *Block = dyn_cast_or_null<CompoundStmt>(S))
    S = Block->body_back();
  if (const auto *Throw = dyn_cast_or_null<ExprWithCleanups>(S))
    S = Throw->getSubExpr();
  return isa_and_nonnull<ReturnStmt, ContinueStmt, BreakStmt, GotoStmt,
                         CXXThrowExpr>(S);
}

// True when the assignment statement \p S already runs only after a search of
// \p Subject: inside `if (regex_search(s, ...))` or `while (...)`, or after an
// earlier `if (!regex_search(s, ...)) continue;` in an enclosing block.
static bool isGuardedBySearch(const Stmt &S, const Expr &Subject,
                              ASTContext &Context) {
  const Stmt *Child = &S;
  while (const Stmt *Parent = parentStmt(*Child, Context)) {
    if (const auto *If = dyn_cast<IfStmt>(Parent)) {
      if (If->getThen() == Child && ifSearchesSubject(*If, Subject))
        return true;
    } else if (const auto *While = dyn_cast<WhileStmt>(Parent)) {
      if (While->getBody() == Child && searchesSubject(While->getCond(), Subject))
        return true;
    } else if (const auto *Block = dyn_cast<CompoundStmt>(Parent)) {
      for (const Stmt *Sibling : Block->body()) {
        if (Sibling == Child)
          break;
        if (const auto *EarlyIf = dyn_cast<IfStmt>(Sibling))
          if (leavesBlock(EarlyIf->getThen()) &&
              ifSearchesSubject(*EarlyIf, Subject))
            return true;
      }
    } else if (isa<LambdaExpr>(Parent)) {
      break;
    }
    Child = Parent;
  }
  return false;
}

// True when an `if (...) ` inserted before statement \p S keeps the code
// meaning what it did: \p S stands alone in a block, a loop body or a label.
static bool acceptsGuard(const Stmt &S, ASTContext &Context) {
  const Stmt *Parent = parentStmt(S, Context);
  if (Parent == nullptr)
    return false;
  if (isa<CompoundStmt>(Parent))
    return true;
  if (const auto *For = dyn_cast<ForStmt>(Parent))
    return For->getBody() == &S;
  if (const auto *While = dyn_cast<WhileStmt>(Parent))
    return While->getBody() == &S;
  if (const auto *Do = dyn_cast<DoStmt>(Parent))
    return Do->getBody() == &S;
  if (const auto *RangeFor = dyn_cast<CXXForRangeStmt>(Parent))
    return RangeFor->getBody() == &S;
  if (const auto *Case = dyn_cast<SwitchCase>(Parent))
    return Case->getSubStmt() == &S;
  if (const auto *Label = dyn_cast<LabelStmt>(Parent))
    return Label->getSubStmt() == &S;
  return false;
}

// The explicit construction of an owning string that \p E is once implicit
// nodes are stripped (`std::string(x)`, `std::string{x}`,
// `static_cast<std::string>(x)`, `(std::string)x`) and its one argument x.
static const Expr *explicitStringCopySource(const Expr *E,
                                            const CXXConstructExpr *&Construct) {
  E = E->IgnoreImplicit();
  Construct = dyn_cast<CXXTemporaryObjectExpr>(E);
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E))
    if (isOwningStringType(Cast->getTypeAsWritten()))
      Construct = dyn_cast<CXXConstructExpr>(Cast->getSubExpr()->IgnoreImplicit());
  if (Construct == nullptr || Construct->getNumArgs() == 0 ||
      !isOwningStringType(Construct->getType()))
    return nullptr;
  for (const Expr *Extra : llvm::drop_begin(Construct->arguments()))
    if (!isa<CXXDefaultArgExpr>(Extra))
      return nullptr;
  return Construct->getArg(0);
}

// True when \p E can be written as the operand of a comparison or the object
// of a member call without parentheses.
static bool isPostfixOrPrimary(const Expr *E) {
  E = E->IgnoreImpCasts();
  if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(E))
    return Operator->getOperator() == OO_Subscript ||
           Operator->getOperator() == OO_Call ||
           Operator->getOperator() == OO_Arrow;
  return isa<DeclRefExpr, MemberExpr, CallExpr, ArraySubscriptExpr, ParenExpr>(E);
}

// The sub_match (or match_results) expression that \p E copies when \p E is `sm.str()`, `m.str(n)` or
// an explicit conversion of a std::sub_match to a string; null otherwise.
static const Expr *copiedSubMatch(const Expr *E) {
  E = E->IgnoreImplicit();
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E))
    E = Cast->getSubExpr()->IgnoreImplicit();
  if (const auto *Init = dyn_cast<InitListExpr>(E))
    E = Init->getNumInits() == 1 ? Init->getInit(0)->IgnoreImplicit() : nullptr;
  const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(E);
  const CXXMethodDecl *Method = Call != nullptr ? Call->getMethodDecl() : nullptr;
  if (Method == nullptr ||
      !(isa<CXXConversionDecl>(Method) ||
        (Method->getIdentifier() != nullptr && Method->getName() == "str")))
    return nullptr;
  const Expr *Object = Call->getImplicitObjectArgument();
  if (Object == nullptr)
    return nullptr;
  QualType T = Object->getType();
  if (T->isPointerType())
    T = T->getPointeeType();
  return subMatchLibrary(T) == RegexLibrary::Std ||
                 matchResultsLibrary(T) == RegexLibrary::Std
             ? Object
             : nullptr;
}

// The std::sub_match type a copy of \p Object (a sub_match or match_results,
// or a pointer to one) has.
static QualType subMatchTypeOf(const Expr *Object) {
  QualType T = Object->getType();
  if (T->isPointerType())
    T = T->getPointeeType();
  if (matchResultsLibrary(T) != RegexLibrary::Std)
    return T.getCanonicalType().getUnqualifiedType();
  const auto *Spec = cast<ClassTemplateSpecializationDecl>(
      T.getCanonicalType()->getAsCXXRecordDecl());
  // match_results<BiIter, Alloc>::value_type is sub_match<BiIter>.
  for (const NamedDecl *Member : Spec->lookup(&Spec->getASTContext().Idents.get("value_type")))
    if (const auto *Alias = dyn_cast<TypedefNameDecl>(Member))
      return Alias->getUnderlyingType().getCanonicalType().getUnqualifiedType();
  return {};
}

// Whether a std::sub_match of type \p SubMatch can take the place of its copy
// next to \p Other, the other operand of a comparison (or the argument of
// compare() when \p IsCompareCall).
static OperandFit fitsNextToSubMatch(const Expr *Other, QualType SubMatch,
                                     QualType Copy, bool IsCompareCall) {
  if (Other == nullptr || SubMatch.isNull())
    return OperandFit::No;
  const QualType OtherType = Other->IgnoreParenImpCasts()->getType();
  if (isCharacterPointerOrArray(OtherType))
    return OperandFit::Fits;
  if (const Expr *OtherCopy = copiedSubMatch(Other))
    return subMatchTypeOf(OtherCopy) == SubMatch ? OperandFit::Fits : OperandFit::No;
  if (subMatchLibrary(OtherType) == RegexLibrary::Std)
    return OtherType.getCanonicalType().getUnqualifiedType() == SubMatch
               ? OperandFit::Fits
               : OperandFit::No;
  if (isOwningStringType(OtherType))
    return !IsCompareCall || OtherType.getCanonicalType().getUnqualifiedType() ==
                                 Copy.getCanonicalType().getUnqualifiedType()
               ? OperandFit::Fits
               : OperandFit::No;
  if (isStringViewType(OtherType))
    return OperandFit::StringView;
  return OperandFit::No;
}

// True when \p Read compares a string in a way a std::sub_match can too:
// with a comparison operator, or as the object of a one-argument compare().
static bool isSubMatchComparison(const StringRead &Read) {
  if (Read.Kind != StringReadKind::Compared)
    return false;
  if (Read.Member.empty())
    return true;
  const auto *Call = dyn_cast<CXXMemberCallExpr>(Read.Read);
  return !Read.AsArgument && Call != nullptr && Call->getNumArgs() == 1;
}

// The local variable whose initializer is \p E (through temporaries,
// conversions, braces and cleanups), or null.
static const VarDecl *initializedVariable(const Expr &E, ASTContext &Context) {
  const Stmt *Child = &E;
  for (;;) {
    const DynTypedNodeList Parents = Context.getParents(*Child);
    if (Parents.size() != 1)
      return nullptr;
    if (const auto *Var = Parents[0].get<VarDecl>())
      return Var->getInit() != nullptr ? Var : nullptr;
    const auto *Parent = Parents[0].get<Expr>();
    const auto *List = dyn_cast_or_null<InitListExpr>(Parent);
    if (Parent == nullptr ||
        !(isa<ImplicitCastExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr,
              ExprWithCleanups, ParenExpr>(Parent) ||
          (List != nullptr && List->getNumInits() == 1)))
      return nullptr;
    Child = Parent;
  }
}

// The fix-it that replaces \p Copy (the str() call \p Text, or an explicit
// cast around a conversion of \p Object) by the sub_match itself; none when
// the text comes from a macro.
static std::optional<FixItHint>
replaceCopyWithSubMatch(const Expr &Copy, const CXXMemberCallExpr &Text,
                        const Expr &Object, bool ObjectOfCall,
                        const ASTContext &Context) {
  if (fileText(Copy.getSourceRange(), Context).empty())
    return std::nullopt;
  if (&Copy != &Text) {
    const StringRef ObjectText = fileText(Object.getSourceRange(), Context);
    if (ObjectText.empty())
      return std::nullopt;
    return FixItHint::CreateReplacement(
        Copy.getSourceRange(), isPostfixOrPrimary(&Object)
                                   ? ObjectText.str()
                                   : ("(" + ObjectText + ")").str());
  }
  const auto *Member = dyn_cast<MemberExpr>(Text.getCallee()->IgnoreParens());
  if (Member == nullptr)
    return std::nullopt;
  const StringRef BaseText = Lexer::getSourceText(
      CharSourceRange::getCharRange(Member->getBase()->getBeginLoc(),
                                    Member->getOperatorLoc()),
      Context.getSourceManager(), Context.getLangOpts());
  if (BaseText.empty())
    return std::nullopt;
  const bool Arrow = Member->isArrow();
  // `m.str(n)` becomes `m[n]`; `sm.str()` becomes `sm`.
  if (Text.getMethodDecl()->getParent()->getName() == "match_results") {
    const Expr *Index = Text.getNumArgs() > 0 ? Text.getArg(0) : nullptr;
    const StringRef IndexText = Index == nullptr || isa<CXXDefaultArgExpr>(Index)
                                    ? StringRef("0")
                                    : fileText(Index->getSourceRange(), Context);
    if (IndexText.empty())
      return std::nullopt;
    return FixItHint::CreateReplacement(
        Copy.getSourceRange(),
        ((Arrow ? "(*" + BaseText + ")" : BaseText) + "[" + IndexText + "]")
            .str());
  }
  if (!Arrow)
    return FixItHint::CreateReplacement(Copy.getSourceRange(), BaseText);
  return FixItHint::CreateReplacement(
      Copy.getSourceRange(),
      ((ObjectOfCall ? "(*" + BaseText + ")" : "*" + BaseText)).str());
}

RegexResultCopyCheck::RegexResultCopyCheck(StringRef Name,
                                           ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      GuardReplaceWithSearch(Options.get("GuardReplaceWithSearch", true)) {}

void RegexResultCopyCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "GuardReplaceWithSearch", GuardReplaceWithSearch);
}

void RegexResultCopyCheck::registerMatchers(MatchFinder *Finder) {
  // Template instantiations repeat what the template's own (non-dependent)
  // code already shows, once per instantiation.
  const auto RegexAlgorithmCall =
      callExpr(callee(functionDecl(hasAnyName(RegexAlgorithmNames))),
               unless(isInTemplateInstantiation()));
  Finder->addMatcher(RegexAlgorithmCall.bind("algorithm"), this);
  // Boost's sub_match comparisons copy to a string themselves: std only.
  const auto SubMatchToString = cxxMemberCallExpr(
      callee(cxxMethodDecl(anyOf(hasName("str"), cxxConversionDecl()),
                           ofClass(hasAnyName("::std::sub_match",
                                              "::std::match_results")))),
      unless(isInTemplateInstantiation()));
  Finder->addMatcher(SubMatchToString.bind("text"), this);
}

void RegexResultCopyCheck::check(const MatchFinder::MatchResult &Result) {
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
  if (SubjectName == nullptr || !isOwningStringType(Subject->getType()))
    return;
  const Expr *Result = outermostCarrier(&Replace, Context);
  const auto *Assign =
      dyn_cast_or_null<CXXOperatorCallExpr>(parentStmt(*Result, Context));
  if (Assign == nullptr || Assign->getOperator() != OO_Equal ||
      Assign->getNumArgs() != 2 || !sameVariable(Assign->getArg(0), Subject))
    return;
  // format_no_copy drops the unmatched text: no copy to save. Unknown flags
  // might include it.
  const Expr *Flags = Replace.getNumArgs() > 3 ? Replace.getArg(3) : nullptr;
  const RegexFlags FlagsKind = classifyRegexFlags(Flags);
  if (FlagsKind == RegexFlags::Unknown ||
      FlagsKind == RegexFlags::DropsUnmatchedText)
    return;
  const Stmt *Statement = outermostCarrier(Assign, Context);
  if (isGuardedBySearch(*Statement, *Subject, Context))
    return;

  const std::string Search = (libraryPrefix(F.Library) + "regex_search").str();
  auto Diag = diag(Replace.getBeginLoc(),
                   "'%0regex_replace' copies %1 into a new '%2' even when "
                   "nothing matches; %select{|if most inputs do not match, }3"
                   "guard the assignment with '%4'")
              << libraryPrefix(F.Library) << SubjectName
              << owningStringSpelling(Subject->getType())
              << static_cast<int>(!GuardReplaceWithSearch) << Search;

  // The guard evaluates the subject and the regex once more: only plain
  // local variables and side-effect-free regex expressions.
  const auto *SubjectVar = dyn_cast<VarDecl>(SubjectName);
  const Expr *Regex = Replace.getArg(1);
  if (!GuardReplaceWithSearch || SubjectVar == nullptr ||
      !SubjectVar->hasLocalStorage() ||
      !isa<DeclRefExpr>(Subject->IgnoreParenImpCasts()) ||
      Regex->HasSideEffects(Context, /*IncludePossibleEffects=*/true) ||
      !acceptsGuard(*Statement, Context))
    return;
  const StringRef CalleeText =
      fileText(Replace.getCallee()->IgnoreImplicit()->getSourceRange(), Context);
  const StringRef SubjectText = fileText(Subject->getSourceRange(), Context);
  const StringRef RegexText = fileText(Regex->getSourceRange(), Context);
  const StringRef FlagsText =
      FlagsKind == RegexFlags::AffectsMatching
          ? fileText(Flags->getSourceRange(), Context)
          : StringRef();
  if (fileText(Assign->getSourceRange(), Context).empty() ||
      !CalleeText.ends_with("regex_replace") || SubjectText.empty() ||
      RegexText.empty() ||
      (FlagsKind == RegexFlags::AffectsMatching && FlagsText.empty()))
    return;
  std::string Guard = "if (";
  Guard += CalleeText.drop_back(StringRef("regex_replace").size());
  Guard += "regex_search(";
  Guard += SubjectText;
  Guard += ", ";
  Guard += RegexText;
  if (!FlagsText.empty())
    Guard += (", " + FlagsText).str();
  Guard += ")) ";
  Diag << FixItHint::CreateInsertion(Assign->getBeginLoc(), Guard);
}

// Form 3: `std::regex_search(std::string(sv), re)`.
void RegexResultCopyCheck::checkTemporarySubject(const CallExpr &Call,
                                                 ASTContext &Context) {
  const RegexFunction F = classifyRegexFunction(Call.getDirectCallee());
  // Only the overloads without match results: (subject, regex, ...). Those
  // with match results reject a temporary subject (they are deleted).
  if (F.Algorithm == RegexAlgorithm::None || Call.getNumArgs() < 2 ||
      regexLibrary(Call.getArg(1)->getType()) == RegexLibrary::None)
    return;
  const CXXConstructExpr *Construct = nullptr;
  const Expr *Source = explicitStringCopySource(Call.getArg(0), Construct);
  if (Source == nullptr)
    return;
  const Expr *Written = Source->IgnoreImpCasts();
  SubjectSource Kind = SubjectSource::String;
  if (isStringViewType(Written->getType()))
    Kind = SubjectSource::View;
  else if (isCharacterPointerOrArray(Written->getType()))
    Kind = SubjectSource::CString;
  else if (!isOwningStringType(Written->getType()) || !Written->isLValue())
    return; // A prvalue or moved-from string is not copied.
  // regex_replace has no overload reading an iterator range into a string.
  if (Kind == SubjectSource::View && F.Algorithm == RegexAlgorithm::Replace)
    return;

  const Expr *Temporary = Call.getArg(0)->IgnoreImplicit();
  const StringRef SourceText = fileText(Written->getSourceRange(), Context);
  const bool InFile = !fileText(Temporary->getSourceRange(), Context).empty() &&
                      !SourceText.empty();
  // The view is named twice: it must be a plain variable or member.
  const bool ViewRepeatable =
      isa<DeclRefExpr, MemberExpr>(Written->IgnoreParens()) &&
      !Written->HasSideEffects(Context, /*IncludePossibleEffects=*/true);
  std::optional<FixItHint> Fix;
  if (InFile && Kind != SubjectSource::View)
    Fix = FixItHint::CreateReplacement(Temporary->getSourceRange(), SourceText);
  else if (InFile && ViewRepeatable)
    Fix = FixItHint::CreateReplacement(
        Temporary->getSourceRange(),
        (SourceText + ".begin(), " + SourceText + ".end()").str());

  diag(Temporary->getBeginLoc(),
       "temporary '%0' constructed only to be %select{searched by|matched "
       "by|read by}1 '%2%3'; pass %select{the view's iterators|the C "
       "string|the original string}4 instead")
      << owningStringSpelling(Temporary->getType())
      << (F.Algorithm == RegexAlgorithm::Search  ? 0
          : F.Algorithm == RegexAlgorithm::Match ? 1
                                                 : 2)
      << libraryPrefix(F.Library) << Call.getDirectCallee()->getName()
      << static_cast<int>(Kind) << Fix;
  if (Kind == SubjectSource::View && !ViewRepeatable)
    diag(Written->getBeginLoc(),
         "store the view in a variable to pass its 'begin()' and 'end()' "
         "without evaluating it twice",
         DiagnosticIDs::Note);
}

// Form 2: `m[1].str() == "GET"`, and `std::string v = m[1];` only compared.
void RegexResultCopyCheck::checkSubMatchCopy(const CXXMemberCallExpr &Text,
                                             ASTContext &Context) {
  const Expr *Object = copiedSubMatch(&Text);
  if (Object == nullptr)
    return;
  const QualType SubMatch = subMatchTypeOf(Object);
  // The expression that yields the string: the str() call, the explicit cast
  // around a conversion, or an implicit conversion initializing a variable.
  const Expr *Copy = &Text;
  if (isa<CXXConversionDecl>(Text.getMethodDecl())) {
    const Stmt *Parent = parentStmt(Text, Context);
    while (Parent != nullptr &&
           isa<ImplicitCastExpr, CXXBindTemporaryExpr, InitListExpr>(Parent))
      Parent = parentStmt(*Parent, Context);
    if (const auto *Cast = dyn_cast_or_null<ExplicitCastExpr>(Parent))
      Copy = isOwningStringType(Cast->getTypeAsWritten()) ? Cast : nullptr;
    else if (Parent != nullptr)
      return; // An argument, a return value: the string is needed.
  }
  if (Copy == nullptr)
    return;
  if (const VarDecl *Var = initializedVariable(*Copy, Context)) {
    checkNamedSubMatchCopy(*Var, SubMatch, Context);
    return;
  }
  const std::optional<StringRead> Read = findStringRead(Copy, Context);
  if (!Read || !isSubMatchComparison(*Read))
    return;
  const OperandFit Fit = fitsNextToSubMatch(Read->Other, SubMatch, Copy->getType(),
                                            !Read->Member.empty());
  if (Fit == OperandFit::No)
    return;
  const auto *Member = dyn_cast<MemberExpr>(Text.getCallee()->IgnoreParens());
  const SourceLocation Loc = Copy == &Text && Member != nullptr
                                 ? Member->getMemberLoc()
                                 : Copy->getBeginLoc();
  std::optional<FixItHint> Fix;
  if (Fit == OperandFit::Fits)
    Fix = replaceCopyWithSubMatch(*Copy, Text, *Object, !Read->Member.empty(),
                                  Context);
  diag(Loc, "sub-match copied into a temporary '%0' only to be compared; "
            "compare the 'std::sub_match' directly")
      << owningStringSpelling(Copy->getType()) << Fix;
  if (Fit == OperandFit::StringView)
    diag(Read->Other->getBeginLoc(),
         "'std::sub_match' has no comparison with 'std::string_view'; "
         "compare a view of the matched characters instead",
         DiagnosticIDs::Note);
}

void RegexResultCopyCheck::checkNamedSubMatchCopy(const VarDecl &Var,
                                                  QualType SubMatch,
                                                  ASTContext &Context) {
  // Loop variables belong to performance-for-range-copy's territory, and a
  // static keeps its copy on purpose.
  if (!Var.isLocalVarDecl() || Var.isStaticLocal() || Var.isCXXForRangeDecl() ||
      !isOwningStringType(Var.getType()))
    return;
  const auto *Function = dyn_cast<FunctionDecl>(Var.getDeclContext());
  const Stmt *Body = Function != nullptr ? Function->getBody() : nullptr;
  llvm::SmallVector<StringRead, 4> Reads;
  if (Body == nullptr || !isOnlyRead(Var, *Body, Context, Reads))
    return;
  for (const StringRead &Read : Reads)
    if (!isSubMatchComparison(Read) ||
        fitsNextToSubMatch(Read.Other, SubMatch, Var.getType(),
                           !Read.Member.empty()) != OperandFit::Fits)
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
