//===--- CaseInsensitiveCopyCheck.cpp - allochunt-case-insensitive-copy ---===//

#include "CaseInsensitiveCopyCheck.h"

#include "lib/FixItText.h"
#include "lib/QualifiedLookup.h"
#include "lib/QualifiedNameList.h"
#include "lib/RejectedCode.h"
#include "lib/StringProducers.h"
#include "lib/StringTypes.h"
#include "lib/TemplateInstantiation.h"
#include "lib/TextReads.h"
#include "lib/UserCodeParents.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringExtras.h"

#include <array>
#include <cstdint>
#include <optional>

using namespace clang::ast_matchers;

namespace clang::tidy::allochunt {

static constexpr std::array<StringProducerKind, 1> CaseConversionKind = {
    StringProducerKind::CaseConversion};

CaseInsensitiveCopyCheck::CaseInsensitiveCopyCheck(StringRef Name,
                                                   ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      CaseConversionFunctions(parseQualifiedNameList(
          Options.get("CaseConversionFunctions", ""), InvalidNames)),
      CaseInsensitiveEquals(Options.get("CaseInsensitiveEquals", "").trim().str()) {
  for (const std::string &Invalid : InvalidNames)
    configurationDiag("invalid name '%0' in option '%1.CaseConversionFunctions': "
                      "expected an identifier, optionally qualified with '::'",
                      DiagnosticIDs::Error)
        << Invalid << Name;
  if (!CaseInsensitiveEquals.empty() && !isQualifiedName(CaseInsensitiveEquals))
    configurationDiag("invalid name '%0' in option '%1.CaseInsensitiveEquals': "
                      "expected an identifier, optionally qualified with '::'",
                      DiagnosticIDs::Error)
        << CaseInsensitiveEquals << Name;
}

void CaseInsensitiveCopyCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "CaseConversionFunctions",
                serializeQualifiedNameList(CaseConversionFunctions));
  Options.store(Opts, "CaseInsensitiveEquals", CaseInsensitiveEquals);
}

void CaseInsensitiveCopyCheck::registerMatchers(MatchFinder *Finder) {
  Finder = &UserCode.attach(*Finder);
  Finder->addMatcher(
      callExpr(mayBeStringProducer(CaseConversionKind,
                               {CaseConversionFunctions,
                                StringProducerKind::CaseConversion}),
           unless(isExpansionInSystemHeader()), unless(isInInstantiatedCode()))
          .bind("conversion"),
      this);
  Finder->addMatcher(callExpr(callee(functionDecl(hasName("::std::transform"))),
                              argumentCountIs(4), unless(isExpansionInSystemHeader()),
                              unless(isInInstantiatedCode()))
                         .bind("transform"),
                     this);
}

namespace {

enum class Library : std::uint8_t { Boost, Absl, Project };

// A case-conversion call, and what a case-insensitive comparison replaces it
// with.
struct Conversion {
  StringProducer Producer;
  Library From;
  LetterCase Case;
  std::string Callee;
  /// The one value converted, when the call is `f(value)` (no locale, not a
  /// member): what a case-insensitive comparison takes instead.
  const Expr *Argument;
};

} // namespace

static const Expr *stripImplicitAndParens(const Expr *E) {
  while (true) {
    const Expr *Stripped = E->IgnoreImplicit()->IgnoreParens();
    if (Stripped == E)
      return E;
    E = Stripped;
  }
}

static std::optional<Conversion>
conversionOf(const Expr *E, const std::vector<std::string> &Configured) {
  if (E == nullptr)
    return std::nullopt;
  std::optional<StringProducer> Producer = classifyStringProducer(
      E, CaseConversionKind, {Configured, StringProducerKind::CaseConversion});
  if (!Producer)
    return std::nullopt;
  const std::string Callee = qualifiedNameWithoutInlineNamespaces(Producer->Callee);
  Library From = Library::Project;
  if (llvm::StringRef(Callee).starts_with("boost::algorithm::"))
    From = Library::Boost;
  else if (llvm::StringRef(Callee).starts_with("absl::"))
    From = Library::Absl;
  const auto Explicit = llvm::count_if(Producer->Call->arguments(), [](const Expr *A) {
    return !isa<CXXDefaultArgExpr>(A);
  });
  const Expr *Argument = !isa<CXXMemberCallExpr>(Producer->Call) && Explicit == 1
                             ? Producer->Call->getArg(0)
                             : nullptr;
  return Conversion{*Producer, From, convertedCase(Producer->Callee), Callee,
                    Argument};
}

// A string literal, possibly spelled `std::string("...")`.
static const StringLiteral *literalIn(const Expr *E) {
  E = stripImplicitAndParens(E);
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E))
    return literalIn(Cast->getSubExpr());
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    // std::string(const char *, const Allocator & = Allocator())
    const bool OneGiven =
        Construct->getNumArgs() >= 1 &&
        llvm::all_of(llvm::drop_begin(Construct->arguments()),
                     [](const Expr *A) { return isa<CXXDefaultArgExpr>(A); });
    return OneGiven ? literalIn(Construct->getArg(0)) : nullptr;
  }
  return dyn_cast<StringLiteral>(E);
}

// A literal whose case the fix-its can change letter by letter: ordinary,
// ASCII, no escape sequences.
static bool isPlainAsciiLiteral(const StringLiteral *Literal) {
  return Literal != nullptr && Literal->isOrdinary() &&
         llvm::all_of(Literal->getString(),
                      [](char C) { return llvm::isASCII(C) && C != '\\' && C != 0; });
}

static bool isConstantVariable(const VarDecl *Var) {
  return Var->isConstexpr() ||
         (Var->getType().isConstQualified() && Var->hasGlobalStorage());
}

// A value that is the same on every call: a literal, a constexpr or static
// const variable, or the variable of a range-for over one.
static bool isConstantArgument(const Expr *E, ASTContext &Context) {
  if (literalIn(E) != nullptr)
    return true;
  // Implicit copies (a std::string_view passed by value) are not the value.
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreUnlessSpelledInSource());
  const auto *Var = Ref != nullptr ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (Var == nullptr)
    return false;
  if (isConstantVariable(Var))
    return true;
  // The loop variable's DeclStmt, or the variable itself, sits in the loop.
  llvm::ArrayRef<DynTypedNode> Parents = userCodeParents(Context, *Var);
  if (Parents.size() == 1 && Parents[0].get<DeclStmt>() != nullptr)
    Parents = userCodeParents(Context, *Parents[0].get<DeclStmt>());
  const auto *Loop = Parents.size() == 1 ? Parents[0].get<CXXForRangeStmt>() : nullptr;
  if (Loop == nullptr || Loop->getLoopVariable() != Var)
    return false;
  const auto *Range = dyn_cast<DeclRefExpr>(stripImplicitAndParens(Loop->getRangeInit()));
  const auto *RangeVar = Range != nullptr ? dyn_cast<VarDecl>(Range->getDecl()) : nullptr;
  return RangeVar != nullptr && isConstantVariable(RangeVar);
}

// The literal's source text with its letters converted.
static std::string convertedSpelling(const StringLiteral *Literal, LetterCase Case,
                                     const ASTContext &Context) {
  std::string Text = sourceText(Literal, Context);
  for (char &C : Text)
    C = Case == LetterCase::Lower ? llvm::toLower(C) : llvm::toUpper(C);
  return Text;
}

// Whether \p Text has letters of the case \p Case does not produce.
static bool hasLettersOfOtherCase(llvm::StringRef Text, LetterCase Case) {
  return llvm::any_of(Text, [&](char C) {
    return Case == LetterCase::Lower ? llvm::isUpper(C) : llvm::isLower(C);
  });
}

static std::string equalityFor(Library From, llvm::StringRef Configured) {
  switch (From) {
  case Library::Boost:
    return "boost::algorithm::iequals";
  case Library::Absl:
    return "absl::EqualsIgnoreCase";
  case Library::Project:
    return Configured.ltrim(':').str();
  }
  return "";
}

static llvm::StringRef headerOf(Library From) {
  if (From == Library::Boost)
    return "<boost/algorithm/string/predicate.hpp>";
  if (From == Library::Absl)
    return "\"absl/strings/match.h\"";
  return "its header";
}

// The case-insensitive search that replaces `copy.Member(...)`, if any.
static llvm::StringRef searchFor(Library From, llvm::StringRef Member) {
  if (From == Library::Project)
    return "";
  const bool Boost = From == Library::Boost;
  if (Member == "find" || Member == "contains")
    return Boost ? "boost::algorithm::icontains" : "absl::StrContainsIgnoreCase";
  if (Member == "starts_with")
    return Boost ? "boost::algorithm::istarts_with" : "absl::StartsWithIgnoreCase";
  if (Member == "ends_with")
    return Boost ? "boost::algorithm::iends_with" : "absl::EndsWithIgnoreCase";
  return "";
}

static bool isEquality(const TextRead &Read) {
  return Read.Kind == TextReadKind::Compared && Read.Member.empty() &&
         (Read.Operator == BO_EQ || Read.Operator == BO_NE);
}

static bool isStringClass(QualType T) {
  return isOwningStringType(T) || isStringViewType(T);
}

// `f(constant)` converts the same text on every call: write it converted.
static void checkConstant(ClangTidyCheck &Check, const Conversion &Converted,
                          const std::optional<TextRead> &Read,
                          const std::vector<std::string> &Configured,
                          ASTContext &Context) {
  std::optional<Conversion> OtherConversion;
  if (Read && isEquality(*Read)) {
    OtherConversion = conversionOf(Read->Other, Configured);
    // `f(x) == f("Lit")` is reported as one comparison, on `f(x)`.
    if (OtherConversion && OtherConversion->Argument != nullptr &&
        !isConstantArgument(OtherConversion->Argument, Context))
      return;
  }
  // The literal can stand where the copy stood only if it is compared with
  // a string class (not a pointer) or searched for.
  const bool OnlyCompared =
      Read &&
      ((isEquality(*Read) && !OtherConversion &&
        isStringClass(Read->Other->IgnoreImplicit()->getType())) ||
       (Read->Kind == TextReadKind::Searched && Read->AsArgument));
  const StringLiteral *Literal = literalIn(Converted.Argument);
  const bool Fixable = OnlyCompared && isPlainAsciiLiteral(Literal) &&
                       Converted.Case != LetterCase::Unknown &&
                       isEditableStmt(Converted.Producer.Call);
  const SourceLocation Location = Converted.Producer.Call->getBeginLoc();
  {
    auto Diag = Check.diag(Location, "'%0' case-converts a constant on every "
                                     "call; write it converted")
                << Converted.Callee;
    if (Fixable)
      Diag << FixItHint::CreateReplacement(
          Converted.Producer.Call->getSourceRange(),
          convertedSpelling(Literal, Converted.Case, Context));
  }
  if (!Fixable)
    Check.diag(Location, "store the converted constant once, e.g. in a "
                         "'static const' variable",
               DiagnosticIDs::Note);
}

// `f(a) == f(b)` and `f(a) == "lit"`: a case-insensitive comparison.
// Whether \p A and \p B name the same variable.
static bool isSameVariable(const Expr *A, const Expr *B) {
  if (A == nullptr || B == nullptr)
    return false;
  const auto *RefA = dyn_cast<DeclRefExpr>(stripImplicitAndParens(A));
  const auto *RefB = dyn_cast<DeclRefExpr>(stripImplicitAndParens(B));
  return RefA != nullptr && RefB != nullptr && RefA->getDecl() == RefB->getDecl();
}

static void checkComparison(ClangTidyCheck &Check, const Conversion &Converted,
                            const TextRead &Read,
                            const std::vector<std::string> &Configured,
                            llvm::StringRef ConfiguredEquals,
                            ASTContext &Context) {
  if (isSameVariable(Converted.Argument, Read.Other))
    return; // `s == to_lower_copy(s)` asks whether `s` is in lowercase.
  const std::optional<Conversion> Other = conversionOf(Read.Other, Configured);
  const bool OtherIsConstant = Other && Other->Argument != nullptr &&
                               isConstantArgument(Other->Argument, Context);
  if (Other && !OtherIsConstant && Read.AsArgument)
    return; // Both sides are copies: reported once, on the left one.
  const std::string Equals = equalityFor(Converted.From, ConfiguredEquals);
  const bool KnownCase = Converted.Case != LetterCase::Unknown;
  const auto *Literal = dyn_cast<StringLiteral>(stripImplicitAndParens(Read.Other));
  // The second argument of the case-insensitive comparison, when it keeps
  // the comparison's meaning.
  std::optional<std::string> OtherArgument;
  bool NeverEqual = false;
  if (Other && Other->Argument != nullptr && Other->From == Converted.From &&
      Other->Case == Converted.Case &&
      (Converted.From != Library::Project || Other->Callee == Converted.Callee)) {
    const StringLiteral *Constant = literalIn(Other->Argument);
    if (!OtherIsConstant)
      OtherArgument = sourceText(Other->Argument, Context);
    else if (KnownCase && isPlainAsciiLiteral(Constant))
      OtherArgument = convertedSpelling(Constant, Converted.Case, Context);
  } else if (Literal != nullptr && KnownCase) {
    NeverEqual = hasLettersOfOtherCase(Literal->getString(), Converted.Case);
    if (!NeverEqual && isPlainAsciiLiteral(Literal))
      OtherArgument = sourceText(Literal, Context);
  }
  const bool Declared =
      !Equals.empty() && lookupQualifiedName(Equals, Context) != nullptr;
  const bool Fixable = OtherArgument && Converted.Argument != nullptr && Declared &&
                       isEditableStmt(Read.Read);
  const SourceLocation Location = Converted.Producer.Call->getBeginLoc();
  {
    auto Diag = Check.diag(Location, "'%0' allocates %select{a lowercase|an "
                                     "uppercase|a case-converted}1 copy only "
                                     "to compare it; compare case-insensitively"
                                     "%select{| with '%3'}2")
                << Converted.Callee << static_cast<int>(Converted.Case)
                << !Equals.empty() << Equals;
    if (Fixable)
      Diag << FixItHint::CreateReplacement(
          Read.Read->getSourceRange(),
          (Read.Operator == BO_NE ? "!" : "") + Equals + "(" +
              sourceText(Converted.Argument, Context) + ", " + *OtherArgument +
              ")");
  }
  if (NeverEqual)
    Check.diag(Location, "the literal has %select{uppercase|lowercase}0 "
                         "letters, so the comparison is always %select{false|"
                         "true}1",
               DiagnosticIDs::Note)
        << static_cast<int>(Converted.Case) << (Read.Operator == BO_NE);
  else if (OtherArgument && !Declared && !Equals.empty())
    Check.diag(Location, "'%0' is declared in %1", DiagnosticIDs::Note)
        << Equals << headerOf(Converted.From);
  else if (!Other && Literal == nullptr && !Equals.empty())
    Check.diag(Location, "if the other side is %select{lowercase|uppercase|"
                         "converted}0 already, compare with '%1' instead",
               DiagnosticIDs::Note)
        << static_cast<int>(Converted.Case) << Equals;
}

// `f(a).find(x)`: a case-insensitive search, where the library has one.
static void checkSearch(ClangTidyCheck &Check, const Conversion &Converted,
                        const TextRead &Read) {
  const SourceLocation Location = Converted.Producer.Call->getBeginLoc();
  Check.diag(Location, "'%0' allocates %select{a lowercase|an uppercase|a "
                       "case-converted}1 copy only to search it")
      << Converted.Callee << static_cast<int>(Converted.Case);
  const llvm::StringRef Search = searchFor(Converted.From, Read.Member);
  if (!Search.empty())
    Check.diag(Location, "search case-insensitively with '%0'",
               DiagnosticIDs::Note)
        << Search;
}

// The case `tolower`/`toupper` (a function, or a lambda returning a call to
// one) converts to.
static std::optional<LetterCase> characterConversion(const Expr *E) {
  E = stripImplicitAndParens(E);
  if (const auto *Lambda = dyn_cast<LambdaExpr>(E)) {
    const auto *Body = dyn_cast_or_null<CompoundStmt>(Lambda->getBody());
    const auto *Return =
        Body != nullptr && Body->size() == 1 ? dyn_cast<ReturnStmt>(Body->body_front())
                                             : nullptr;
    if (Return == nullptr || Return->getRetValue() == nullptr)
      return std::nullopt;
    const auto *Call = dyn_cast<CallExpr>(Return->getRetValue()->IgnoreCasts());
    return Call != nullptr ? characterConversion(Call->getCallee()) : std::nullopt;
  }
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  const auto *Function = Ref != nullptr ? dyn_cast<FunctionDecl>(Ref->getDecl()) : nullptr;
  if (Function == nullptr || Function->getIdentifier() == nullptr)
    return std::nullopt;
  if (Function->getName() == "tolower")
    return LetterCase::Lower;
  if (Function->getName() == "toupper")
    return LetterCase::Upper;
  return std::nullopt;
}

// `X.begin()` or `X.end()` on a local string variable: that variable.
static const VarDecl *iteratedVariable(const Expr *E, llvm::StringRef Member) {
  const auto *Call = dyn_cast<CXXMemberCallExpr>(stripImplicitAndParens(E));
  if (Call == nullptr || Call->getMethodDecl() == nullptr ||
      Call->getMethodDecl()->getName() != Member)
    return nullptr;
  const auto *Ref =
      dyn_cast<DeclRefExpr>(stripImplicitAndParens(Call->getImplicitObjectArgument()));
  return Ref != nullptr ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
}

// A local initialized as a copy of another string.
static bool isCopyOfString(const VarDecl *Var) {
  if (Var == nullptr || !Var->hasLocalStorage() || isa<ParmVarDecl>(Var) ||
      !isOwningStringType(Var->getType()) || Var->getType()->isReferenceType() ||
      Var->getInit() == nullptr)
    return false;
  const Expr *Init = stripImplicitAndParens(Var->getInit());
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(Init))
    Init = stripImplicitAndParens(Cast->getSubExpr());
  const auto *Construct = dyn_cast<CXXConstructExpr>(Init);
  return Construct != nullptr && Construct->getConstructor()->isCopyConstructor() &&
         Construct->getNumArgs() >= 1 && Construct->getArg(0)->isGLValue();
}

// std::transform(s.begin(), s.end(), s.begin(), ::tolower) on a copy that is
// then only compared or searched.
static void checkTransform(ClangTidyCheck &Check, const CallExpr *Transform,
                           llvm::StringRef ConfiguredEquals, ASTContext &Context) {
  const VarDecl *Var = iteratedVariable(Transform->getArg(0), "begin");
  const std::optional<LetterCase> Case = characterConversion(Transform->getArg(3));
  if (!Case || !isCopyOfString(Var) || iteratedVariable(Transform->getArg(1), "end") != Var ||
      iteratedVariable(Transform->getArg(2), "begin") != Var)
    return;
  const auto *Function = dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
  const Stmt *Body = Function != nullptr ? Function->getBody() : nullptr;
  llvm::SmallVector<TextRead, 4> Reads;
  if (Body == nullptr || !isOnlyReadText(*Var, *Body, Context, Reads, Transform))
    return;
  const SourceManager &Sources = Context.getSourceManager();
  for (const TextRead &Read : Reads)
    if ((!isEquality(Read) &&
         (Read.Kind != TextReadKind::Searched || Read.AsArgument)) ||
        !Sources.isBeforeInTranslationUnit(Transform->getEndLoc(),
                                           Read.Read->getBeginLoc()))
      return;
  Check.diag(Transform->getBeginLoc(),
             "'%0' is a copy converted to %select{lowercase|uppercase}1 only to "
             "be compared; compare the original case-insensitively")
      << Var->getName() << static_cast<int>(*Case);
  std::string Equals;
  for (const llvm::StringRef Candidate :
       {llvm::StringRef("boost::algorithm::iequals"),
        llvm::StringRef("absl::EqualsIgnoreCase"), ConfiguredEquals.ltrim(':')})
    if (Equals.empty() && !Candidate.empty() &&
        lookupQualifiedName(Candidate, Context) != nullptr)
      Equals = Candidate.str();
  if (!Equals.empty())
    Check.diag(Transform->getBeginLoc(), "compare with '%0', which allocates "
                                         "nothing",
               DiagnosticIDs::Note)
        << Equals;
  else
    Check.diag(Transform->getBeginLoc(),
               "compare without a copy, e.g. with 'std::equal' (sizes checked "
               "first) or 'std::search' and a predicate comparing "
               "'std::tolower' of each character",
               DiagnosticIDs::Note);
}

void CaseInsensitiveCopyCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Context = *Result.Context;
  if (isRejectedByCompiler(Context))
    return;
  if (const auto *Transform = Result.Nodes.getNodeAs<CallExpr>("transform")) {
    checkTransform(*this, Transform, CaseInsensitiveEquals, Context);
    return;
  }
  const std::optional<Conversion> Converted = conversionOf(
      Result.Nodes.getNodeAs<Expr>("conversion"), CaseConversionFunctions);
  if (!Converted)
    return;
  const std::optional<TextRead> Read =
      findTextRead(Converted->Producer.Call, Context);
  if (Converted->Argument != nullptr &&
      isConstantArgument(Converted->Argument, Context)) {
    checkConstant(*this, *Converted, Read, CaseConversionFunctions, Context);
    return;
  }
  if (!Read)
    return;
  if (isEquality(*Read))
    checkComparison(*this, *Converted, *Read, CaseConversionFunctions,
                    CaseInsensitiveEquals, Context);
  else if (Read->Kind == TextReadKind::Searched && !Read->AsArgument)
    checkSearch(*this, *Converted, *Read);
}

} // namespace clang::tidy::allochunt
