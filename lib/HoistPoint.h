//===--- HoistPoint.h - where a fix-it can declare something earlier ------===//
//
// Finds, for an expression inside a function body, the place a fix-it can
// put a new local declaration so that it runs before the expression: just
// before the enclosing statement that sits directly in a block. It also says
// which function (or lambda) the expression belongs to and whether a loop
// repeats it. It walks the translation unit's parent map upwards from the
// expression (a candidate's few ancestors, not a sweep), and does not decide
// whether moving code is safe: that is the caller's business.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_HOISTPOINT_H
#define ALLOCHUNT_LIB_HOISTPOINT_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"

#include <optional>
#include <string>

namespace clang::tidy::allochunt {

/// Where an expression sits in its function.
struct HoistPoint {
  /// The function or lambda call operator whose body contains the
  /// expression; null for initialisers outside function bodies.
  const FunctionDecl *Function = nullptr;
  /// The innermost statement containing the expression that is directly in a
  /// block, and that block; null when there is none (a default argument, a
  /// member initialiser).
  const Stmt *Statement = nullptr;
  const CompoundStmt *Block = nullptr;
  /// A loop in the function runs the expression on every iteration.
  bool InLoop = false;
};

/// Finds the hoist point of \p E.
HoistPoint findHoistPoint(const Expr &E, ASTContext &Ctx);

/// The whitespace between the start of \p Loc's line and \p Loc, or nothing
/// when anything else precedes \p Loc on its line (or \p Loc is in a macro).
std::optional<std::string> indentationBefore(SourceLocation Loc,
                                             const SourceManager &SM);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_HOISTPOINT_H
