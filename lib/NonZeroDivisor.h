//===--- NonZeroDivisor.h - a division whose divisor a guard proves non-zero ===//
//
// `if (d != 0) r = a / d;`, `if (d == 0) return; r = a / d;`, `if (d > 0)`,
// `if (d)`: a branch taken on every path to the division compares the divisor
// (a variable or a member, the same one the division reads) with a constant
// in a way that rules zero out, and no write to a local divisor may happen
// between that branch and the division. Such a division cannot divide by
// zero, so it is not where a NaN or an infinity comes from.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_NONZERODIVISOR_H
#define ALLOCHUNT_LIB_NONZERODIVISOR_H

#include "lib/GuardDominance.h"
#include "lib/VariableWrites.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"

namespace clang::tidy::allochunt {

/// True when \p Condition having the value \p Truth proves \p Divisor
/// non-zero (`d != 0` true, `d == 0` false, `d > 0` true, `d` true, `!d` false).
bool conditionExcludesZero(const Expr *Condition, bool Truth, const Expr *Divisor,
                           const ASTContext &Ctx);

/// True when a guard on every path to \p Division (`a / d` or `a /= d`)
/// proves its divisor non-zero, and a local divisor is not written between
/// that guard and the division.
bool isDivisorProvenNonZero(const BinaryOperator &Division, const GuardDominance &Flow,
                            const VariableWrites &Writes, const ASTContext &Ctx);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_NONZERODIVISOR_H
