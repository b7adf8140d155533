//===--- StringTypes.h - owning strings and string views ------------------===//
//
// Recognises the standard string types through every spelling (aliases such
// as std::string and std::pmr::string, typedefs, cv-qualifiers, references)
// by looking at the canonical class template specialization. It does not try
// to recognise third-party string classes unless their names are configured.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_STRINGTYPES_H
#define ALLOCHUNT_LIB_STRINGTYPES_H

#include "clang/AST/Type.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace clang::tidy::allochunt {

/// The default value of the `StringTypes` options: every std::basic_string.
inline constexpr llvm::StringLiteral DefaultOwningStringTypes = "::std::basic_string";

/// True when \p T (after references, cv-qualifiers and sugar) is a class
/// whose template or class name is one of \p QualifiedNames
/// (e.g. "::std::basic_string"; a leading "::" is optional).
bool isOwningStringType(QualType T, llvm::ArrayRef<llvm::StringRef> QualifiedNames);

/// isOwningStringType with the default: any std::basic_string specialization.
bool isOwningStringType(QualType T);

/// True when \p T is a std::basic_string_view specialization.
bool isStringViewType(QualType T);

/// True when \p T is a pointer to (possibly const) character type, or an
/// array of character type: what a string literal or C string is.
bool isCharacterPointerOrArray(QualType T);

/// The standard view type for the owning string \p T, spelled as a user
/// would ("std::string_view", "std::wstring_view", "std::u8string_view",
/// ...), or an empty string when there is none (custom char traits, or \p T
/// is not a std::basic_string).
std::string stringViewSpelling(QualType T);

/// How a message names the string or view type \p T: the std:: alias a
/// user writes ("std::string", "std::pmr::wstring", "std::u8string_view"),
/// or the canonical type as printed when there is none. It ignores sugar,
/// so it prints the same on every LLVM version.
std::string stringTypeSpelling(QualType T);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_STRINGTYPES_H
