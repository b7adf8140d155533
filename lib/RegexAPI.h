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
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/StringRef.h"

#include <array>
#include <optional>

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

/// The text of a std::sub_match copied into a new string.
struct SubMatchCopy {
  /// The expression that yields the string, as written: the `str()` call,
  /// the explicit cast around a conversion (`std::string(m[1])`), or the
  /// conversion call itself when it is implicit.
  const Expr *Copy;
  /// The `str()` call or the conversion operator call.
  const CXXMemberCallExpr *Call;
  /// The sub_match or match_results it reads (a pointer to one after `->`).
  const Expr *Object;
  /// The std::sub_match specialization whose text is copied.
  QualType SubMatch;
};

/// Recognises \p E (implicit nodes skipped) as `sm.str()`, `m.str(n)`,
/// `it->str()`, or a conversion of a std::sub_match to a string (explicit,
/// as in `std::string(m[1])`, or implicit). Boost's are not recognised: its
/// sub_match comparisons copy anyway.
std::optional<SubMatchCopy> findSubMatchCopy(const Expr &E);

/// Whether a std::sub_match can stand where a copy of it stands.
enum class SubMatchComparison {
  Supported,   ///< a sub_match overload takes \p Other as it is
  StringView,  ///< \p Other is a string_view: no overload takes one
  Unsupported, ///< anything else (other types, other sub_match kinds)
};

/// Whether comparing \p SubMatch (a std::sub_match type) with \p Other
/// compiles and means what comparing its copy did: with a comparison
/// operator, or, when \p AsCompareArgument, as `sub_match::compare(Other)`.
/// \p Other may itself be a copy of a sub_match of the same type (the copy
/// is then expected to go too).
SubMatchComparison subMatchComparisonWith(QualType SubMatch, const Expr &Other,
                                          bool AsCompareArgument);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_REGEXAPI_H
