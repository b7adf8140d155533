//===--- LoopScratchAllocationCheck.h - allochunt-loop-scratch-allocation -===//

#ifndef ALLOCHUNT_CHECKS_LOOPSCRATCHALLOCATIONCHECK_H
#define ALLOCHUNT_CHECKS_LOOPSCRATCHALLOCATIONCHECK_H

#include "lib/Compat.h"

#include "lib/UserCodeScope.h"

#include "ClangTidyCheck.h"

namespace clang::tidy::allochunt {

/// A string, vector or other allocating container declared in a loop body
/// and filled there is built and freed on every iteration, where one object
/// declared before the loop and cleared would keep its capacity.
///
/// See docs/checks/loop-scratch-allocation.md.
class LoopScratchAllocationCheck : public ClangTidyCheck {
public:
  LoopScratchAllocationCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus11;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  // Matchers run over user code only (lib/UserCodeScope).
  UserCodeMatchFinder UserCode{*this};

  const unsigned MinIterations;
  const unsigned SmallStringCapacity;
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_CHECKS_LOOPSCRATCHALLOCATIONCHECK_H
