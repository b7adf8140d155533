//===--- HeterogeneousLookup.h - can a std container look up by a view ----===//
//
// Recognises the eight standard associative containers and answers whether a
// lookup member (find, count, contains, equal_range, lower_bound,
// upper_bound) accepts a key of another type without building a key_type:
// ordered containers need a transparent comparator, unordered ones a
// transparent hash and key_equal, and in both cases the library must declare
// the member template (libstdc++ does for unordered containers from C++20).
// It looks at the instantiated class only; it does not run overload
// resolution, so a custom transparent functor is trusted when it declares a
// call operator that is a template or takes a std::basic_string_view.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_HETEROGENEOUSLOOKUP_H
#define ALLOCHUNT_LIB_HETEROGENEOUSLOOKUP_H

#include "clang/AST/DeclCXX.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>

namespace clang::tidy::allochunt {

/// The two families of standard associative containers.
enum class ContainerFamily : std::uint8_t { Ordered, Unordered };

/// The family of \p Class when it is a specialization of std::map, multimap,
/// set, multiset or their unordered counterparts; std::nullopt otherwise.
std::optional<ContainerFamily> associativeContainerFamily(const CXXRecordDecl *Class);

/// True for the members that take a key to search for: find, count,
/// contains, equal_range, lower_bound, upper_bound.
bool isKeyLookupMember(llvm::StringRef Name);

/// What a container says about looking up \p Member with another key type.
struct HeterogeneousLookup {
  /// The library declares \p Member as a template taking any key type, so a
  /// transparent container would accept a view.
  bool LibrarySupportsIt = false;
  /// The comparator (ordered) or both hash and key_equal (unordered) declare
  /// `is_transparent`.
  bool Transparent = false;
  /// Every transparent functor involved is a standard one (std::less<>,
  /// std::greater<>, std::equal_to<>, ...): it accepts any comparable type,
  /// including a character pointer.
  bool StandardFunctors = false;
  /// Every transparent functor accepts a std::basic_string_view.
  bool AcceptsStringView = false;

  /// The member can be called with a view instead of a key_type.
  bool acceptsView() const {
    return LibrarySupportsIt && Transparent && AcceptsStringView;
  }
};

/// Analyses \p Container (one of the associative containers) for \p Member.
HeterogeneousLookup analyzeHeterogeneousLookup(const CXXRecordDecl &Container,
                                               llvm::StringRef Member);

/// The key_type of an associative container (its first template argument).
QualType containerKeyType(const CXXRecordDecl &Container);

/// The position of the comparator among the template arguments of an ordered
/// container (2 for map and multimap, 1 for set and multiset); std::nullopt
/// for anything else.
std::optional<unsigned> comparatorArgumentIndex(const CXXRecordDecl &Container);

/// True when \p Functor is a class that declares (or inherits) a member
/// named `is_transparent`.
bool isTransparentFunctor(QualType Functor);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_HETEROGENEOUSLOOKUP_H
