//===--- StringViewParameterCheck.cpp - allochunt-string-view-parameter ---===//
//
// Candidates are collected while matching (every call of a function with a
// 'const std::string&' parameter, every other reference to such a function)
// and judged in onEndOfTranslationUnit, when every caller in the translation
// unit has been seen. A parameter qualifies when each use in the body is one
// that a std::string_view supports with the same meaning; anything else
// (copies, c_str(), data(), binding a reference, passing it on as a string)
// is not a read and silences the check.
//
//===----------------------------------------------------------------------===//

#include "StringViewParameterCheck.h"

#include "lib/StringReads.h"
#include "lib/StringTypes.h"
#include "lib/UserCodeParents.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

using namespace clang::ast_matchers;

namespace clang::tidy::allochunt {

static constexpr unsigned MaxParameterReferences = 64;

// The string class of a 'const std::basic_string<C>&' with the default
// traits and allocator (one that has a standard view type), or null.
static const CXXRecordDecl *constStringReferee(QualType T) {
  const auto *Ref = T->getAs<LValueReferenceType>();
  if (Ref == nullptr)
    return nullptr;
  const QualType Pointee = Ref->getPointeeType();
  if (!Pointee.isConstQualified() || Pointee.isVolatileQualified() ||
      !isOwningStringType(Pointee) || stringViewSpelling(Pointee).empty())
    return nullptr;
  const auto *Spec =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(Pointee->getAsCXXRecordDecl());
  if (Spec == nullptr || Spec->getTemplateArgs().size() != 3)
    return nullptr;
  const TemplateArgument &Allocator = Spec->getTemplateArgs()[2];
  const CXXRecordDecl *AllocatorClass = Allocator.getKind() == TemplateArgument::Type
                                            ? Allocator.getAsType()->getAsCXXRecordDecl()
                                            : nullptr;
  if (AllocatorClass == nullptr || !AllocatorClass->isInStdNamespace() ||
      AllocatorClass->getName() != "allocator")
    return nullptr;
  return Spec;
}

namespace {

AST_MATCHER(QualType, isConstStringReference) {
  (void)Finder;
  (void)Builder;
  return constStringReferee(Node) != nullptr;
}

/// What a call passes for the parameter.
enum class ArgumentKind : std::uint8_t {
  StringLiteral,     ///< a literal converted to a temporary std::string
  CharacterPointer,  ///< a 'const char*' (or array) converted likewise
  BuiltTemporary,    ///< std::string("...") / std::string(ptr) / std::string(view) at the call
  OwningString,      ///< a std::string object: no temporary, and a view accepts it
  NotConvertible,    ///< anything else: the fix-it could break this call
};

} // namespace

static bool isPlainCharacterSource(const Expr &E) {
  const Expr *Stripped = E.IgnoreParenImpCasts();
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(Stripped);
      Call != nullptr && isa_and_nonnull<CXXConversionDecl>(Call->getMethodDecl()))
    return false; // a second user-defined conversion would be needed
  return isCharacterPointerOrArray(Stripped->getType());
}

// The number of arguments written at a construction (defaulted ones, such
// as basic_string's allocator, left out).
static unsigned writtenArguments(const CXXConstructExpr &Construct) {
  unsigned Count = 0;
  for (const Expr *Argument : Construct.arguments())
    Count += isa<CXXDefaultArgExpr>(Argument) ? 0U : 1U;
  return Count;
}

static ArgumentKind classifyArgument(const Expr &Argument) {
  const Expr *E = Argument.IgnoreImplicit();
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E)) {
    const auto *Construct = dyn_cast<CXXConstructExpr>(Cast->getSubExpr()->IgnoreImplicit());
    if (Construct != nullptr && writtenArguments(*Construct) == 1 &&
        (isPlainCharacterSource(*Construct->getArg(0)) ||
         isStringViewType(Construct->getArg(0)->IgnoreParenImpCasts()->getType())))
      return ArgumentKind::BuiltTemporary;
    return isOwningStringType(E->getType()) ? ArgumentKind::OwningString
                                            : ArgumentKind::NotConvertible;
  }
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    if (writtenArguments(*Construct) != 1 || Construct->isListInitialization())
      return ArgumentKind::NotConvertible;
    const Expr *Source = Construct->getArg(0);
    if (isa<CXXTemporaryObjectExpr>(Construct))
      return isPlainCharacterSource(*Source) ||
                     isStringViewType(Source->IgnoreParenImpCasts()->getType())
                 ? ArgumentKind::BuiltTemporary
                 : ArgumentKind::OwningString;
    if (isa<StringLiteral>(Source->IgnoreParenImpCasts()))
      return ArgumentKind::StringLiteral;
    if (isPlainCharacterSource(*Source))
      return ArgumentKind::CharacterPointer;
    return isOwningStringType(Source->getType()) ? ArgumentKind::OwningString
                                                 : ArgumentKind::NotConvertible;
  }
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E);
      Call != nullptr && isa_and_nonnull<CXXConversionDecl>(Call->getMethodDecl()))
    return ArgumentKind::NotConvertible;
  if (isa<InitListExpr>(E))
    return ArgumentKind::NotConvertible;
  return isOwningStringType(E->getType()) ? ArgumentKind::OwningString
                                          : ArgumentKind::NotConvertible;
}

static bool isViewCompatibleArgument(const Expr &Argument) {
  const QualType T = Argument.IgnoreParenImpCasts()->getType().getNonReferenceType();
  return isOwningStringType(T) || isStringViewType(T) || isPlainCharacterSource(Argument) ||
         T->isIntegralOrEnumerationType();
}

// Members of std::basic_string that std::basic_string_view also has, with
// the same meaning and result type.
static bool isViewCompatibleMember(llvm::StringRef Name) {
  static constexpr std::array<llvm::StringLiteral, 13> Members = {
      "size",          "length",        "empty",           "compare",
      "find",          "rfind",         "find_first_of",   "find_last_of",
      "find_first_not_of", "find_last_not_of", "starts_with", "ends_with",
      "contains"};
  return llvm::is_contained(Members, Name);
}

// The parameter is the object of \p Member: a view-compatible member called
// with view-compatible arguments, or the conversion to a view.
static bool isReadOnlyMemberUse(const MemberExpr &Member, ASTContext &Context) {
  if (const auto *Conversion = dyn_cast<CXXConversionDecl>(Member.getMemberDecl()))
    return isStringViewType(Conversion->getConversionType());
  const auto *Method = dyn_cast<CXXMethodDecl>(Member.getMemberDecl());
  if (Method == nullptr || !Method->getDeclName().isIdentifier() ||
      !isViewCompatibleMember(Method->getName()))
    return false;
  const llvm::ArrayRef<DynTypedNode> CallParents = userCodeParents(Context, Member);
  const auto *Call = CallParents.size() == 1 ? CallParents[0].get<CXXMemberCallExpr>() : nullptr;
  return Call != nullptr &&
         llvm::all_of(Call->arguments(),
                      [](const Expr *Argument) { return isViewCompatibleArgument(*Argument); });
}

// `key[i]` whose character is used as a value: `&key[0]` or a reference to
// it may be used as a NUL-terminated string.
static bool isCharacterValueUse(const CXXOperatorCallExpr &Operator, const Expr &Object,
                                ASTContext &Context) {
  if (Operator.getOperator() != OO_Subscript || Operator.getArg(0) != &Object)
    return false;
  const llvm::ArrayRef<DynTypedNode> UseParents = userCodeParents(Context, Operator);
  const auto *Use = UseParents.size() == 1 ? UseParents[0].get<ImplicitCastExpr>() : nullptr;
  return Use != nullptr && Use->getCastKind() == CK_LValueToRValue;
}

// True when the reference \p Ref to a 'const std::string&' parameter is used
// in a way a std::string_view supports unchanged.
static bool isReadOnlyUse(const DeclRefExpr &Ref, ASTContext &Context,
                          const llvm::DenseSet<const DeclRefExpr *> &RangeInits) {
  if (RangeInits.contains(&Ref))
    return true;
  if (const std::optional<StringRead> Read = readOfReference(Ref, Context);
      Read && (Read->Kind == StringReadKind::ComparisonOperand ||
               Read->Kind == StringReadKind::CompareArgument))
    return true;
  const Expr *Current = &Ref;
  for (unsigned Depth = 0; Depth < 4; ++Depth) {
    const llvm::ArrayRef<DynTypedNode> Parents = userCodeParents(Context, *Current);
    const Expr *Parent = Parents.size() == 1 ? Parents[0].get<Expr>() : nullptr;
    const auto *Cast = dyn_cast_or_null<ImplicitCastExpr>(Parent);
    if (isa_and_nonnull<ParenExpr>(Parent) || (Cast != nullptr && Cast->getCastKind() == CK_NoOp)) {
      Current = Parent;
      continue;
    }
    if (const auto *Member = dyn_cast_or_null<MemberExpr>(Parent))
      return isReadOnlyMemberUse(*Member, Context);
    if (const auto *Operator = dyn_cast_or_null<CXXOperatorCallExpr>(Parent))
      return isCharacterValueUse(*Operator, *Current, Context);
    return false;
  }
  return false;
}

// True when \p Function may be called from code this translation unit does
// not see (unless IncludeExternalFunctions: then any function qualifies).
static bool callersAreVisible(const FunctionDecl &Function, const SourceManager &SM) {
  for (const FunctionDecl *Redecl : Function.redecls())
    if (!SM.isInMainFile(SM.getExpansionLoc(Redecl->getLocation())))
      return false;
  if (!Function.isExternallyVisible())
    return true;
  const auto *Method = dyn_cast<CXXMethodDecl>(&Function);
  return Method != nullptr && (Method->isStatic() || Method->getAccess() == AS_private);
}

static bool isExcludedFunction(const FunctionDecl &Function) {
  if (Function.isMain() || Function.isOverloadedOperator() || isa<CXXConversionDecl>(Function) ||
      isa<CXXConstructorDecl, CXXDestructorDecl>(Function) || Function.isTemplated() ||
      Function.isTemplateInstantiation() ||
      Function.getTemplateSpecializationKind() != TSK_Undeclared ||
      Function.getInstantiatedFromMemberFunction() != nullptr || Function.isDeleted() ||
      Function.isDefaulted() || isa_and_nonnull<CoroutineBodyStmt>(Function.getBody()))
    return true;
  const auto *Method = dyn_cast<CXXMethodDecl>(&Function);
  return Method != nullptr && (Method->isVirtual() || Method->getParent()->isLambda());
}

static bool isOverloaded(const FunctionDecl &Function) {
  const DeclContext *Scope = Function.getDeclContext();
  return llvm::any_of(Scope->lookup(Function.getDeclName()), [&Function](const NamedDecl *Found) {
    const auto *Other = dyn_cast<FunctionDecl>(Found);
    return Other == nullptr || Other->getCanonicalDecl() != Function.getCanonicalDecl();
  });
}

static const char *kindPhrase(ArgumentKind Kind) {
  switch (Kind) {
  case ArgumentKind::StringLiteral:
    return "a string literal";
  case ArgumentKind::CharacterPointer:
    return "a 'const char*'";
  case ArgumentKind::BuiltTemporary:
    return "an explicitly built std::string";
  case ArgumentKind::OwningString:
  case ArgumentKind::NotConvertible:
    break;
  }
  return "";
}

StringViewParameterCheck::StringViewParameterCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      IncludeExternalFunctions(Options.get("IncludeExternalFunctions", false)),
      SmallStringCapacity(Options.getLocalOrGlobal("SmallStringCapacity", 15U)),
      Inserter(Options.getLocalOrGlobal("IncludeStyle", utils::IncludeSorter::IS_LLVM),
               areDiagsSelfContained()) {}

void StringViewParameterCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "IncludeExternalFunctions", IncludeExternalFunctions);
  Options.store(Opts, "SmallStringCapacity", SmallStringCapacity);
  Options.store(Opts, "IncludeStyle", Inserter.getStyle());
}

void StringViewParameterCheck::registerPPCallbacks(const SourceManager & /*SM*/,
                                                   Preprocessor *PP,
                                                   Preprocessor * /*ModuleExpanderPP*/) {
  Inserter.registerPreprocessor(PP);
}

void StringViewParameterCheck::registerMatchers(MatchFinder *Finder) {
  Finder = &UserCode.attach(*Finder);
  const auto Candidate = functionDecl(hasAnyParameter(hasType(isConstStringReference())));
  Finder->addMatcher(callExpr(unless(cxxOperatorCallExpr()), callee(Candidate.bind("callee")))
                         .bind("call"),
                     this);
  Finder->addMatcher(declRefExpr(to(Candidate.bind("named"))).bind("ref"), this);
}

void StringViewParameterCheck::check(const MatchFinder::MatchResult &Result) {
  Context = Result.Context;
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call")) {
    const auto *Callee = Result.Nodes.getNodeAs<FunctionDecl>("callee");
    Calls[Callee->getCanonicalDecl()].push_back(Call);
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Call->getCallee()->IgnoreParenImpCasts()))
      CalleeReferences.insert(Ref);
    return;
  }
  const auto *Ref = Result.Nodes.getNodeAs<DeclRefExpr>("ref");
  const auto *Named = Result.Nodes.getNodeAs<FunctionDecl>("named");
  References.emplace_back(Named->getCanonicalDecl(), Ref);
}

void StringViewParameterCheck::onEndOfTranslationUnit() {
  for (const auto &[Function, Ref] : References)
    if (!CalleeReferences.contains(Ref))
      AddressTaken.insert(Function);
  for (const auto &[Canonical, FunctionCalls] : Calls) {
    const FunctionDecl *Definition = Canonical->getDefinition();
    if (Definition == nullptr || !Definition->doesThisDeclarationHaveABody() ||
        AddressTaken.contains(Canonical) || isExcludedFunction(*Definition))
      continue;
    checkFunction(*Definition, FunctionCalls);
  }
  Calls.clear();
  References.clear();
  CalleeReferences.clear();
  AddressTaken.clear();
}

namespace {

/// The calls of one parameter that build a temporary (once per source
/// location: a call in a template is seen once per instantiation), and the
/// first call whose argument a view would not accept.
struct CallSummary {
  llvm::SmallVector<std::pair<const Expr *, ArgumentKind>, 4> Allocating;
  const Expr *Blocking = nullptr;
};

using NoFixNote = std::pair<SourceLocation, std::string>;

} // namespace

static bool isOnlyRead(const FunctionDecl &Function, const ParmVarDecl &Param, ASTContext &Ctx) {
  const std::optional<llvm::SmallVector<const DeclRefExpr *, 8>> Refs =
      referencesInFunction(Param, MaxParameterReferences);
  if (!Refs || Refs->empty())
    return false;
  llvm::DenseSet<const DeclRefExpr *> RangeInits;
  for (const BoundNodes &Nodes :
       match(findAll(cxxForRangeStmt(hasRangeInit(
                 ignoringParenImpCasts(declRefExpr(to(equalsNode(&Param))).bind("range"))))),
             *Function.getBody(), Ctx))
    RangeInits.insert(Nodes.getNodeAs<DeclRefExpr>("range"));
  return llvm::all_of(*Refs, [&](const DeclRefExpr *Ref) {
    return isReadOnlyUse(*Ref, Ctx, RangeInits);
  });
}

// A string literal, directly or inside `std::string("...")`, whose characters
// fit the small-string buffer: the temporary built from it does not allocate.
static bool isShortLiteral(const Expr &Argument, unsigned SmallStringCapacity) {
  const Expr *E = Argument.IgnoreImplicit();
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E))
    E = Cast->getSubExpr()->IgnoreImplicit();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E);
      Construct != nullptr && Construct->getNumArgs() >= 1)
    E = Construct->getArg(0);
  const auto *Literal = dyn_cast<StringLiteral>(E->IgnoreParenImpCasts());
  return Literal != nullptr && Literal->getByteLength() <= SmallStringCapacity;
}

static CallSummary summarizeCalls(llvm::ArrayRef<const CallExpr *> Calls, unsigned Index,
                                  unsigned SmallStringCapacity, const SourceManager &SM) {
  CallSummary Summary;
  llvm::DenseSet<SourceLocation> Counted;
  for (const CallExpr *Call : Calls) {
    if (Index >= Call->getNumArgs() || isa<CXXDefaultArgExpr>(Call->getArg(Index)))
      continue;
    const Expr &Argument = *Call->getArg(Index);
    ArgumentKind Kind = classifyArgument(Argument);
    if ((Kind == ArgumentKind::StringLiteral || Kind == ArgumentKind::BuiltTemporary) &&
        isShortLiteral(Argument, SmallStringCapacity))
      Kind = ArgumentKind::OwningString; // converts, and allocates nothing

    if (Kind == ArgumentKind::NotConvertible && Summary.Blocking == nullptr)
      Summary.Blocking = &Argument;
    if (Kind != ArgumentKind::NotConvertible && Kind != ArgumentKind::OwningString &&
        Counted.insert(Argument.getBeginLoc()).second)
      Summary.Allocating.emplace_back(&Argument, Kind);
  }
  llvm::sort(Summary.Allocating, [&SM](const auto &A, const auto &B) {
    return SM.isBeforeInTranslationUnit(A.first->getBeginLoc(), B.first->getBeginLoc());
  });
  return Summary;
}

static std::string warningMessage(const ParmVarDecl &Param, const CallSummary &Summary) {
  const QualType StringType = Param.getType()->getPointeeType();
  const std::string String = stringTypeSpelling(StringType);
  std::string Kinds;
  for (const ArgumentKind Kind : {ArgumentKind::StringLiteral, ArgumentKind::CharacterPointer,
                                  ArgumentKind::BuiltTemporary}) {
    if (llvm::none_of(Summary.Allocating, [Kind](const auto &Entry) { return Entry.second == Kind; }))
      continue;
    if (!Kinds.empty())
      Kinds += " or ";
    Kinds += kindPhrase(Kind);
  }
  const bool One = Summary.Allocating.size() == 1;
  std::string Message = "parameter '";
  Message += Param.getNameAsString();
  Message += "' is 'const ";
  Message += String;
  Message += "&' but only read; ";
  Message += std::to_string(Summary.Allocating.size());
  Message += One ? " call passes " : " calls pass ";
  Message += Kinds;
  Message += One ? " and allocates a temporary " : " and allocate a temporary ";
  Message += String;
  Message += " (use ";
  Message += stringViewSpelling(StringType);
  Message += ")";
  return Message;
}

// The edits that give every declaration of \p Function the view type for
// parameter \p Index, or the note saying why there are none.
static std::optional<NoFixNote> declarationFixes(const FunctionDecl &Function, unsigned Index,
                                                 const std::string &View, const ASTContext &Ctx,
                                                 std::vector<FixItHint> &Fixes) {
  const SourceManager &SM = Ctx.getSourceManager();
  for (const FunctionDecl *Redecl : Function.redecls()) {
    const ParmVarDecl &Declared = *Redecl->getParamDecl(Index);
    const TypeSourceInfo *Written = Declared.getTypeSourceInfo();
    const auto RefLoc = Written == nullptr ? LValueReferenceTypeLoc()
                                           : Written->getTypeLoc().getAs<LValueReferenceTypeLoc>();
    const SourceLocation Begin = Declared.getBeginLoc();
    if (Begin.isMacroID() || Redecl->getLocation().isMacroID() ||
        (RefLoc && RefLoc.getEndLoc().isMacroID()))
      return NoFixNote{SM.getExpansionLoc(Begin), "no fix-it: the declaration is written in a macro"};
    if (!RefLoc)
      return NoFixNote{Begin, "no fix-it: the parameter's type is spelled through an alias; "
                              "change it to '" + View + "' by hand"};
    const SourceLocation AfterAmp =
        Lexer::getLocForEndOfToken(RefLoc.getEndLoc(), 0, SM, Ctx.getLangOpts());
    const bool NeedsSpace = isAsciiIdentifierContinue(*SM.getCharacterData(AfterAmp));
    Fixes.push_back(FixItHint::CreateReplacement(
        CharSourceRange::getTokenRange(Begin, RefLoc.getEndLoc()), NeedsSpace ? View + " " : View));
  }
  return std::nullopt;
}

void StringViewParameterCheck::checkFunction(const FunctionDecl &Function,
                                             llvm::ArrayRef<const CallExpr *> FunctionCalls) {
  ASTContext &Ctx = *Context;
  const SourceManager &SM = Ctx.getSourceManager();
  if (SM.isInSystemHeader(SM.getExpansionLoc(Function.getLocation())))
    return;
  const bool Visible = callersAreVisible(Function, SM);
  if (!Visible && !IncludeExternalFunctions)
    return;
  std::vector<FixItHint> Fixes;
  for (unsigned Index = 0; Index < Function.getNumParams(); ++Index) {
    const ParmVarDecl &Param = *Function.getParamDecl(Index);
    if (constStringReferee(Param.getType()) == nullptr || !isOnlyRead(Function, Param, Ctx))
      continue;
    const CallSummary Summary = summarizeCalls(FunctionCalls, Index, SmallStringCapacity, SM);
    if (Summary.Allocating.empty())
      continue;
    const QualType StringType = Param.getType()->getPointeeType();
    const std::string View = stringViewSpelling(StringType);

    Fixes.clear();
    std::optional<NoFixNote> NoFix;
    if (!Visible)
      NoFix = {Param.getLocation(), "no fix-it: callers outside this translation unit may pass "
                                    "something a view does not accept"};
    else if (Summary.Blocking != nullptr)
      NoFix = {Summary.Blocking->getBeginLoc(),
               "no fix-it: this argument does not convert to '" + View + "'"};
    else if (isOverloaded(Function))
      NoFix = {Function.getLocation(),
               "no fix-it: '" + Function.getNameAsString() + "' is overloaded"};
    else
      NoFix = declarationFixes(Function, Index, View, Ctx, Fixes);
    if (NoFix)
      Fixes.clear();
    else if (std::optional<FixItHint> Include =
                 Inserter.createIncludeInsertion(SM.getMainFileID(), "<string_view>"))
      Fixes.push_back(*Include);

    {
      const DiagnosticBuilder Warning = diag(Param.getLocation(), "%0")
                                        << warningMessage(Param, Summary);
      for (const FixItHint &Fix : Fixes)
        Warning << Fix;
    }
    for (const auto &[Argument, Kind] : Summary.Allocating)
      diag(Argument->getBeginLoc(),
           Kind == ArgumentKind::BuiltTemporary ? "this call builds a temporary %0 explicitly"
                                                : "this call builds a temporary %0 from %1",
           DiagnosticIDs::Note)
          << stringTypeSpelling(StringType) << kindPhrase(Kind);
    if (NoFix)
      diag(NoFix->first, "%0", DiagnosticIDs::Note) << NoFix->second;
  }
}

} // namespace clang::tidy::allochunt
