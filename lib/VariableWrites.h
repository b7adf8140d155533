//===--- VariableWrites.h - where a function writes its variables ---------===//
//
// One walk over a function body that records, for every variable, the places
// that give it a value: its initialisation, assignments, compound assignments,
// increments, and calls that receive it by non-const reference or by address
// (`std::from_chars(b, e, v)`, `sscanf(s, "%lf", &v)`, `in >> v`). A variable
// whose address is kept, that is bound to a non-const reference or captured
// by reference in a lambda "escapes": it may change at any call, so neither
// guards nor definitions can be trusted for it. Writes inside nested lambdas
// are not followed (a by-reference capture already counts as an escape).
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_VARIABLEWRITES_H
#define ALLOCHUNT_LIB_VARIABLEWRITES_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::allochunt {

struct VariableWrite {
  enum Kind { Initialization, Assignment, CompoundAssignment, Increment, ByReference };
  Kind WriteKind;
  /// Where the write happens: the initializer, the assignment, the call.
  const Stmt *Site;
  /// The value written (initializer, right-hand side), or for ByReference the
  /// call that receives the variable; null for increments.
  const Expr *Value;
};

class VariableWrites {
public:
  /// Walks the body (and constructor initializers) of \p Function.
  explicit VariableWrites(const Decl *Function);

  /// Every write to \p Var or to a part of it (a field, an element), in the
  /// order of the source.
  llvm::ArrayRef<VariableWrite> writesOf(const VarDecl *Var) const;
  bool escapes(const VarDecl *Var) const { return Escaped.contains(Var); }

private:
  llvm::DenseMap<const VarDecl *, llvm::SmallVector<VariableWrite, 2>> Writes;
  llvm::DenseSet<const VarDecl *> Escaped;
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_VARIABLEWRITES_H
