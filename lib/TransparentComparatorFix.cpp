//===--- TransparentComparatorFix.cpp - declare a map with std::less<> ----===//

#include "lib/TransparentComparatorFix.h"

#include "lib/Compat.h"
#include "lib/HeterogeneousLookup.h"
#include "lib/UserCodeParents.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

namespace clang::tidy::allochunt {

using namespace ast_matchers;

// A default-constructed or list-initialised container (`{}`, `{{"a", 1}}`):
// it does not depend on the comparator type of another container.
static bool isFreshInitializer(const Expr *Init) {
  if (Init == nullptr)
    return true;
  Init = Init->IgnoreImplicit();
  if (isa<InitListExpr>(Init))
    return true;
  const auto *Construct = dyn_cast<CXXConstructExpr>(Init);
  return Construct != nullptr &&
         (Construct->getNumArgs() == 0 || Construct->isListInitialization()) &&
         !Construct->getConstructor()->isCopyOrMoveConstructor();
}

static bool hasWrittenConstructorInitializer(const FieldDecl &Field) {
  const auto *Class = dyn_cast<CXXRecordDecl>(Field.getParent());
  if (Class == nullptr)
    return false;
  for (const CXXConstructorDecl *Constructor : Class->ctors())
    for (const CXXCtorInitializer *Init : Constructor->inits())
      if (Init->isWritten() && Init->getMember() == &Field)
        return true;
  return false;
}

// `m.find(...)`, `m.size()`, `for (auto &e : m)`: uses that keep compiling
// when only the comparator type changes.
static bool isMemberAccessOrRangeFor(const Expr &Ref, ASTContext &Context) {
  DynTypedNode Node = DynTypedNode::create(Ref);
  for (unsigned Depth = 0; Depth < 4; ++Depth) {
    const llvm::ArrayRef<DynTypedNode> Parents = userCodeParents(Context, Node);
    if (Parents.size() != 1)
      return false;
    if (const auto *Member = Parents[0].get<MemberExpr>())
      return Member->getBase()->IgnoreParenImpCasts() == &Ref;
    if (const auto *Var = Parents[0].get<VarDecl>())
      return Var->isImplicit(); // the hidden range variable of a range-for
    if (Parents[0].get<ImplicitCastExpr>() == nullptr && Parents[0].get<ParenExpr>() == nullptr)
      return false;
    Node = Parents[0];
  }
  return false;
}

static bool everyUseIsMemberAccess(const DeclaratorDecl &Decl, ASTContext &Context) {
  const auto Ref =
      expr(anyOf(declRefExpr(to(equalsNode(&Decl))), memberExpr(member(equalsNode(&Decl)))))
          .bind("ref");
  auto AllAreMemberAccesses = [&](const llvm::SmallVector<BoundNodes, 1> &Matches) {
    return llvm::all_of(Matches, [&](const BoundNodes &Match) {
      return isMemberAccessOrRangeFor(*Match.getNodeAs<Expr>("ref"), Context);
    });
  };
  const auto *Var = dyn_cast<VarDecl>(&Decl);
  if (Var != nullptr && Var->isLocalVarDecl()) {
    const auto *Function = dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
    return Function != nullptr && Function->getBody() != nullptr &&
           AllAreMemberAccesses(match(stmt(forEachDescendant(Ref)), *Function->getBody(), Context));
  }
  // A field or namespace-scope variable: every use in the main file.
  const SourceManager &SM = Context.getSourceManager();
  for (const clang::Decl *TopLevel : Context.getTranslationUnitDecl()->decls())
    if (SM.isInMainFile(SM.getExpansionLoc(TopLevel->getLocation())) &&
        !AllAreMemberAccesses(match(decl(forEachDescendant(Ref)), *TopLevel, Context)))
      return false;
  return true;
}

static bool isDefaultComparator(QualType Comparator, QualType Key) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Comparator.getCanonicalType()->getAsCXXRecordDecl());
  return Spec != nullptr && Spec->isInStdNamespace() && Spec->getName() == "less" &&
         Spec->getTemplateArgs().size() == 1 &&
         Spec->getTemplateArgs()[0].getKind() == TemplateArgument::Type &&
         Spec->getTemplateArgs()[0].getAsType().getCanonicalType() == Key.getCanonicalType();
}

std::optional<FixItHint> transparentComparatorFix(const DeclaratorDecl &Decl,
                                                  ASTContext &Context) {
  const auto *Var = dyn_cast<VarDecl>(&Decl);
  const auto *Field = dyn_cast<FieldDecl>(&Decl);
  if ((Var == nullptr && Field == nullptr) || isa<ParmVarDecl>(Decl) ||
      Decl.getType()->isReferenceType() || Decl.getTypeSourceInfo() == nullptr)
    return std::nullopt;
  const SourceManager &SM = Context.getSourceManager();
  if (Decl.getBeginLoc().isMacroID() || !SM.isInMainFile(Decl.getLocation()))
    return std::nullopt;

  const TypeLoc Written = compat::stripElaborated(
      Decl.getTypeSourceInfo()->getTypeLoc().getUnqualifiedLoc());
  auto Spec = Written.getAs<TemplateSpecializationTypeLoc>();
  const CXXRecordDecl *Container = Decl.getType()->getAsCXXRecordDecl();
  if (!Spec || Container == nullptr ||
      !isa_and_nonnull<ClassTemplateDecl>(
          Spec.getTypePtr()->getTemplateName().getAsTemplateDecl()))
    return std::nullopt;
  std::optional<unsigned> Index = comparatorArgumentIndex(*Container);
  if (!Index || Spec.getNumArgs() < *Index || Spec.getRAngleLoc().isMacroID())
    return std::nullopt;

  if (Var != nullptr ? !isFreshInitializer(Var->getInit())
                     : (!isFreshInitializer(Field->getInClassInitializer()) ||
                        hasWrittenConstructorInitializer(*Field)))
    return std::nullopt;
  if (!everyUseIsMemberAccess(Decl, Context))
    return std::nullopt;

  if (Spec.getNumArgs() == *Index)
    return FixItHint::CreateInsertion(Spec.getRAngleLoc(), ", std::less<>");
  const TemplateArgumentLoc Comparator = Spec.getArgLoc(*Index);
  if (Comparator.getArgument().getKind() != TemplateArgument::Type ||
      !isDefaultComparator(Comparator.getArgument().getAsType(), containerKeyType(*Container)) ||
      Comparator.getSourceRange().getBegin().isMacroID())
    return std::nullopt;
  return FixItHint::CreateReplacement(Comparator.getSourceRange(), "std::less<>");
}

} // namespace clang::tidy::allochunt
