//===--- FastCheckPolicy.cpp - clangd runs the allochunt checks -----------===//
//
// clangd runs a clang-tidy check only if its name is on a list of checks it
// has timed as fast (Diagnostics.ClangTidy.FastCheckFilter, default Strict):
// checks it has never timed, such as ours, are silently dropped. The
// allochunt checks are built to be cheap (narrow matchers, bounded analysis),
// so allochunt-clangd declares them fast. The link wraps clangd's lookup
// (-Wl,--wrap, see CMakeLists.txt): calls from clangd's own code reach
// wrappedIsFastTidyCheck, which answers for allochunt-* and defers to the
// real list for every other check. A user can still drop a check with the
// usual `Diagnostics: ClangTidy: Remove:` or the .clang-tidy `Checks:` list.
//
//===----------------------------------------------------------------------===//

#include "llvm/ADT/StringRef.h"

#include <optional>

// clang::clangd::isFastTidyCheck(llvm::StringRef): the original, and our
// replacement under the names that the linker's --wrap gives them (so both
// must stay external).
// NOLINTNEXTLINE(misc-use-internal-linkage)
std::optional<bool> realIsFastTidyCheck(llvm::StringRef Check) __asm__(
    "__real__ZN5clang6clangd15isFastTidyCheckEN4llvm9StringRefE");
// NOLINTNEXTLINE(misc-use-internal-linkage)
std::optional<bool> wrappedIsFastTidyCheck(llvm::StringRef Check) __asm__(
    "__wrap__ZN5clang6clangd15isFastTidyCheckEN4llvm9StringRefE");

std::optional<bool> wrappedIsFastTidyCheck(llvm::StringRef Check) {
  if (Check.starts_with("allochunt-"))
    return true;
  return realIsFastTidyCheck(Check);
}
