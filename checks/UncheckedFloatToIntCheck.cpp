//===--- UncheckedFloatToIntCheck.cpp - allochunt-unchecked-float-to-int --===//

#include "UncheckedFloatToIntCheck.h"

#include "lib/FloatExprValues.h"
#include "lib/GuardDominance.h"
#include "lib/GuardedFloatValue.h"
#include "lib/RejectedCode.h"
#include "lib/UntrustedFloatOrigin.h"
#include "lib/VariableWrites.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

#include <cstdio>

using namespace clang::ast_matchers;

namespace clang::tidy::allochunt {

/// What one function needs, built once however many conversions it has.
struct UncheckedFloatToIntCheck::FunctionAnalysis {
  explicit FunctionAnalysis(const Decl *Function) : Writes(Function) {}
  VariableWrites Writes;
  std::unique_ptr<GuardDominance> Flow;
  bool FlowBuilt = false;
};

/// One candidate: a cast, an implicit conversion or a compound assignment.
struct UncheckedFloatToIntCheck::Conversion {
  const Expr *Site;                      ///< The node that converts.
  const Expr *Converted;                 ///< Its floating operand (null for `i += x`).
  const CompoundAssignOperator *Compound;
  const ExplicitCastExpr *Explicit;      ///< The cast as written, if any.
  QualType From;
  QualType To;
  SourceLocation Location;
  const Decl *Function;
};

namespace {

AST_MATCHER(BinaryOperator, convertsFloatingResultToInteger) {
  (void)Finder;
  (void)Builder;
  const auto *Compound = dyn_cast<CompoundAssignOperator>(&Node);
  return Compound != nullptr && Compound->getType()->isIntegerType() &&
         !Compound->getType()->isBooleanType() &&
         Compound->getComputationResultType()->isRealFloatingType();
}

constexpr llvm::StringLiteral DefaultMaxCFGBlocks = "1000";

/// The positive number \p Text spells, or 0.
unsigned parseLimit(llvm::StringRef Text) {
  unsigned Value = 0;
  return Text.trim().getAsInteger(10, Value) ? 0 : Value;
}

unsigned limitOrDefault(llvm::StringRef Text) {
  const unsigned Limit = parseLimit(Text);
  return Limit > 0 ? Limit : parseLimit(DefaultMaxCFGBlocks);
}

/// True inside a template or an instantiation of one: a fix there would
/// apply to every instantiation, not all of which convert a floating value.
bool isInTemplate(const Decl *D) {
  for (const DeclContext *DC = D != nullptr ? D->getDeclContext() : nullptr; DC != nullptr;
       DC = DC->getParent())
    if (DC->isDependentContext())
      return true;
  for (const Decl *Current = D; Current != nullptr;
       Current = dyn_cast_or_null<Decl>(Current->getDeclContext())) {
    if (const auto *Function = dyn_cast<FunctionDecl>(Current))
      if (Function->getTemplateInstantiationPattern() != nullptr || Function->isDependentContext())
        return true;
    if (const auto *Record = dyn_cast<CXXRecordDecl>(Current))
      if (Record->getTemplateInstantiationPattern() != nullptr)
        return true;
  }
  return false;
}

/// True when \p E is never evaluated at run time: an operand of sizeof,
/// alignof, noexcept or a non-polymorphic typeid, code in a consteval
/// function or in the constant-evaluation branch of `if consteval`.
bool isUnevaluated(const Expr *E, const Decl *Function, ASTContext &Ctx) {
  if (const auto *FD = dyn_cast_or_null<FunctionDecl>(Function); FD != nullptr && FD->isConsteval())
    return true;
  const Stmt *Child = E;
  DynTypedNodeList Parents = Ctx.getParents(*E);
  while (!Parents.empty()) {
    const DynTypedNode &Parent = Parents[0];
    if (Parent.get<UnaryExprOrTypeTraitExpr>() != nullptr ||
        Parent.get<CXXNoexceptExpr>() != nullptr)
      return true;
    if (const auto *Typeid = Parent.get<CXXTypeidExpr>())
      return !Typeid->isPotentiallyEvaluated();
    // The branch of `if consteval` that runs only during constant evaluation.
    if (const auto *If = Parent.get<IfStmt>(); If != nullptr && If->isConsteval() &&
                                               Child == (If->isNegatedConsteval() ? If->getElse()
                                                                                  : If->getThen()))
      return true;
    Child = Parent.get<Stmt>();
    if (Child == nullptr)
      return false;
    Parents = Ctx.getParents(Parent);
  }
  return false;
}

/// The explicit cast an implicit conversion is part of.
const ExplicitCastExpr *explicitCastOf(const ImplicitCastExpr *Cast, ASTContext &Ctx) {
  const Expr *Current = Cast;
  while (true) {
    const DynTypedNodeList Parents = Ctx.getParents(*Current);
    if (Parents.empty())
      return nullptr;
    if (const auto *Explicit = Parents[0].get<ExplicitCastExpr>())
      return Explicit;
    const auto *Implicit = Parents[0].get<ImplicitCastExpr>();
    if (Implicit == nullptr || !Implicit->isPartOfExplicitCast())
      return nullptr;
    Current = Implicit;
  }
}

/// The function template \p QualifiedName names, if declared before \p Loc.
bool isDeclaredBefore(llvm::StringRef QualifiedName, SourceLocation Loc, ASTContext &Ctx) {
  QualifiedName.consume_front("::");
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  QualifiedName.split(Parts, "::");
  const DeclContext *Scope = Ctx.getTranslationUnitDecl();
  for (size_t I = 0; I < Parts.size(); ++I) {
    const bool Last = I + 1 == Parts.size();
    const NamedDecl *Found = nullptr;
    for (const NamedDecl *Candidate : Scope->lookup(&Ctx.Idents.get(Parts[I]))) {
      const NamedDecl *Target = Candidate->getUnderlyingDecl();
      if ((Last && isa<FunctionTemplateDecl>(Target)) || (!Last && isa<NamespaceDecl>(Target)))
        Found = Target;
    }
    if (Found == nullptr)
      return false;
    if (Last)
      return Ctx.getSourceManager().isBeforeInTranslationUnit(Found->getLocation(), Loc);
    Scope = cast<NamespaceDecl>(Found);
  }
  return false;
}

std::string sourceText(SourceRange Range, const ASTContext &Ctx) {
  return Lexer::getSourceText(CharSourceRange::getTokenRange(Range), Ctx.getSourceManager(),
                              Ctx.getLangOpts())
      .str();
}

/// "NaN", "NaN or infinite", "NaN, infinite or out of range", ...
std::string describeBadValues(bool NaN, bool Infinite, bool OutOfRange) {
  llvm::SmallVector<const char *, 3> Kinds;
  if (NaN)
    Kinds.push_back("NaN");
  if (Infinite)
    Kinds.push_back("infinite");
  if (OutOfRange)
    Kinds.push_back("out of range");
  std::string Text;
  for (size_t I = 0; I < Kinds.size(); ++I) {
    if (I > 0)
      Text += I + 1 == Kinds.size() ? " or " : ", ";
    Text += Kinds[I];
  }
  return Text;
}

std::string formatLimit(long double Value) {
  char Buffer[64];
  std::snprintf(Buffer, sizeof(Buffer), "%.1Lf", Value);
  return Buffer;
}

} // namespace

UncheckedFloatToIntCheck::UncheckedFloatToIntCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), FlagAll(Options.get("Mode", "untrusted") == "all"),
      RequireRangeCheck(Options.get("RequireRangeCheck", false)),
      CheckedConversionFunction(Options.get("CheckedConversionFunction", "")),
      MaxCFGBlocks(limitOrDefault(Options.get("MaxCFGBlocks", DefaultMaxCFGBlocks))) {
  const StringRef Mode = Options.get("Mode", "untrusted");
  if (Mode != "untrusted" && Mode != "all")
    configurationDiag("invalid value '%0' for option '%1.Mode'; expected 'untrusted' or 'all'",
                      DiagnosticIDs::Error)
        << Mode << Name;
  const StringRef Limit = Options.get("MaxCFGBlocks", DefaultMaxCFGBlocks);
  if (parseLimit(Limit) == 0)
    configurationDiag("invalid value '%0' for option '%1.MaxCFGBlocks'; expected a positive "
                      "number of CFG blocks",
                      DiagnosticIDs::Error)
        << Limit << Name;
}

UncheckedFloatToIntCheck::~UncheckedFloatToIntCheck() = default;

void UncheckedFloatToIntCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "Mode", FlagAll ? "all" : "untrusted");
  Options.store(Opts, "RequireRangeCheck", RequireRangeCheck);
  Options.store(Opts, "CheckedConversionFunction", CheckedConversionFunction);
  Options.store(Opts, "MaxCFGBlocks", MaxCFGBlocks);
}

void UncheckedFloatToIntCheck::registerMatchers(MatchFinder *Finder) {
  const auto InCallable = optionally(forCallable(decl().bind("function")));
  Finder->addMatcher(
      traverse(TK_AsIs, implicitCastExpr(hasCastKind(CK_FloatingToIntegral),
                                         unless(isExpansionInSystemHeader()), InCallable)
                            .bind("conversion")),
      this);
  Finder->addMatcher(
      traverse(TK_AsIs, binaryOperator(convertsFloatingResultToInteger(),
                                               unless(isExpansionInSystemHeader()), InCallable)
                            .bind("compound")),
      this);
}

void UncheckedFloatToIntCheck::onStartOfTranslationUnit() {
  Functions.clear();
  Reported.clear();
}

UncheckedFloatToIntCheck::FunctionAnalysis &
UncheckedFloatToIntCheck::analysisOf(const Decl *Function) {
  std::unique_ptr<FunctionAnalysis> &Slot = Functions[Function];
  if (!Slot)
    Slot = std::make_unique<FunctionAnalysis>(Function);
  return *Slot;
}

void UncheckedFloatToIntCheck::check(const MatchFinder::MatchResult &Result) {
  if (isRejectedByCompiler(*Result.Context))
    return;
  ASTContext &Ctx = *Result.Context;
  Conversion C{};
  C.Function = Result.Nodes.getNodeAs<Decl>("function");
  if (const auto *Cast = Result.Nodes.getNodeAs<ImplicitCastExpr>("conversion")) {
    C.Site = Cast;
    C.Converted = Cast->getSubExpr();
    C.Explicit = Cast->isPartOfExplicitCast() ? explicitCastOf(Cast, Ctx) : nullptr;
    C.From = C.Converted->getType().getCanonicalType();
    C.To = C.Explicit != nullptr ? C.Explicit->getTypeAsWritten() : Cast->getType();
    C.Location = C.Explicit != nullptr ? C.Explicit->getBeginLoc() : C.Converted->getBeginLoc();
  } else if ((C.Compound = Result.Nodes.getNodeAs<CompoundAssignOperator>("compound"))) {
    C.Site = C.Compound;
    C.From = C.Compound->getComputationResultType().getCanonicalType();
    C.To = C.Compound->getType();
    C.Location = C.Compound->getOperatorLoc();
  } else {
    return;
  }
  if (C.Location.isInvalid() || Reported.contains(C.Location))
    return;
  if (C.Converted != nullptr) {
    // Constants never reach run time as a conversion.
    Expr::EvalResult Constant;
    if (C.Converted->isValueDependent() ||
        (C.Converted->EvaluateAsRValue(Constant, Ctx) && !Constant.HasSideEffects))
      return;
  }
  report(C, Ctx);
}

void UncheckedFloatToIntCheck::report(const Conversion &C, ASTContext &Ctx) {
  FunctionAnalysis *Analysis = C.Function != nullptr ? &analysisOf(C.Function) : nullptr;
  const Expr *OriginOf = C.Converted != nullptr ? C.Converted : C.Compound->getRHS();
  std::optional<UntrustedOrigin> Origin;
  if (Analysis != nullptr)
    Origin = findUntrustedOrigin(OriginOf, C.Function, Analysis->Writes, Ctx);
  if (!FlagAll && !Origin)
    return;

  // The values that reach the conversion.
  FloatValueSet Values = FloatValueSet::all();
  llvm::SmallVector<ValueLeak, 2> Leaks;
  llvm::SmallVector<std::pair<TrackedVariable, FloatValueSet>, 2> Reads;
  if (Analysis != nullptr) {
    if (!Analysis->FlowBuilt) {
      Analysis->Flow = GuardDominance::build(C.Function, Ctx, MaxCFGBlocks);
      Analysis->FlowBuilt = true;
    }
    // Functions over the limit are not analysed, and nothing in them is reported.
    if (!Analysis->Flow || !Analysis->Flow->isReachable(C.Site))
      return;
    GuardedFloatValue Guarded(*Analysis->Flow, Analysis->Writes, Ctx);
    if (C.Converted != nullptr) {
      Values = Guarded.valuesOf(C.Converted);
      Reads.append(Guarded.reads().begin(), Guarded.reads().end());
    } else {
      const FloatValueSet Left = Guarded.valuesOf(C.Compound->getLHS());
      const FloatValueSet Right = Guarded.valuesOf(C.Compound->getRHS());
      Reads.append(Guarded.reads().begin(), Guarded.reads().end());
      Values = arithmetic(BinaryOperator::getOpForCompoundAssignment(C.Compound->getOpcode()),
                          Left, Right);
    }
    Leaks.append(Guarded.leaks().begin(), Guarded.leaks().end());
  } else if (C.Converted != nullptr) {
    Values = valuesOfExprAlone(C.Converted, Ctx);
  }

  const IntegerConversionRange Range = IntegerConversionRange::of(C.To, Ctx);
  const auto IsBad = [&](const FloatValueSet &S, bool &NaN, bool &Infinite, bool &OutOfRange) {
    NaN = S.mayBeNaN();
    Infinite = S.mayBeInfinite();
    OutOfRange = RequireRangeCheck && S.hasFiniteOutside(Range);
    return NaN || Infinite || OutOfRange;
  };
  bool NaN = false;
  bool Infinite = false;
  bool OutOfRange = false;
  if (!IsBad(Values, NaN, Infinite, OutOfRange) || isUnevaluated(C.Site, C.Function, Ctx))
    return;
  Reported.insert(C.Location);

  // The fix-it, when a checked conversion function is configured and usable.
  const char *NoFixReason = nullptr;
  if (!CheckedConversionFunction.empty()) {
    if (C.Explicit == nullptr)
      NoFixReason = "the conversion is implicit";
    else if (C.Explicit->getBeginLoc().isMacroID() || C.Explicit->getEndLoc().isMacroID())
      NoFixReason = "the cast is in a macro";
    else if (isInTemplate(C.Function))
      NoFixReason = "the cast is in a template";
    else if (!isDeclaredBefore(CheckedConversionFunction, C.Explicit->getBeginLoc(), Ctx))
      NoFixReason = "it is not declared before this line";
  }
  {
    DiagnosticBuilder Diag =
        diag(C.Location, "conversion from %0 to %1 is undefined behaviour when the value is %2")
        << C.From << C.To << describeBadValues(NaN, Infinite, OutOfRange);
    if (!CheckedConversionFunction.empty() && NoFixReason == nullptr) {
      const Expr *Operand = C.Explicit->getSubExprAsWritten();
      if (const auto *Parens = dyn_cast<ParenExpr>(Operand))
        Operand = Parens->getSubExpr();
      std::string OperandText = sourceText(Operand->getSourceRange(), Ctx);
      if (const auto *Comma = dyn_cast<BinaryOperator>(Operand->IgnoreImplicit());
          Comma != nullptr && Comma->isCommaOp())
        OperandText = "(" + OperandText + ")";
      const std::string TypeText =
          sourceText(C.Explicit->getTypeInfoAsWritten()->getTypeLoc().getSourceRange(), Ctx);
      Diag << FixItHint::CreateReplacement(
          CharSourceRange::getTokenRange(C.Explicit->getSourceRange()),
          CheckedConversionFunction + "<" + TypeText + ">(" + OperandText + ")");
    }
  }

  if (Origin) {
    switch (Origin->OriginKind) {
    case UntrustedOrigin::Parameter:
      diag(Origin->Location, "the value comes from parameter '%0'", DiagnosticIDs::Note)
          << Origin->Name;
      break;
    case UntrustedOrigin::Division:
      if (Origin->Name.empty())
        diag(Origin->Location,
             "the value comes from a division by a non-constant, which is NaN or infinite "
             "when the divisor is zero",
             DiagnosticIDs::Note);
      else
        diag(Origin->Location,
             "the value comes from a division by '%0', which is NaN or infinite when '%0' "
             "is zero",
             DiagnosticIDs::Note)
            << Origin->Name;
      break;
    case UntrustedOrigin::Parse:
      diag(Origin->Location,
           "the value comes from '%0', which accepts \"nan\" and \"inf\" and overflows to "
           "infinity",
           DiagnosticIDs::Note)
          << Origin->Name;
      break;
    case UntrustedOrigin::MathDomain:
      diag(Origin->Location,
           "the value comes from '%0', which returns NaN outside its domain",
           DiagnosticIDs::Note)
          << Origin->Name;
      break;
    }
  }

  llvm::SmallVector<const Expr *, 2> Explained;
  for (const ValueLeak &Leak : Leaks) {
    bool LeakNaN = false;
    bool LeakInfinite = false;
    bool LeakOutOfRange = false;
    if (!IsBad(Leak.Values, LeakNaN, LeakInfinite, LeakOutOfRange) ||
        llvm::is_contained(Explained, Leak.Where))
      continue;
    LeakNaN = LeakNaN && NaN;
    LeakInfinite = LeakInfinite && Infinite;
    LeakOutOfRange = LeakOutOfRange && OutOfRange;
    if (Leak.LeakKind == ValueLeak::CallPassesNaN) {
      if (!NaN)
        continue;
      const auto *Callee = cast<CallExpr>(Leak.Where)->getDirectCallee();
      diag(Leak.Where->getBeginLoc(),
           "'%0' returns NaN when its first argument is NaN; 'std::fmin' and 'std::fmax' "
           "with a finite bound do not",
           DiagnosticIDs::Note)
          << Callee->getQualifiedNameAsString();
    } else if (LeakNaN || LeakInfinite) {
      diag(Leak.Where->getBeginLoc(), "this check on '%0' lets %1 through%2",
           DiagnosticIDs::Note)
          << Leak.Var.spelling()
          << (LeakNaN && LeakInfinite ? "NaN and infinity" : LeakNaN ? "NaN" : "infinity")
          << (LeakNaN ? ": every comparison with NaN is false" : "");
    } else if (LeakOutOfRange) {
      diag(Leak.Where->getBeginLoc(), "this check on '%0' does not keep it within the range of %1",
           DiagnosticIDs::Note)
          << Leak.Var.spelling() << C.To;
    } else {
      continue;
    }
    Explained.push_back(Leak.Where);
  }

  if (!CheckedConversionFunction.empty() && NoFixReason == nullptr)
    return;
  std::string Name;
  for (const auto &[Var, VarValues] : Reads) {
    bool VarNaN = false;
    bool VarInfinite = false;
    bool VarOutOfRange = false;
    if (IsBad(VarValues, VarNaN, VarInfinite, VarOutOfRange)) {
      Name = Var.spelling();
      break;
    }
  }
  const bool HasName = !Name.empty();
  if (!HasName)
    Name = "value";
  const std::string Guard =
      RequireRangeCheck ? "if (!(" + Name + " > " + formatLimit(Range.Below) + " && " + Name +
                              " < " + formatLimit(Range.Above) + "))"
                        : "if (!std::isfinite(" + Name + "))";
  if (NoFixReason != nullptr)
    diag(C.Location, "check it first ('%0 ...') or convert with '%1' (no automatic fix: %2)",
         DiagnosticIDs::Note)
        << Guard << CheckedConversionFunction << NoFixReason;
  else if (!HasName)
    diag(C.Location, "store it in a variable and check it first: '%0 ...'", DiagnosticIDs::Note)
        << Guard;
  else
    diag(C.Location, "check it first: '%0 ...'", DiagnosticIDs::Note) << Guard;
}

} // namespace clang::tidy::allochunt
