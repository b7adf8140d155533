//===--- RejectedCode.h - stay silent on code the compiler rejected -------===//
//
// When Clang rejects a translation unit, its AST contains error-recovery
// nodes and guesses (a missing declaration, a half-parsed statement), so a
// finding about it would be about code that does not exist. Every allochunt
// check asks this first and reports nothing in such a translation unit;
// warnings promoted by -Werror do not count as rejection.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_REJECTEDCODE_H
#define ALLOCHUNT_LIB_REJECTEDCODE_H

#include "clang/AST/ASTContext.h"
#include "clang/Basic/Diagnostic.h"

namespace clang::tidy::allochunt {

/// True when the compiler reported an error (not a -Werror warning) in the
/// translation unit \p Context belongs to.
inline bool isRejectedByCompiler(const ASTContext &Context) {
  return Context.getDiagnostics().hasUncompilableErrorOccurred();
}

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_REJECTEDCODE_H
