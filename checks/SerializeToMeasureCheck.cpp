//===--- SerializeToMeasureCheck.cpp - allochunt-serialize-to-measure -----===//

#include "SerializeToMeasureCheck.h"

#include "lib/FixItText.h"
#include "lib/StringProducers.h"
#include "lib/StringReads.h"
#include "lib/StringTypes.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringExtras.h"

#include <optional>

using namespace clang::ast_matchers;

namespace clang::tidy::allochunt {

static constexpr StringProducerKind MeasuredKinds[] = {
    StringProducerKind::Format,         StringProducerKind::Concatenation,
    StringProducerKind::StreamContents, StringProducerKind::NumberToString,
    StringProducerKind::Substring,      StringProducerKind::Serialization};

static std::vector<std::string>
producersOf(const std::vector<FunctionNamePair> &Pairs) {
  std::vector<std::string> Names;
  for (const FunctionNamePair &Pair : Pairs)
    Names.push_back(Pair.From);
  return Names;
}

SerializeToMeasureCheck::SerializeToMeasureCheck(StringRef Name,
                                                 ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      MeasureFunctions(parseFunctionNamePairs(Options.get("MeasureFunctions", ""),
                                              InvalidEntries)),
      ConfiguredProducerNames(producersOf(MeasureFunctions)) {
  for (const std::string &Invalid : InvalidEntries)
    configurationDiag("invalid entry '%0' in option '%1.MeasureFunctions': "
                      "expected 'producer=measurer', two function names",
                      DiagnosticIDs::Error)
        << Invalid << Name;
}

void SerializeToMeasureCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "MeasureFunctions",
                serializeFunctionNamePairs(MeasureFunctions));
}

void SerializeToMeasureCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      expr(mayBeStringProducer(MeasuredKinds, {ConfiguredProducerNames}),
           unless(isInTemplateInstantiation()))
          .bind("producer"),
      this);
}

// `.size()` of `x.size()`: from the dot (or arrow) to the closing parenthesis.
static CharSourceRange memberCallSuffix(const CXXMemberCallExpr *Read) {
  const auto *Member = cast<MemberExpr>(Read->getCallee()->IgnoreParens());
  return CharSourceRange::getTokenRange(Member->getOperatorLoc(),
                                        Read->getEndLoc());
}

// What a concatenation's size is made of: the operands' own sizes, and the
// lengths of its literals and characters.
struct OperandSizes {
  llvm::SmallVector<std::string, 4> Terms; // `a.size()`, or `a.empty()`
  uint64_t Constant = 0;
};

// The length a `const CharT *` literal adds: up to its first NUL.
static uint64_t appendedLength(const StringLiteral *Literal) {
  uint64_t Length = 0;
  while (Length < Literal->getLength() && Literal->getCodeUnit(Length) != 0)
    ++Length;
  return Length;
}

static bool needsParensForMemberAccess(const Expr *E) {
  return !isa<DeclRefExpr, MemberExpr, ArraySubscriptExpr, ParenExpr>(E);
}

static const Expr *stripImplicitAndParens(const Expr *E) {
  while (true) {
    const Expr *Stripped = E->IgnoreImplicit()->IgnoreParens();
    if (Stripped == E)
      return E;
    E = Stripped;
  }
}

// Adds the size of \p Operand (measured with \p Member) to \p Sizes; false
// when it has no size that is cheap and safe to spell (a call, a C string).
static bool addOperandSize(const Expr *Operand, llvm::StringRef Member,
                           const ASTContext &Context, OperandSizes &Sizes) {
  const Expr *E = stripImplicitAndParens(Operand);
  if (std::optional<StringProducer> Nested = classifyStringProducer(
          E, {StringProducerKind::Concatenation})) {
    for (const Expr *Argument : Nested->Call->arguments())
      if (!addOperandSize(Argument, Member, Context, Sizes))
        return false;
    return true;
  }
  if (const auto *Literal = dyn_cast<StringLiteral>(E)) {
    Sizes.Constant += appendedLength(Literal);
    return true;
  }
  if (E->HasSideEffects(Context) || !isEditableRange(E->getSourceRange()))
    return false;
  if (E->getType()->isAnyCharacterType()) {
    Sizes.Constant += 1;
    return true;
  }
  if (!isOwningStringType(E->getType()) || !E->isGLValue())
    return false;
  Sizes.Terms.push_back(
      parenthesizedIf(needsParensForMemberAccess(E), sourceText(E, Context)) +
      "." + Member.str() + "()");
  return true;
}

static std::string describeRange(const Expr *E, const ASTContext &Context) {
  return sourceText(E, Context);
}

void SerializeToMeasureCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Context = *Result.Context;
  const std::optional<StringProducer> Producer = classifyStringProducer(
      Result.Nodes.getNodeAs<Expr>("producer"), MeasuredKinds,
      {ConfiguredProducerNames});
  if (!Producer)
    return;
  const std::optional<StringRead> Read = findStringRead(Producer->Call, Context);
  if (!Read || Read->Kind != StringReadKind::Measured || Read->AsArgument)
    return;
  const auto *ReadCall = dyn_cast<CXXMemberCallExpr>(Read->Read);
  if (ReadCall == nullptr)
    return;
  const bool Empty = Read->Member == "empty";
  const SourceLocation Location = Producer->Call->getExprLoc();
  const std::string Callee = qualifiedNameWithoutInlineNamespaces(Producer->Callee);
  const bool Editable = isEditableRange(ReadCall->getSourceRange());

  switch (Producer->Kind) {
  case StringProducerKind::StreamContents: {
    const std::optional<FixItHint> Fix = viewInsteadOfStr(*Producer, Context);
    {
      auto Diag = diag(Location, StreamContentsCopiedMessage)
                  << static_cast<int>(StringReadKind::Measured) << Fix.has_value();
      if (Fix)
        Diag << *Fix;
    }
    if (!Fix && !Context.getLangOpts().CPlusPlus20)
      diag(Location, StreamViewNote, DiagnosticIDs::Note);
    return;
  }
  case StringProducerKind::Format: {
    const llvm::StringRef Namespace = llvm::StringRef(Callee).rsplit("::").first;
    const std::string Measurer = Namespace.str() + "::formatted_size";
    const auto *Name =
        dyn_cast<DeclRefExpr>(Producer->Call->getCallee()->IgnoreImplicit());
    const DeclarationName SizeName(&Context.Idents.get("formatted_size"));
    const bool Fixable =
        Editable && Name != nullptr && Name->hasQualifier() &&
        isEditableRange(Producer->Call->getSourceRange()) &&
        !Producer->Callee->getDeclContext()->lookup(SizeName).empty();
    auto Diag = diag(Location, "'%0' allocates a string only to measure it; "
                               "use '%1'")
                << Callee << Measurer;
    if (!Fixable)
      return;
    Diag << FixItHint::CreateReplacement(
        CharSourceRange::getTokenRange(Name->getLocation()), "formatted_size");
    if (!Empty) {
      Diag << FixItHint::CreateRemoval(memberCallSuffix(ReadCall));
      return;
    }
    const bool Parens = needsParensInPlaceOf(ReadCall, BO_EQ, Context);
    if (Parens)
      Diag << FixItHint::CreateInsertion(ReadCall->getBeginLoc(), "(");
    Diag << FixItHint::CreateReplacement(memberCallSuffix(ReadCall),
                                         Parens ? " == 0)" : " == 0");
    return;
  }
  case StringProducerKind::Concatenation: {
    OperandSizes Sizes;
    bool Measurable = Editable;
    for (const Expr *Argument : Producer->Call->arguments())
      Measurable = Measurable && addOperandSize(Argument, Read->Member, Context, Sizes);
    const bool NeverEmpty = Empty && Sizes.Constant > 0;
    {
      auto Diag = diag(Location, "concatenation allocates a string only to "
                                 "measure it; measure its operands instead");
      if (Measurable && !NeverEmpty && !Sizes.Terms.empty()) {
        std::string Text = llvm::join(Sizes.Terms, Empty ? " && " : " + ");
        if (Sizes.Constant > 0)
          Text += " + " + std::to_string(Sizes.Constant);
        const bool Compound = Sizes.Terms.size() > 1 || Sizes.Constant > 0;
        const bool Parens =
            Compound &&
            needsParensInPlaceOf(ReadCall, Empty ? BO_LAnd : BO_Add, Context);
        Diag << FixItHint::CreateReplacement(ReadCall->getSourceRange(),
                                             parenthesizedIf(Parens, Text));
      }
    }
    if (NeverEmpty)
      diag(Location, "it is never empty: an operand is a non-empty literal or "
                     "a character",
           DiagnosticIDs::Note);
    return;
  }
  case StringProducerKind::NumberToString:
    diag(Location, "'%0' allocates a string only to measure it") << Callee;
    if (Empty)
      diag(Location, "'%0' never returns an empty string", DiagnosticIDs::Note)
          << Callee;
    else
      diag(Location, "count the digits instead, e.g. with 'std::to_chars' into "
                     "a local buffer",
           DiagnosticIDs::Note);
    return;
  case StringProducerKind::Substring: {
    diag(Location, "'%0' allocates a string only to measure it") << Callee;
    const auto *Call = cast<CXXMemberCallExpr>(Producer->Call);
    const std::string Object =
        parenthesizedIf(needsParensForMemberAccess(stripImplicitAndParens(
                            Call->getImplicitObjectArgument())),
                        describeRange(Call->getImplicitObjectArgument(), Context));
    std::string Bounds;
    const unsigned Given =
        llvm::count_if(Call->arguments(),
                       [](const Expr *Argument) { return !isa<CXXDefaultArgExpr>(Argument); });
    const std::string Position = Given > 0 ? describeRange(Call->getArg(0), Context) : "0";
    const std::string Count = Given > 1 ? describeRange(Call->getArg(1), Context) : "";
    if (Empty)
      Bounds = Count.empty() ? Position + " == " + Object + ".size()"
                             : Count + " == 0 || " + Position + " == " + Object + ".size()";
    else
      Bounds = Count.empty() ? Object + ".size() - " + Position
                             : "std::min(" + Count + ", " + Object + ".size() - " +
                                   Position + ")";
    diag(Location, "compute it from the bounds: '%0' ('substr' also throws "
                   "when the position is past the end)",
         DiagnosticIDs::Note)
        << Bounds;
    return;
  }
  case StringProducerKind::Serialization:
    diag(Location, "'%0' allocates a string only to measure it") << Callee;
    diag(Location, "'nlohmann::json' has no size-only serializer; count the "
                   "bytes through an output adapter that stores nothing",
         DiagnosticIDs::Note);
    return;
  default:
    break;
  }
  // A configured producer: its measurer from MeasureFunctions.
  for (const FunctionNamePair &Pair : MeasureFunctions) {
    const llvm::StringRef From = llvm::StringRef(Pair.From).ltrim(':');
    if (From == Callee || From == Producer->Callee->getName()) {
      diag(Location, "'%0' allocates a string only to measure it; use '%1'")
          << Callee << llvm::StringRef(Pair.To).ltrim(':');
      return;
    }
  }
}

} // namespace clang::tidy::allochunt
