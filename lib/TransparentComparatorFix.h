//===--- TransparentComparatorFix.h - declare a map with std::less<> ------===//
//
// Builds the edit that gives an ordered standard container (std::map,
// multimap, set, multiset) the transparent comparator `std::less<>`, so that
// its lookups accept a std::string_view or a character pointer without
// building a key. It only edits a declaration whose every use it can see
// and that keeps compiling with the new type; it never edits unordered
// containers, which would need a user-written transparent hash.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_TRANSPARENTCOMPARATORFIX_H
#define ALLOCHUNT_LIB_TRANSPARENTCOMPARATORFIX_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/Diagnostic.h"

#include <optional>

namespace clang::tidy::allochunt {

/// The edit that declares \p Decl (a variable or field of an ordered
/// container type) with `std::less<>`: it adds the argument where the
/// default comparator is implied and replaces an explicit `std::less<Key>`.
/// std::nullopt when that is not known to be safe: \p Decl is outside the
/// main file or in a macro, its type is not spelled as a specialization of
/// the container template (an alias, `auto`, a reference, a parameter), its
/// comparator is another one, it is initialised from another container, or
/// a reference to it in the main file is not a member access or a range-for
/// (so the new type could reach code expecting the old one).
std::optional<FixItHint> transparentComparatorFix(const DeclaratorDecl &Decl,
                                                  ASTContext &Context);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_TRANSPARENTCOMPARATORFIX_H
