//===--- FiniteGuard.h - what a condition proves about a variable's value -===//
//
// Given a branch condition and the value it had on the way (true or false),
// computes the values a tracked variable can still have. It is exact about
// NaN: every ordered comparison with NaN is false (and != is true), so
// `x >= lo && x <= hi` being true excludes NaN, `x < lo || x > hi` being false
// does not, and `!(x >= lo && x <= hi)` being false does. It understands
// comparisons (also of std::fabs(x) and through std::isgreater and friends),
// std::isfinite/isnan/isinf/isnormal and their __builtin_ forms, x == x, !,
// && and ||, __builtin_expect, and a const bool local holding such a
// condition. Anything else proves nothing.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_FINITEGUARD_H
#define ALLOCHUNT_LIB_FINITEGUARD_H

#include "FloatValueSet.h"
#include "TrackedVariable.h"

#include "clang/AST/Expr.h"

namespace clang::tidy::allochunt {

/// The values \p Var can have once \p Condition has evaluated to \p Truth;
/// FloatValueSet::all() when the condition says nothing about it.
FloatValueSet valuesAfterCondition(const Expr *Condition, bool Truth,
                                   const TrackedVariable &Var, const ASTContext &Ctx);

/// True when \p Condition reads the value of \p Var, directly or through a
/// const bool local it tests (a guard that may be meant for it).
bool conditionMentions(const Expr *Condition, const TrackedVariable &Var);

/// The initializers of the const bool locals \p Condition tests: where it
/// really read the variables (`const bool ok = std::isfinite(x); if (!ok)`).
llvm::SmallVector<const Expr *, 1> namedConditionsIn(const Expr *Condition);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_FINITEGUARD_H
