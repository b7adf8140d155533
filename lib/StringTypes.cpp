//===--- StringTypes.cpp - owning strings and string views ----------------===//

#include "lib/StringTypes.h"

#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::allochunt {

static const CXXRecordDecl *classOf(QualType T) {
  if (T.isNull())
    return nullptr;
  T = T.getNonReferenceType().getCanonicalType();
  return T->getAsCXXRecordDecl();
}

static bool hasQualifiedName(const NamedDecl *D, llvm::StringRef Name) {
  Name.consume_front("::");
  return D->getQualifiedNameAsString() == Name;
}

// The std template a class is a specialization of, e.g. "std::basic_string".
static const CXXRecordDecl *templatePatternOrSelf(const CXXRecordDecl *Class) {
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Class))
    return Spec->getSpecializedTemplate()->getTemplatedDecl();
  return Class;
}

bool isOwningStringType(QualType T, llvm::ArrayRef<llvm::StringRef> QualifiedNames) {
  const CXXRecordDecl *Class = classOf(T);
  if (Class == nullptr)
    return false;
  const CXXRecordDecl *Pattern = templatePatternOrSelf(Class);
  return llvm::any_of(QualifiedNames, [Pattern](llvm::StringRef Name) {
    return hasQualifiedName(Pattern, Name);
  });
}

bool isOwningStringType(QualType T) {
  return isOwningStringType(T, {DefaultOwningStringTypes});
}

bool isStringViewType(QualType T) {
  const CXXRecordDecl *Class = classOf(T);
  return Class != nullptr &&
         hasQualifiedName(templatePatternOrSelf(Class), "std::basic_string_view");
}

bool isCharacterPointerOrArray(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  if (const auto *Pointer = T->getAs<PointerType>())
    return Pointer->getPointeeType()->isAnyCharacterType();
  if (const auto *Array = T->getAsArrayTypeUnsafe())
    return Array->getElementType()->isAnyCharacterType();
  return false;
}

std::string stringViewSpelling(QualType T) {
  const CXXRecordDecl *Class = classOf(T);
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(Class);
  if (Spec == nullptr || !isOwningStringType(T))
    return "";
  const TemplateArgumentList &Args = Spec->getTemplateArgs();
  if (Args.size() < 2)
    return "";
  const QualType Char = Args[0].getAsType().getCanonicalType();
  // Only std::char_traits<Char> has a std:: view alias.
  const CXXRecordDecl *Traits = Args[1].getAsType()->getAsCXXRecordDecl();
  if (Traits == nullptr ||
      !hasQualifiedName(templatePatternOrSelf(Traits), "std::char_traits"))
    return "";
  if (Char->isSpecificBuiltinType(BuiltinType::Char_S) ||
      Char->isSpecificBuiltinType(BuiltinType::Char_U))
    return "std::string_view";
  if (Char->isWideCharType())
    return "std::wstring_view";
  if (Char->isChar8Type())
    return "std::u8string_view";
  if (Char->isChar16Type())
    return "std::u16string_view";
  if (Char->isChar32Type())
    return "std::u32string_view";
  return "";
}

} // namespace clang::tidy::allochunt
