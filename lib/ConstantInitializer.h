//===--- ConstantInitializer.h - initialisers built only from constants ---===//
//
// Decides whether an initialiser yields the same value on every evaluation
// and has no effect besides allocating: it is built from literals, enumerators,
// constexpr variables and scalar constant expressions, combined only by
// braced lists and by constructors that have no other side effects (those of
// the standard strings, containers, pairs, tuples, allocators, comparators and
// regular expressions, of configured classes, and constexpr constructors).
// It does not evaluate anything: a call to a non-constexpr function, a read of
// a parameter, a local or a non-constexpr global makes the answer false.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_CONSTANTINITIALIZER_H
#define ALLOCHUNT_LIB_CONSTANTINITIALIZER_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace clang::tidy::allochunt {

/// True when \p Init is built only from constants (see the file comment).
/// \p ExtraClasses names further classes (or class templates), such as
/// "::absl::flat_hash_set", whose constructors count as free of side effects.
bool isBuiltFromConstants(const Expr &Init, const ASTContext &Ctx,
                          llvm::ArrayRef<llvm::StringRef> ExtraClasses = {});

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_CONSTANTINITIALIZER_H
