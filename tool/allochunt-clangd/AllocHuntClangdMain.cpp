//===--- AllocHuntClangdMain.cpp - clangd with allochunt built in ---------===//
//
// Exactly clangd (every flag, feature and upstream clang-tidy check) plus the
// allochunt-* module, linked in as objects so it registers itself: clangd
// cannot load clang-tidy plugins. With a .clang-tidy enabling allochunt-*,
// an editor shows the findings as you type and offers each fix-it as a quick
// fix. FastCheckPolicy.cpp keeps clangd from filtering the checks out.
//
//===----------------------------------------------------------------------===//

#include "../AllocHuntVersion.h"

// Debian's libclang-N-dev ships libclangdMain.a but not ClangdMain.h; this is
// the declaration that header holds (unchanged from LLVM 15 to 22).
namespace clang::clangd {
// NOLINTNEXTLINE(misc-use-internal-linkage): defined in libclangdMain.a.
int clangdMain(int Argc, char **Argv);
} // namespace clang::clangd

// Defined in checks/AllocHuntModule.cpp; referencing it keeps the module.
extern volatile int AllocHuntModuleAnchorSource;

int main(int argc, char **argv) {
  (void)AllocHuntModuleAnchorSource;
  allochunt::printVersionIfAsked(argc, argv);
  return clang::clangd::clangdMain(argc, argv);
}
