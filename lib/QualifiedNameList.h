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

/// The ';'- or ','-separated names in \p Option, trimmed, empty entries
/// dropped. \p Invalid is set to the first entry that is not a qualified
/// identifier (`::a::b`, `a::b` or `b`), or left empty. The names refer into
/// \p Option.
std::vector<llvm::StringRef> parseQualifiedNames(llvm::StringRef Option,
                                                 llvm::StringRef &Invalid);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_QUALIFIEDNAMELIST_H
