//===--- GuardedFloatValue.h - an expression's values where it runs -------===//
//
// The values a floating-point expression can have at the point where it is
// evaluated: each variable it reads takes the value of the definition that
// reaches the read on every path (or, for a local variable, any of its
// definitions), narrowed by every guard that dominates the read with no write
// in between. Definitions are evaluated where they run, so guards before them
// count too. It also records why bad values remain, for diagnostics: the
// nearest guard on each variable, with what it let through, and calls such as
// std::clamp that return a NaN argument unchanged.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_GUARDEDFLOATVALUE_H
#define ALLOCHUNT_LIB_GUARDEDFLOATVALUE_H

#include "FloatValueSet.h"
#include "GuardDominance.h"
#include "TrackedVariable.h"
#include "VariableWrites.h"

#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::allochunt {

/// A place where values the caller may consider bad get through.
struct ValueLeak {
  enum Kind { GuardLetsThrough, CallPassesNaN };
  Kind LeakKind;
  const Expr *Where;    ///< The whole guard condition, or the call.
  TrackedVariable Var;  ///< The guarded variable (GuardLetsThrough).
  FloatValueSet Values; ///< What the variable, or the call, can still be.
};

class GuardedFloatValue {
public:
  GuardedFloatValue(const GuardDominance &Flow, const VariableWrites &Writes,
                    const ASTContext &Ctx)
      : Flow(Flow), Writes(Writes), Ctx(Ctx) {}

  /// The values \p E can have where it is evaluated.
  FloatValueSet valuesOf(const Expr *E);

  /// Why values remain, collected by the valuesOf calls so far.
  llvm::ArrayRef<ValueLeak> leaks() const { return Leaks; }
  /// The variables \p E itself read in the last valuesOf, with their values.
  llvm::ArrayRef<std::pair<TrackedVariable, FloatValueSet>> reads() const { return Reads; }

private:
  FloatValueSet valuesAt(const Expr *E, unsigned Depth);
  FloatValueSet variableValues(const TrackedVariable &Var, const Expr *Read, unsigned Depth);
  FloatValueSet definedValues(const TrackedVariable &Var, const Expr *Read, unsigned Depth);

  const GuardDominance &Flow;
  const VariableWrites &Writes;
  const ASTContext &Ctx;
  llvm::SmallVector<ValueLeak, 2> Leaks;
  llvm::SmallVector<std::pair<TrackedVariable, FloatValueSet>, 2> Reads;
  llvm::DenseSet<const VarDecl *> Expanding;
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_GUARDEDFLOATVALUE_H
