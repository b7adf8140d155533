//===--- ConstantNameFunction.h - a function that returns a constant name -===//
//
// Recognises a function that maps a value to one of a fixed set of names:
// its definition is visible and every return statement returns a string
// literal (typically `switch (kind) { case Kind::A: return "A"; ... }`). It
// records which enumerator labels lead straight to each return, so that a
// comparison of the name with a literal can be said as a comparison of the
// value with an enumerator. It does not decide what the function returns
// (std::string or a view) nor how its result is used: the caller does.
// Templates, their instantiations and virtual functions are not recognised:
// what the body returns may differ per instantiation or per override.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_CONSTANTNAMEFUNCTION_H
#define ALLOCHUNT_LIB_CONSTANTNAMEFUNCTION_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>

namespace clang::tidy::allochunt {

/// The text a string literal compares equal to as a `const CharT *`: up to
/// its first NUL. Nothing for \p E that is not a literal (implicit nodes and
/// parentheses aside) or has characters outside ASCII.
std::optional<std::string> comparedLiteralText(const Expr *E);

/// One return statement of a function that returns names.
struct NameReturn {
  /// As comparedLiteralText reads the returned literal; nothing when the
  /// return statement returns something else.
  std::optional<std::string> Text;
  /// The enumerators whose `case` labels lead straight to this return in a
  /// switch over the function's parameter, with no way to fall into it from
  /// the statement before; empty otherwise (a `default:` among the labels
  /// empties it too).
  llvm::SmallVector<const EnumConstantDecl *, 1> Labels;
};

/// The return statements of a function, as names.
struct ConstantNameFunction {
  const FunctionDecl *Definition = nullptr;
  llvm::SmallVector<NameReturn, 8> Returns; ///< In source order.
  /// Every return statement returns a string literal: a constant-name
  /// function.
  bool OnlyLiterals = false;
  /// The body is exactly `switch (param) { case E: return "..."; ... }`,
  /// each case one return of its own, optionally followed by one
  /// `return "...";`, and the single parameter is of enumeration type.
  bool PlainSwitch = false;

  /// The enumerator whose case alone returns \p Text: exactly one return
  /// statement returns it as a literal and exactly one label leads there.
  /// Null otherwise. Returns of anything but a literal are not counted.
  const EnumConstantDecl *enumeratorReturning(llvm::StringRef Text) const;
};

/// The returns of \p Callee, from its definition in this translation unit;
/// nothing when it has none, is a template or an instantiation, is virtual,
/// or contains a lambda, block or local class. OnlyLiterals says whether it
/// is a constant-name function.
std::optional<ConstantNameFunction>
analyzeConstantNameFunction(const FunctionDecl &Callee);

/// How \p Enumerator is named from anywhere in the translation unit
/// ("Kind::Active", "net::Status::Ok"), or nothing when it cannot be
/// (an unnamed enumeration or namespace, a local or non-public class).
std::optional<std::string> enumeratorSpelling(const EnumConstantDecl &Enumerator);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_CONSTANTNAMEFUNCTION_H
