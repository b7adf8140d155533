//===--- ParameterUse.h - is a function parameter actually read? ----------===//
//
// Tells whether a parameter's value is used by its function, and which
// return statements a path reaches before any use. A parameter that is
// unnamed, never referenced, or only discarded (`(void)p;`,
// `static_cast<void>(p)`, `std::ignore = p;`) is not read. Anything else
// counts as a read, even passing it to a function that ignores it: this does
// not look into callees.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_PARAMETERUSE_H
#define ALLOCHUNT_LIB_PARAMETERUSE_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::allochunt {

/// True when the definition \p Function reads its parameter \p Param (one of
/// the definition's own parameters). False for a function without a body.
bool isParameterRead(const FunctionDecl &Function, const ParmVarDecl &Param,
                     ASTContext &Ctx);

/// The return statements of \p Function (not of lambdas in it) that some
/// path from its entry reaches without reading \p Param first; a read inside
/// the returned value counts only where it is evaluated before the return
/// on that path (`return a || p;` reaches the return unread when `a` holds).
/// Paths the CFG knows are infeasible (`if (false)`) do not count. In
/// source order; empty when the CFG cannot be built.
llvm::SmallVector<const ReturnStmt *, 2>
returnsBeforeParameterRead(const FunctionDecl &Function,
                           const ParmVarDecl &Param, ASTContext &Ctx);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_PARAMETERUSE_H
