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

namespace clang::tidy::allochunt {

/// True when \p D is, or is nested in, a template instantiation.
bool isInTemplateInstantiation(const Decl &D);

/// True when \p S is nested in a template instantiation (found through the
/// parent map: call it only for candidates, not for every statement).
bool isInTemplateInstantiation(const Stmt &S, ASTContext &Context);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_TEMPLATEINSTANTIATION_H
