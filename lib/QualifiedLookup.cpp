//===--- QualifiedLookup.cpp - is a named function declared here? ---------===//

#include "lib/QualifiedLookup.h"

#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::allochunt {

// \p Name in \p Context or, failing that, in its inline namespaces.
static const NamedDecl *lookupIn(const DeclContext *Context,
                                 DeclarationName Name) {
  const DeclContextLookupResult Found = Context->lookup(Name);
  if (!Found.empty())
    return Found.front();
  for (const Decl *Member : Context->decls())
    if (const auto *Inline = dyn_cast<NamespaceDecl>(Member))
      if (Inline->isInline())
        if (const NamedDecl *InInline = lookupIn(Inline, Name))
          return InInline;
  return nullptr;
}

const NamedDecl *lookupQualifiedName(llvm::StringRef QualifiedName,
                                     const ASTContext &Context) {
  QualifiedName.consume_front("::");
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  QualifiedName.split(Parts, "::");
  const DeclContext *Scope = Context.getTranslationUnitDecl();
  const NamedDecl *Found = nullptr;
  for (const llvm::StringRef Part : Parts) {
    if (Scope == nullptr || Part.empty())
      return nullptr;
    Found = lookupIn(Scope, DeclarationName(&Context.Idents.get(Part)));
    if (Found == nullptr)
      return nullptr;
    Scope = dyn_cast<DeclContext>(Found);
  }
  return Found;
}

} // namespace clang::tidy::allochunt
