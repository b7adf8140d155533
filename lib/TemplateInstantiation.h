//===--- TemplateInstantiation.h - is this code an instantiated copy ------===//
//
// Answers whether a declaration or statement belongs to code the compiler
// produced by instantiating a template (a function template specialization,
// a member of a class template specialization, a generic lambda's call
// operator). One source text serves every instantiation, so a check should
// diagnose it once and offer no fix-it that depends on the template
// arguments. It does not say which parts of the code were dependent.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_TEMPLATEINSTANTIATION_H
#define ALLOCHUNT_LIB_TEMPLATEINSTANTIATION_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclBase.h"
#include "clang/AST/Stmt.h"
#include "clang/ASTMatchers/ASTMatchersInternal.h"
#include "clang/ASTMatchers/ASTMatchersMacros.h"

namespace clang::tidy::allochunt {

/// True when \p D is, or is nested in, a template instantiation.
bool isInTemplateInstantiation(const Decl &D);

/// True when \p S is nested in a template instantiation (found through the
/// parents of user code, lib/UserCodeParents: call it only for candidates, not
/// for every statement).
bool isInTemplateInstantiation(const Stmt &S, ASTContext &Context);

/// Matches a statement nested in a template instantiation. Unlike
/// ast_matchers::isInTemplateInstantiation, it never builds the translation
/// unit's parent map; put it last in a matcher, after the cheap tests.
AST_MATCHER(Stmt, isInInstantiatedCode) {
  static_cast<void>(Builder); // Binds nothing.
  return isInTemplateInstantiation(Node, Finder->getASTContext());
}

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_TEMPLATEINSTANTIATION_H
