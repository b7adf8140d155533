//===--- FunctionNameList.h - options that list function names ------------===//
//
// Options such as StringifyFunctions hold a `;`-separated list of function
// names (MeasureFunctions: of `from=to` pairs of them), each a plain identifier (any function or method so named) or a
// qualified name (`::ns::f`, `ns::Class::f`). This parses such a list and
// says which entries are not names, so a check can report them as a
// configuration error instead of silently never matching.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_FUNCTIONNAMELIST_H
#define ALLOCHUNT_LIB_FUNCTIONNAMELIST_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace clang::tidy::allochunt {

/// True when \p Name is an identifier, optionally qualified with `::`.
bool isFunctionName(llvm::StringRef Name);

/// The entries of the `;`-separated \p List, spaces around them trimmed and
/// empty ones dropped; entries that are not function names go to \p Invalid
/// instead.
std::vector<std::string>
parseFunctionNameList(llvm::StringRef List,
                      llvm::SmallVectorImpl<std::string> &Invalid);

/// The option value that parses back to \p Names.
std::string serializeFunctionNameList(const std::vector<std::string> &Names);

/// A `from=to` entry of a list such as MeasureFunctions.
struct FunctionNamePair {
  std::string From;
  std::string To;
};

/// The `from=to` entries of the `;`-separated \p List; entries that are not
/// two function names joined by `=` go to \p Invalid instead.
std::vector<FunctionNamePair>
parseFunctionNamePairs(llvm::StringRef List,
                       llvm::SmallVectorImpl<std::string> &Invalid);

/// The option value that parses back to \p Pairs.
std::string serializeFunctionNamePairs(const std::vector<FunctionNamePair> &Pairs);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_FUNCTIONNAMELIST_H
