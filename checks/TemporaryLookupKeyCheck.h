//===--- TemporaryLookupKeyCheck.h - allochunt-temporary-lookup-key -------===//

#ifndef ALLOCHUNT_CHECKS_TEMPORARYLOOKUPKEYCHECK_H
#define ALLOCHUNT_CHECKS_TEMPORARYLOOKUPKEYCHECK_H

#include "lib/Compat.h"

#include "lib/UserCodeScope.h"

#include "utils/IncludeInserter.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/MapVector.h"

#include <cstdint>
#include <string>
#include <vector>

namespace clang::tidy::allochunt {

enum class ContainerFamily : std::uint8_t;
struct StringRead;
struct NonOwningStringSource;

/// Finds owning strings built from a string literal, character pointer or
/// string view only to be looked up, searched for or compared, and passes
/// the non-owning source instead.
///
/// See docs/checks/temporary-lookup-key.md.
class TemporaryLookupKeyCheck : public ClangTidyCheck {
public:
  TemporaryLookupKeyCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus17;
  }
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  // Matchers run over user code only (lib/UserCodeScope).
  UserCodeMatchFinder UserCode{*this};
  /// One warning with its notes and fix-its, kept until it is known whether
  /// a non-instantiated copy of the same code reports it too.
  struct Finding {
    SourceLocation Loc;
    std::string Message;
    std::vector<FixItHint> Fixes;
    std::vector<std::pair<SourceLocation, std::string>> Notes;
  };

  void checkTemporary(const StringRead &Read, const NonOwningStringSource &Source,
                      ASTContext &Context);
  void checkNamedLocal(const VarDecl &Local, ASTContext &Context);
  bool fixContainerDeclaration(const DeclaratorDecl *Container, ContainerFamily Family,
                               bool InInstantiation, ASTContext &Context, Finding &F);
  bool fitsSmallStringBuffer(const NonOwningStringSource &Source,
                             const ASTContext &Context) const;
  void addStringViewInclude(SourceLocation Loc, const ASTContext &Context, Finding &F);
  void report(Finding F, bool InTemplateInstantiation);

  const std::string StringTypesOption;
  const std::vector<StringRef> StringTypes;
  const unsigned SmallStringCapacity;
  const bool FixContainerDeclarations;
  utils::IncludeInserter Inserter;

  llvm::DenseSet<SourceLocation> Reported;
  llvm::MapVector<SourceLocation, Finding> PendingFromInstantiations;
  llvm::DenseSet<const VarDecl *> AnalyzedLocals;
  llvm::DenseSet<const Decl *> FixedContainerDeclarations;
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_CHECKS_TEMPORARYLOOKUPKEYCHECK_H
