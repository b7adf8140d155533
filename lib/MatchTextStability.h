//===--- MatchTextStability.h - does a sub_match keep its text ------------===//
//
// A std::sub_match is a pair of iterators into the string that was searched,
// read from a match_results. Using the sub_match where a copy of its text
// was used is right only while neither the match results nor that string
// change. This answers it for a source range of one function, syntactically:
// the variable the sub_match comes from (`m` in `m[1]`, `m.str(2)`) and the
// subject of the last regex_search/regex_match that filled it (before the
// range) must have no non-const use inside the range. Anything it cannot
// trace (an iterator, a member, a temporary, a subject that is not a
// variable) counts as unstable. It does not see writes through aliases.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_MATCHTEXTSTABILITY_H
#define ALLOCHUNT_LIB_MATCHTEXTSTABILITY_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"

namespace clang::tidy::allochunt {

/// True when the std::sub_match that \p Object reads (a sub_match or
/// match_results expression such as `m[1]` or `m`) refers to the same text
/// throughout \p Range of \p Body: the match_results or sub_match variable at
/// its root, and the subject string that the last search or match before
/// \p Range wrote into it, are only used as const inside \p Range. With no
/// such search in \p Body, a parameter's subject is taken as the caller's.
bool isMatchTextStableIn(const Expr &Object, SourceRange Range,
                         const Stmt &Body, ASTContext &Context);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_MATCHTEXTSTABILITY_H
