//===--- LoopTripCount.h - loops that run a known, constant number of times ===//
//
// Recognises the loops whose number of iterations is written in the source:
// `for (int i = A; i < B; ++i)` (also `<=`, `!=`, `>`, `>=`, decrements and
// `i += k` steps) with constant bounds and a counter the body does not write,
// a range-based for over an array, a `std::array` or a braced list, and
// `do ... while (false)`. It does not evaluate anything else: a loop bounded
// by a parameter, a container's size or a condition read in the body has no
// constant trip count, and neither has a loop the body may leave early
// (the answer is an upper bound only for those).
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_LOOPTRIPCOUNT_H
#define ALLOCHUNT_LIB_LOOPTRIPCOUNT_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Stmt.h"

#include <cstdint>
#include <optional>

namespace clang::tidy::allochunt {

/// The number of times \p Loop runs its body at most, when its bounds are
/// constants (see the file comment), or nothing.
std::optional<std::uint64_t> constantTripCount(const Stmt &Loop,
                                               const ASTContext &Ctx);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_LOOPTRIPCOUNT_H
