//===--- LocalParentMap.h - parents of the statements in one function -----===//
//
// A parent map limited to one statement tree, normally a function body: built
// in one walk when a check has a candidate, so the analysis of that candidate
// never needs the translation unit's parent map. It follows Stmt::children(),
// which includes lambda bodies and capture initialisers, the initialisers of
// variables in a DeclStmt, and the implicit parts of a range-based for; it
// does not look into declarations other than variables (no local classes).
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_LOCALPARENTMAP_H
#define ALLOCHUNT_LIB_LOCALPARENTMAP_H

#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"

namespace clang::tidy::allochunt {

/// Maps each statement or expression under a root statement to its parent.
class LocalParentMap {
public:
  explicit LocalParentMap(const Stmt &Root);

  /// The parent of \p S, or null for the root and for nodes outside the tree.
  const Stmt *parent(const Stmt *S) const { return Parents.lookup(S); }

  /// The first parent of \p S that is not a parenthesis, an implicit cast,
  /// a temporary's materialisation or binding, or a full-expression wrapper.
  const Stmt *parentIgnoringImplicit(const Stmt *S) const;

  /// True when \p S is inside the body of a loop (for, range-based for,
  /// while, do) that is itself inside the root, not counting loops that
  /// contain \p S only in their condition, increment or initialiser, and not
  /// looking past a lambda body.
  bool isInLoopBody(const Stmt *S) const;

  /// The root this map was built from.
  const Stmt &root() const { return Root; }

private:
  const Stmt &Root;
  llvm::DenseMap<const Stmt *, const Stmt *> Parents;
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_LOCALPARENTMAP_H
