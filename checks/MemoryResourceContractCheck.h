//===--- MemoryResourceContractCheck.h - allochunt-memory-resource-contract ===//

#ifndef ALLOCHUNT_CHECKS_MEMORYRESOURCECONTRACTCHECK_H
#define ALLOCHUNT_CHECKS_MEMORYRESOURCECONTRACTCHECK_H

#include "lib/Compat.h"

#include "lib/UserCodeScope.h"

#include "ClangTidyCheck.h"

namespace clang::tidy::allochunt {

/// Flags memory resources and allocators that break the allocator contract:
/// a `do_allocate` that ignores the alignment, a `do_deallocate` that frees
/// through another family than `do_allocate` allocates from, and equality
/// that calls memory interchangeable when it is not.
class MemoryResourceContractCheck : public ClangTidyCheck {
public:
  MemoryResourceContractCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  // Matchers run over user code only (lib/UserCodeScope).
  UserCodeMatchFinder UserCode{*this};
  void checkAllocate(const CXXMethodDecl &Allocate, ASTContext &Ctx);
  void checkDeallocate(const CXXMethodDecl &Deallocate, ASTContext &Ctx);
  void checkIsEqual(const CXXMethodDecl &IsEqual, ASTContext &Ctx);
  void checkAllocatorEquality(const FunctionDecl &Equality);

  const std::string RawMemoryResourceBases;
  const std::vector<std::string> MemoryResourceBases;
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_CHECKS_MEMORYRESOURCECONTRACTCHECK_H
