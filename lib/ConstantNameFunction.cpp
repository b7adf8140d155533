//===--- ConstantNameFunction.cpp - a function that returns a constant name ===//

#include "lib/ConstantNameFunction.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <cstdint>

namespace clang::tidy::allochunt {

std::optional<std::string> comparedLiteralText(const Expr *E) {
  if (E == nullptr)
    return std::nullopt;
  const auto *Literal =
      dyn_cast<StringLiteral>(E->IgnoreUnlessSpelledInSource()->IgnoreParens());
  if (Literal == nullptr)
    return std::nullopt;
  std::string Text;
  for (unsigned I = 0; I < Literal->getLength(); ++I) {
    const uint32_t Unit = Literal->getCodeUnit(I);
    if (Unit == 0)
      break;
    if (Unit > 127)
      return std::nullopt;
    Text += static_cast<char>(Unit);
  }
  return Text;
}

namespace {
// Collects the return statements of one function body, not of the lambdas,
// blocks or local classes in it (which make the function unrecognised).
class ReturnCollector {
public:
  explicit ReturnCollector(const ParmVarDecl *Param) : Param(Param) {}

  bool collect(const Stmt *S) {
    if (S == nullptr)
      return true;
    if (isa<LambdaExpr, BlockExpr, CoreturnStmt>(S))
      return false;
    if (const auto *Decls = dyn_cast<DeclStmt>(S))
      if (llvm::any_of(Decls->decls(),
                       [](const Decl *D) { return isa<TagDecl>(D); }))
        return false;
    if (const auto *Return = dyn_cast<ReturnStmt>(S)) {
      Returns.push_back(
          {comparedLiteralText(Return->getRetValue()), labelsOf(Return)});
      return true;
    }
    if (const auto *Switch = dyn_cast<SwitchStmt>(S))
      noteSwitch(*Switch);
    return llvm::all_of(S->children(),
                        [this](const Stmt *Child) { return collect(Child); });
  }

  llvm::SmallVector<NameReturn, 8> Returns;

private:
  // For a switch over the parameter whose body is a compound statement: the
  // labels leading straight to each return directly under them, when the
  // statement before cannot fall through into them.
  void noteSwitch(const SwitchStmt &Switch) {
    const auto *Condition =
        dyn_cast<DeclRefExpr>(Switch.getCond()->IgnoreParenImpCasts());
    const auto *Body = dyn_cast_or_null<CompoundStmt>(Switch.getBody());
    if (Param == nullptr || Condition == nullptr || Condition->getDecl() != Param ||
        Switch.getInit() != nullptr || Switch.getConditionVariable() != nullptr ||
        Body == nullptr)
      return;
    const Stmt *Previous = nullptr;
    for (const Stmt *Statement : Body->body()) {
      const bool Reachable = Previous != nullptr && !isa<ReturnStmt, BreakStmt>(
                                                        innermostSub(Previous));
      Previous = Statement;
      llvm::SmallVector<const EnumConstantDecl *, 1> Labels;
      const Stmt *Sub = Statement;
      bool Default = false;
      while (isa<SwitchCase>(Sub)) {
        if (const auto *Case = dyn_cast<CaseStmt>(Sub)) {
          const auto *Label =
              dyn_cast<DeclRefExpr>(Case->getLHS()->IgnoreParenImpCasts());
          const auto *Enumerator =
              Label != nullptr ? dyn_cast<EnumConstantDecl>(Label->getDecl()) : nullptr;
          if (Enumerator == nullptr || Case->caseStmtIsGNURange())
            Default = true; // Not one enumerator: treat like default.
          else
            Labels.push_back(Enumerator);
        } else {
          Default = true;
        }
        Sub = cast<SwitchCase>(Sub)->getSubStmt();
      }
      if (const auto *Return = dyn_cast<ReturnStmt>(Sub);
          Return != nullptr && !Default && !Reachable && !Labels.empty())
        LabelsByReturn.push_back({Return, std::move(Labels)});
    }
  }

  static const Stmt *innermostSub(const Stmt *S) {
    while (const auto *Case = dyn_cast<SwitchCase>(S))
      S = Case->getSubStmt();
    return S;
  }

  llvm::SmallVector<const EnumConstantDecl *, 1> labelsOf(const ReturnStmt *Return) {
    for (const auto &[Labelled, Labels] : LabelsByReturn)
      if (Labelled == Return)
        return Labels;
    return {};
  }

  const ParmVarDecl *Param;
  llvm::SmallVector<
      std::pair<const ReturnStmt *, llvm::SmallVector<const EnumConstantDecl *, 1>>, 8>
      LabelsByReturn;
};
} // namespace

// `switch (param) { case E: return "..."; ... }` and at most one return
// after it, every case a return of its own.
static bool isPlainSwitch(const FunctionDecl &Definition) {
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Definition.getBody());
  if (Body == nullptr || Definition.getNumParams() != 1 ||
      !Definition.getParamDecl(0)->getType()->isEnumeralType() ||
      Body->size() == 0 || Body->size() > 2)
    return false;
  const auto *Switch = dyn_cast<SwitchStmt>(Body->body_front());
  if (Switch == nullptr || (Body->size() == 2 && !isa<ReturnStmt>(Body->body_back())))
    return false;
  const auto *Cases = dyn_cast_or_null<CompoundStmt>(Switch->getBody());
  const auto *Condition =
      dyn_cast<DeclRefExpr>(Switch->getCond()->IgnoreParenImpCasts());
  if (Cases == nullptr || Condition == nullptr ||
      Condition->getDecl() != Definition.getParamDecl(0) ||
      Switch->getInit() != nullptr || Switch->getConditionVariable() != nullptr)
    return false;
  return llvm::all_of(Cases->body(), [](const Stmt *Statement) {
    if (!isa<SwitchCase>(Statement))
      return false;
    while (const auto *Case = dyn_cast<SwitchCase>(Statement))
      Statement = Case->getSubStmt();
    return isa<ReturnStmt>(Statement);
  });
}

std::optional<ConstantNameFunction>
analyzeConstantNameFunction(const FunctionDecl &Callee) {
  const FunctionDecl *Definition = nullptr;
  if (!Callee.hasBody(Definition) || Definition == nullptr ||
      Definition->isDependentContext() ||
      Definition->getTemplateInstantiationPattern() != nullptr ||
      Definition->isTemplated())
    return std::nullopt;
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Definition);
      Method != nullptr && Method->isVirtual())
    return std::nullopt;
  const ParmVarDecl *Param =
      Definition->getNumParams() == 1 ? Definition->getParamDecl(0) : nullptr;
  ReturnCollector Collector(Param);
  if (!Collector.collect(Definition->getBody()) || Collector.Returns.empty())
    return std::nullopt;
  ConstantNameFunction Result;
  Result.Definition = Definition;
  Result.Returns = std::move(Collector.Returns);
  Result.OnlyLiterals = llvm::all_of(
      Result.Returns, [](const NameReturn &Return) { return Return.Text.has_value(); });
  Result.PlainSwitch = Result.OnlyLiterals && isPlainSwitch(*Definition);
  return Result;
}

const EnumConstantDecl *
ConstantNameFunction::enumeratorReturning(llvm::StringRef Text) const {
  const NameReturn *Found = nullptr;
  for (const NameReturn &Return : Returns) {
    if (!Return.Text || *Return.Text != Text)
      continue;
    if (Found != nullptr)
      return nullptr; // Returned twice: no single enumerator.
    Found = &Return;
  }
  return Found != nullptr && Found->Labels.size() == 1 ? Found->Labels.front()
                                                       : nullptr;
}

std::optional<std::string> enumeratorSpelling(const EnumConstantDecl &Enumerator) {
  const auto *Enum = dyn_cast<EnumDecl>(Enumerator.getDeclContext());
  if (Enum == nullptr || Enum->getIdentifier() == nullptr)
    return std::nullopt;
  llvm::SmallVector<llvm::StringRef, 4> Parts = {Enumerator.getName(),
                                                 Enum->getName()};
  for (const DeclContext *Context = Enum->getDeclContext();
       !Context->isTranslationUnit(); Context = Context->getParent()) {
    if (const auto *Namespace = dyn_cast<NamespaceDecl>(Context)) {
      if (Namespace->isAnonymousNamespace())
        return std::nullopt;
      if (!Namespace->isInline())
        Parts.push_back(Namespace->getName());
      continue;
    }
    if (isa<LinkageSpecDecl, ExportDecl>(Context))
      continue;
    const auto *Record = dyn_cast<CXXRecordDecl>(Context);
    if (Record == nullptr || Record->getIdentifier() == nullptr ||
        Record->isTemplated() || isa<ClassTemplateSpecializationDecl>(Record))
      return std::nullopt;
    Parts.push_back(Record->getName());
  }
  // Every class on the way must let the caller name what it holds.
  for (const Decl *D = Enum; !isa<TranslationUnitDecl>(D->getDeclContext());
       D = cast<Decl>(D->getDeclContext()))
    if (isa<CXXRecordDecl>(D->getDeclContext()) && D->getAccess() != AS_public)
      return std::nullopt;
  return llvm::join(llvm::reverse(Parts), "::");
}

} // namespace clang::tidy::allochunt
