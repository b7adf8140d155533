//===--- StringSourceFix.cpp - replace an owning string by its source -----===//

#include "lib/StringSourceFix.h"

#include "lib/UserCodeParents.h"

#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::allochunt {

static bool isInMacro(SourceRange Range) {
  return Range.getBegin().isMacroID() || Range.getEnd().isMacroID();
}

// An operand that needs parentheses once it replaces a string in a binary
// operation (`std::string(c ? a : b) == s` becomes `(c ? a : b) == s`).
static bool needsParentheses(const Expr &Source) {
  const Expr *E = Source.IgnoreImpCasts();
  if (isa<BinaryOperator, AbstractConditionalOperator>(E))
    return true;
  if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(E))
    return Operator->getOperator() != OO_Call && Operator->getOperator() != OO_Subscript &&
           Operator->getOperator() != OO_Arrow;
  return false;
}

SourceReplacement chooseSourceReplacement(const NonOwningStringSource &Source,
                                          bool RawSourceFits, const LangOptions &LangOpts) {
  if (!Source.Explicit)
    return SourceReplacement::None;
  switch (Source.Kind) {
  case StringSourceKind::View:
    return SourceReplacement::Source;
  case StringSourceKind::Literal:
  case StringSourceKind::CharacterPointer:
    return RawSourceFits ? SourceReplacement::Source : SourceReplacement::View;
  case StringSourceKind::PointerAndLength:
    return SourceReplacement::View;
  case StringSourceKind::PointerPair:
    // std::basic_string_view(first, last) exists from C++20.
    return LangOpts.CPlusPlus20 ? SourceReplacement::View : SourceReplacement::None;
  }
  return SourceReplacement::None;
}

std::optional<FixItHint> sourceReplacementFix(const NonOwningStringSource &Source,
                                              SourceReplacement How, llvm::StringRef View,
                                              bool AsOperand, const ASTContext &Context) {
  if (How == SourceReplacement::None || View.empty() ||
      isInMacro(Source.String->getSourceRange()) || isInMacro(Source.Source->getSourceRange()) ||
      (Source.Second != nullptr && isInMacro(Source.Second->getSourceRange())))
    return std::nullopt;
  if (How == SourceReplacement::View) {
    if (Source.WrittenType.isNull() || isInMacro(Source.WrittenType.getSourceRange()))
      return std::nullopt;
    return FixItHint::CreateReplacement(
        CharSourceRange::getTokenRange(Source.WrittenType.getSourceRange()), View);
  }
  std::string Text =
      Lexer::getSourceText(CharSourceRange::getTokenRange(Source.Source->getSourceRange()),
                           Context.getSourceManager(), Context.getLangOpts())
          .str();
  if (AsOperand && needsParentheses(*Source.Source))
    Text = "(" + Text + ")";
  return FixItHint::CreateReplacement(
      CharSourceRange::getTokenRange(Source.String->getSourceRange()), Text);
}

std::optional<FixItHint> localAsViewFix(const VarDecl &Local, const NonOwningStringSource &Init,
                                        llvm::StringRef View, ASTContext &Context) {
  const TypeSourceInfo *Written = Local.getTypeSourceInfo();
  const auto *Function = dyn_cast_or_null<FunctionDecl>(Local.getParentFunctionOrMethod());
  if (View.empty() || Written == nullptr || Function == nullptr ||
      Local.getType()->getContainedAutoType() != nullptr)
    return std::nullopt;
  const SourceRange TypeRange = Written->getTypeLoc().getUnqualifiedLoc().getSourceRange();
  if (isInMacro(TypeRange) || !Context.getSourceManager().isInMainFile(TypeRange.getBegin()))
    return std::nullopt;
  if ((Local.getInitStyle() == VarDecl::CInit && Init.Explicit) ||
      (Init.Kind == StringSourceKind::PointerPair && !Context.getLangOpts().CPlusPlus20))
    return std::nullopt;
  const llvm::ArrayRef<DynTypedNode> Parents = userCodeParents(Context, Local);
  const auto *Statement = Parents.size() == 1 ? Parents[0].get<DeclStmt>() : nullptr;
  if (Statement == nullptr || !Statement->isSingleDecl() || !isStableViewSource(Init, *Function))
    return std::nullopt;
  return FixItHint::CreateReplacement(CharSourceRange::getTokenRange(TypeRange), View);
}

} // namespace clang::tidy::allochunt
