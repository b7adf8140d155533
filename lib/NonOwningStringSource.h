//===--- NonOwningStringSource.h - an owning string copied from a view ----===//
//
// Recognises an expression that builds an owning string from characters it
// does not own: a string literal, a character pointer or array, a
// std::basic_string_view, a pointer and a length, or a pair of pointers. It
// covers explicit temporaries (`std::string(sv)`, `std::string{p}`,
// `static_cast<std::string>(sv)`), implicit conversions and the initialiser
// of a variable. A copy of another owning string is deliberately not a
// non-owning source (nor is `s.c_str()`/`s.data()` of one): the view to use
// there is the string itself, which is a different fix.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_NONOWNINGSTRINGSOURCE_H
#define ALLOCHUNT_LIB_NONOWNINGSTRINGSOURCE_H

#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/TypeLoc.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>

namespace clang::tidy::allochunt {

/// What the characters of the new string come from.
enum class StringSourceKind : std::uint8_t {
  Literal,          ///< "abc"
  CharacterPointer, ///< const char *p (or a char array that decays)
  View,             ///< std::basic_string_view
  PointerAndLength, ///< (const char *p, size_t n)
  PointerPair,      ///< (const char *first, const char *last)
};

/// An owning string built from a non-owning source.
struct NonOwningStringSource {
  StringSourceKind Kind;
  /// The whole expression that makes the string: the explicit cast or
  /// temporary object as written, or the implicit CXXConstructExpr.
  const Expr *String;
  /// The user wrote the construction (a cast or temporary object).
  bool Explicit;
  /// The spelled string type of an explicit construction (null otherwise).
  TypeLoc WrittenType;
  /// The source as written (implicit conversions removed), and the length
  /// or end pointer for the two-argument forms.
  const Expr *Source;
  const Expr *Second = nullptr;

  /// The byte length of a Literal source without its terminator, else -1.
  int64_t literalByteLength() const;
};

/// Recognises \p E (implicit nodes such as MaterializeTemporaryExpr or
/// ExprWithCleanups around it are skipped) as an owning string of one of
/// \p StringTypes built from a non-owning source.
std::optional<NonOwningStringSource>
findNonOwningStringSource(const Expr &E, llvm::ArrayRef<llvm::StringRef> StringTypes);

/// True when a view made from \p Source in \p Function can replace the
/// string it builds for the rest of the function: the characters come from
/// a string literal, or from parameters of view or pointer-to-const-character
/// type that \p Function never modifies (or `.substr(...)`/`.data()` of such
/// a view), so the view cannot dangle and sees the same characters.
bool isStableViewSource(const NonOwningStringSource &Source, const FunctionDecl &Function);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_NONOWNINGSTRINGSOURCE_H
