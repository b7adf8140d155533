//===--- ContainerMutation.cpp - what a member call does to a container ---===//

#include "lib/ContainerMutation.h"

#include "clang/AST/ASTContext.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSwitch.h"

namespace clang::tidy::allochunt {

ContainerEffect containerEffectOfMember(llvm::StringRef Name,
                                        bool SubscriptInserts) {
  if (Name == "operator[]")
    return SubscriptInserts ? ContainerEffect::Inserts : ContainerEffect::None;
  // resize() counts as removing: it sets the size explicitly, which is how a
  // vector is truncated.
  return llvm::StringSwitch<ContainerEffect>(Name)
      .Case("insert", ContainerEffect::Inserts)
      .Case("emplace", ContainerEffect::Inserts)
      .Case("emplace_hint", ContainerEffect::Inserts)
      .Case("try_emplace", ContainerEffect::Inserts)
      .Case("insert_or_assign", ContainerEffect::Inserts)
      .Case("insert_range", ContainerEffect::Inserts)
      .Case("push_back", ContainerEffect::Inserts)
      .Case("emplace_back", ContainerEffect::Inserts)
      .Case("append_range", ContainerEffect::Inserts)
      .Case("push_front", ContainerEffect::Inserts)
      .Case("emplace_front", ContainerEffect::Inserts)
      .Case("prepend_range", ContainerEffect::Inserts)
      .Case("erase", ContainerEffect::Removes)
      .Case("erase_after", ContainerEffect::Removes)
      .Case("clear", ContainerEffect::Removes)
      .Case("extract", ContainerEffect::Removes)
      .Case("pop_back", ContainerEffect::Removes)
      .Case("pop_front", ContainerEffect::Removes)
      .Case("remove", ContainerEffect::Removes)
      .Case("remove_if", ContainerEffect::Removes)
      .Case("unique", ContainerEffect::Removes)
      .Case("swap", ContainerEffect::Removes)
      .Case("assign", ContainerEffect::Removes)
      .Case("assign_range", ContainerEffect::Removes)
      .Case("resize", ContainerEffect::Removes)
      .Case("operator=", ContainerEffect::Removes)
      .Case("size", ContainerEffect::ReadsSize)
      .Case("empty", ContainerEffect::ReadsEmptiness)
      .Default(ContainerEffect::None);
}

ContainerEffect containerEffectOfOperator(OverloadedOperatorKind Op,
                                          bool SubscriptInserts) {
  switch (Op) {
  case OO_Subscript:
    return SubscriptInserts ? ContainerEffect::Inserts : ContainerEffect::None;
  case OO_Equal:
    return ContainerEffect::Removes;
  default:
    return ContainerEffect::None;
  }
}

static bool hasMemberNamed(const CXXRecordDecl &Class, llvm::StringRef Name) {
  const IdentifierInfo &Id = Class.getASTContext().Idents.get(Name);
  if (!Class.lookup(&Id).empty())
    return true;
  if (!Class.hasDefinition())
    return false;
  // std::map declares key_type in the class itself, but a look-alike may
  // inherit it.
  return llvm::any_of(Class.getDefinition()->bases(),
                      [Name](const CXXBaseSpecifier &Base) {
                        const CXXRecordDecl *BaseClass =
                            Base.getType()->getAsCXXRecordDecl();
                        return BaseClass != nullptr &&
                               hasMemberNamed(*BaseClass, Name);
                      });
}

bool subscriptInserts(const CXXRecordDecl &Class) {
  return hasMemberNamed(Class, "key_type") &&
         hasMemberNamed(Class, "mapped_type");
}

} // namespace clang::tidy::allochunt
