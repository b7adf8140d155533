//===--- StatementGuards.h - `if` guards around a statement ---------------===//
//
// Two structural questions about a statement, for fix-its that wrap it in a
// condition: may `if (cond) ` be written in front of it without changing
// what else the code means, and does it already run only when some
// condition of interest held. The second answer is syntactic: it looks at
// the `if`/`while` the statement sits in and at earlier `if (...) return;`
// (continue, break, goto, throw) exits in the enclosing blocks, not at the
// control-flow graph, so it may miss a guard but never invents one.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_STATEMENTGUARDS_H
#define ALLOCHUNT_LIB_STATEMENTGUARDS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace clang::tidy::allochunt {

/// True when \p S can be turned into `if (cond) S` by inserting text before
/// it: it stands alone in a block, as the body of a loop, or after a case or
/// label. False for the branches of an `if` (an `else` would change owner)
/// and anywhere an expression is expected.
bool acceptsGuardInFront(const Stmt &S, ASTContext &Context);

/// True when \p S runs only after a condition that \p IsGuard accepts: \p S
/// is in the `then` branch of such an `if` (its condition, initializer or
/// condition variable), in the body of such a `while`, or follows, in an
/// enclosing block of the same function, an `if` whose condition \p IsGuard
/// accepts and whose `then` branch leaves the block. \p IsGuard sees each
/// whole condition; it decides itself whether a negation matters.
bool runsUnderGuard(const Stmt &S, ASTContext &Context,
                    llvm::function_ref<bool(const Stmt &Condition)> IsGuard);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_STATEMENTGUARDS_H
