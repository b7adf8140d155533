//===--- StringReads.h - places that only read a string -------------------===//
//
// Recognises the places where a string value is consumed without being
// stored, moved or changed: the key of a lookup in a standard associative
// container, the value searched by std::find/count and std::ranges::find/
// count/contains, an operand of a standard comparison operator, and the
// argument of basic_string(_view)::compare. For a local variable it collects
// every reference in the enclosing function, so a check can ask whether the
// variable exists only to be read. It does not follow a string into a
// lambda, a nested class, or any function it is passed to.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_STRINGREADS_H
#define ALLOCHUNT_LIB_STRINGREADS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"

#include <cstdint>
#include <optional>

namespace clang::tidy::allochunt {

/// How a string is read.
enum class StringReadKind : std::uint8_t {
  LookupKey,         ///< key of find/count/contains/... on a std associative container
  SearchedValue,     ///< value of std::find/count, std::ranges::find/count/contains
  ComparisonOperand, ///< operand of a std ==, !=, <, <=, >, >=, <=>
  CompareArgument,   ///< the string argument of basic_string(_view)::compare
};

/// One argument slot of a call that only reads the string passed in it.
struct StringRead {
  StringReadKind Kind;
  /// The call (member call, call or operator call) doing the reading.
  const Expr *Reader;
  /// The argument in the slot, as in the AST (implicit nodes included).
  const Expr *Operand;
  /// The function's name as a user would write it: "find", "std::find",
  /// "std::ranges::contains", "operator==", "compare".
  std::string ReaderName;
  /// LookupKey: the container class and the object the member is called on.
  const CXXRecordDecl *Container = nullptr;
  const Expr *ContainerObject = nullptr;
  /// ComparisonOperand: the other operand, implicit conversions removed; it
  /// is a std::basic_string, a std::basic_string_view or a character
  /// pointer or array.
  const Expr *OtherOperand = nullptr;
};

/// Removes what the compiler added around a string argument: implicit
/// casts, temporaries, cleanups and implicit conversion-operator calls
/// (a std::string passed where a std::string_view is expected).
const Expr *stripImplicitStringConversions(const Expr *E);

/// The string reads \p Call performs, one per argument slot; empty when the
/// call is none of the readers above, or reads something that is not a
/// string (a comparison with another type, a search in a range of
/// non-strings, a search with a projection).
llvm::SmallVector<StringRead, 2> stringReadsOf(const Expr &Call);

/// The read that consumes \p Ref (a reference to a string variable), or
/// std::nullopt when the reference is used in any other way.
std::optional<StringRead> readOfReference(const DeclRefExpr &Ref, ASTContext &Context);

/// Every reference to the local variable or parameter \p Var in the body of
/// the function that declares it, in source order; std::nullopt when there
/// are more than \p Limit, when one is inside a lambda, or when \p Var is
/// neither a local nor a parameter of a function with a body.
std::optional<llvm::SmallVector<const DeclRefExpr *, 8>>
referencesInFunction(const VarDecl &Var, unsigned Limit);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_STRINGREADS_H
