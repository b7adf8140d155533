//===--- QualifiedLookup.h - is a named function declared here? -----------===//
//
// A fix-it that calls `boost::algorithm::iequals` compiles only when the
// translation unit has declared it (its header is included). This finds the
// declaration a qualified name denotes, from the translation unit down
// through namespaces and classes, looking through inline namespaces (fmt::v10,
// absl::lts_*, std::__cxx11) as qualified lookup does. It does not model
// using-declarations or overload resolution.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_QUALIFIEDLOOKUP_H
#define ALLOCHUNT_LIB_QUALIFIEDLOOKUP_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/StringRef.h"

namespace clang::tidy::allochunt {

/// The first declaration of \p QualifiedName ("::ns::f" or "ns::f") in the
/// translation unit of \p Context, or null when it is not declared.
const NamedDecl *lookupQualifiedName(llvm::StringRef QualifiedName,
                                     const ASTContext &Context);

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_QUALIFIEDLOOKUP_H
