//===--- TrackedVariable.h - the variable a guard or a conversion reads ---===//
//
// A local variable or parameter (also a const reference), or a field of one
// reached through '.' ('x', 'p.x', 's.pos.y'): the values a guard can narrow
// and a later read can rely on. Reads through pointers, non-const references,
// 'this', array elements and calls are not tracked: nothing the function does
// in between can be proven not to change them. A const reference is assumed
// not to change behind the function's back (through another alias).
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_TRACKEDVARIABLE_H
#define ALLOCHUNT_LIB_TRACKEDVARIABLE_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>
#include <string>

namespace clang::tidy::allochunt {

struct TrackedVariable {
  const VarDecl *Root = nullptr;
  /// The fields selected from Root, outermost first.
  llvm::SmallVector<const FieldDecl *, 2> Fields;

  /// The tracked variable whose value \p E is, looking through parentheses,
  /// lvalue-to-rvalue and other value-preserving conversions (widening
  /// floating-point, integer to floating-point), or nothing.
  static std::optional<TrackedVariable> readBy(const Expr *E);

  /// The variable an lvalue expression designates or is part of ('p' for
  /// 'p.x', 'a' for 'a[i]'), or null.
  static const VarDecl *rootOfLValue(const Expr *E);

  /// As written: "p.x".
  std::string spelling() const;

  bool operator==(const TrackedVariable &Other) const {
    return Root == Other.Root && Fields == Other.Fields;
  }
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_TRACKEDVARIABLE_H
