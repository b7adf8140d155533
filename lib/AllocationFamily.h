//===--- AllocationFamily.h - which allocator a call allocates or frees with ===//
//
// Sorts allocation and deallocation expressions into families whose members
// may release each other's memory: the C heap (malloc, calloc, realloc,
// aligned_alloc, posix_memalign / free), MSVC's _aligned_malloc /
// _aligned_free, mmap / munmap, the replaceable global operator new and
// delete (plain, aligned, array, aligned array), and new / new[] / delete /
// delete[] expressions. Calls into anything else (a pool, an upstream
// memory_resource, a class-specific operator new) belong to no family.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_ALLOCATIONFAMILY_H
#define ALLOCHUNT_LIB_ALLOCATIONFAMILY_H

#include "clang/AST/Expr.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>

namespace clang::tidy::allochunt {

enum class AllocationFamily : std::uint8_t {
  CHeap,                   ///< malloc, calloc, realloc, aligned_alloc / free
  MSVCAligned,             ///< _aligned_malloc / _aligned_free
  Mmap,                    ///< mmap / munmap
  OperatorNew,             ///< ::operator new(n) / ::operator delete(p[, n])
  AlignedOperatorNew,      ///< ::operator new(n, align_val_t) / delete(p[, n], align_val_t)
  OperatorNewArray,        ///< ::operator new[](n) / ::operator delete[](p[, n])
  AlignedOperatorNewArray, ///< the aligned array forms
  NewExpression,           ///< new T / delete p
  NewArrayExpression       ///< new T[n] / delete[] p
};

/// The family \p E allocates from, when \p E is a call to an allocation
/// function of a known family or a new-expression (not placement new).
std::optional<AllocationFamily> allocationFamilyOf(const Expr &E);

/// The family \p E releases memory to, when \p E is a call to a deallocation
/// function of a known family or a delete-expression.
std::optional<AllocationFamily> deallocationFamilyOf(const Expr &E);

/// How memory of \p Family is obtained, for messages: "'malloc'",
/// "aligned '::operator new'", "a 'new[]' expression"...
llvm::StringRef describeAllocation(AllocationFamily Family);

/// How memory of \p Family must be released, for messages: "'free'",
/// "'::operator delete' with the same 'std::align_val_t'"...
llvm::StringRef describeDeallocation(AllocationFamily Family);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_ALLOCATIONFAMILY_H
