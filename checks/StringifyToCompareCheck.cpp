//===--- StringifyToCompareCheck.cpp - allochunt-stringify-to-compare -----===//

#include "StringifyToCompareCheck.h"

#include "lib/FixItText.h"
#include "lib/QualifiedNameList.h"
#include "lib/RejectedCode.h"
#include "lib/StringProducers.h"
#include "lib/TemplateInstantiation.h"
#include "lib/TextReads.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringExtras.h"

#include <array>
#include <cstdint>
#include <limits>
#include <optional>

using namespace clang::ast_matchers;

namespace clang::tidy::allochunt {

static constexpr llvm::StringLiteral DefaultStringifyFunctions =
    "toString;to_string;str";

static constexpr std::array<StringProducerKind, 4> ComparedKinds = {
    StringProducerKind::NumberToString, StringProducerKind::StreamContents,
    StringProducerKind::Format, StringProducerKind::LexicalCast};

StringifyToCompareCheck::StringifyToCompareCheck(StringRef Name,
                                                 ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      StringifyFunctions(parseQualifiedNameList(
          Options.get("StringifyFunctions", DefaultStringifyFunctions),
          InvalidNames)),
      MeasuredElsewhere(
          Context->isCheckEnabled("allochunt-serialize-to-measure")) {
  for (const std::string &Invalid : InvalidNames)
    configurationDiag("invalid name '%0' in option '%1.StringifyFunctions': "
                      "expected an identifier, optionally qualified with '::'",
                      DiagnosticIDs::Error)
        << Invalid << Name;
}

void StringifyToCompareCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "StringifyFunctions",
                serializeQualifiedNameList(StringifyFunctions));
}

void StringifyToCompareCheck::registerMatchers(MatchFinder *Finder) {
  Finder = &UserCode.attach(*Finder);
  Finder->addMatcher(
      callExpr(mayBeStringProducer(ComparedKinds, {StringifyFunctions}),
           unless(isExpansionInSystemHeader()), unless(isInInstantiatedCode()))
          .bind("producer"),
      this);
}

// The text a string literal compares equal to as a `const CharT *`: up to its
// first NUL. Nothing for characters outside ASCII.
static std::optional<std::string> comparedText(const Expr *E) {
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

// An integer as std::to_string prints it: a sign and a magnitude.
namespace {
struct Decimal {
  bool Negative = false;
  uint64_t Magnitude = 0;
};
} // namespace

// The value of \p Text when it is exactly how std::to_string prints an
// integer: an optional '-' then digits, no leading zero, no "-0".
static std::optional<Decimal> canonicalDecimal(llvm::StringRef Text) {
  Decimal Value;
  Value.Negative = Text.consume_front("-");
  if (Text.empty() || !llvm::all_of(Text, llvm::isDigit) ||
      (Text[0] == '0' && (Text.size() > 1 || Value.Negative)) ||
      Text.getAsInteger(10, Value.Magnitude)) // Also fails on overflow.
    return std::nullopt;
  return Value;
}

static bool isRepresentable(const Decimal &Value, QualType T,
                            const ASTContext &Context) {
  const uint64_t Width = Context.getIntWidth(T);
  if (Width > 64)
    return true; // __int128: every 64-bit magnitude fits.
  if (!T->isSignedIntegerOrEnumerationType())
    return !Value.Negative &&
           (Width == 64 || Value.Magnitude <= (uint64_t{1} << Width) - 1);
  const uint64_t Limit = uint64_t{1} << (Width - 1); // |minimum|
  return Value.Negative ? Value.Magnitude <= Limit : Value.Magnitude < Limit;
}

// An integer literal for \p Value; nothing when no literal without a cast
// spells it (the most negative long long).
static std::optional<std::string> integerLiteralText(const Decimal &Value) {
  constexpr uint64_t LongLongMax = std::numeric_limits<int64_t>::max();
  const std::string Digits = std::to_string(Value.Magnitude);
  if (Value.Negative)
    return Value.Magnitude <= LongLongMax ? std::optional("-" + Digits)
                                          : std::nullopt;
  return Value.Magnitude <= LongLongMax ? Digits : Digits + "u";
}

static bool isCharacterLike(QualType T) {
  return T->isAnyCharacterType() ||
         T->isSpecificBuiltinType(BuiltinType::SChar) ||
         T->isSpecificBuiltinType(BuiltinType::UChar);
}

static bool isEquality(const TextRead &Read) {
  return Read.Kind == TextReadKind::Compared && Read.Member.empty() &&
         (Read.Operator == BO_EQ || Read.Operator == BO_NE);
}

// A function whose body switches over its enum parameter returning one
// literal per case: the enumerator that alone returns \p Text.
static const EnumConstantDecl *enumeratorSpelledAs(const FunctionDecl *Callee,
                                                   llvm::StringRef Text) {
  const FunctionDecl *Definition = nullptr;
  if (Callee->getNumParams() != 1 || !Callee->hasBody(Definition) ||
      !Callee->getParamDecl(0)->getType()->isEnumeralType())
    return nullptr;
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Definition->getBody());
  if (Body == nullptr)
    return nullptr;
  const EnumConstantDecl *Found = nullptr;
  for (const Stmt *Statement : Body->body()) {
    const auto *Switch = dyn_cast<SwitchStmt>(Statement);
    if (Switch == nullptr)
      continue;
    for (const SwitchCase *Case = Switch->getSwitchCaseList(); Case != nullptr;
         Case = Case->getNextSwitchCase()) {
      const auto *Labelled = dyn_cast<CaseStmt>(Case);
      if (Labelled == nullptr)
        continue;
      const auto *Label = dyn_cast<DeclRefExpr>(Labelled->getLHS()->IgnoreParenImpCasts());
      const Stmt *Sub = Labelled->getSubStmt();
      while (const auto *Next = dyn_cast<CaseStmt>(Sub))
        Sub = Next->getSubStmt();
      const auto *Return = dyn_cast<ReturnStmt>(Sub);
      if (Label == nullptr || Return == nullptr || Return->getRetValue() == nullptr)
        continue;
      const std::optional<std::string> Returned =
          comparedText(Return->getRetValue());
      if (!Returned || *Returned != Text)
        continue;
      const auto *Enumerator = dyn_cast<EnumConstantDecl>(Label->getDecl());
      if (Found != nullptr || Enumerator == nullptr)
        return nullptr; // Two enumerators spell it: no single answer.
      Found = Enumerator;
    }
  }
  return Found;
}

void StringifyToCompareCheck::check(const MatchFinder::MatchResult &Result) {
  if (isRejectedByCompiler(*Result.Context))
    return;
  ASTContext &Context = *Result.Context;
  const std::optional<StringProducer> Producer = classifyStringProducer(
      Result.Nodes.getNodeAs<Expr>("producer"), ComparedKinds,
      {StringifyFunctions});
  if (!Producer)
    return;
  const std::optional<TextRead> Read = findTextRead(Producer->Call, Context);
  if (!Read)
    return;
  const SourceLocation Location = Producer->Call->getExprLoc();
  const std::string Callee = qualifiedNameWithoutInlineNamespaces(Producer->Callee);

  if (Producer->Kind == StringProducerKind::StreamContents) {
    if (Read->Kind == TextReadKind::Measured && MeasuredElsewhere)
      return; // One diagnostic per site: allochunt-serialize-to-measure's.
    const std::optional<FixItHint> Fix = viewInsteadOfStr(*Producer, Context);
    {
      auto Diag = diag(Location, StreamContentsCopiedMessage)
                  << static_cast<int>(Read->Kind) << Fix.has_value();
      if (Fix)
        Diag << *Fix;
    }
    if (!Fix && !Context.getLangOpts().CPlusPlus20)
      diag(Location, StreamViewNote, DiagnosticIDs::Note);
    return;
  }

  // The others: only an equality comparison with a string literal.
  const std::optional<std::string> Text =
      isEquality(*Read) ? comparedText(Read->Other) : std::nullopt;
  if (!Text)
    return;
  const Expr *Source =
      Producer->Source != nullptr ? Producer->Source->IgnoreImpCasts() : nullptr;
  const QualType SourceType =
      Source != nullptr ? Source->getType().getCanonicalType() : QualType();
  const std::optional<Decimal> Value = canonicalDecimal(*Text);

  if (Producer->Kind == StringProducerKind::NumberToString) {
    const bool Integral = SourceType->isIntegerType() && !SourceType->isBooleanType();
    const bool Spelled = Integral && Value && isRepresentable(*Value, SourceType, Context);
    const std::optional<std::string> Number =
        Spelled ? integerLiteralText(*Value) : std::nullopt;
    const SourceRange CallRange = Producer->Call->getSourceRange();
    const SourceRange LiteralRange = Read->Other->getSourceRange();
    {
      auto Diag = diag(Location, "'%0' allocates a string only to compare it "
                                 "with a literal; compare the number instead")
                  << Callee;
      if (Number && isEditableRange(CallRange) && isEditableRange(LiteralRange) &&
          isEditableRange(Source->getSourceRange()))
        Diag << FixItHint::CreateReplacement(
                    CallRange,
                    parenthesizedIf(needsParensAsOperand(Source, BO_EQ),
                                    sourceText(Source, Context)))
             << FixItHint::CreateReplacement(LiteralRange, *Number);
    }
    if (SourceType->isBooleanType())
      diag(Location, R"('%0' spells a 'bool' as "0" or "1"; test the 'bool' itself)",
           DiagnosticIDs::Note)
          << Callee;
    else if (SourceType->isRealFloatingType())
      diag(Location, "'%0' formats floating-point values with \"%%f\"; compare "
                     "with the number you mean, with a tolerance if needed",
           DiagnosticIDs::Note)
          << Callee;
    else if (Integral && !Spelled)
      diag(Location, "'%0' never produces \"%1\" from a value of type '%2'; the "
                     "comparison is always %select{false|true}3",
           DiagnosticIDs::Note)
          << Callee << *Text << SourceType.getAsString(Context.getPrintingPolicy())
          << (Read->Operator == BO_NE);
    return;
  }

  diag(Location, "'%0' allocates a string only to compare it with a literal")
      << Callee;
  if (Source == nullptr)
    return;
  // What the text stands for, when the check can tell.
  if (Producer->Kind == StringProducerKind::Configured) {
    if (const EnumConstantDecl *Enumerator =
            enumeratorSpelledAs(Producer->Callee, *Text))
      diag(Location, "compare '%0' with '%1' instead", DiagnosticIDs::Note)
          << sourceText(Source, Context) << Enumerator->getQualifiedNameAsString();
    return;
  }
  bool PlainDecimal = SourceType->isIntegerType() &&
                      !SourceType->isBooleanType() && !isCharacterLike(SourceType);
  if (Producer->Kind == StringProducerKind::Format) {
    const std::optional<std::string> FormatText =
        comparedText(Producer->Call->getArg(0));
    PlainDecimal = PlainDecimal && FormatText && *FormatText == "{}";
  }
  if (PlainDecimal && Value && isRepresentable(*Value, SourceType, Context))
    if (const std::optional<std::string> Number = integerLiteralText(*Value))
      diag(Location, "compare '%0' with %1 instead", DiagnosticIDs::Note)
          << sourceText(Source, Context) << *Number;
}

} // namespace clang::tidy::allochunt
