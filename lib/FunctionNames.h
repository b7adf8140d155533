//===--- FunctionNames.h - names a new local variable must avoid ----------===//
//
// Collects every identifier a function declares (parameters, locals, lambda
// parameters, local types) or refers to (variables, functions, members,
// types, unresolved names in templates), so a fix-it can introduce a local
// variable whose name neither clashes with a declaration in any of the
// function's scopes nor hides something the function uses. It does not know
// the names of macros: callers that care ask the preprocessor.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_FUNCTIONNAMES_H
#define ALLOCHUNT_LIB_FUNCTIONNAMES_H

#include "clang/AST/Decl.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringSet.h"

#include <string>

namespace clang::tidy::allochunt {

/// The identifiers declared in or used by one function.
class FunctionNames {
public:
  explicit FunctionNames(const FunctionDecl &Function);

  bool contains(llvm::StringRef Name) const { return Names.contains(Name); }

  /// \p Base, or \p Base followed by 2, 3, ... : the first candidate the
  /// function neither declares nor uses and \p IsTaken rejects; empty when
  /// none of the first hundred is free.
  std::string
  freshName(llvm::StringRef Base,
            llvm::function_ref<bool(llvm::StringRef)> IsTaken) const;

private:
  llvm::StringSet<> Names;
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_FUNCTIONNAMES_H
