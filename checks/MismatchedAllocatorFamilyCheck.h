//===--- MismatchedAllocatorFamilyCheck.h - allochunt-mismatched-allocator-family

#ifndef ALLOCHUNT_CHECKS_MISMATCHEDALLOCATORFAMILYCHECK_H
#define ALLOCHUNT_CHECKS_MISMATCHEDALLOCATORFAMILYCHECK_H

#include "lib/Compat.h"

#include "lib/AllocationFamily.h"
#include "lib/UserCodeScope.h"
#include "lib/VariableWrites.h"

#include "ClangTidyCheck.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

#include <memory>
#include <optional>
#include <vector>

namespace clang::tidy::allochunt {

/// Flags memory released by a function of another allocator family than the
/// one that allocated it (`malloc` and `delete`, `new[]` and `delete`, a
/// library's allocator and `free`, a smart pointer's default deleter owning
/// `malloc` memory), when the allocation and the release are both visible in
/// one function or in a constructor and the destructor of one class.
class MismatchedAllocatorFamilyCheck : public ClangTidyCheck {
public:
  MismatchedAllocatorFamilyCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void onStartOfTranslationUnit() override;

  /// Where the memory a pointer holds comes from.
  struct Origin {
    AllocatorCall Allocation;
    const Expr *Site;  ///< The allocating expression.
    bool SameFunction; ///< False for a member allocated in a constructor.
    bool Direct;       ///< The operand is the allocation itself.
  };

private:
  // Matchers run over user code only (lib/UserCodeScope).
  UserCodeMatchFinder UserCode{*this};
  LibraryAllocatorTable parseLibraryFamilies(StringRef Raw);
  void checkRelease(const Expr &Release, ASTContext &Ctx);
  void checkOwner(const Expr &Owner, ASTContext &Ctx);
  std::optional<Origin> originOf(const Expr &Operand, const Stmt &Use,
                                 ASTContext &Ctx);
  std::optional<Origin> localOrigin(const VarDecl &Var, const Stmt &Use,
                                    ASTContext &Ctx);
  std::optional<Origin> memberOrigin(const FieldDecl &Field, const Stmt &Use,
                                     ASTContext &Ctx);
  void noteAllocation(const Origin &Found);
  std::vector<FixItHint> freeDeleterFix(const CXXConstructExpr &Construct,
                                        ASTContext &Ctx);
  const VariableWrites &writesIn(const Decl &Function);
  bool firstReport(SourceLocation Loc);

  const std::string RawLibraryFamilies;
  const LibraryAllocatorTable Libraries;

  // Per translation unit.
  llvm::DenseMap<const Decl *, std::unique_ptr<VariableWrites>> Writes;
  llvm::DenseMap<const FieldDecl *, std::optional<Origin>> Members;
  llvm::DenseSet<SourceLocation> Reported;
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_CHECKS_MISMATCHEDALLOCATORFAMILYCHECK_H
