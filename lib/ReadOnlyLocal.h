//===--- ReadOnlyLocal.h - is a local variable only ever read? ------------===//
//
// Classifies every use of a local variable within its scope, to decide
// whether it could be shared between calls (made `static const`) without
// changing what the function does. A use is read-only when it calls a const
// member function (or a non-const one that has a const overload whose result
// is itself only read, such as begin(), find() or operator[]), passes the
// object by value or const reference, copies it, or reads through iterators
// and references obtained that way, including `auto` variables bound to them
// and range-based for loops over it. Anything else is reported: a mutation,
// a move, a return (a move or elided copy would become a copy), an address
// taken (its identity would be shared between calls), a capture by reference
// into a lambda that may outlive the statement, or a use the analysis does not
// understand (dependent code, casts to references, unknown functions taking
// iterators). It answers conservatively: "read-only" is a guarantee for the
// code it sees, and never looks into the bodies of called functions.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_READONLYLOCAL_H
#define ALLOCHUNT_LIB_READONLYLOCAL_H

#include "lib/LocalParentMap.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"

#include <cstdint>

namespace clang::tidy::allochunt {

/// The first reason a local variable is not only read, if any.
enum class LocalUse : std::uint8_t {
  ReadOnly,
  Modified,           ///< assigned, non-const member call, non-const reference
  Moved,              ///< std::move, std::forward, thrown
  Returned,           ///< returned, or a reference into it returned
  AddressTaken,       ///< &v, std::addressof(v)
  EscapesByReference, ///< captured by reference in a lambda that is kept
  Unknown,            ///< a use this analysis cannot classify
};

/// How a local variable is used within its scope.
struct LocalUseSummary {
  LocalUse Verdict = LocalUse::ReadOnly;
  /// The use that decided Verdict, or null when read-only.
  const Expr *FirstOffendingUse = nullptr;
  /// Named in a lambda's capture list (`[v]`, `[&v]`): a static variable
  /// cannot be captured, so such a lambda needs editing before the variable
  /// becomes static.
  bool NamedInCaptureList = false;
  /// The number of references to the variable in the scope.
  unsigned Uses = 0;

  bool isReadOnly() const { return Verdict == LocalUse::ReadOnly; }
};

/// Classifies the uses of \p Var in \p Scope, normally the body of the
/// function that declares it (\p Parents is that body's parent map).
LocalUseSummary summarizeLocalUses(const VarDecl &Var,
                                   const LocalParentMap &Parents);

/// A short lowercase phrase for \p Use ("modified", "moved from", ...).
llvm::StringRef describeLocalUse(LocalUse Use);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_READONLYLOCAL_H
