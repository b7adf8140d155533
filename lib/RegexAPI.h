//===--- RegexAPI.h - the <regex> and Boost.Regex interfaces --------------===//
//
// Recognises the regular-expression algorithms (regex_search, regex_match,
// regex_replace), the result types (sub_match, match_results) and the
// match/format flags of the standard <regex> and of Boost.Regex, through
// aliases, typedefs, using-declarations and inline namespaces (libstdc++'s
// std::__cxx11). It models the documented interface only: which overload
// copies what is left to the checks. Other regex libraries (RE2, PCRE, Qt)
// are deliberately not recognised.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_REGEXAPI_H
#define ALLOCHUNT_LIB_REGEXAPI_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/StringRef.h"

#include <array>

namespace clang::tidy::allochunt {

/// Which library a regex declaration belongs to.
enum class RegexLibrary { None, Std, Boost };

/// The regex algorithms AllocHunt knows.
enum class RegexAlgorithm { None, Search, Match, Replace };

/// The qualified names of every algorithm of both libraries, for
/// `hasAnyName` in a matcher.
inline constexpr std::array<llvm::StringRef, 6> RegexAlgorithmNames = {
    "::std::regex_search",   "::std::regex_match",   "::std::regex_replace",
    "::boost::regex_search", "::boost::regex_match", "::boost::regex_replace"};

/// The library and algorithm \p F is (any overload), or {None, None}.
struct RegexFunction {
  RegexLibrary Library = RegexLibrary::None;
  RegexAlgorithm Algorithm = RegexAlgorithm::None;
};
RegexFunction classifyRegexFunction(const FunctionDecl *F);

/// The library whose `sub_match` \p T is (through references, cv and sugar).
RegexLibrary subMatchLibrary(QualType T);

/// The library whose `match_results` (std::smatch, boost::cmatch, ...) \p T is.
RegexLibrary matchResultsLibrary(QualType T);

/// The library whose `basic_regex` (std::regex, boost::wregex, ...) \p T is.
RegexLibrary regexLibrary(QualType T);

/// What a flags argument of a regex algorithm asks for.
enum class RegexFlags {
  Default,            ///< match_default / format_default, or no argument
  FormatOnly,         ///< only flags that shape the replacement text
  AffectsMatching,    ///< some flag changes what matches (match_not_bol, ...)
  DropsUnmatchedText, ///< format_no_copy: unmatched text is not copied
  Unknown             ///< anything else: a variable, a call, match_partial
};

/// Classifies \p Flags (an argument, possibly a CXXDefaultArgExpr) when it is
/// built from the library's named flags with `|`.
RegexFlags classifyRegexFlags(const Expr *Flags);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_REGEXAPI_H
