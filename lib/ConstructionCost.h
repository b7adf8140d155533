//===--- ConstructionCost.h - what building a standard object allocates ---===//
//
// Names, for the messages of the checks, what constructing an object of a
// standard class costs: a vector's buffer, a deque's blocks, a node per
// element of a list, set or map (and a bucket array for the unordered ones),
// the strings too long for their small-string buffer, a compiled regular
// expression, a named locale. It describes; it does not decide whether
// anything allocates (see InitializerContents for what an initialiser holds).
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_CONSTRUCTIONCOST_H
#define ALLOCHUNT_LIB_CONSTRUCTIONCOST_H

#include "lib/InitializerContents.h"

#include "clang/AST/DeclCXX.h"

#include <cstdint>
#include <string>

namespace clang::tidy::allochunt {

/// How constructing an object of a class allocates, by its class template.
enum class AllocationShape : std::uint8_t {
  Regex,  ///< std:: or boost::basic_regex: compiles its pattern
  Locale, ///< std::locale: looks up a named locale
  String, ///< std::basic_string: one buffer when too long for the SSO buffer
  Array,  ///< std::array: only through its elements
  Buffer, ///< std::vector: one buffer
  Blocks, ///< std::deque: a block map and blocks
  Nodes,  ///< list, forward_list, set, map and the multi- forms: a node each
  Hashed, ///< the unordered containers: a node each and a bucket array
  Other   ///< any other class
};

AllocationShape allocationShapeOf(const CXXRecordDecl &Class);

/// The first template argument of a class template specialization (a
/// container's element type, a string's character type), or a null type.
QualType firstTypeArgument(const CXXRecordDecl &Class);

/// What constructing \p Class from an initialiser with \p Contents costs, as
/// a phrase: "its buffer and 2 'std::string' elements allocated", "3 nodes
/// and a bucket array allocated", "an 80-character string allocated", "the
/// pattern compiled".
std::string describeConstructionCost(const CXXRecordDecl &Class,
                                     const InitializerContents &Contents);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_CONSTRUCTIONCOST_H
