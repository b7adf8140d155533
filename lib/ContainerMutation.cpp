//===--- ContainerMutation.cpp - what a member call does to a container ---===//

#include "lib/ContainerMutation.h"

#include "clang/AST/ASTContext.h"

namespace clang::tidy::allochunt {

namespace {
struct MemberEffect {
  llvm::StringLiteral Name;
  ContainerEffect Effect;
};
} // namespace

// The std container members that change or read the element count.
// resize() counts as removing: it sets the size explicitly, which is how a
// vector is truncated.
static constexpr MemberEffect KnownMembers[] = {
    {"insert", ContainerEffect::Inserts},
    {"emplace", ContainerEffect::Inserts},
    {"emplace_hint", ContainerEffect::Inserts},
    {"try_emplace", ContainerEffect::Inserts},
    {"insert_or_assign", ContainerEffect::Inserts},
    {"insert_range", ContainerEffect::Inserts},
    {"push_back", ContainerEffect::Inserts},
    {"emplace_back", ContainerEffect::Inserts},
    {"append_range", ContainerEffect::Inserts},
    {"push_front", ContainerEffect::Inserts},
    {"emplace_front", ContainerEffect::Inserts},
    {"prepend_range", ContainerEffect::Inserts},
    {"erase", ContainerEffect::Removes},
    {"erase_after", ContainerEffect::Removes},
    {"clear", ContainerEffect::Removes},
    {"extract", ContainerEffect::Removes},
    {"pop_back", ContainerEffect::Removes},
    {"pop_front", ContainerEffect::Removes},
    {"remove", ContainerEffect::Removes},
    {"remove_if", ContainerEffect::Removes},
    {"unique", ContainerEffect::Removes},
    {"swap", ContainerEffect::Removes},
    {"assign", ContainerEffect::Removes},
    {"assign_range", ContainerEffect::Removes},
    {"resize", ContainerEffect::Removes},
    {"operator=", ContainerEffect::Removes},
    {"size", ContainerEffect::ReadsSize},
    {"empty", ContainerEffect::ReadsEmptiness},
};

ContainerEffect containerEffectOfMember(llvm::StringRef Name,
                                        bool SubscriptInserts) {
  if (Name == "operator[]")
    return SubscriptInserts ? ContainerEffect::Inserts : ContainerEffect::None;
  for (const MemberEffect &Known : KnownMembers)
    if (Known.Name == Name)
      return Known.Effect;
  return ContainerEffect::None;
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
  for (const CXXBaseSpecifier &Base : Class.getDefinition()->bases())
    if (const CXXRecordDecl *BaseClass = Base.getType()->getAsCXXRecordDecl())
      if (hasMemberNamed(*BaseClass, Name))
        return true;
  return false;
}

bool subscriptInserts(const CXXRecordDecl &Class) {
  return hasMemberNamed(Class, "key_type") &&
         hasMemberNamed(Class, "mapped_type");
}

} // namespace clang::tidy::allochunt
