//===--- FixItText.h - the text of a fix-it -------------------------------===//
//
// Fix-its that rewrite `f(x) == "1"` into `x == 1`, or `(a + b).size()` into
// `a.size() + b.size()`, move source text between contexts. These say whether
// a range can be edited at all (not inside a macro), what its text is, and
// whether moved text must be parenthesized to keep its meaning. They are
// conservative: an unknown operator context asks for parentheses. They do
// not remove parentheses that become redundant.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_FIXITTEXT_H
#define ALLOCHUNT_LIB_FIXITTEXT_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"

#include <string>

namespace clang::tidy::allochunt {

/// True when the source text of \p Operand must be parenthesized to become an
/// operand of the binary operator \p Op (`a & b` under `==`, `c ? x : y`
/// under `+`); false for primary, postfix and unary expressions.
bool needsParensAsOperand(const Expr *Operand, BinaryOperatorKind Op);

/// True when text whose outermost operator is \p Op must be parenthesized to
/// stand where \p Replaced stands (`!x.empty()` becoming `!(n == 0)`,
/// `(a + b).size() * 2` becoming `(a.size() + b.size()) * 2`).
bool needsParensInPlaceOf(const Expr *Replaced, BinaryOperatorKind Op,
                          ASTContext &Context);

/// True when \p Range starts and ends in a file, outside any macro
/// expansion or macro argument: the only ranges the checks edit.
bool isEditableRange(SourceRange Range);

/// True when \p S and everything in it are written outside macros: its range
/// is editable and no expression inside it comes from a macro. A range can
/// begin and end in the file and still hold a macro in the middle
/// (`ns::WRAP(f(s)) == "x"`); a fix that rewrites it would drop the macro.
bool isEditableStmt(const Stmt *S);

/// The source text of \p E as written (empty when it is not in one file).
std::string sourceText(const Expr *E, const ASTContext &Context);

/// The range that removes the statement spanning \p Range (its final token
/// included) together with its line (from the line break before it), when
/// nothing but whitespace shares the line; otherwise \p Range itself.
CharSourceRange wholeLineRange(SourceRange Range, const SourceManager &Sources,
                               const LangOptions &LangOpts);

/// The whitespace that indents the line \p Location is on.
llvm::StringRef indentationOf(SourceLocation Location,
                              const SourceManager &Sources);

/// \p Text, parenthesized when \p Needed.
std::string parenthesizedIf(bool Needed, llvm::StringRef Text);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_FIXITTEXT_H
