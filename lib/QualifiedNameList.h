//===--- QualifiedNameList.h - option values that list qualified names ----===//
//
// Parses check options such as `CacheTypes=::std::map;::std::vector` into
// names for hasAnyName and reports the first entry that is not a qualified
// identifier, so a check can reject a bad value with a clear message. It does
// not check that the names exist.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_QUALIFIEDNAMELIST_H
#define ALLOCHUNT_LIB_QUALIFIEDNAMELIST_H

#include "llvm/ADT/StringRef.h"

#include <vector>

namespace clang::tidy::allochunt {

/// The ';'- or ','-separated qualified identifiers (`::a::b`, `a::b`, `b`)
/// in \p Option, trimmed; empty entries are dropped, and so are invalid ones:
/// \p Invalid is set to the first of those, or to an empty string. The names
/// refer into \p Option.
std::vector<llvm::StringRef> parseQualifiedNames(llvm::StringRef Option,
                                                 llvm::StringRef &Invalid);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_QUALIFIEDNAMELIST_H
