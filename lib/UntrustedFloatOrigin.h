//===--- UntrustedFloatOrigin.h - where a floating value may come from ----===//
//
// Finds where the value of a floating-point expression may come from outside
// the function's control, which is when NaN and infinity are to be expected:
// a parameter (or a field of one), a division by a non-constant, a parse
// (strtod, std::stod, atof, std::from_chars, sscanf, stream extraction) or a
// math function with a domain error (sqrt, log, pow, fmod, acos, asin...).
// Local variables are followed to their definitions within the function
// (initialisers, assignments, by-reference outputs), flow-insensitively and a
// few levels deep. Globals, members of `this` and the results of other calls
// are not followed: their values are another function's business.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_UNTRUSTEDFLOATORIGIN_H
#define ALLOCHUNT_LIB_UNTRUSTEDFLOATORIGIN_H

#include "VariableWrites.h"

#include "clang/AST/Expr.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <cstdint>
#include <optional>
#include <string>

namespace clang::tidy::allochunt {

struct UntrustedOrigin {
  enum Kind : std::uint8_t { Parameter, Division, Parse, MathDomain };
  Kind OriginKind;
  /// The parameter's declaration, the division, the call.
  SourceLocation Location;
  /// The parameter, the divisor or the function, as written ("count", "std::sqrt").
  std::string Name;
};

/// Says whether a division (`a / d`, `a /= d`) cannot divide by zero.
using DivisionIsSafe = llvm::function_ref<bool(const BinaryOperator &Division)>;

/// The first untrusted origin of \p E's value in \p Function found, or
/// nothing. Only \p Function's own parameters count: a lambda's captures are
/// the enclosing function's business. A division that \p IsSafe accepts is
/// not an origin (its operands still may be).
std::optional<UntrustedOrigin> findUntrustedOrigin(const Expr *E, const Decl *Function,
                                                   const VariableWrites &Writes,
                                                   const ASTContext &Ctx,
                                                   DivisionIsSafe IsSafe = nullptr);

/// True when \p E is a call of one of the parsing functions (including `in >> x`).
bool isParseCall(const Expr *E);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_UNTRUSTEDFLOATORIGIN_H
