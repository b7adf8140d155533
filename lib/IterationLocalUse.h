//===--- IterationLocalUse.h - does a loop-local container stay local? ----===//
//
// Classifies the uses of a container or string declared in a loop body, to
// decide whether one object declared before the loop could serve every
// iteration: whether the body fills it (push_back, append, `+=`, `<<`,
// insert, resize, assign, copy assignment, std::getline, `in >> s`, a
// back_inserter, a callee taking it by non-const reference), and whether any
// use lets it, or its buffer, leave the iteration: moved, swapped, returned,
// thrown, its address taken, bound to a non-const reference, captured by
// reference in a lambda that is kept, or used in a way the analysis does not
// follow (dependent code, explicit casts, unknown callees). Copies of it
// (passed by value or const reference, copied into another container) stay
// local: the copy allocates either way. It does not look into the bodies of
// called functions, and it sees only the statement tree it is given.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_ITERATIONLOCALUSE_H
#define ALLOCHUNT_LIB_ITERATIONLOCALUSE_H

#include "lib/LocalParentMap.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"

#include <cstdint>
#include <optional>

namespace clang::tidy::allochunt {

/// The first way a loop-local variable leaves its iteration, if any.
enum class IterationEscape : std::uint8_t {
  None,
  Moved,               ///< std::move, std::forward, std::exchange, thrown
  Swapped,             ///< swap() with anything, std::swap
  Returned,            ///< returned (moved or elided out)
  AddressTaken,        ///< &v, std::addressof(v)
  BoundToReference,    ///< bound to a non-const reference, std::tie, std::ref
  CapturedByReference, ///< captured by reference in a lambda that is kept
  Unknown,             ///< a use this analysis cannot classify
};

/// How a variable declared in a loop body is used there.
struct IterationLocalUses {
  IterationEscape Escape = IterationEscape::None;
  /// The use that decided Escape, or null.
  const Expr *EscapingUse = nullptr;
  /// The first use that writes elements or characters into it, or null.
  const Expr *FirstFill = nullptr;
  /// The first use that fills or otherwise modifies it (a non-const member
  /// or operator: `v[i] = x`, `s.erase(...)`), or null.
  const Expr *FirstWrite = nullptr;
  /// How many uses fill it, and how many of those assign a string literal
  /// (`s = "text"`), the longest of which has LongestAssignedLiteral
  /// characters: a string only ever assigned short literals stays in its
  /// small-string buffer.
  unsigned Fills = 0;
  /// How many statements of the loop body itself (not in a branch or a
  /// nested block) move-assign a new value to it (`s = make();`): each
  /// replaces the buffer on every iteration, so a reused variable would keep
  /// nothing.
  unsigned MoveAssignments = 0;
  unsigned LiteralAssignments = 0;
  std::uint64_t LongestAssignedLiteral = 0;
  /// The smallest `reserve(k)` with a constant k, if any.
  std::optional<std::uint64_t> SmallestConstantReserve;
  /// Something may change a stream's formatting state (a manipulator, a
  /// user-defined `operator<<`, precision(), imbue(), ...): a reused stream
  /// would carry it into the next iteration.
  bool ChangesStreamState = false;

  bool staysInIteration() const { return Escape == IterationEscape::None; }
};

/// Classifies the uses of \p Var within \p Parents' root, the loop body that
/// declares it.
IterationLocalUses summarizeIterationLocalUses(const VarDecl &Var,
                                               const LocalParentMap &Parents,
                                               const ASTContext &Ctx);

/// A short lowercase phrase for \p Escape ("moved out", "swapped", ...).
llvm::StringRef describeIterationEscape(IterationEscape Escape);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_ITERATIONLOCALUSE_H
