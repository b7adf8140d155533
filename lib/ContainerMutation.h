//===--- ContainerMutation.h - what a member call does to a container -----===//
//
// Classifies the member functions and operators of the standard containers
// (and of any class that uses the same member names) by what they do to the
// number of elements: add elements, remove or replace them, or read the size.
// It knows the std container vocabulary only; it does not look into the
// bodies of user-defined member functions.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_CONTAINERMUTATION_H
#define ALLOCHUNT_LIB_CONTAINERMUTATION_H

#include "clang/AST/DeclCXX.h"
#include "clang/Basic/OperatorKinds.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>

namespace clang::tidy::allochunt {

/// What a call does to the number of elements of the container it is made on.
enum class ContainerEffect : std::uint8_t {
  None,         ///< lookups, iteration, element access, capacity hints
  Inserts,      ///< insert, emplace, try_emplace, push_back, map operator[]...
  Removes,      ///< erase, clear, pop_*, extract, swap, assign, resize, operator=
  ReadsSize,    ///< size()
  ReadsEmptiness ///< empty()
};

/// The effect of calling the member function \p Name. \p SubscriptInserts says
/// whether `operator[]` adds missing keys (see subscriptInserts).
ContainerEffect containerEffectOfMember(llvm::StringRef Name,
                                        bool SubscriptInserts);

/// The effect of applying the overloaded operator \p Op to the container
/// (as its left operand).
ContainerEffect containerEffectOfOperator(OverloadedOperatorKind Op,
                                          bool SubscriptInserts);

/// True when `operator[]` on \p Class inserts a missing key: the class has
/// both a `key_type` and a `mapped_type` member (std::map, std::unordered_map
/// and look-alikes), unlike std::vector whose `operator[]` only indexes.
bool subscriptInserts(const CXXRecordDecl &Class);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_CONTAINERMUTATION_H
