//===--- AllocatorClasses.cpp - allocator classes and the state they hold -===//

#include "lib/AllocatorClasses.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"

namespace clang::tidy::allochunt {

// The members named \p Name of \p Class, else of its first non-dependent base
// that has one.
static DeclContextLookupResult lookupMember(const CXXRecordDecl &Class,
                                            llvm::StringRef Name) {
  const IdentifierInfo &Id = Class.getASTContext().Idents.get(Name);
  const DeclContextLookupResult Own = Class.lookup(&Id);
  if (!Own.empty() || !Class.hasDefinition())
    return Own;
  for (const CXXBaseSpecifier &Base : Class.getDefinition()->bases())
    if (const CXXRecordDecl *BaseClass = Base.getType()->getAsCXXRecordDecl()) {
      const DeclContextLookupResult Inherited = lookupMember(*BaseClass, Name);
      if (!Inherited.empty())
        return Inherited;
    }
  return Own;
}

static bool hasMemberFunction(const CXXRecordDecl &Class, llvm::StringRef Name) {
  return llvm::any_of(lookupMember(Class, Name), [](const NamedDecl *Member) {
    return isa<CXXMethodDecl, FunctionTemplateDecl>(Member->getUnderlyingDecl());
  });
}

bool isAllocatorClass(const CXXRecordDecl &Class) {
  bool HasValueType = false;
  for (const NamedDecl *Member : lookupMember(Class, "value_type"))
    HasValueType |= isa<TypedefNameDecl, TagDecl>(Member->getUnderlyingDecl());
  return HasValueType && hasMemberFunction(Class, "allocate") &&
         hasMemberFunction(Class, "deallocate");
}

static bool isEmptyClassType(QualType T) {
  const CXXRecordDecl *Record = T->getAsCXXRecordDecl();
  return Record != nullptr && Record->hasDefinition() &&
         Record->getDefinition()->isEmpty();
}

const FieldDecl *firstStatefulField(const CXXRecordDecl &Class) {
  if (!Class.hasDefinition())
    return nullptr;
  const CXXRecordDecl &Definition = *Class.getDefinition();
  for (const FieldDecl *Field : Definition.fields())
    if (!Field->isUnnamedBitField() && !isEmptyClassType(Field->getType()))
      return Field;
  for (const CXXBaseSpecifier &Base : Definition.bases())
    if (const CXXRecordDecl *BaseClass = Base.getType()->getAsCXXRecordDecl())
      if (const FieldDecl *Field = firstStatefulField(*BaseClass))
        return Field;
  return nullptr;
}

// `using X = std::true_type;` or any std::integral_constant<bool, true>.
static bool isTrueConstant(const NamedDecl *Member) {
  const auto *Alias = dyn_cast<TypedefNameDecl>(Member);
  if (Alias == nullptr)
    return false;
  const auto *Constant = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Alias->getUnderlyingType()->getAsCXXRecordDecl());
  if (Constant == nullptr || !Constant->isInStdNamespace() ||
      Constant->getName() != "integral_constant")
    return false;
  const TemplateArgumentList &Args = Constant->getTemplateArgs();
  return Args.size() == 2 && Args[1].getKind() == TemplateArgument::Integral &&
         Args[1].getAsIntegral().getBoolValue();
}

bool declaresAlwaysEqual(const CXXRecordDecl &Class) {
  return llvm::any_of(lookupMember(Class, "is_always_equal"), isTrueConstant);
}

} // namespace clang::tidy::allochunt
