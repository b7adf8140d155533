//===--- TextReads.h - a string only compared, searched or measured -------===//
//
// Decides how the expression around a string consumes it: compared with a
// std comparison operator or compare(), searched (find, starts_with,
// contains, ...), or measured (size, length, empty), on the string itself or
// on the std::string_view it converts to. Anything else (stored, passed to a
// function, modified, indexed) is not a read in this sense, so a string whose
// every use is a read was only needed for its text, not its ownership.
// (lib/StringReads on the temporary-lookup-key branch models the reads of a
// string passed as an argument, lookup keys included; the two are to be
// unified.)
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_TEXTREADS_H
#define ALLOCHUNT_LIB_TEXTREADS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"

#include <cstdint>
#include <optional>

namespace clang::tidy::allochunt {

enum class TextReadKind : std::uint8_t { Compared, Searched, Measured };

/// One use of a string's text.
struct TextRead {
  TextReadKind Kind;
  /// The reading expression as written: the comparison (a rewritten
  /// `a != b` included) or the member call.
  const Expr *Read;
  /// The other operand of a comparison, or the first argument of a member
  /// read; null for size(), length() and empty().
  const Expr *Other;
  /// The comparison operator as written; BO_EQ for member reads.
  BinaryOperatorKind Operator;
  /// The member that reads ("size", "find", "compare"); empty for operators.
  llvm::StringRef Member;
  /// True when the string is the argument of the read (`x == s`,
  /// `t.find(s)`), not its object or left operand.
  bool AsArgument;
};

/// How the expression around \p E (a string-typed call or variable
/// reference; implicit nodes and parentheses above it are skipped) reads it.
std::optional<TextRead> findTextRead(const Expr *E, ASTContext &Context);

/// True when \p E (a string-typed call or variable reference) is the text
/// written to a standard output stream: the right operand of a `<<` that
/// the standard library declares (`os << name(x)`). A view writes the same.
bool isStreamedOut(const Expr *E, ASTContext &Context);

/// True when \p Var is referenced in \p Scope at least once and every
/// reference is a read; the reads are appended to \p Reads. References
/// inside \p Except (say, the statement that fills the string) are skipped.
bool isOnlyReadText(const VarDecl &Var, const Stmt &Scope, ASTContext &Context,
                llvm::SmallVectorImpl<TextRead> &Reads,
                const Stmt *Except = nullptr);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_TEXTREADS_H
