//===--- TypeTests.h - a test of which alternative or type a value holds --===//
//
// Recognises the expressions that ask which alternative of a std::variant or
// which dynamic type a value holds: std::holds_alternative<T>(v),
// std::get_if<T>(&v), dynamic_cast<T *>(&x) and dynamic_cast<T &>(x),
// typeid(x) compared with another typeid, and a kind accessor (a method such
// as kind(), code() or a variant's index()) compared with an enumerator or an
// integer. Each names the variable (or member of *this) it tests. Values
// reached through other variables (a reference or pointer stored earlier) are
// not followed.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_TYPETESTS_H
#define ALLOCHUNT_LIB_TYPETESTS_H

#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"

#include <optional>
#include <string>

namespace clang::tidy::allochunt {

/// A type test and the variable or field it tests.
struct TypeTest {
  const ValueDecl *Subject;
  const Expr *Test;
};

/// The variable (or member of *this) \p E is about: `err` in `err`,
/// `err.message()`, `e->what()`, `&e`, `*p`; null for anything else.
const ValueDecl *subjectOf(const Expr *E);

/// \p E as a type test (implicit nodes and parentheses ignored). A kind
/// accessor is a method without arguments whose name, or qualified name when
/// the entry contains "::", is in \p KindAccessors.
std::optional<TypeTest> asTypeTest(const Expr *E,
                                   llvm::ArrayRef<std::string> KindAccessors);

/// The first type test in \p S, outside lambdas, within a bounded walk.
std::optional<TypeTest> findTypeTest(const Stmt *S,
                                     llvm::ArrayRef<std::string> KindAccessors);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_TYPETESTS_H
