//===--- AllocHuntModule.cpp - the allochunt-* clang-tidy module ---------===//
//
// Registers every AllocHunt check, sorted by name. scripts/check_registry.py
// reads this list and verifies that each check has its source pair, its lit
// test, its doc page and its docs/index.md entry.
//
//===----------------------------------------------------------------------===//

#include "CaseInsensitiveCopyCheck.h"
#include "GlobalAllocatorContractCheck.h"
#include "LoopScratchAllocationCheck.h"
#include "MemoryResourceContractCheck.h"
#include "MismatchedAllocatorFamilyCheck.h"
#include "PerCallConstantCheck.h"
#include "RegexResultCopyCheck.h"
#include "SerializeToMeasureCheck.h"
#include "StringRoundTripCheck.h"
#include "StringViewParameterCheck.h"
#include "StringifyBeforeTypeTestCheck.h"
#include "StringifyToCompareCheck.h"
#include "TemporaryLookupKeyCheck.h"
#include "UnboundedStaticCacheCheck.h"
#include "UncheckedFloatToIntCheck.h"
#include "lib/Compat.h"

namespace clang::tidy::allochunt {

namespace {

class AllocHuntModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &CheckFactories) override {
    // BEGIN CHECK LIST
    CheckFactories.registerCheck<CaseInsensitiveCopyCheck>(
        "allochunt-case-insensitive-copy");
    CheckFactories.registerCheck<GlobalAllocatorContractCheck>(
        "allochunt-global-allocator-contract");
    CheckFactories.registerCheck<LoopScratchAllocationCheck>(
        "allochunt-loop-scratch-allocation");
    CheckFactories.registerCheck<MemoryResourceContractCheck>(
        "allochunt-memory-resource-contract");
    CheckFactories.registerCheck<MismatchedAllocatorFamilyCheck>(
        "allochunt-mismatched-allocator-family");
    CheckFactories.registerCheck<PerCallConstantCheck>(
        "allochunt-per-call-constant");
    CheckFactories.registerCheck<RegexResultCopyCheck>(
        "allochunt-regex-result-copy");
    CheckFactories.registerCheck<SerializeToMeasureCheck>(
        "allochunt-serialize-to-measure");
    CheckFactories.registerCheck<StringRoundTripCheck>(
        "allochunt-string-round-trip");
    CheckFactories.registerCheck<StringViewParameterCheck>(
        "allochunt-string-view-parameter");
    CheckFactories.registerCheck<StringifyBeforeTypeTestCheck>(
        "allochunt-stringify-before-type-test");
    CheckFactories.registerCheck<StringifyToCompareCheck>(
        "allochunt-stringify-to-compare");
    CheckFactories.registerCheck<TemporaryLookupKeyCheck>(
        "allochunt-temporary-lookup-key");
    CheckFactories.registerCheck<UnboundedStaticCacheCheck>(
        "allochunt-unbounded-static-cache");
    CheckFactories.registerCheck<UncheckedFloatToIntCheck>(
        "allochunt-unchecked-float-to-int");
    // END CHECK LIST
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
