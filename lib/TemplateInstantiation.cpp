//===--- TemplateInstantiation.cpp - is this code an instantiated copy ----===//

#include "lib/TemplateInstantiation.h"

#include "lib/UserCodeParents.h"

#include "clang/AST/DeclTemplate.h"

namespace clang::tidy::allochunt {

static bool isInstantiation(const Decl *D) {
  if (const auto *Function = dyn_cast<FunctionDecl>(D))
    return Function->isTemplateInstantiation();
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(D))
    return isTemplateInstantiation(Spec->getSpecializationKind());
  if (const auto *Var = dyn_cast<VarDecl>(D))
    return isTemplateInstantiation(Var->getTemplateSpecializationKind());
  return false;
}

bool isInTemplateInstantiation(const Decl &D) {
  if (isInstantiation(&D))
    return true;
  for (const DeclContext *Context = D.getDeclContext(); Context != nullptr;
       Context = Context->getParent())
    if (isInstantiation(cast<Decl>(Context)))
      return true;
  return false;
}

bool isInTemplateInstantiation(const Stmt &S, ASTContext &Context) {
  DynTypedNode Node = DynTypedNode::create(S);
  // Statements nest far less deeply than this in real code.
  for (unsigned Depth = 0; Depth < 1024; ++Depth) {
    const llvm::ArrayRef<DynTypedNode> Parents = userCodeParents(Context, Node);
    if (Parents.empty())
      return false;
    if (const auto *D = Parents[0].get<Decl>())
      return isInTemplateInstantiation(*D);
    Node = Parents[0];
  }
  return false;
}

} // namespace clang::tidy::allochunt
