//===--- AllocationFunctionForm.h - the forms of operator new and delete --===//
//
// Names the usual forms of `operator new`, `operator new[]`, `operator delete`
// and `operator delete[]` (plain, aligned with `std::align_val_t`, nothrow
// with `const std::nothrow_t &`, sized delete), for global replacements and
// class-specific declarations alike, and knows which form the standard
// library's default definition of each one calls ([new.delete]: the array
// forms call the scalar ones, the nothrow forms the throwing ones, sized
// delete the unsized one). From the set of replaced global forms it finds the
// families replaced incompletely: an allocation whose memory the default
// deallocation (or the reverse) would release, which mixes two heaps.
// Placement forms (any other extra parameter), destroying delete and the
// type-aware forms of C++26 have no form here.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_ALLOCATIONFUNCTIONFORM_H
#define ALLOCHUNT_LIB_ALLOCATIONFUNCTIONFORM_H

#include "clang/AST/Decl.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>
#include <string>

namespace clang::tidy::allochunt {

/// One usual form of an allocation or deallocation function.
struct AllocationFunctionForm {
  bool IsDelete = false;
  bool IsArray = false;
  bool IsAligned = false; ///< takes a std::align_val_t
  bool IsNoThrow = false; ///< takes a const std::nothrow_t &
  bool IsSized = false;   ///< delete only: takes the size after the pointer

  /// A distinct number below FormCount for each form.
  unsigned index() const {
    return (IsDelete ? 1U : 0U) | (IsArray ? 2U : 0U) | (IsAligned ? 4U : 0U) |
           (IsNoThrow ? 8U : 0U) | (IsSized ? 16U : 0U);
  }
  bool operator==(const AllocationFunctionForm &Other) const {
    return index() == Other.index();
  }
  static constexpr unsigned FormCount = 32;
};

/// The form of the `operator new`/`new[]`/`delete`/`delete[]` \p Function
/// (global or a class member), or nullopt for a placement form or any other
/// parameter list.
std::optional<AllocationFunctionForm>
allocationFunctionForm(const FunctionDecl &Function);

/// The first parameter of \p Function of type `std::align_val_t`, or null.
const ParmVarDecl *alignmentParameter(const FunctionDecl &Function);

/// The form that the standard library's default definition of \p Form calls
/// (`new[](n)` calls `new(n)`, `delete(p, n)` calls `delete(p)`...), or
/// nullopt for the four that allocate or free themselves: `new(n)`,
/// `new(n, align)`, `delete(p)` and `delete(p, align)`.
std::optional<AllocationFunctionForm>
defaultDefinitionCalls(AllocationFunctionForm Form);

/// The global declaration of \p Form, for messages:
/// "operator delete[](void *, std::size_t, std::align_val_t)".
std::string spellAllocationFunction(AllocationFunctionForm Form);

/// A replaced form whose memory crosses to (or comes from) a default form.
struct IncompleteFamily {
  /// The replaced form whose definition handles the family's memory.
  AllocationFunctionForm Replaced;
  /// The plain form on the other side of Replaced's family (`delete(p)` for
  /// `new(n)`, `new[](n)` for `delete[](p)`...): replacing it too completes
  /// the family.
  AllocationFunctionForm Missing;
};

/// The incomplete families when exactly the forms \p IsReplaced accepts are
/// replaced (each replaced form stands in for every default form that calls
/// it). At most one entry per (Replaced, Missing) pair, allocations first.
llvm::SmallVector<IncompleteFamily, 2> incompleteFamilies(
    llvm::function_ref<bool(AllocationFunctionForm)> IsReplaced);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_ALLOCATIONFUNCTIONFORM_H
