//===--- QualifiedNameList.h - option values that list qualified names ----===//
//
// Check options such as `CacheTypes=::std::map;::std::vector` or
// `StringifyFunctions=toString;::ns::str` hold a list of names separated by
// `;` (or `,`), each an identifier optionally qualified with `::`;
// MeasureFunctions holds `from=to` pairs of them. This parses such lists and
// says which entries are not names, so a check can reject a bad value with a
// clear message instead of silently never matching. It does not check that
// the names exist.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_QUALIFIEDNAMELIST_H
#define ALLOCHUNT_LIB_QUALIFIEDNAMELIST_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace clang::tidy::allochunt {

/// True when \p Name is an identifier, optionally qualified with `::`
/// (`::a::b`, `a::b`, `b`).
bool isQualifiedName(llvm::StringRef Name);

/// The entries of \p List, trimmed, in order; empty entries are dropped and
/// entries that are not qualified names go to \p Invalid instead.
std::vector<std::string> parseQualifiedNameList(llvm::StringRef List,
                                                llvm::SmallVectorImpl<std::string> &Invalid);

/// The option value that parses back to \p Names.
std::string serializeQualifiedNameList(const std::vector<std::string> &Names);

/// A `from=to` entry of a list such as MeasureFunctions.
struct QualifiedNamePair {
  std::string From;
  std::string To;
};

/// The `from=to` entries of \p List; entries that are not two qualified
/// names joined by `=` go to \p Invalid instead.
std::vector<QualifiedNamePair>
parseQualifiedNamePairs(llvm::StringRef List, llvm::SmallVectorImpl<std::string> &Invalid);

/// The option value that parses back to \p Pairs.
std::string serializeQualifiedNamePairs(const std::vector<QualifiedNamePair> &Pairs);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_QUALIFIEDNAMELIST_H
