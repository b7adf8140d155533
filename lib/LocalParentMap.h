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

/// True when \p Child, a child of \p Loop, runs on every iteration of it: the
/// body, the condition or the increment of a for, while or do loop; the body,
/// the element variable, the condition or the increment of a range-based for
/// (not its range, nor a for's initialiser, which run once).
bool isRepeatedPartOfLoop(const Stmt &Loop, const Stmt *Child);

/// Maps each statement or expression under a root statement to its parent.
class LocalParentMap {
public:
  explicit LocalParentMap(const Stmt &Root);

  /// The parent of \p S, or null for the root and for nodes outside the tree.
  const Stmt *parent(const Stmt *S) const { return Parents.lookup(S); }

  /// The first parent of \p S that is not a parenthesis, an implicit cast,
  /// a temporary's materialisation or binding, or a full-expression wrapper.
  const Stmt *parentIgnoringImplicit(const Stmt *S) const;

  /// True when a loop inside the root runs \p S on every iteration (see
  /// isRepeatedPartOfLoop), not looking past a lambda body.
  bool isRepeatedByLoop(const Stmt *S) const;

  /// The root this map was built from.
  const Stmt &root() const { return Root; }

private:
  const Stmt &Root;
  llvm::DenseMap<const Stmt *, const Stmt *> Parents;
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_LOCALPARENTMAP_H
