//===--- StringTypes.cpp - owning strings and string views ----------------===//

#include "lib/StringTypes.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/PrettyPrinter.h"
#include "clang/Basic/LangOptions.h"
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

// "string", "wstring", "u8string", ... for a std::char_traits<Char>
// specialization \p Spec; empty for custom traits or other characters.
static std::string aliasStem(const ClassTemplateSpecializationDecl &Spec) {
  const TemplateArgumentList &Args = Spec.getTemplateArgs();
  if (Args.size() < 2 || Args[0].getKind() != TemplateArgument::Type ||
      Args[1].getKind() != TemplateArgument::Type)
    return "";
  const QualType Char = Args[0].getAsType().getCanonicalType();
  // Only std::char_traits<Char> has a std:: alias.
  const CXXRecordDecl *Traits = Args[1].getAsType()->getAsCXXRecordDecl();
  if (Traits == nullptr ||
      !hasQualifiedName(templatePatternOrSelf(Traits), "std::char_traits"))
    return "";
  if (Char->isSpecificBuiltinType(BuiltinType::Char_S) ||
      Char->isSpecificBuiltinType(BuiltinType::Char_U))
    return "string";
  if (Char->isWideCharType())
    return "wstring";
  if (Char->isChar8Type())
    return "u8string";
  if (Char->isChar16Type())
    return "u16string";
  if (Char->isChar32Type())
    return "u32string";
  return "";
}

static const ClassTemplateSpecializationDecl *specializationOf(QualType T) {
  return dyn_cast_or_null<ClassTemplateSpecializationDecl>(classOf(T));
}

std::string stringViewSpelling(QualType T) {
  const ClassTemplateSpecializationDecl *Spec = specializationOf(T);
  if (Spec == nullptr || !isOwningStringType(T))
    return "";
  const std::string Stem = aliasStem(*Spec);
  return Stem.empty() ? "" : "std::" + Stem + "_view";
}

std::string stringTypeSpelling(QualType T) {
  const ClassTemplateSpecializationDecl *Spec = specializationOf(T);
  const std::string Stem = Spec != nullptr ? aliasStem(*Spec) : "";
  if (!Stem.empty() && isStringViewType(T))
    return "std::" + Stem + "_view";
  if (!Stem.empty() && isOwningStringType(T) && Spec->getTemplateArgs().size() == 3 &&
      Spec->getTemplateArgs()[2].getKind() == TemplateArgument::Type) {
    const CXXRecordDecl *Allocator =
        Spec->getTemplateArgs()[2].getAsType()->getAsCXXRecordDecl();
    if (Allocator != nullptr &&
        hasQualifiedName(templatePatternOrSelf(Allocator), "std::allocator"))
      return "std::" + Stem;
    if (Allocator != nullptr &&
        hasQualifiedName(templatePatternOrSelf(Allocator), "std::pmr::polymorphic_allocator"))
      return "std::pmr::" + Stem;
  }
  if (T.isNull())
    return "";
  PrintingPolicy Policy{LangOptions()};
  Policy.SuppressTagKeyword = true;
  return T.getNonReferenceType().getCanonicalType().getUnqualifiedType().getAsString(Policy);
}

} // namespace clang::tidy::allochunt
