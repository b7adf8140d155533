//===--- StringRoundTripCheck.cpp - allochunt-string-round-trip -----------===//
//
// A string copied into a new string of the same type through something that
// forgets what it was: its characters (`c_str()`, `data()`, `data()` with
// `size()`), its iterators, or a view of it. The new string is a copy, built
// the slow way; where it is only passed to a `const std::string&` it is not
// needed at all. Fix-its pass the string itself where the parameter accepts
// it and no other overload could take over, and otherwise copy-construct.
//
//===----------------------------------------------------------------------===//

#include "StringRoundTripCheck.h"

#include "lib/FixItText.h"
#include "lib/RejectedCode.h"
#include "lib/StringTypes.h"
#include "lib/TemplateInstantiation.h"
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

namespace {
enum class CopyKind : std::uint8_t {
  Chars,   // std::string(s.c_str()), s.data() to a std::string parameter
  Range,   // std::string(s.begin(), s.end())
  Counted, // std::string(s.data(), s.size())
  View,    // std::string(std::string_view(s))
};

// Where the new string goes: a parameter, a copy, or something else.
enum class UseKind : std::uint8_t { Parameter, Copy, Other };

struct StringUse {
  UseKind Kind = UseKind::Other;
  const Expr *Outer = nullptr; // the construction as written (a cast, or itself)
  const FunctionDecl *Callee = nullptr;
  unsigned ParamIndex = 0;
  unsigned WrittenArgs = 0;
  bool Unqualified = false; // an unqualified call of a free function (ADL applies)
};
} // namespace

/// One copy of a string into a new string of the same type.
struct StringCopy {
  CopyKind Kind;
  const Expr *Object;      // the string copied
  const Expr *FirstArg;    // the construction's arguments a copy replaces
  const Expr *LastArg;
  bool Arrow;              // `p->c_str()`: the string is `*p`
  StringRef First, Second; // the methods called, for the message
};

StringRoundTripCheck::StringRoundTripCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      AssumeNoEmbeddedNul(Options.get("AssumeNoEmbeddedNul", true)) {}

void StringRoundTripCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "AssumeNoEmbeddedNul", AssumeNoEmbeddedNul);
}

void StringRoundTripCheck::registerMatchers(MatchFinder *Finder) {
  Finder = &UserCode.attach(*Finder);
  const auto StringMethod = [](auto... Names) {
    return cxxMemberCallExpr(callee(cxxMethodDecl(
        hasAnyName(Names...),
        ofClass(classTemplateSpecializationDecl(hasName("::std::basic_string"))))));
  };
  const auto NoOtherArgument = [](unsigned I) {
    return unless(hasArgument(I, unless(cxxDefaultArgExpr())));
  };
  const auto StringConstruction = [&](const auto &...Inner) {
    return cxxConstructExpr(
               hasDeclaration(cxxConstructorDecl(ofClass(hasName("::std::basic_string")))),
               Inner..., unless(isExpansionInSystemHeader()), unless(isInInstantiatedCode()))
        .bind("construct");
  };
  // `s.c_str()` / `s.data()` / `sv.data()` as the only argument.
  const auto Chars = cxxMemberCallExpr(
      callee(cxxMethodDecl(hasAnyName("c_str", "data"), parameterCountIs(0),
                           ofClass(hasAnyName("::std::basic_string",
                                              "::std::basic_string_view")))));
  Finder->addMatcher(StringConstruction(NoOtherArgument(1),
                                        hasArgument(0, ignoringParenImpCasts(Chars.bind("chars")))),
                     this);
  // `(s.begin(), s.end())` and `(s.data(), s.size())`; which pairs belong
  // together is checked in check().
  Finder->addMatcher(
      StringConstruction(
          NoOtherArgument(2),
          // Before C++17 an iterator is moved into the parameter.
          hasArgument(0, ignoringElidableConstructorCall(ignoringParenImpCasts(
                             StringMethod("begin", "cbegin", "data", "c_str").bind("first")))),
          hasArgument(1, ignoringElidableConstructorCall(ignoringParenImpCasts(
                             StringMethod("end", "cend", "size", "length").bind("last"))))),
      this);
  // `std::string(std::string_view(s))`: the view's type is checked in check().
  Finder->addMatcher(StringConstruction(NoOtherArgument(1),
                                        hasArgument(0, ignoringImplicit(ignoringParenImpCasts(
                                                           explicitCastExpr().bind("view"))))),
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

static QualType canonicalUnqualified(QualType T) {
  return T.getNonReferenceType().getCanonicalType().getUnqualifiedType();
}

// The type of the string a member call is made on (`p->c_str()`: `*p`).
static QualType objectType(const CXXMemberCallExpr &Call) {
  QualType T = Call.getImplicitObjectArgument()->getType();
  if (T->isPointerType())
    T = T->getPointeeType();
  return canonicalUnqualified(T);
}

// The string a member call is made on, when it has no side effects (two
// calls on it name one object).
static const Expr *pureObject(const CXXMemberCallExpr &Call, const ASTContext &Context) {
  const Expr *Object = Call.getImplicitObjectArgument();
  if (Object == nullptr || Object->HasSideEffects(Context))
    return nullptr;
  return Object;
}

static bool sameObject(const CXXMemberCallExpr &A, const CXXMemberCallExpr &B,
                       const ASTContext &Context) {
  const Expr *First = pureObject(A, Context);
  const Expr *Second = pureObject(B, Context);
  return First != nullptr && Second != nullptr &&
         utils::areStatementsIdentical(First->IgnoreParenImpCasts(), Second->IgnoreParenImpCasts(),
                                       Context);
}

static bool isArrowCall(const CXXMemberCallExpr &Call) {
  const auto *Member = dyn_cast<MemberExpr>(Call.getCallee()->IgnoreParens());
  return Member != nullptr && Member->isArrow();
}

static std::optional<StringCopy> pairedCopy(const CXXConstructExpr &Construct,
                                            const CXXMemberCallExpr &First,
                                            const CXXMemberCallExpr &Last,
                                            const ASTContext &Context) {
  const StringRef Begin = First.getMethodDecl()->getName();
  const StringRef End = Last.getMethodDecl()->getName();
  CopyKind Kind = CopyKind::Range;
  if ((Begin == "begin" && End == "end") || (Begin == "cbegin" && End == "cend"))
    Kind = CopyKind::Range;
  else if ((Begin == "data" || Begin == "c_str") && (End == "size" || End == "length"))
    Kind = CopyKind::Counted;
  else
    return std::nullopt;
  if (!sameObject(First, Last, Context) ||
      objectType(First) != canonicalUnqualified(Construct.getType()))
    return std::nullopt;
  return StringCopy{Kind,  First.getImplicitObjectArgument(), Construct.getArg(0),
                    Construct.getArg(1), isArrowCall(First), Begin, End};
}

// `std::string_view(s)`, `static_cast<std::string_view>(s)`, ... of a string
// of the constructed type.
static std::optional<StringCopy> viewCopy(const CXXConstructExpr &Construct,
                                          const ExplicitCastExpr &Cast) {
  if (!isStringViewType(Cast.getTypeAsWritten()))
    return std::nullopt;
  const auto *Conversion =
      dyn_cast<CXXMemberCallExpr>(Cast.getSubExpr()->IgnoreImplicit()->IgnoreParens());
  if (Conversion == nullptr || !isa_and_nonnull<CXXConversionDecl>(Conversion->getMethodDecl()))
    return std::nullopt;
  const Expr *Object = Conversion->getImplicitObjectArgument();
  if (Object == nullptr ||
      canonicalUnqualified(Object->getType()) != canonicalUnqualified(Construct.getType()))
    return std::nullopt;
  return StringCopy{CopyKind::View, Object, Construct.getArg(0), Construct.getArg(0), false,
                    "", ""};
}

void StringRoundTripCheck::check(const MatchFinder::MatchResult &Result) {
  if (isRejectedByCompiler(*Result.Context))
    return;
  const auto *Construct = Result.Nodes.getNodeAs<CXXConstructExpr>("construct");
  if (Construct == nullptr) {
    if (const auto *Assign = Result.Nodes.getNodeAs<CXXOperatorCallExpr>("assign"))
      checkSubstr(*Assign, *Result.Nodes.getNodeAs<CXXMemberCallExpr>("substr"));
    return;
  }
  if (const auto *Call = Result.Nodes.getNodeAs<CXXMemberCallExpr>("chars")) {
    const Expr *Object = Call->getImplicitObjectArgument();
    if (Object == nullptr)
      return;
    if (isStringViewType(objectType(*Call))) {
      if (Call->getMethodDecl()->getName() == "data")
        checkViewData(*Call);
      return;
    }
    if (objectType(*Call) != canonicalUnqualified(Construct->getType()))
      return;
    const StringRef Method = Call->getMethodDecl()->getName();
    checkCopy(*Construct,
              StringCopy{CopyKind::Chars, Object, Call, Call, isArrowCall(*Call), Method, ""},
              *Result.Context);
  } else if (const auto *First = Result.Nodes.getNodeAs<CXXMemberCallExpr>("first")) {
    if (std::optional<StringCopy> Copy =
            pairedCopy(*Construct, *First, *Result.Nodes.getNodeAs<CXXMemberCallExpr>("last"),
                       *Result.Context))
      checkCopy(*Construct, *Copy, *Result.Context);
  } else if (const auto *Cast = Result.Nodes.getNodeAs<ExplicitCastExpr>("view")) {
    if (std::optional<StringCopy> Copy = viewCopy(*Construct, *Cast))
      checkCopy(*Construct, *Copy, *Result.Context);
  }
}

// The arguments a call passes as written (not its default arguments).
static unsigned writtenArguments(llvm::ArrayRef<const Expr *> Args) {
  unsigned Count = 0;
  for (const Expr *Arg : Args)
    Count += isa<CXXDefaultArgExpr>(Arg) ? 0 : 1;
  return Count;
}

// Where the string \p Construct builds goes, through the nodes that only
// wrap it (temporaries, implicit conversions, parentheses, an explicit cast
// that spells the construction).
static StringUse useOf(const CXXConstructExpr &Construct, ASTContext &Context) {
  StringUse Use;
  Use.Outer = &Construct;
  const Expr *Current = &Construct;
  bool Materialized = false;
  for (;;) {
    const llvm::ArrayRef<DynTypedNode> Parents = userCodeParents(Context, *Current);
    if (Parents.empty())
      return Use;
    const DynTypedNode &Parent = Parents.front();
    const auto *E = Parent.get<Expr>();
    // An explicit cast to the string's own type spells the construction; an
    // elidable copy or move (before C++17) only moves it into place.
    const auto *Elided = dyn_cast_or_null<CXXConstructExpr>(E);
    const auto *Cast = dyn_cast_or_null<ExplicitCastExpr>(E);
    if ((Elided != nullptr && Elided->isElidable()) ||
        (Cast != nullptr &&
         canonicalUnqualified(Cast->getType()) == canonicalUnqualified(Construct.getType())) ||
        isa_and_nonnull<CXXBindTemporaryExpr, MaterializeTemporaryExpr, ParenExpr,
                        ExprWithCleanups, ImplicitCastExpr>(E)) {
      if (Cast != nullptr)
        Use.Outer = E;
      // What an elided copy materialised is not bound to a reference.
      Materialized = Elided == nullptr && (Materialized || isa<MaterializeTemporaryExpr>(E));
      Current = E;
      continue;
    }
    if (Parent.get<VarDecl>() != nullptr || Parent.get<ReturnStmt>() != nullptr ||
        Parent.get<InitListExpr>() != nullptr || Parent.get<CXXConstructorDecl>() != nullptr) {
      // A reference bound to the new string is not a copy of the old one.
      Use.Kind = Materialized ? UseKind::Other : UseKind::Copy;
      return Use;
    }
    llvm::ArrayRef<const Expr *> Args;
    const FunctionDecl *Callee = nullptr;
    unsigned Skipped = 0;
    if (const auto *Call = Parent.get<CallExpr>()) {
      Args = llvm::ArrayRef(Call->getArgs(), Call->getNumArgs());
      Callee = Call->getDirectCallee();
      // A member operator's first argument is its object.
      if (isa<CXXOperatorCallExpr>(Call) && isa_and_nonnull<CXXMethodDecl>(Callee))
        Skipped = 1;
      if (const auto *Ref = dyn_cast<DeclRefExpr>(Call->getCallee()->IgnoreParenImpCasts()))
        Use.Unqualified = !Ref->hasQualifier() && !isa_and_nonnull<CXXMethodDecl>(Callee);
    } else if (const auto *Outer = Parent.get<CXXConstructExpr>()) {
      Args = llvm::ArrayRef(Outer->getArgs(), Outer->getNumArgs());
      Callee = Outer->getConstructor();
    }
    if (Callee == nullptr)
      return Use;
    for (unsigned I = Skipped; I < Args.size(); ++I) {
      if (Args[I] != Current || I - Skipped >= Callee->getNumParams())
        continue;
      Use.Kind = UseKind::Parameter;
      Use.Callee = Callee;
      Use.ParamIndex = I - Skipped;
      Use.WrittenArgs = writtenArguments(Args.drop_front(Skipped));
    }
    return Use;
  }
}

static bool viableByArity(const FunctionDecl &F, unsigned Args) {
  return F.getMinRequiredArguments() <= Args && (F.isVariadic() || Args <= F.getNumParams());
}

// Overloads that differ only in how they take their parameters (`const T&`
// and `T&&`): either serves the string.
static bool differOnlyInReferences(const FunctionDecl &A, const FunctionDecl &B) {
  if (A.getNumParams() != B.getNumParams())
    return false;
  for (unsigned I = 0; I < A.getNumParams(); ++I)
    if (canonicalUnqualified(A.getParamDecl(I)->getType()) !=
        canonicalUnqualified(B.getParamDecl(I)->getType()))
      return false;
  return true;
}

static bool isConstReference(QualType T) {
  return T->isLValueReferenceType() && T.getNonReferenceType().isConstQualified();
}

// An overload of \p Use's callee (`push_back(const T&)` beside
// `push_back(T&&)`) that takes the parameter by const reference: the one a
// string that is not a temporary selects.
static bool hasConstReferenceTwin(const StringUse &Use) {
  const FunctionDecl &Callee = *Use.Callee;
  return llvm::any_of(
      Callee.getDeclContext()->getRedeclContext()->lookup(Callee.getDeclName()),
      [&](const NamedDecl *Found) {
        const auto *F = dyn_cast<FunctionDecl>(Found->getUnderlyingDecl());
        return F != nullptr && F->getCanonicalDecl() != Callee.getCanonicalDecl() &&
               differOnlyInReferences(*F, Callee) &&
               isConstReference(F->getParamDecl(Use.ParamIndex)->getType());
      });
}

static bool isConstRefToTemplateParameter(QualType T) {
  const auto *Ref = T->getAs<LValueReferenceType>();
  return Ref != nullptr && Ref->getPointeeType().isConstQualified() &&
         Ref->getPointeeType()->getAs<TemplateTypeParmType>() != nullptr;
}

// Could another function of the same name be chosen once the call passes
// the string itself? Only what provably loses stays out: a redeclaration,
// an overload the argument count rules out, a copy or move constructor, a
// twin that differs in references, and a one-parameter `const T&` template
// (a non-template exact match wins over it).
static const NamedDecl *competingOverload(const StringUse &Use, QualType String) {
  const FunctionDecl &Callee = *Use.Callee;
  const FunctionTemplateDecl *Primary = Callee.getPrimaryTemplate();
  for (const NamedDecl *Found :
       Callee.getDeclContext()->getRedeclContext()->lookup(Callee.getDeclName())) {
    const NamedDecl *D = Found->getUnderlyingDecl();
    if (const auto *F = dyn_cast<FunctionDecl>(D)) {
      if (F->getCanonicalDecl() == Callee.getCanonicalDecl())
        continue;
      if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(F);
          Ctor != nullptr && Ctor->isCopyOrMoveConstructor())
        continue;
      if (!viableByArity(*F, Use.WrittenArgs) || differOnlyInReferences(*F, Callee))
        continue;
      return F;
    }
    if (const auto *Template = dyn_cast<FunctionTemplateDecl>(D)) {
      if (Primary != nullptr && Template->getCanonicalDecl() == Primary->getCanonicalDecl())
        continue;
      const FunctionDecl *F = Template->getTemplatedDecl();
      if (!viableByArity(*F, Use.WrittenArgs))
        continue;
      if (Use.WrittenArgs == 1 && F->getNumParams() >= 1 && Primary == nullptr &&
          isConstRefToTemplateParameter(F->getParamDecl(0)->getType()))
        continue;
      return Template;
    }
    return D;
  }
  // Argument-dependent lookup in the string's namespaces (std, and an
  // inline namespace such as std::__cxx11) may add candidates.
  if (Use.Unqualified) {
    if (const CXXRecordDecl *Record = String->getAsCXXRecordDecl())
      for (const DeclContext *DC = Record->getDeclContext();
           DC != nullptr && !DC->isTranslationUnit(); DC = DC->getParent())
        if (const auto *Namespace = dyn_cast<NamespaceDecl>(DC))
          if (!Namespace->lookup(Callee.getDeclName()).empty())
            return *Namespace->lookup(Callee.getDeclName()).begin();
  }
  return nullptr;
}

// Copying a string keeps the allocator semantics of a new one only for
// std::allocator (a stateless allocator that every string shares).
static bool hasStandardAllocator(QualType String) {
  const auto *Specialization = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      String->getAsCXXRecordDecl());
  if (Specialization == nullptr || Specialization->getTemplateArgs().size() < 3)
    return false;
  const TemplateArgument &Allocator = Specialization->getTemplateArgs()[2];
  if (Allocator.getKind() != TemplateArgument::Type)
    return false;
  const CXXRecordDecl *Record = Allocator.getAsType()->getAsCXXRecordDecl();
  return Record != nullptr && Record->isInStdNamespace() && Record->getName() == "allocator";
}

static bool isToStringResult(const Expr &Object) {
  const auto *Call = dyn_cast<CallExpr>(Object.IgnoreImplicit());
  const FunctionDecl *Callee = Call != nullptr ? Call->getDirectCallee() : nullptr;
  return Callee != nullptr && Callee->isInStdNamespace() && Callee->getIdentifier() != nullptr &&
         (Callee->getName() == "to_string" || Callee->getName() == "to_wstring");
}

// The fix-it for \p Copy, if one is provably safe: pass the string itself to
// a parameter that takes it, or else copy-construct the new string from it.
// \p Competitor is set to an overload that stands in the way of the first.
std::optional<FixItHint> StringRoundTripCheck::copyFix(const CXXConstructExpr &Construct,
                                                       const StringCopy &Copy, QualType String,
                                                       ASTContext &Context,
                                                       const NamedDecl *&Competitor) const {
  // With an embedded NUL, c_str() and data() keep only what precedes it.
  if (Copy.Kind == CopyKind::Chars && !AssumeNoEmbeddedNul && !isToStringResult(*Copy.Object))
    return std::nullopt;
  const StringUse Use = useOf(Construct, Context);
  if (!isEditableStmt(Use.Outer) || !isEditableStmt(Copy.Object))
    return std::nullopt;
  std::string Object = sourceText(Copy.Object->IgnoreImplicit(), Context);
  if (Object.empty())
    return std::nullopt;
  if (Copy.Arrow) {
    const Expr *Pointer = Copy.Object->IgnoreImplicit();
    Object = isa<DeclRefExpr, MemberExpr, CallExpr>(Pointer) ? "*" + Object : "*(" + Object + ")";
  }
  const bool Explicit = Use.Outer != &Construct || isa<CXXTemporaryObjectExpr>(Construct) ||
                        Construct.getParenOrBraceRange().isValid();
  if (Use.Kind == UseKind::Parameter) {
    const QualType Param = Use.Callee->getParamDecl(Use.ParamIndex)->getType();
    Competitor = competingOverload(Use, String);
    const bool Temporary = Copy.Object->IgnoreImplicit()->isPRValue();
    const bool Binds = isConstReference(Param);
    const bool BindsTwin =
        Param->isRValueReferenceType() && !Temporary && hasConstReferenceTwin(Use);
    const bool Moves = Param->isRValueReferenceType() && Temporary;
    const bool Copies = !Param->isReferenceType() && hasStandardAllocator(String);
    // Bound to a reference, the string itself is seen by the callee while it
    // runs: a member function that may modify its object could change a
    // member string passed to it (`setName(name_.c_str())`).
    const auto *Method = dyn_cast<CXXMethodDecl>(Use.Callee);
    const bool MayAlias = (Binds || BindsTwin) && Method != nullptr && Method->isInstance() &&
                          !Method->isConst() && !isa<CXXConstructorDecl>(Method) &&
                          !Method->isInStdNamespace() &&
                          (isa<MemberExpr>(Copy.Object->IgnoreImplicit()) || Copy.Arrow);
    if (canonicalUnqualified(Param) == String && Competitor == nullptr && !MayAlias &&
        (Binds || BindsTwin || Moves || Copies))
      return FixItHint::CreateReplacement(Use.Outer->getSourceRange(), Object);
  }
  // Otherwise only an explicit construction, or an implicit one that copies
  // into a variable, a return value or an element, becomes a copy; a copy
  // takes its allocator from the string copied, the same only for
  // std::allocator.
  if ((!Explicit && Use.Kind != UseKind::Copy) || !hasStandardAllocator(String))
    return std::nullopt;
  return FixItHint::CreateReplacement(
      SourceRange(Copy.FirstArg->getBeginLoc(), Copy.LastArg->getEndLoc()), Object);
}

void StringRoundTripCheck::checkCopy(const CXXConstructExpr &Construct, const StringCopy &Copy,
                                     ASTContext &Context) {
  const QualType String = canonicalUnqualified(Construct.getType());
  const std::string Spelling = stringTypeSpelling(Construct.getType());
  const bool ToString = isToStringResult(*Copy.Object);
  SourceLocation Loc = Copy.FirstArg->getExprLoc();
  if (Copy.Kind != CopyKind::Chars)
    Loc = Copy.FirstArg->getBeginLoc();
  const std::string Message = [&]() -> std::string {
    switch (Copy.Kind) {
    case CopyKind::Chars:
      if (ToString)
        return "the result of 'std::%0' copied through '%1()' into a new %2: the copy measures "
               "the characters again; use the result itself";
      return "%2 copied through '%1()' into a new %2: the copy measures the characters again "
             "and stops at the first embedded NUL; use the string itself";
    case CopyKind::Range:
    case CopyKind::Counted:
      return "%2 built from '%1()' and '%0()' of one %2 is a copy of it; use the string itself, "
             "or copy-construct it";
    case CopyKind::View:
      return "%2 built from a view of a %2 is a copy of the string; use the string itself, or "
             "copy-construct it";
    }
    llvm_unreachable("every copy kind has a message");
  }();
  const StringRef ToStringName = Spelling == "std::wstring" ? "to_wstring" : "to_string";
  const NamedDecl *Competitor = nullptr;
  std::optional<FixItHint> Fix = copyFix(Construct, Copy, String, Context, Competitor);
  {
    auto Diag = diag(Loc, Message) << (Copy.Kind == CopyKind::Chars ? ToStringName : Copy.Second)
                                   << Copy.First << Spelling;
    if (Fix)
      Diag << *Fix;
  }
  if (Competitor != nullptr)
    diag(Competitor->getLocation(),
         "the string is not passed itself: it could select this overload of '%0'",
         DiagnosticIDs::Note)
        << Competitor->getName();
}

void StringRoundTripCheck::checkViewData(const CXXMemberCallExpr &Call) {
  diag(Call.getExprLoc(), "std::string built from 'data()' of a %0 copies up to the first NUL, "
                          "which may lie past the end of the view; construct it from the view "
                          "itself")
      << stringTypeSpelling(objectType(Call));
}

// The declaration a plain variable reference names, or null.
static const ValueDecl *namedVariable(const Expr *E) {
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
    return isa<VarDecl>(Ref->getDecl()) ? Ref->getDecl() : nullptr;
  return nullptr;
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
    diag(Loc, "assigning '%0.substr(n)' to '%0' copies what it keeps into a new string; "
              "'%0.erase(0, n)' removes the prefix in place (where n > %0.size(), erase "
              "empties the string and substr throws)")
        << Target->getName();
    return;
  }
  if (HasPos && HasLen) {
    diag(Loc, "assigning '%0.substr(pos, n)' to '%0' copies what it keeps into a new string; "
              "erase the unwanted characters in place instead (for pos 0, "
              "'if (n < %0.size()) %0.erase(n)' keeps the clamping of substr)")
        << Target->getName();
  }
}

} // namespace clang::tidy::allochunt
