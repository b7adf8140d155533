//===--- StringifyToCompareCheck.h - allochunt-stringify-to-compare -------===//

#ifndef ALLOCHUNT_CHECKS_STRINGIFYTOCOMPARECHECK_H
#define ALLOCHUNT_CHECKS_STRINGIFYTOCOMPARECHECK_H

#include "ClangTidyCheck.h"
#include "lib/Compat.h"
#include "lib/ConstantNameFunction.h"
#include "lib/StringProducers.h"
#include "lib/TextReads.h"
#include "lib/UserCodeScope.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

#include <optional>

#include <string>
#include <vector>

namespace clang::tidy::allochunt {

/// Finds a value converted to a new string only to compare or search the text.
///
/// `std::to_string(n) == "404"` becomes `n == 404`; a string stream's
/// `str()` that is only compared, searched or measured becomes `view()` in
/// C++20; `fmt::format`, `std::format`, `boost::lexical_cast<std::string>`
/// and the functions in `StringifyFunctions` compared with a literal get a
/// note saying what to compare instead where the check can tell. A function
/// of the translation unit that returns a string literal on every path is
/// recognised too: `name(kind) == "Active"` compares `kind` with the
/// enumerator whose case returns "Active", and the function is told to
/// return a view when a caller only reads or streams its result.
class StringifyToCompareCheck : public ClangTidyCheck {
public:
  StringifyToCompareCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void onStartOfTranslationUnit() override;

private:
  /// The analysis of \p Callee's returns, once per function.
  const ConstantNameFunction *namesReturnedBy(const FunctionDecl &Callee);
  /// The callee of \p Call when it is a user function returning only
  /// string literals as an owning string.
  const ConstantNameFunction *constantNameCallee(const CallExpr &Call,
                                                 const ASTContext &Context);
  void checkStreamContents(const StringProducer &Producer, const TextRead &Read,
                           const ASTContext &Context);
  void checkConstantName(const CallExpr &Call, const ConstantNameFunction &Names,
                         ASTContext &Context);

  // Matchers run over user code only (lib/UserCodeScope).
  UserCodeMatchFinder UserCode{*this};
  llvm::SmallVector<std::string, 1> InvalidNames; // Reported by the constructor.
  const std::vector<std::string> StringifyFunctions;
  /// allochunt-serialize-to-measure reports `str().size()` when enabled.
  const bool MeasuredElsewhere;
  llvm::DenseMap<const FunctionDecl *, std::optional<ConstantNameFunction>>
      AnalyzedFunctions;
  llvm::DenseSet<const FunctionDecl *> ReportedFunctions; ///< Told once each.
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_CHECKS_STRINGIFYTOCOMPARECHECK_H
