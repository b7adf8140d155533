//===--- StringProducers.h - a string made from a value -------------------===//
//
// Recognises calls that materialise a new owning string from some value:
// std::to_string, a string stream's str(), std::format and fmt::format,
// boost::lexical_cast<std::string>, case conversions, std::string
// concatenation, substr(), nlohmann::json::dump(), and functions a check's
// option names. Only calls returning an owning string by value count; it does
// not decide whether the string was needed (see lib/TextReads.h).
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_STRINGPRODUCERS_H
#define ALLOCHUNT_LIB_STRINGPRODUCERS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::allochunt {

enum class StringProducerKind : std::uint8_t {
  NumberToString, ///< std::to_string, std::to_wstring
  StreamContents, ///< str() of a std::basic_*stringstream or basic_stringbuf
  Format,         ///< std::format, fmt::format
  LexicalCast,    ///< boost::lexical_cast<std::basic_string<...>>
  CaseConversion, ///< boost::algorithm::to_{lower,upper}_copy, absl::AsciiStrTo*
  Concatenation,  ///< a std::basic_string operator+
  Substring,      ///< std::basic_string::substr
  Serialization,  ///< nlohmann::basic_json::dump
  Configured,     ///< a function named in the check's option
};

/// A call that returns a new owning string made from a value.
struct StringProducer {
  StringProducerKind Kind;
  const CallExpr *Call;     ///< the call as written
  const FunctionDecl *Callee;
  const Expr *Source;       ///< the value the text comes from (the first
                            ///< argument, or the object of a member), or null
};

/// Names of functions a check's option adds as producers of kind
/// \p Kind: a name containing "::" matches that qualified function (inline
/// namespaces ignored); a plain name matches any function or method so named
/// outside namespace std.
struct ConfiguredProducers {
  llvm::ArrayRef<std::string> Names;
  StringProducerKind Kind = StringProducerKind::Configured;
};

/// Classifies \p E (implicit nodes ignored) as one of \p Kinds, or nothing.
std::optional<StringProducer>
classifyStringProducer(const Expr *E, llvm::ArrayRef<StringProducerKind> Kinds,
                       const ConfiguredProducers &Configured = {});

/// A cheap pre-filter for registerMatchers: calls that may be producers of
/// \p Kinds (classifyStringProducer decides).
ast_matchers::StatementMatcher
mayBeStringProducer(llvm::ArrayRef<StringProducerKind> Kinds,
                    const ConfiguredProducers &Configured = {});

/// The case a case conversion converts to.
enum class LetterCase : std::uint8_t { Lower, Upper, Unknown };

/// What a CaseConversion producer's callee converts to, from its name
/// ("to_lower_copy", "AsciiStrToUpper", "toLower"); Unknown when the name
/// says neither or both.
LetterCase convertedCase(const FunctionDecl *Callee);

/// The warning for a StreamContents producer whose copy is only read (%0:
/// the TextReadKind, %1: whether view() is offered), and the note before
/// C++20. Shared so that the checks that report it say the same thing.
inline constexpr llvm::StringLiteral StreamContentsCopiedMessage =
    "'str()' copies the stream's contents into a new string only to "
    "%select{compare|search|measure}0 them%select{|; read them through "
    "'view()'}1";
inline constexpr llvm::StringLiteral StreamViewNote =
    "from C++20 on, 'view()' reads the contents without a copy";

/// For a StreamContents producer: the fix-it renaming `str` to `view`, which
/// reads the buffer without copying it (C++20, where the stream class
/// declares view()); nothing before C++20 or when the name is in a macro.
std::optional<FixItHint> viewInsteadOfStr(const StringProducer &Producer,
                                          const ASTContext &Context);

/// The qualified name of \p D without inline namespaces ("std::to_string").
std::string qualifiedNameWithoutInlineNamespaces(const NamedDecl *D);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_STRINGPRODUCERS_H
