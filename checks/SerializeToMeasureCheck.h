//===--- SerializeToMeasureCheck.h - allochunt-serialize-to-measure -------===//

#ifndef ALLOCHUNT_CHECKS_SERIALIZETOMEASURECHECK_H
#define ALLOCHUNT_CHECKS_SERIALIZETOMEASURECHECK_H

#include "ClangTidyCheck.h"
#include "lib/Compat.h"
#include "lib/QualifiedNameList.h"
#include "lib/UserCodeScope.h"

#include <string>
#include <vector>

namespace clang::tidy::allochunt {

/// Finds a whole string produced only to learn its size or whether it is empty.
///
/// `fmt::format(...).size()` becomes `fmt::formatted_size(...)` (and
/// `std::format` `std::formatted_size`); `(a + b).size()` becomes
/// `a.size() + b.size()`; a string stream's `str().size()` becomes
/// `view().size()` in C++20; `std::to_string`, `substr`, `nlohmann::json::dump`
/// and the producers in `MeasureFunctions` get a note naming the
/// allocation-free way.
class SerializeToMeasureCheck : public ClangTidyCheck {
public:
  SerializeToMeasureCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  // Matchers run over user code only (lib/UserCodeScope).
  UserCodeMatchFinder UserCode{*this};
  llvm::SmallVector<std::string, 1> InvalidEntries; // Reported by the constructor.
  const std::vector<QualifiedNamePair> MeasureFunctions;
  const std::vector<std::string> ConfiguredProducerNames;
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_CHECKS_SERIALIZETOMEASURECHECK_H
