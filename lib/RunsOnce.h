//===--- RunsOnce.h - does a statement run once per process? --------------===//
//
// Finds the function-like body a statement runs in and whether it runs only
// during one-time initialisation: inside the initialiser of a variable with
// static or thread storage duration (directly, or in a lambda invoked on the
// spot), in a lambda passed to std::call_once with a static once_flag, or in
// the branch of `if (!done) { ...; done = true; }` with a static bool `done`.
// It does not follow calls: a function called only from such an initialiser
// is not known to run once. Separately, it knows the functions a program
// calls once: main and GoogleTest test bodies.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_RUNSONCE_H
#define ALLOCHUNT_LIB_RUNSONCE_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"

namespace clang::tidy::allochunt {

/// Where a statement runs.
struct ExecutionSite {
  /// The innermost function, lambda call operator or block whose body holds
  /// the statement when that body may run more than once; null when the
  /// statement runs once, or at namespace scope.
  const Decl *Callable = nullptr;
  /// True when the statement runs only during one-time initialisation.
  bool RunsOnce = false;
};

/// Walks up from \p S through the parents of user code (lib/UserCodeParents).
ExecutionSite executionSiteOf(const Stmt &S, ASTContext &Ctx);

/// True when \p Function is called once per run of the program: `main`, or a
/// GoogleTest test body (the TestBody() that TEST, TEST_F and TEST_P define,
/// in a class derived from testing::Test).
bool isCalledOncePerRun(const FunctionDecl &Function);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_RUNSONCE_H
