//===--- HeterogeneousLookup.cpp - can a std container look up by a view --===//

#include "lib/HeterogeneousLookup.h"

#include "lib/StringTypes.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSwitch.h"

#include <array>

namespace clang::tidy::allochunt {

namespace {

struct ContainerShape {
  ContainerFamily Family;
  bool HasMappedType; // map-like: the functors come one position later
};

} // namespace

static std::optional<ContainerShape> shapeOf(const CXXRecordDecl *Class) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(Class);
  if (Spec == nullptr || !Spec->isInStdNamespace())
    return std::nullopt;
  return llvm::StringSwitch<std::optional<ContainerShape>>(Spec->getName())
      .Case("map", ContainerShape{ContainerFamily::Ordered, true})
      .Case("multimap", ContainerShape{ContainerFamily::Ordered, true})
      .Case("set", ContainerShape{ContainerFamily::Ordered, false})
      .Case("multiset", ContainerShape{ContainerFamily::Ordered, false})
      .Case("unordered_map", ContainerShape{ContainerFamily::Unordered, true})
      .Case("unordered_multimap", ContainerShape{ContainerFamily::Unordered, true})
      .Case("unordered_set", ContainerShape{ContainerFamily::Unordered, false})
      .Case("unordered_multiset", ContainerShape{ContainerFamily::Unordered, false})
      .Default(std::nullopt);
}

std::optional<ContainerFamily> associativeContainerFamily(const CXXRecordDecl *Class) {
  if (std::optional<ContainerShape> Shape = shapeOf(Class))
    return Shape->Family;
  return std::nullopt;
}

bool isKeyLookupMember(llvm::StringRef Name) {
  static constexpr std::array<llvm::StringLiteral, 6> Members = {
      "find", "count", "contains", "equal_range", "lower_bound", "upper_bound"};
  return llvm::is_contained(Members, Name);
}

static QualType templateArgumentType(const CXXRecordDecl &Container, unsigned Index) {
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(&Container);
  if (Spec == nullptr)
    return {};
  const TemplateArgumentList &Args = Spec->getTemplateArgs();
  if (Index >= Args.size() || Args[Index].getKind() != TemplateArgument::Type)
    return {};
  return Args[Index].getAsType();
}

QualType containerKeyType(const CXXRecordDecl &Container) {
  return templateArgumentType(Container, 0);
}

std::optional<unsigned> comparatorArgumentIndex(const CXXRecordDecl &Container) {
  std::optional<ContainerShape> Shape = shapeOf(&Container);
  if (!Shape || Shape->Family != ContainerFamily::Ordered)
    return std::nullopt;
  return Shape->HasMappedType ? 2U : 1U;
}

// Looks \p Name up in \p Class and its bases (a bounded walk: class
// hierarchies of function objects are shallow).
static bool declaresMember(const CXXRecordDecl *Class, llvm::StringRef Name,
                           unsigned Depth = 0) {
  if (Class == nullptr || Depth > 8)
    return false;
  Class = Class->getDefinition();
  if (Class == nullptr)
    return false;
  const IdentifierInfo &Id = Class->getASTContext().Idents.get(Name);
  if (!Class->lookup(&Id).empty())
    return true;
  return llvm::any_of(Class->bases(), [&](const CXXBaseSpecifier &Base) {
    return declaresMember(Base.getType()->getAsCXXRecordDecl(), Name, Depth + 1);
  });
}

bool isTransparentFunctor(QualType Functor) {
  return !Functor.isNull() &&
         declaresMember(Functor->getAsCXXRecordDecl(), "is_transparent");
}

// std::less<void> and its siblings, and the std::ranges function objects:
// they forward to the built-in or overloaded operator of their arguments.
static bool isStandardTransparentFunctor(QualType Functor) {
  const CXXRecordDecl *Class = Functor.isNull() ? nullptr : Functor->getAsCXXRecordDecl();
  if (Class == nullptr || !Class->isInStdNamespace() || !isTransparentFunctor(Functor))
    return false;
  static constexpr std::array<llvm::StringLiteral, 6> Names = {
      "less", "greater", "less_equal", "greater_equal", "equal_to", "not_equal_to"};
  return llvm::is_contained(Names, Class->getName());
}

// A call operator that is a template, or that takes a string view, accepts
// a std::basic_string_view argument (overload resolution is not re-run).
static bool callOperatorAcceptsStringView(QualType Functor) {
  const CXXRecordDecl *Class = Functor.isNull() ? nullptr : Functor->getAsCXXRecordDecl();
  if (Class != nullptr)
    Class = Class->getDefinition();
  if (Class == nullptr)
    return false;
  const DeclarationName Call =
      Class->getASTContext().DeclarationNames.getCXXOperatorName(OO_Call);
  return llvm::any_of(Class->lookup(Call), [](const NamedDecl *Found) {
    if (isa<FunctionTemplateDecl>(Found))
      return true;
    const auto *Method = dyn_cast<CXXMethodDecl>(Found);
    return Method != nullptr && llvm::any_of(Method->parameters(), [](const ParmVarDecl *Param) {
             return isStringViewType(Param->getType());
           });
  });
}

static bool hasMemberTemplate(const CXXRecordDecl &Class, llvm::StringRef Name) {
  const IdentifierInfo &Id = Class.getASTContext().Idents.get(Name);
  return llvm::any_of(Class.lookup(&Id),
                      [](const NamedDecl *Found) { return isa<FunctionTemplateDecl>(Found); });
}

HeterogeneousLookup analyzeHeterogeneousLookup(const CXXRecordDecl &Container,
                                               llvm::StringRef Member) {
  HeterogeneousLookup Result;
  std::optional<ContainerShape> Shape = shapeOf(&Container);
  if (!Shape)
    return Result;
  Result.LibrarySupportsIt = hasMemberTemplate(Container, Member);
  const unsigned First = Shape->HasMappedType ? 2 : 1;
  llvm::SmallVector<QualType, 2> Functors{templateArgumentType(Container, First)};
  if (Shape->Family == ContainerFamily::Unordered)
    Functors.push_back(templateArgumentType(Container, First + 1));
  Result.Transparent = Result.StandardFunctors = Result.AcceptsStringView = true;
  for (const QualType Functor : Functors) {
    const bool Standard = isStandardTransparentFunctor(Functor);
    Result.Transparent &= isTransparentFunctor(Functor);
    Result.StandardFunctors &= Standard;
    Result.AcceptsStringView &= Standard || callOperatorAcceptsStringView(Functor);
  }
  return Result;
}

} // namespace clang::tidy::allochunt
