//===--- UserCodeParents.h - parents of nodes outside system headers ------===//
//
// ASTContext::getParents without its cost. The context's parent map is built,
// on first use, over the whole translation unit: every declaration of every
// system header, which is most of a C++ translation unit. Built for one
// candidate, it added about a quarter to clang-tidy's peak memory and a tenth
// to its time. This map covers only the top-level declarations outside system
// headers (or the context's traversal scope, when a tool such as clangd has
// narrowed it), which is all the code a check reports on; it is built once per
// translation unit, when a check first asks, shared by every check, and freed
// with the ASTContext.
//
// Parents are declarations and statements, as in the context's map (the
// parent of a constructor initialiser's expression is the constructor, that
// of a template argument's the expression naming the template). Type
// locations are not nodes here, so an expression written in a type
// (`decltype(e)`, `T[n]`) has the enclosing declaration or statement as its
// parent. A node in a system header has no parents.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_USERCODEPARENTS_H
#define ALLOCHUNT_LIB_USERCODEPARENTS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/ASTTypeTraits.h"
#include "llvm/ADT/ArrayRef.h"

namespace clang::tidy::allochunt {

/// The parents of \p Node (the first is the one a walk up should follow), or
/// none for the translation unit, a node in a system header, and a node with
/// no pointer identity.
llvm::ArrayRef<DynTypedNode> userCodeParents(ASTContext &Context,
                                             const DynTypedNode &Node);

template <typename NodeT>
llvm::ArrayRef<DynTypedNode> userCodeParents(ASTContext &Context,
                                             const NodeT &Node) {
  return userCodeParents(Context, DynTypedNode::create(Node));
}

/// The function, method, lambda call operator or block whose body holds
/// \p S, found through userCodeParents; null for code outside any (a global's
/// initialiser) and for code in a system header.
const Decl *enclosingCallable(ASTContext &Context, const Stmt &S);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_USERCODEPARENTS_H
