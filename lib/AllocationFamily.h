//===--- AllocationFamily.h - which allocator a call allocates or frees with ===//
//
// Sorts allocation and deallocation expressions into families whose members
// may release each other's memory: the C heap (malloc, calloc, realloc,
// aligned_alloc, posix_memalign / free), MSVC's _aligned_malloc /
// _aligned_free, mmap / munmap, the replaceable global operator new and
// delete (plain, aligned, array, aligned array), and new / new[] / delete /
// delete[] expressions. The C heap also covers the functions that return (or
// store through an out parameter) memory the caller frees: strdup, strndup,
// getline, asprintf, realpath(path, nullptr). A LibraryAllocatorTable adds
// the families of libraries (GLib's g_malloc / g_free, SQLite's
// sqlite3_malloc / sqlite3_free...), configured by name. Calls into anything
// else (a pool, an upstream memory_resource, a class-specific operator new, a
// project's own wrapper) belong to no family.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_ALLOCATIONFAMILY_H
#define ALLOCHUNT_LIB_ALLOCATIONFAMILY_H

#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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
  NewArrayExpression,      ///< new T[n] / delete[] p
  Library                  ///< a family of a LibraryAllocatorTable
};

/// The family \p E allocates from, when \p E is a call to an allocation
/// function of a known family or a new-expression (not placement new).
std::optional<AllocationFamily> allocationFamilyOf(const Expr &E);

/// The family \p E releases memory to, when \p E is a call to a deallocation
/// function of a known family or a delete-expression.
std::optional<AllocationFamily> deallocationFamilyOf(const Expr &E);

/// The argument through which \p Call stores C-heap memory the caller must
/// free (`getline(&line, &n, f)`, `asprintf(&s, ...)`: the `&line`), or null.
const Expr *cHeapOutParameter(const CallExpr &Call);

/// How memory of \p Family is obtained, for messages: "'malloc'",
/// "aligned '::operator new'", "a 'new[]' expression"...
llvm::StringRef describeAllocation(AllocationFamily Family);

/// How memory of \p Family must be released, for messages: "'free'",
/// "'::operator delete' with the same 'std::align_val_t'"...
llvm::StringRef describeDeallocation(AllocationFamily Family);

/// Allocator families of libraries, each a set of allocation functions and
/// the deallocation functions that release their memory. Written as an
/// option value: families separated by `;`, each `allocators=deallocators`
/// with the names of each side separated by `,` (`g_malloc,g_strdup=g_free`).
/// A name is a qualified name (`::` is implied at the front); it matches a
/// function or a function pointer variable (libxml2's `xmlFree`) of that name.
class LibraryAllocatorTable {
public:
  struct Family {
    std::vector<std::string> Allocators;
    std::vector<std::string> Deallocators;
  };

  /// GLib, libxml2, SQLite, curl, OpenSSL, SDL, mimalloc and jemalloc.
  static llvm::StringRef defaults();

  /// Parses \p Spec; entries that are not `names=names` go to \p Invalid.
  static LibraryAllocatorTable parse(llvm::StringRef Spec,
                                     llvm::SmallVectorImpl<std::string> &Invalid);

  /// The family whose allocation function \p Callee is.
  std::optional<unsigned> allocatorFamily(const NamedDecl &Callee) const;
  /// The family whose deallocation function \p Callee is.
  std::optional<unsigned> deallocatorFamily(const NamedDecl &Callee) const;
  const Family &family(unsigned Index) const { return Families[Index]; }
  size_t size() const { return Families.size(); }

private:
  std::vector<Family> Families;
  llvm::StringMap<unsigned> AllocatorIndex;
  llvm::StringMap<unsigned> DeallocatorIndex;
};

/// A family, and for AllocationFamily::Library its index in the table.
struct FamilyKey {
  AllocationFamily Family;
  unsigned Library = 0;
  bool operator==(const FamilyKey &Other) const {
    return Family == Other.Family && Library == Other.Library;
  }
  bool operator!=(const FamilyKey &Other) const { return !(*this == Other); }
};

/// One allocation or deallocation: its family and the function as a message
/// names it ("malloc", "strdup", "new[]", "operator delete", "g_free").
struct AllocatorCall {
  FamilyKey Key;
  std::string Function;
  /// A new- or delete-expression of a template whose operator depends on a
  /// template argument (`new T[n]`, `delete p` with `T *p`): its form is
  /// known, the heap is not (T may bring its own operator).
  bool Dependent = false;
};

/// The allocation \p E is, in the families of lib/AllocationFamily and of
/// \p Table: a call returning new memory (`realpath` only with a null
/// buffer) or a new-expression (not placement new), dependent ones included.
std::optional<AllocatorCall> allocatorCallOf(const Expr &E,
                                             const LibraryAllocatorTable &Table);

/// The deallocation \p E is: a call of a deallocation function of a known
/// family (or of \p Table) or a delete-expression, dependent ones included.
std::optional<AllocatorCall> deallocatorCallOf(const Expr &E,
                                               const LibraryAllocatorTable &Table);

/// The function that releases memory of \p Key, as messages name it: "free",
/// "delete[]", "g_free".
std::string releaseFunctionOf(FamilyKey Key, const LibraryAllocatorTable &Table);

/// True when releasing memory of \p Allocated with a function of \p Released
/// is certainly undefined behaviour: the two use different heaps (the C heap,
/// C++'s, mmap, a library's), or a new-expression's memory meets the delete
/// of the other array form. Mixing C++'s expressions with direct calls of
/// `operator new` / `operator delete` is not judged.
bool isMismatchedRelease(FamilyKey Allocated, FamilyKey Released);

/// isMismatchedRelease for two sites; when either is Dependent, only the
/// array form of a new-expression against that of a delete-expression.
bool isMismatchedRelease(const AllocatorCall &Allocated,
                         const AllocatorCall &Released);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_ALLOCATIONFAMILY_H
