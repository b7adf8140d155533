//===--- StringifyToCompareCheck.cpp - allochunt-stringify-to-compare -----===//

#include "StringifyToCompareCheck.h"

#include "lib/ConstantNameFunction.h"
#include "lib/FixItText.h"
#include "lib/QualifiedNameList.h"
#include "lib/RejectedCode.h"
#include "lib/StringProducers.h"
#include "lib/StringTypes.h"
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

namespace {
AST_MATCHER(FunctionDecl, returnsOwningString) {
  (void)Finder;
  (void)Builder;
  return isOwningStringType(Node.getReturnType());
}
} // namespace

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
      callExpr(anyOf(mayBeStringProducer(ComparedKinds, {StringifyFunctions}),
                     callee(functionDecl(returnsOwningString()))),
               unless(isExpansionInSystemHeader()), unless(isInInstantiatedCode()))
          .bind("producer"),
      this);
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

// A call the built-in producer kinds recognise (std::to_string...).
static bool isStandardProducer(const CallExpr &Call) {
  return classifyStringProducer(&Call, ComparedKinds).has_value();
}

static bool isEquality(const TextRead &Read) {
  return Read.Kind == TextReadKind::Compared && Read.Member.empty() &&
         (Read.Operator == BO_EQ || Read.Operator == BO_NE);
}

void StringifyToCompareCheck::onStartOfTranslationUnit() {
  AnalyzedFunctions.clear();
  ReportedFunctions.clear();
}

const ConstantNameFunction *
StringifyToCompareCheck::namesReturnedBy(const FunctionDecl &Callee) {
  const FunctionDecl *Key = Callee.getCanonicalDecl();
  auto Found = AnalyzedFunctions.find(Key);
  if (Found == AnalyzedFunctions.end())
    Found = AnalyzedFunctions.try_emplace(Key, analyzeConstantNameFunction(Callee))
                .first;
  return Found->second ? &*Found->second : nullptr;
}

const ConstantNameFunction *
StringifyToCompareCheck::constantNameCallee(const CallExpr &Call,
                                            const ASTContext &Context) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (Callee == nullptr || !Call.isPRValue() || !isOwningStringType(Call.getType()) ||
      !Callee->isDefined() ||
      Context.getSourceManager().isInSystemHeader(
          Callee->getDefinition()->getLocation()) ||
      isStandardProducer(Call))
    return nullptr;
  const ConstantNameFunction *Names = namesReturnedBy(*Callee);
  return Names != nullptr && Names->OnlyLiterals ? Names : nullptr;
}

// How messages name an enumerator: as the caller would write it, else as
// clang prints it.
static std::string enumeratorName(const EnumConstantDecl &Enumerator) {
  if (std::optional<std::string> Spelled = enumeratorSpelling(Enumerator))
    return *Spelled;
  return Enumerator.getQualifiedNameAsString();
}

// The enumeration argument of a call to a function of one enum parameter,
// when the argument has that very type.
static const Expr *enumArgument(const CallExpr &Call, const FunctionDecl &Callee) {
  if (isa<CXXOperatorCallExpr>(Call) || Callee.getNumParams() != 1 ||
      Call.getNumArgs() != 1)
    return nullptr;
  const QualType Param =
      Callee.getParamDecl(0)->getType().getNonReferenceType().getCanonicalType();
  const Expr *Argument = Call.getArg(0)->IgnoreImpCasts();
  if (!Param->isEnumeralType() ||
      Argument->getType().getCanonicalType().getUnqualifiedType() !=
          Param.getUnqualifiedType())
    return nullptr;
  return Argument;
}

void StringifyToCompareCheck::checkConstantName(const CallExpr &Call,
                                                const ConstantNameFunction &Names,
                                                ASTContext &Context) {
  const std::optional<TextRead> Read = findTextRead(&Call, Context);
  const bool Streamed = !Read && isStreamedOut(&Call, Context);
  if (!Read && !Streamed)
    return;
  const FunctionDecl &Function = *Names.Definition;
  const std::string Name = qualifiedNameWithoutInlineNamespaces(&Function);
  const std::string View = Context.getLangOpts().CPlusPlus17
                               ? stringViewSpelling(Function.getReturnType())
                               : std::string();
  // The function itself, once: a view of the literal is all it needs.
  if (!View.empty() && ReportedFunctions.insert(&Function).second) {
    diag(Function.getLocation(),
         "'%0' returns a string literal on every path, copied into a new "
         "'%1' on each call; a caller only %select{reads|streams}2 the copy")
        << Name << stringTypeSpelling(Function.getReturnType()) << Streamed;
    diag(Function.getReturnTypeSourceRange().getBegin(),
         "return '%0' instead: the literals outlive every call",
         DiagnosticIDs::Note)
        << View;
    // Only a caller in the function's own file: a note in the main file would
    // show a header's warning that -header-filter hides.
    const SourceManager &Sources = Context.getSourceManager();
    if (Sources.getFileID(Sources.getExpansionLoc(Call.getExprLoc())) ==
        Sources.getFileID(Sources.getExpansionLoc(Function.getLocation())))
      diag(Call.getExprLoc(), "the copy is only %select{read|streamed}0 here",
           DiagnosticIDs::Note)
          << Streamed;
  }
  if (!Read || !isEquality(*Read))
    return;
  const std::optional<std::string> Text = comparedLiteralText(Read->Other);
  if (!Text)
    return;
  const FunctionDecl &Callee = *Call.getDirectCallee();
  const Expr *Argument = enumArgument(Call, Callee);
  const EnumConstantDecl *Enumerator =
      Argument != nullptr ? Names.enumeratorReturning(*Text) : nullptr;
  const auto *Enum = Argument != nullptr
                         ? Argument->getType()->getAs<EnumType>()
                         : nullptr;
  if (Enumerator != nullptr &&
      (Enum == nullptr || cast<Decl>(Enumerator->getDeclContext())->getCanonicalDecl() !=
                              Enum->getDecl()->getCanonicalDecl()))
    Enumerator = nullptr; // A label of another enumeration.
  const SourceLocation Location = Call.getExprLoc();
  {
    auto Diag = diag(Location, "'%0' allocates a string only to compare it "
                               "with a literal%select{|; compare '%2' with "
                               "'%3' instead}1")
                << Name << (Enumerator != nullptr)
                << (Argument != nullptr ? sourceText(Argument, Context) : "")
                << (Enumerator != nullptr ? enumeratorName(*Enumerator) : "");
    const std::optional<std::string> Spelled =
        Enumerator != nullptr ? enumeratorSpelling(*Enumerator) : std::nullopt;
    const SourceRange CallRange = Call.getSourceRange();
    const SourceRange LiteralRange = Read->Other->getSourceRange();
    if (Spelled && Names.PlainSwitch && !isa<CXXMemberCallExpr>(Call) &&
        !Argument->HasSideEffects(Context) && isEditableStmt(&Call) &&
        isEditableRange(LiteralRange))
      Diag << FixItHint::CreateReplacement(
                  CallRange,
                  parenthesizedIf(needsParensAsOperand(Argument, BO_EQ),
                                  sourceText(Argument, Context)))
           << FixItHint::CreateReplacement(LiteralRange, *Spelled);
  }
  if (!View.empty())
    diag(Function.getLocation(), "'%0' returns only string literals; it could "
                                 "return '%1'",
         DiagnosticIDs::Note)
        << Name << View;
}

void StringifyToCompareCheck::checkStreamContents(const StringProducer &Producer,
                                                  const TextRead &Read,
                                                  const ASTContext &Context) {
  if (Read.Kind == TextReadKind::Measured && MeasuredElsewhere)
    return; // One diagnostic per site: allochunt-serialize-to-measure's.
  const SourceLocation Location = Producer.Call->getExprLoc();
  const std::optional<FixItHint> Fix = viewInsteadOfStr(Producer, Context);
  {
    auto Diag = diag(Location, StreamContentsCopiedMessage)
                << static_cast<int>(Read.Kind) << Fix.has_value();
    if (Fix)
      Diag << *Fix;
  }
  if (!Fix && !Context.getLangOpts().CPlusPlus20)
    diag(Location, StreamViewNote, DiagnosticIDs::Note);
}

void StringifyToCompareCheck::check(const MatchFinder::MatchResult &Result) {
  if (isRejectedByCompiler(*Result.Context))
    return;
  ASTContext &Context = *Result.Context;
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("producer");
  if (const ConstantNameFunction *Names = constantNameCallee(*Call, Context)) {
    checkConstantName(*Call, *Names, Context);
    return;
  }
  const std::optional<StringProducer> Producer = classifyStringProducer(
      Call, ComparedKinds, {StringifyFunctions});
  if (!Producer)
    return;
  const std::optional<TextRead> Read = findTextRead(Producer->Call, Context);
  if (!Read)
    return;
  const SourceLocation Location = Producer->Call->getExprLoc();
  const std::string Callee = qualifiedNameWithoutInlineNamespaces(Producer->Callee);

  if (Producer->Kind == StringProducerKind::StreamContents) {
    checkStreamContents(*Producer, *Read, Context);
    return;
  }

  // The others: only an equality comparison with a string literal.
  const std::optional<std::string> Text =
      isEquality(*Read) ? comparedLiteralText(Read->Other) : std::nullopt;
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
      if (Number && isEditableStmt(Producer->Call) && isEditableRange(LiteralRange))
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
    const ConstantNameFunction *Names = namesReturnedBy(*Producer->Callee);
    if (const EnumConstantDecl *Enumerator =
            Names != nullptr ? Names->enumeratorReturning(*Text) : nullptr)
      diag(Location, "compare '%0' with '%1' instead", DiagnosticIDs::Note)
          << sourceText(Source, Context) << enumeratorName(*Enumerator);
    return;
  }
  bool PlainDecimal = SourceType->isIntegerType() &&
                      !SourceType->isBooleanType() && !isCharacterLike(SourceType);
  if (Producer->Kind == StringProducerKind::Format) {
    const std::optional<std::string> FormatText =
        comparedLiteralText(Producer->Call->getArg(0));
    PlainDecimal = PlainDecimal && FormatText && *FormatText == "{}";
  }
  if (PlainDecimal && Value && isRepresentable(*Value, SourceType, Context))
    if (const std::optional<std::string> Number = integerLiteralText(*Value))
      diag(Location, "compare '%0' with %1 instead", DiagnosticIDs::Note)
          << sourceText(Source, Context) << *Number;
}

} // namespace clang::tidy::allochunt
