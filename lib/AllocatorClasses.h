//===--- AllocatorClasses.h - allocator classes and the state they hold ---===//
//
// Recognises classes that meet the shape of the Allocator requirements (a
// `value_type` with `allocate` and `deallocate` members, declared in the class
// or a non-dependent base) and tells whether an allocator carries state: a
// non-static data member of a non-empty type. It does not check the rest of
// the requirements (rebind, construct, comparison).
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_ALLOCATORCLASSES_H
#define ALLOCHUNT_LIB_ALLOCATORCLASSES_H

#include "clang/AST/DeclCXX.h"

namespace clang::tidy::allochunt {

/// True when \p Class (a definition, possibly a template pattern) has a
/// member `value_type` and member functions `allocate` and `deallocate`.
bool isAllocatorClass(const CXXRecordDecl &Class);

/// The first non-static data member of \p Class or its non-dependent bases
/// whose type is not an empty class, or null when the class is stateless.
const FieldDecl *firstStatefulField(const CXXRecordDecl &Class);

/// True when \p Class declares `is_always_equal` as std::true_type (or
/// std::bool_constant<true>): the author states every instance is equal.
bool declaresAlwaysEqual(const CXXRecordDecl &Class);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_ALLOCATORCLASSES_H
