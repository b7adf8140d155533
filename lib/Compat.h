//===--- Compat.h - differences between the supported LLVM versions ------===//
//
// The only place that knows which LLVM major version AllocHunt is built against
// (19 and 22 are supported). Checks include this instead of the clang-tidy
// module headers and use these helpers instead of version-specific AST APIs.
// It deliberately covers only what the checks need, not every API change.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_COMPAT_H
#define ALLOCHUNT_LIB_COMPAT_H

#include "llvm/Config/llvm-config.h"

// LLVM 22 moved the registry into ClangTidyModule.h and deprecated the old
// header (it #warns when included).
#if LLVM_VERSION_MAJOR >= 22
#include "ClangTidyModule.h"
#else
#include "ClangTidyModule.h"
#include "ClangTidyModuleRegistry.h"
#endif

#include "clang/AST/Type.h"
#include "clang/AST/TypeLoc.h"

namespace clang::tidy::allochunt::compat {

/// The LLVM major version this build targets.
inline constexpr unsigned LLVMMajorVersion = LLVM_VERSION_MAJOR;

/// Removes the `ElaboratedType` wrapper that LLVM < 22 puts around a type
/// written with a qualifier or keyword (`std::string`, `struct S`); LLVM 22
/// has no such node, so there it returns \p T unchanged.
QualType stripElaborated(QualType T);

/// The TypeLoc counterpart of stripElaborated.
TypeLoc stripElaborated(TypeLoc TL);

} // namespace clang::tidy::allochunt::compat

#endif // ALLOCHUNT_LIB_COMPAT_H
