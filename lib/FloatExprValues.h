//===--- FloatExprValues.h - the values a floating-point expression takes -===//
//
// Evaluates an expression over FloatValueSet: constants fold to a point,
// integer operands are finite, arithmetic on finite values stays finite
// (overflow to infinity is not modelled), division is finite only when the
// divisor cannot be zero, and the library functions that bound a value are
// modelled exactly, NaN included: std::fmin/std::fmax drop a NaN operand,
// while std::min, std::max and std::clamp return their first argument when it
// is NaN. The values of the variables an expression reads come from the
// caller, who knows the guards; anything else unknown may be any value.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_FLOATEXPRVALUES_H
#define ALLOCHUNT_LIB_FLOATEXPRVALUES_H

#include "FloatValueSet.h"
#include "TrackedVariable.h"

#include "clang/AST/Expr.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::allochunt {

/// The values of a tracked variable read by \p Read.
using VariableValues =
    llvm::function_ref<FloatValueSet(const TrackedVariable &Var, const Expr *Read)>;

/// The values \p E can take. Calls that return a NaN argument unchanged
/// (std::min, std::max, std::clamp) while one may be NaN are appended to
/// \p NaNPassingCalls when given.
FloatValueSet valuesOfExpr(const Expr *E, const ASTContext &Ctx, VariableValues Variables,
                           llvm::SmallVectorImpl<const CallExpr *> *NaNPassingCalls = nullptr);

/// valuesOfExpr where every variable may hold any value: constants, integer
/// expressions and what the library calls alone guarantee.
FloatValueSet valuesOfExprAlone(const Expr *E, const ASTContext &Ctx);

/// The values of `A Op B` for an arithmetic operator (+, -, *, /).
FloatValueSet arithmetic(BinaryOperatorKind Op, const FloatValueSet &A, const FloatValueSet &B);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_FLOATEXPRVALUES_H
