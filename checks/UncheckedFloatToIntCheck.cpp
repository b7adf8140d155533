//===--- UncheckedFloatToIntCheck.cpp - allochunt-unchecked-float-to-int --===//

#include "UncheckedFloatToIntCheck.h"

#include "lib/FloatExprValues.h"
#include "lib/GuardDominance.h"
#include "lib/GuardedFloatValue.h"
#include "lib/NonZeroDivisor.h"
#include "lib/RejectedCode.h"
#include "lib/UntrustedFloatOrigin.h"
#include "lib/UserCodeParents.h"
#include "lib/VariableWrites.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include "llvm/Support/Format.h"

using namespace clang::ast_matchers;

namespace clang::tidy::allochunt {

/// What one function needs, built once however many conversions it has. The
/// CFG is built only when a conversion needs it.
struct UncheckedFloatToIntCheck::FunctionAnalysis {
  explicit FunctionAnalysis(const Decl *Function) : Function(Function), Writes(Function) {}

  /// Null when the function is over \p MaxCFGBlocks.
  const GuardDominance *flow(ASTContext &Ctx, unsigned MaxCFGBlocks) {
    if (!FlowBuilt) {
      Flow = GuardDominance::build(Function, Ctx, MaxCFGBlocks);
      FlowBuilt = true;
    }
    return Flow.get();
  }

  const Decl *Function;
  VariableWrites Writes;

private:
  std::unique_ptr<GuardDominance> Flow;
  bool FlowBuilt = false;
};

namespace {

// `i += x`: matching from this node kind, not from every binary operator.
const ast_matchers::internal::VariadicDynCastAllOfMatcher<Stmt, CompoundAssignOperator>
    compoundAssignOperator;

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
  llvm::ArrayRef<DynTypedNode> Parents = userCodeParents(Ctx, *E);
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
    Parents = userCodeParents(Ctx, Parent);
  }
  return false;
}

/// The explicit cast an implicit conversion is part of.
const ExplicitCastExpr *explicitCastOf(const ImplicitCastExpr *Cast, ASTContext &Ctx) {
  const Expr *Current = Cast;
  while (true) {
    const llvm::ArrayRef<DynTypedNode> Parents = userCodeParents(Ctx, *Current);
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

/// One candidate: a cast, an implicit conversion or a compound assignment.
struct Conversion {
  const Expr *Site = nullptr;      ///< The node that converts.
  const Expr *Converted = nullptr; ///< Its floating operand (null for `i += x`).
  const CompoundAssignOperator *Compound = nullptr;
  const ExplicitCastExpr *Explicit = nullptr; ///< The cast as written, if any.
  QualType From;
  QualType To;
  SourceLocation Location;
  const Decl *Function = nullptr;
};

/// The conversion a match is about; no Site when there is none to look at.
Conversion conversionOf(const MatchFinder::MatchResult &Result) {
  Conversion C;
  if (const auto *Cast = Result.Nodes.getNodeAs<ImplicitCastExpr>("conversion")) {
    C.Site = Cast;
    C.Converted = Cast->getSubExpr();
    C.Explicit = Cast->isPartOfExplicitCast() ? explicitCastOf(Cast, *Result.Context) : nullptr;
    C.From = C.Converted->getType().getCanonicalType();
    C.To = C.Explicit != nullptr ? C.Explicit->getTypeAsWritten() : Cast->getType();
    C.Location = C.Explicit != nullptr ? C.Explicit->getBeginLoc() : C.Converted->getBeginLoc();
    return C;
  }
  C.Compound = Result.Nodes.getNodeAs<CompoundAssignOperator>("compound");
  if (C.Compound != nullptr) {
    C.Site = C.Compound;
    C.From = C.Compound->getComputationResultType().getCanonicalType();
    C.To = C.Compound->getType();
    C.Location = C.Compound->getOperatorLoc();
  }
  return C;
}

/// The values reaching a conversion, and why bad ones remain.
struct ReachingValues {
  FloatValueSet Values = FloatValueSet::all();
  llvm::SmallVector<ValueLeak, 2> Leaks;
  llvm::SmallVector<std::pair<TrackedVariable, FloatValueSet>, 2> Reads;
};

ReachingValues reachingValues(const Conversion &C, const GuardDominance &Flow,
                              const VariableWrites &Writes, const ASTContext &Ctx) {
  ReachingValues Result;
  GuardedFloatValue Guarded(Flow, Writes, Ctx);
  if (C.Converted != nullptr) {
    Result.Values = Guarded.valuesOf(C.Converted);
  } else {
    // `i op= x` converts `i op x`.
    const FloatValueSet Left = Guarded.valuesOf(C.Compound->getLHS());
    const FloatValueSet Right = Guarded.valuesOf(C.Compound->getRHS());
    Result.Values = arithmetic(
        BinaryOperator::getOpForCompoundAssignment(C.Compound->getOpcode()), Left, Right);
  }
  Result.Reads.append(Guarded.reads().begin(), Guarded.reads().end());
  Result.Leaks.append(Guarded.leaks().begin(), Guarded.leaks().end());
  return Result;
}

/// Which kinds of undefined behaviour a set of values allows.
struct BadValues {
  bool NaN = false;
  bool Infinite = false;
  bool OutOfRange = false;

  /// \p Range is null when the range does not matter.
  static BadValues in(const FloatValueSet &S, const IntegerConversionRange *Range) {
    return {S.mayBeNaN(), S.mayBeInfinite(), Range != nullptr && S.hasFiniteOutside(*Range)};
  }
  bool any() const { return NaN || Infinite || OutOfRange; }
  /// "NaN", "NaN or infinite", "NaN, infinite or out of range", ...
  std::string describe() const {
    llvm::SmallVector<llvm::StringRef, 3> Kinds;
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
      Text += Kinds[I].str();
    }
    return Text;
  }
};

/// Why `CheckedConversionFunction<T>(expr)` cannot replace the cast, or null.
const char *whyNoFix(const Conversion &C, llvm::StringRef Function, ASTContext &Ctx) {
  if (C.Explicit == nullptr)
    return "the conversion is implicit";
  if (C.Explicit->getBeginLoc().isMacroID() || C.Explicit->getEndLoc().isMacroID())
    return "the cast is in a macro";
  if (isInTemplate(C.Function))
    return "the cast is in a template";
  if (!isDeclaredBefore(Function, C.Explicit->getBeginLoc(), Ctx))
    return "it is not declared before this line";
  return nullptr;
}

/// `static_cast<T>(e)`, `(T)e` and `T(e)` become `Function<T>(e)`.
FixItHint checkedConversionFix(const ExplicitCastExpr *Cast, llvm::StringRef Function,
                               const ASTContext &Ctx) {
  const Expr *Operand = Cast->getSubExprAsWritten();
  if (const auto *Parens = dyn_cast<ParenExpr>(Operand))
    Operand = Parens->getSubExpr();
  std::string OperandText = sourceText(Operand->getSourceRange(), Ctx);
  if (const auto *Comma = dyn_cast<BinaryOperator>(Operand->IgnoreImplicit());
      Comma != nullptr && Comma->isCommaOp())
    OperandText = "(" + OperandText + ")";
  const std::string TypeText =
      sourceText(Cast->getTypeInfoAsWritten()->getTypeLoc().getSourceRange(), Ctx);
  return FixItHint::CreateReplacement(CharSourceRange::getTokenRange(Cast->getSourceRange()),
                                      (Function + "<" + TypeText + ">(" + OperandText + ")").str());
}

void noteOrigin(ClangTidyCheck &Check, const UntrustedOrigin &Origin) {
  switch (Origin.OriginKind) {
  case UntrustedOrigin::Parameter:
    Check.diag(Origin.Location, "the value comes from parameter '%0'", DiagnosticIDs::Note)
        << Origin.Name;
    return;
  case UntrustedOrigin::Division:
    if (Origin.Name.empty())
      Check.diag(Origin.Location,
                 "the value comes from a division by a non-constant, which is NaN or infinite "
                 "when the divisor is zero",
                 DiagnosticIDs::Note);
    else
      Check.diag(Origin.Location,
                 "the value comes from a division by '%0', which is NaN or infinite when '%0' "
                 "is zero",
                 DiagnosticIDs::Note)
          << Origin.Name;
    return;
  case UntrustedOrigin::Parse:
    Check.diag(Origin.Location,
               "the value comes from '%0', which accepts \"nan\" and \"inf\" and overflows to "
               "infinity",
               DiagnosticIDs::Note)
        << Origin.Name;
    return;
  case UntrustedOrigin::MathDomain:
    Check.diag(Origin.Location, "the value comes from '%0', which returns NaN outside its domain",
               DiagnosticIDs::Note)
        << Origin.Name;
    return;
  }
}

/// One note per guard or call that let some of \p Bad through.
void noteLeaks(ClangTidyCheck &Check, llvm::ArrayRef<ValueLeak> Leaks, const BadValues &Bad,
               const IntegerConversionRange *Range, QualType To) {
  llvm::SmallVector<const Expr *, 2> Explained;
  for (const ValueLeak &Leak : Leaks) {
    const BadValues Leaked = BadValues::in(Leak.Values, Range);
    const bool NaN = Leaked.NaN && Bad.NaN;
    const bool Infinite = Leaked.Infinite && Bad.Infinite;
    const bool OutOfRange = Leaked.OutOfRange && Bad.OutOfRange;
    if (!Leaked.any() || llvm::is_contained(Explained, Leak.Where))
      continue;
    const SourceLocation Loc = Leak.Where->getBeginLoc();
    if (Leak.LeakKind == ValueLeak::CallPassesNaN) {
      if (!Bad.NaN)
        continue;
      Check.diag(Loc,
                 "'%0' returns NaN when its first argument is NaN; 'std::fmin' and "
                 "'std::fmax' with a finite bound do not",
                 DiagnosticIDs::Note)
          << cast<CallExpr>(Leak.Where)->getDirectCallee()->getQualifiedNameAsString();
    } else if (NaN || Infinite) {
      llvm::StringRef What = "infinity";
      if (NaN)
        What = Infinite ? "NaN and infinity" : "NaN";
      Check.diag(Loc, "this check on '%0' lets %1 through%2", DiagnosticIDs::Note)
          << Leak.Var.spelling() << What
          << (NaN ? ": every comparison with NaN is false" : "");
    } else if (OutOfRange) {
      Check.diag(Loc, "this check on '%0' does not keep it within the range of %1",
                 DiagnosticIDs::Note)
          << Leak.Var.spelling() << To;
    } else {
      continue;
    }
    Explained.push_back(Leak.Where);
  }
}

std::string formatLimit(long double Value) {
  std::string Text;
  llvm::raw_string_ostream(Text) << llvm::format("%.1Lf", Value);
  return Text;
}

/// The guard to add, for the variable whose values are bad or a placeholder.
void noteGuardToAdd(ClangTidyCheck &Check, const Conversion &C, const ReachingValues &Reaching,
                    const IntegerConversionRange *Range, llvm::StringRef Function,
                    const char *NoFixReason) {
  std::string Name;
  for (const auto &[Var, Values] : Reaching.Reads)
    if (BadValues::in(Values, Range).any()) {
      Name = Var.spelling();
      break;
    }
  const bool HasName = !Name.empty();
  if (!HasName)
    Name = "value";
  // Written so that NaN fails it.
  const std::string Guard = Range != nullptr
                                ? "if (!(" + Name + " > " + formatLimit(Range->Below) + " && " +
                                      Name + " < " + formatLimit(Range->Above) + "))"
                                : "if (!std::isfinite(" + Name + "))";
  if (NoFixReason != nullptr)
    Check.diag(C.Location, "check it first ('%0 ...') or convert with '%1' (no automatic fix: %2)",
               DiagnosticIDs::Note)
        << Guard << Function << NoFixReason;
  else if (!HasName)
    Check.diag(C.Location, "store it in a variable and check it first: '%0 ...'",
               DiagnosticIDs::Note)
        << Guard;
  else
    Check.diag(C.Location, "check it first: '%0 ...'", DiagnosticIDs::Note) << Guard;
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
  Finder = &UserCode.attach(*Finder);
  Finder->addMatcher(implicitCastExpr(hasCastKind(CK_FloatingToIntegral),
                                      unless(isExpansionInSystemHeader()))
                         .bind("conversion"),
                     this);
  Finder->addMatcher(compoundAssignOperator(convertsFloatingResultToInteger(),
                                            unless(isExpansionInSystemHeader()))
                         .bind("compound"),
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
  Conversion C = conversionOf(Result);
  if (C.Site == nullptr || C.Location.isInvalid() || Reported.contains(C.Location))
    return;
  // Constants never reach run time as a conversion.
  Expr::EvalResult Constant;
  if (C.Converted != nullptr &&
      (C.Converted->isValueDependent() ||
       (C.Converted->EvaluateAsRValue(Constant, Ctx) && !Constant.HasSideEffects)))
    return;

  C.Function = enclosingCallable(Ctx, *C.Site);
  FunctionAnalysis *Analysis = C.Function != nullptr ? &analysisOf(C.Function) : nullptr;
  std::optional<UntrustedOrigin> Origin;
  if (Analysis != nullptr) {
    // A division under a guard that rules its divisor zero out is no origin.
    const auto IsSafe = [&](const BinaryOperator &Division) {
      const GuardDominance *Flow = Analysis->flow(Ctx, MaxCFGBlocks);
      return Flow != nullptr && isDivisorProvenNonZero(Division, *Flow, Analysis->Writes, Ctx);
    };
    Origin = findUntrustedOrigin(C.Converted != nullptr ? C.Converted : C.Compound->getRHS(),
                                 C.Function, Analysis->Writes, Ctx, IsSafe);
  }
  if (!FlagAll && !Origin)
    return;
  ReachingValues Reaching;
  if (Analysis != nullptr) {
    // Functions over the limit are not analysed, and nothing in them is reported.
    const GuardDominance *Flow = Analysis->flow(Ctx, MaxCFGBlocks);
    if (Flow == nullptr || !Flow->isReachable(C.Site))
      return;
    Reaching = reachingValues(C, *Flow, Analysis->Writes, Ctx);
  } else if (C.Converted != nullptr) {
    Reaching.Values = valuesOfExprAlone(C.Converted, Ctx);
  }
  const IntegerConversionRange Range = IntegerConversionRange::of(C.To, Ctx);
  const IntegerConversionRange *RangeIfRequired = RequireRangeCheck ? &Range : nullptr;
  const BadValues Bad = BadValues::in(Reaching.Values, RangeIfRequired);
  if (!Bad.any() || isUnevaluated(C.Site, C.Function, Ctx))
    return;
  Reported.insert(C.Location);

  const char *NoFixReason = CheckedConversionFunction.empty()
                                ? nullptr
                                : whyNoFix(C, CheckedConversionFunction, Ctx);
  const bool Fixable = !CheckedConversionFunction.empty() && NoFixReason == nullptr;
  {
    const DiagnosticBuilder Diag =
        diag(C.Location, "conversion from %0 to %1 is undefined behaviour when the value is %2")
        << C.From << C.To << Bad.describe();
    if (Fixable)
      Diag << checkedConversionFix(C.Explicit, CheckedConversionFunction, Ctx);
  }
  if (Origin)
    noteOrigin(*this, *Origin);
  noteLeaks(*this, Reaching.Leaks, Bad, RangeIfRequired, C.To);
  if (!Fixable)
    noteGuardToAdd(*this, C, Reaching, RangeIfRequired, CheckedConversionFunction, NoFixReason);
}

} // namespace clang::tidy::allochunt
