//===--- AllocHuntModule.cpp - the allochunt-* clang-tidy module ---------===//
//
// Registers every AllocHunt check, sorted by name. scripts/check_registry.py
// reads this list and verifies that each check has its source pair, its lit
// test, its doc page and its docs/index.md entry.
//
//===----------------------------------------------------------------------===//

#include "checks/PerCallConstantCheck.h"
#include "lib/Compat.h"

namespace clang::tidy::allochunt {

namespace {

class AllocHuntModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &CheckFactories) override {
    // BEGIN CHECK LIST
    CheckFactories.registerCheck<PerCallConstantCheck>(
        "allochunt-per-call-constant");
    // END CHECK LIST
    (void)CheckFactories;
  }
};

} // namespace

// Registers the module with clang-tidy's module registry when this library
// is loaded (as a plugin) or linked (into allochunt-tidy).
static ClangTidyModuleRegistry::Add<AllocHuntModule>
    AllocHuntModuleRegistration("allochunt-module",
                                "Checks for hidden heap allocations.");

} // namespace clang::tidy::allochunt

// Referenced by tool/allochunt-tidy so the linker keeps this module.
// NOLINTNEXTLINE(misc-use-internal-linkage)
volatile int AllocHuntModuleAnchorSource = 0;
