//===--- InitializerContents.h - what an initialiser puts in its object ---===//
//
// Describes, from the source alone, what constructing an object from an
// initialiser builds: whether it is empty (default construction, an empty
// braced list, an empty pattern), how many elements a braced list gives, and
// how many owning strings in it are built from a literal too long for the
// small-string buffer (those allocate; shorter ones live inside the string).
// Lengths come from string literals, constexpr character pointers and
// (count, character) constructors; anything else is not counted.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_INITIALIZERCONTENTS_H
#define ALLOCHUNT_LIB_INITIALIZERCONTENTS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"

#include <cstdint>
#include <optional>

namespace clang::tidy::allochunt {

/// What an initialiser builds; see describeInitializer.
struct InitializerContents {
  /// Default construction, an empty braced list, or an empty literal.
  bool Empty = false;
  /// The number of elements, when they are given as a braced list.
  std::optional<unsigned> ListedElements;
  /// Owning strings built from more characters than the small-string buffer
  /// holds: each of them allocates.
  unsigned AllocatingStrings = 0;
  /// When the object itself is an owning string: its length, if known.
  std::optional<uint64_t> StringLength;
};

/// Describes \p Init, the initialiser of an object. \p SmallStringCapacity is
/// the number of `char`s a string holds without allocating (15 for libstdc++
/// and MSVC, 22 for libc++); for wider characters it is scaled by their size.
InitializerContents describeInitializer(const Expr &Init, ASTContext &Ctx,
                                        unsigned SmallStringCapacity);

/// True when a string of \p Length characters of \p CharType does not fit in
/// a small-string buffer of \p SmallStringCapacity bytes.
bool exceedsSmallStringBuffer(uint64_t Length, QualType CharType,
                              const ASTContext &Ctx,
                              unsigned SmallStringCapacity);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_INITIALIZERCONTENTS_H
