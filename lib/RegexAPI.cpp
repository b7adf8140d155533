//===--- RegexAPI.cpp - the <regex> and Boost.Regex interfaces ------------===//

#include "lib/RegexAPI.h"

#include "lib/StringTypes.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/StringSwitch.h"

namespace clang::tidy::allochunt {

// The outermost named namespace around \p D ("std" for std::__cxx11::x,
// "boost" for boost::regex_constants::x), or "" at global scope.
static llvm::StringRef outermostNamespace(const Decl *D) {
  llvm::StringRef Name;
  for (const DeclContext *DC = D->getDeclContext(); DC != nullptr;
       DC = DC->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC))
      if (NS->getIdentifier() != nullptr)
        Name = NS->getName();
  return Name;
}

static RegexLibrary libraryOf(const Decl *D) {
  const llvm::StringRef NS = outermostNamespace(D);
  if (NS == "std")
    return RegexLibrary::Std;
  if (NS == "boost")
    return RegexLibrary::Boost;
  return RegexLibrary::None;
}

RegexFunction classifyRegexFunction(const FunctionDecl *F) {
  if (F == nullptr || F->getIdentifier() == nullptr || isa<CXXMethodDecl>(F))
    return {};
  const auto Algorithm = llvm::StringSwitch<RegexAlgorithm>(F->getName())
                             .Case("regex_search", RegexAlgorithm::Search)
                             .Case("regex_match", RegexAlgorithm::Match)
                             .Case("regex_replace", RegexAlgorithm::Replace)
                             .Default(RegexAlgorithm::None);
  const RegexLibrary Library = libraryOf(F);
  if (Algorithm == RegexAlgorithm::None || Library == RegexLibrary::None)
    return {};
  return {Library, Algorithm};
}

// The library of the class template \p T specializes when its name is
// \p Name; None otherwise.
static RegexLibrary classTemplateLibrary(QualType T, llvm::StringRef Name) {
  if (T.isNull())
    return RegexLibrary::None;
  const auto *Class =
      T.getNonReferenceType().getCanonicalType()->getAsCXXRecordDecl();
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(Class);
  if (Spec == nullptr)
    return RegexLibrary::None;
  const ClassTemplateDecl *Template = Spec->getSpecializedTemplate();
  if (Template->getName() != Name)
    return RegexLibrary::None;
  return libraryOf(Template);
}

RegexLibrary subMatchLibrary(QualType T) {
  return classTemplateLibrary(T, "sub_match");
}

RegexLibrary matchResultsLibrary(QualType T) {
  return classTemplateLibrary(T, "match_results");
}

RegexLibrary regexLibrary(QualType T) {
  return classTemplateLibrary(T, "basic_regex");
}

// What one named flag asks for. Both libraries spell their flags
// match_* (matching) and format_* (replacement text).
static RegexFlags classifyFlagName(llvm::StringRef Name, RegexLibrary Library) {
  if (Name == "match_default" || Name == "format_default" ||
      (Library == RegexLibrary::Boost && Name == "format_perl"))
    return RegexFlags::Default;
  if (Name == "format_no_copy")
    return RegexFlags::DropsUnmatchedText;
  if (Name == "format_sed" || Name == "format_first_only")
    return RegexFlags::FormatOnly;
  if (Library == RegexLibrary::Boost &&
      (Name == "format_all" || Name == "format_literal"))
    return RegexFlags::FormatOnly;
  // match_partial reports partial matches as matches: no longer a plain
  // "does it match" question.
  if (Name.starts_with("match_") && Name != "match_partial")
    return RegexFlags::AffectsMatching;
  return RegexFlags::Unknown;
}

static RegexFlags combine(RegexFlags A, RegexFlags B) {
  // Unknown and DropsUnmatchedText dominate, then matching, then format.
  for (const RegexFlags Strongest :
       {RegexFlags::Unknown, RegexFlags::DropsUnmatchedText,
        RegexFlags::AffectsMatching, RegexFlags::FormatOnly})
    if (A == Strongest || B == Strongest)
      return Strongest;
  return RegexFlags::Default;
}

RegexFlags classifyRegexFlags(const Expr *Flags) {
  if (Flags == nullptr || isa<CXXDefaultArgExpr>(Flags))
    return RegexFlags::Default;
  Flags = Flags->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Flags)) {
    const ValueDecl *D = Ref->getDecl();
    const RegexLibrary Library = libraryOf(D);
    if (Library == RegexLibrary::None || D->getIdentifier() == nullptr ||
        !(isa<VarDecl>(D) || isa<EnumConstantDecl>(D)))
      return RegexFlags::Unknown;
    return classifyFlagName(D->getName(), Library);
  }
  if (const auto *Op = dyn_cast<BinaryOperator>(Flags)) {
    if (Op->getOpcode() != BO_Or)
      return RegexFlags::Unknown;
    return combine(classifyRegexFlags(Op->getLHS()),
                   classifyRegexFlags(Op->getRHS()));
  }
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Flags)) {
    if (Op->getOperator() != OO_Pipe || Op->getNumArgs() != 2)
      return RegexFlags::Unknown;
    return combine(classifyRegexFlags(Op->getArg(0)),
                   classifyRegexFlags(Op->getArg(1)));
  }
  return RegexFlags::Unknown;
}

// The std::sub_match type that \p Object (a sub_match or match_results, or
// a pointer to one) yields.
static QualType subMatchTypeOf(const Expr &Object) {
  QualType T = Object.getType();
  if (T->isPointerType())
    T = T->getPointeeType();
  T = T.getCanonicalType().getUnqualifiedType();
  if (subMatchLibrary(T) == RegexLibrary::Std)
    return T;
  if (matchResultsLibrary(T) != RegexLibrary::Std)
    return {};
  // match_results<BiIter, Alloc>::value_type is sub_match<BiIter>.
  const CXXRecordDecl *Class = T->getAsCXXRecordDecl();
  for (const NamedDecl *Member :
       Class->lookup(&Class->getASTContext().Idents.get("value_type")))
    if (const auto *Alias = dyn_cast<TypedefNameDecl>(Member))
      return Alias->getUnderlyingType().getCanonicalType().getUnqualifiedType();
  return {};
}

std::optional<SubMatchCopy> findSubMatchCopy(const Expr &E) {
  const Expr *Copy = E.IgnoreImplicit();
  const Expr *Inner = Copy;
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(Copy))
    Inner = Cast->getSubExpr()->IgnoreImplicit();
  if (const auto *List = dyn_cast<InitListExpr>(Inner))
    Inner =
        List->getNumInits() == 1 ? List->getInit(0)->IgnoreImplicit() : nullptr;
  const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(Inner);
  const CXXMethodDecl *Method =
      Call != nullptr ? Call->getMethodDecl() : nullptr;
  if (Method == nullptr)
    return std::nullopt;
  if (!isa<CXXConversionDecl>(Method) &&
      (Method->getIdentifier() == nullptr || Method->getName() != "str"))
    return std::nullopt;
  const Expr *Object = Call->getImplicitObjectArgument();
  if (Object == nullptr)
    return std::nullopt;
  const QualType SubMatch = subMatchTypeOf(*Object);
  if (SubMatch.isNull() || !isOwningStringType(Call->getType()))
    return std::nullopt;
  return SubMatchCopy{Copy, Call, Object, SubMatch};
}

SubMatchComparison subMatchComparisonWith(QualType SubMatch, const Expr &Other,
                                          bool AsCompareArgument) {
  const Expr *Written = Other.IgnoreParenImpCasts();
  const QualType T = Written->getType();
  const auto Same = [&](QualType A) {
    return A.getCanonicalType().getUnqualifiedType() == SubMatch
               ? SubMatchComparison::Supported
               : SubMatchComparison::Unsupported;
  };
  // sub_match compares with its value_type const*, with basic_string (any
  // traits and allocator for the operators, exactly string_type for
  // compare()), and with a sub_match of the same iterator type.
  if (isCharacterPointerOrArray(T))
    return SubMatchComparison::Supported;
  if (const std::optional<SubMatchCopy> OtherCopy = findSubMatchCopy(Other))
    return Same(OtherCopy->SubMatch);
  if (subMatchLibrary(T) == RegexLibrary::Std)
    return Same(T);
  if (isOwningStringType(T)) {
    if (!AsCompareArgument)
      return SubMatchComparison::Supported;
    const CXXRecordDecl *Class = SubMatch->getAsCXXRecordDecl();
    for (const NamedDecl *Member :
         Class->lookup(&Class->getASTContext().Idents.get("string_type")))
      if (const auto *Alias = dyn_cast<TypedefNameDecl>(Member))
        return Alias->getUnderlyingType().getCanonicalType() ==
                       T.getCanonicalType().getUnqualifiedType()
                   ? SubMatchComparison::Supported
                   : SubMatchComparison::Unsupported;
    return SubMatchComparison::Unsupported;
  }
  if (isStringViewType(T))
    return SubMatchComparison::StringView;
  return SubMatchComparison::Unsupported;
}

} // namespace clang::tidy::allochunt
