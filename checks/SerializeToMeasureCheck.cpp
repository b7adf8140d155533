//===--- SerializeToMeasureCheck.cpp - allochunt-serialize-to-measure -----===//

#include "SerializeToMeasureCheck.h"

#include "lib/FixItText.h"
#include "lib/RejectedCode.h"
#include "lib/StringProducers.h"
#include "lib/StringTypes.h"
#include "lib/TemplateInstantiation.h"
#include "lib/TextReads.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringExtras.h"

#include <array>
#include <optional>

using namespace clang::ast_matchers;

namespace clang::tidy::allochunt {

static constexpr std::array<StringProducerKind, 6> MeasuredKinds = {
    StringProducerKind::Format,         StringProducerKind::Concatenation,
    StringProducerKind::StreamContents, StringProducerKind::NumberToString,
    StringProducerKind::Substring,      StringProducerKind::Serialization};

static std::vector<std::string>
producersOf(const std::vector<QualifiedNamePair> &Pairs) {
  std::vector<std::string> Names;
  Names.reserve(Pairs.size());
  for (const QualifiedNamePair &Pair : Pairs)
    Names.push_back(Pair.From);
  return Names;
}

SerializeToMeasureCheck::SerializeToMeasureCheck(StringRef Name,
                                                 ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      MeasureFunctions(parseQualifiedNamePairs(Options.get("MeasureFunctions", ""),
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
                serializeQualifiedNamePairs(MeasureFunctions));
}

void SerializeToMeasureCheck::registerMatchers(MatchFinder *Finder) {
  Finder = &UserCode.attach(*Finder);
  Finder->addMatcher(
      callExpr(mayBeStringProducer(MeasuredKinds, {ConfiguredProducerNames}),
           unless(isExpansionInSystemHeader()), unless(isInInstantiatedCode()))
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
namespace {
struct OperandSizes {
  llvm::SmallVector<std::string, 4> Terms; // `a.size()`, or `a.empty()`
  uint64_t Constant = 0;
};
} // namespace

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
  if (E->HasSideEffects(Context) || !isEditableStmt(E))
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

// The reading member call and the facts about it the diagnostics need.
namespace {
struct MeasureSite {
  const StringProducer &Producer;
  const CXXMemberCallExpr *Read; // `.size()`, `.length()` or `.empty()`
  llvm::StringRef Member;
  bool Empty;
  SourceLocation Location;
  std::string Callee;
};
} // namespace

static void diagnoseStream(ClangTidyCheck &Check, const MeasureSite &Site,
                           const ASTContext &Context) {
  const std::optional<FixItHint> Fix = viewInsteadOfStr(Site.Producer, Context);
  {
    auto Diag = Check.diag(Site.Location, StreamContentsCopiedMessage)
                << static_cast<int>(TextReadKind::Measured) << Fix.has_value();
    if (Fix)
      Diag << *Fix;
  }
  if (!Fix && !Context.getLangOpts().CPlusPlus20)
    Check.diag(Site.Location, StreamViewNote, DiagnosticIDs::Note);
}

// fmt::format(...).size() -> fmt::formatted_size(...), std:: likewise.
static void diagnoseFormat(ClangTidyCheck &Check, const MeasureSite &Site,
                           ASTContext &Context) {
  const llvm::StringRef Namespace = llvm::StringRef(Site.Callee).rsplit("::").first;
  const auto *Name = dyn_cast<DeclRefExpr>(
      Site.Producer.Call->getCallee()->IgnoreImplicit());
  const DeclarationName SizeName(&Context.Idents.get("formatted_size"));
  // Unqualified, formatted_size might not be found where format was.
  const bool Fixable =
      Name != nullptr && Name->hasQualifier() &&
      isEditableStmt(Site.Read) &&
      isEditableStmt(Site.Producer.Call) &&
      !Site.Producer.Callee->getDeclContext()->lookup(SizeName).empty();
  auto Diag = Check.diag(Site.Location,
                         "'%0' allocates a string only to measure it; use '%1'")
              << Site.Callee << (Namespace + "::formatted_size").str();
  if (!Fixable)
    return;
  Diag << FixItHint::CreateReplacement(
      CharSourceRange::getTokenRange(Name->getLocation()), "formatted_size");
  if (!Site.Empty) {
    Diag << FixItHint::CreateRemoval(memberCallSuffix(Site.Read));
    return;
  }
  const bool Parens = needsParensInPlaceOf(Site.Read, BO_EQ, Context);
  if (Parens)
    Diag << FixItHint::CreateInsertion(Site.Read->getBeginLoc(), "(");
  Diag << FixItHint::CreateReplacement(memberCallSuffix(Site.Read),
                                       Parens ? " == 0)" : " == 0");
}

// (a + "b" + c).size() -> a.size() + c.size() + 1; .empty() likewise.
static void diagnoseConcatenation(ClangTidyCheck &Check, const MeasureSite &Site,
                                  ASTContext &Context) {
  OperandSizes Sizes;
  bool Measurable = isEditableStmt(Site.Read);
  for (const Expr *Argument : Site.Producer.Call->arguments())
    Measurable =
        Measurable && addOperandSize(Argument, Site.Member, Context, Sizes);
  const bool NeverEmpty = Site.Empty && Sizes.Constant > 0;
  {
    auto Diag = Check.diag(Site.Location, "concatenation allocates a string "
                                          "only to measure it; measure its "
                                          "operands instead");
    if (Measurable && !NeverEmpty && !Sizes.Terms.empty()) {
      std::string Text = llvm::join(Sizes.Terms, Site.Empty ? " && " : " + ");
      if (Sizes.Constant > 0)
        Text += " + " + std::to_string(Sizes.Constant);
      const bool Compound = Sizes.Terms.size() > 1 || Sizes.Constant > 0;
      const bool Parens =
          Compound && needsParensInPlaceOf(Site.Read,
                                           Site.Empty ? BO_LAnd : BO_Add,
                                           Context);
      Diag << FixItHint::CreateReplacement(Site.Read->getSourceRange(),
                                           parenthesizedIf(Parens, Text));
    }
  }
  if (NeverEmpty)
    Check.diag(Site.Location, "it is never empty: an operand is a non-empty "
                              "literal or a character",
               DiagnosticIDs::Note);
}

// s.substr(p, n).size() is std::min(n, s.size() - p): a note with the text.
static void diagnoseSubstring(ClangTidyCheck &Check, const MeasureSite &Site,
                              const ASTContext &Context) {
  Check.diag(Site.Location, "'%0' allocates a string only to measure it")
      << Site.Callee;
  const auto *Call = cast<CXXMemberCallExpr>(Site.Producer.Call);
  const Expr *ObjectExpr = Call->getImplicitObjectArgument();
  const std::string Object = parenthesizedIf(
      needsParensForMemberAccess(stripImplicitAndParens(ObjectExpr)),
      sourceText(ObjectExpr, Context));
  const auto Given = llvm::count_if(Call->arguments(), [](const Expr *Argument) {
    return !isa<CXXDefaultArgExpr>(Argument);
  });
  const std::string Position =
      Given > 0 ? sourceText(Call->getArg(0), Context) : "0";
  const std::string Count = Given > 1 ? sourceText(Call->getArg(1), Context) : "";
  std::string Bounds;
  if (Site.Empty)
    Bounds = (Count.empty() ? "" : Count + " == 0 || ") + Position +
             " == " + Object + ".size()";
  else
    Bounds = Count.empty() ? Object + ".size() - " + Position
                           : "std::min(" + Count + ", " + Object +
                                 ".size() - " + Position + ")";
  Check.diag(Site.Location, "compute it from the bounds: '%0' ('substr' also "
                            "throws when the position is past the end)",
             DiagnosticIDs::Note)
      << Bounds;
}

void SerializeToMeasureCheck::check(const MatchFinder::MatchResult &Result) {
  if (isRejectedByCompiler(*Result.Context))
    return;
  ASTContext &Context = *Result.Context;
  const std::optional<StringProducer> Producer = classifyStringProducer(
      Result.Nodes.getNodeAs<Expr>("producer"), MeasuredKinds,
      {ConfiguredProducerNames});
  if (!Producer)
    return;
  const std::optional<TextRead> Read = findTextRead(Producer->Call, Context);
  if (!Read || Read->Kind != TextReadKind::Measured || Read->AsArgument ||
      !isa<CXXMemberCallExpr>(Read->Read))
    return;
  const MeasureSite Site{*Producer,
                         cast<CXXMemberCallExpr>(Read->Read),
                         Read->Member,
                         Read->Member == "empty",
                         Producer->Call->getExprLoc(),
                         qualifiedNameWithoutInlineNamespaces(Producer->Callee)};

  switch (Producer->Kind) {
  case StringProducerKind::StreamContents:
    diagnoseStream(*this, Site, Context);
    return;
  case StringProducerKind::Format:
    diagnoseFormat(*this, Site, Context);
    return;
  case StringProducerKind::Concatenation:
    diagnoseConcatenation(*this, Site, Context);
    return;
  case StringProducerKind::Substring:
    diagnoseSubstring(*this, Site, Context);
    return;
  case StringProducerKind::NumberToString:
    diag(Site.Location, "'%0' allocates a string only to measure it")
        << Site.Callee;
    if (Site.Empty)
      diag(Site.Location, "'%0' never returns an empty string",
           DiagnosticIDs::Note)
          << Site.Callee;
    else
      diag(Site.Location, "count the digits instead, e.g. with "
                          "'std::to_chars' into a local buffer",
           DiagnosticIDs::Note);
    return;
  case StringProducerKind::Serialization:
    diag(Site.Location, "'%0' allocates a string only to measure it")
        << Site.Callee;
    diag(Site.Location, "'nlohmann::json' has no size-only serializer; count "
                        "the bytes through an output adapter that stores "
                        "nothing",
         DiagnosticIDs::Note);
    return;
  default:
    break;
  }
  // A configured producer: its measurer from MeasureFunctions.
  for (const QualifiedNamePair &Pair : MeasureFunctions) {
    const llvm::StringRef From = llvm::StringRef(Pair.From).ltrim(':');
    if (From == Site.Callee || From == Producer->Callee->getName()) {
      diag(Site.Location, "'%0' allocates a string only to measure it; use '%1'")
          << Site.Callee << llvm::StringRef(Pair.To).ltrim(':');
      return;
    }
  }
}

} // namespace clang::tidy::allochunt
