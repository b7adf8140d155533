//===--- ParameterUse.h - is a function parameter actually read? ----------===//
//
// Tells whether a parameter's value is used by its function. A parameter that
// is unnamed, never referenced, or only discarded (`(void)p;`,
// `static_cast<void>(p)`, `std::ignore = p;`) is not read. Anything else
// counts as a read, even passing it to a function that ignores it: this does
// not look into callees.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_PARAMETERUSE_H
#define ALLOCHUNT_LIB_PARAMETERUSE_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"

namespace clang::tidy::allochunt {

/// True when the definition \p Function reads its parameter \p Param (one of
/// the definition's own parameters). False for a function without a body.
bool isParameterRead(const FunctionDecl &Function, const ParmVarDecl &Param,
                     ASTContext &Ctx);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_PARAMETERUSE_H
