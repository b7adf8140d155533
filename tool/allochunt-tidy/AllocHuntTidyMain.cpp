//===--- AllocHuntTidyMain.cpp - clang-tidy with allochunt built in ------===//
//
// Exactly clang-tidy (every flag and upstream check), plus the allochunt-*
// module, which is linked in as objects and registers itself. The upstream
// modules come with clangTidyMain, whose ClangTidyMain.cpp force-links them.
//
//===----------------------------------------------------------------------===//

#include "tool/ClangTidyMain.h"

#include "../AllocHuntVersion.h"

// Defined in checks/AllocHuntModule.cpp; referencing it keeps the module.
extern volatile int AllocHuntModuleAnchorSource;

int main(int argc, const char **argv) {
  (void)AllocHuntModuleAnchorSource;
  allochunt::printVersionIfAsked(argc, argv);
  return clang::tidy::clangTidyMain(argc, argv);
}
