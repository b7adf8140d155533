//===--- StringSourceFix.h - replace an owning string by its source -------===//
//
// Builds the edit that removes an owning string made from a non-owning
// source: either the source itself takes its place (`std::string(sv)` ->
// `sv`, `std::string(p)` -> `p`), or a view with the same arguments does
// (`std::string(p, n)` -> `std::string_view(p, n)`). Whether the consumer of
// the string accepts the result is the caller's question; this unit only
// knows which replacement each source allows and how to write it.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_STRINGSOURCEFIX_H
#define ALLOCHUNT_LIB_STRINGSOURCEFIX_H

#include "lib/NonOwningStringSource.h"

#include "clang/AST/ASTContext.h"
#include "clang/Basic/Diagnostic.h"

#include <cstdint>
#include <optional>

namespace clang::tidy::allochunt {

/// What takes the place of the owning string.
enum class SourceReplacement : std::uint8_t {
  None,   ///< nothing can: no fix-it
  Source, ///< the source as written
  View,   ///< a view spelled where the string type was spelled
};

/// The replacement for an explicit construction \p Source whose consumer
/// accepts a raw character pointer (\p RawSourceFits) or only a string or
/// view object. A view source is always passed itself; two pointers make a
/// view only from C++20. Implicit constructions have nothing to replace.
SourceReplacement chooseSourceReplacement(const NonOwningStringSource &Source,
                                          bool RawSourceFits, const LangOptions &LangOpts);

/// The edit for \p How, with \p View the view type's spelling; std::nullopt
/// when part of the code comes from a macro or \p View is empty. With
/// \p AsOperand the source becomes an operand of a binary operator and is
/// parenthesised when it needs to be (`(c ? a : b) == s`).
std::optional<FixItHint> sourceReplacementFix(const NonOwningStringSource &Source,
                                              SourceReplacement How, llvm::StringRef View,
                                              bool AsOperand, const ASTContext &Context);

/// The edit that declares \p Local, a local string initialised from
/// \p Init, as the view type \p View instead; std::nullopt unless the type
/// is spelled (not `auto`) in the main file outside macros, \p Local is alone
/// in its declaration, it is initialised directly (`std::string k(sv)`,
/// `k{p, n}`, `k = p`; not `k = std::string(sv)`, whose view would outlive
/// the temporary) and the characters cannot change or die while it is in use
/// (isStableViewSource). Whether every use accepts a view is the caller's
/// question.
std::optional<FixItHint> localAsViewFix(const VarDecl &Local, const NonOwningStringSource &Init,
                                        llvm::StringRef View, ASTContext &Context);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_STRINGSOURCEFIX_H
