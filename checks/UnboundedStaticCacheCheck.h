//===--- UnboundedStaticCacheCheck.h - allochunt-unbounded-static-cache ---===//

#ifndef ALLOCHUNT_CHECKS_UNBOUNDEDSTATICCACHECHECK_H
#define ALLOCHUNT_CHECKS_UNBOUNDEDSTATICCACHECHECK_H

#include "lib/Compat.h"

#include "lib/UserCodeScope.h"

#include "ClangTidyCheck.h"

#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace clang::tidy::allochunt {

/// Flags a static or thread_local container that its translation unit only
/// ever inserts into: it grows for as long as the process (or thread) lives.
class UnboundedStaticCacheCheck : public ClangTidyCheck {
public:
  UnboundedStaticCacheCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  // Matchers run over user code only (lib/UserCodeScope).
  UserCodeMatchFinder UserCode{*this};
  /// What the translation unit does with one container.
  struct Uses {
    llvm::SmallVector<std::pair<const Expr *, const Decl *>, 4> Insertions;
    llvm::SmallPtrSet<const Decl *, 2> EmptinessTestedIn;
    bool Bounded = false; ///< erased, cleared, reset, size-compared, escapes
  };
  void recordInsertion(const VarDecl &Container, const Expr &Insertion,
                       ASTContext &Ctx);
  void recordSizeRead(const VarDecl &Container, const Expr &Read,
                      bool ReadsEmptiness, ASTContext &Ctx);
  void recordArguments(const VarDecl &Container, const Expr &Call);

  const std::string RawCacheTypes;
  const std::vector<std::string> CacheTypes;
  llvm::MapVector<const VarDecl *, Uses> Containers;
  const SourceManager *Sources = nullptr;
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_CHECKS_UNBOUNDEDSTATICCACHECHECK_H
