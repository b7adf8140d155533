//===--- GlobalAllocatorContractCheck.cpp - allochunt-global-allocator-contract
//
// Looks at every definition of `operator new`, `new[]`, `delete` and
// `delete[]` outside system headers: global replacements and class-specific
// ones alike. Each allocation function's body is walked once (not into
// lambdas or local classes, which are other functions) for what it returns,
// what it throws outside a `try`, which variables its conditions test and
// which static variables it writes. The replaced global forms are collected
// over the translation unit and judged as families at its end. Template
// patterns are analysed once; their instantiations are skipped.
//
//===----------------------------------------------------------------------===//

#include "checks/GlobalAllocatorContractCheck.h"

#include "lib/ParameterUse.h"
#include "lib/QualifiedNameList.h"
#include "lib/RejectedCode.h"
#include "lib/TrackedVariable.h"
#include "lib/VariableWrites.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/TargetInfo.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang::ast_matchers;

namespace clang::tidy::allochunt {

static constexpr llvm::StringLiteral DefaultNullReturningAllocators =
    "::malloc;::calloc;::realloc;::reallocarray;::aligned_alloc;::memalign;"
    "::valloc;::pvalloc;::_aligned_malloc;::mi_malloc;::mi_calloc;"
    "::mi_malloc_aligned;::je_malloc;::je_calloc;::je_aligned_alloc;"
    "::tc_malloc;::dlmalloc;::rpmalloc;::rpcalloc;::rpaligned_alloc";

GlobalAllocatorContractCheck::GlobalAllocatorContractCheck(
    StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      AssumeSingleThreaded(Options.get("AssumeSingleThreaded", false)),
      RawNullReturningAllocators(Options.get("NullReturningAllocators",
                                             DefaultNullReturningAllocators)),
      NullReturningAllocators(
          parseFunctionList("NullReturningAllocators", RawNullReturningAllocators)),
      RawUnderAlignedAllocators(Options.get("UnderAlignedAllocators", "")),
      UnderAlignedAllocators(
          parseFunctionList("UnderAlignedAllocators", RawUnderAlignedAllocators)) {}

std::vector<std::string>
GlobalAllocatorContractCheck::parseFunctionList(StringRef Option,
                                                StringRef Raw) {
  llvm::SmallVector<std::string, 1> Invalid;
  std::vector<std::string> Names = parseQualifiedNameList(Raw, Invalid);
  if (!Invalid.empty())
    configurationDiag("invalid entry '%0' in option "
                      "'allochunt-global-allocator-contract.%1': expected "
                      "qualified function names such as '::malloc', "
                      "separated by ';'",
                      DiagnosticIDs::Error)
        << Invalid.front() << Option;
  // Compare with "::name" whether or not the entry was written with it.
  for (std::string &Name : Names)
    if (!llvm::StringRef(Name).starts_with("::"))
      Name.insert(0, "::");
  return Names;
}

void GlobalAllocatorContractCheck::storeOptions(
    ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "AssumeSingleThreaded", AssumeSingleThreaded);
  Options.store(Opts, "NullReturningAllocators", RawNullReturningAllocators);
  Options.store(Opts, "UnderAlignedAllocators", RawUnderAlignedAllocators);
}

void GlobalAllocatorContractCheck::registerMatchers(MatchFinder *Finder) {
  Finder = &UserCode.attach(*Finder);
  Finder->addMatcher(
      functionDecl(hasAnyOverloadedOperatorName("new", "new[]", "delete",
                                                "delete[]"),
                   unless(isImplicit()), unless(isExpansionInSystemHeader()))
          .bind("function"),
      this);
}

void GlobalAllocatorContractCheck::onStartOfTranslationUnit() {
  Replaced.fill(false);
  Definitions.fill(nullptr);
  Rejected = false;
}

static bool isNoThrow(const FunctionDecl &Function) {
  const auto *Proto = Function.getType()->getAs<FunctionProtoType>();
  return Proto != nullptr && Proto->isNothrow();
}

static bool isAllocation(const FunctionDecl &Function) {
  return Function.getOverloadedOperator() == OO_New ||
         Function.getOverloadedOperator() == OO_Array_New;
}

void GlobalAllocatorContractCheck::check(
    const MatchFinder::MatchResult &Result) {
  const auto *Function = Result.Nodes.getNodeAs<FunctionDecl>("function");
  if (Function == nullptr)
    return;
  if (isRejectedByCompiler(*Result.Context)) {
    Rejected = true;
    return;
  }
  if (Function->getTemplateInstantiationPattern() != nullptr)
    return;
  if (Function->isReplaceableGlobalAllocationFunction())
    if (const std::optional<AllocationFunctionForm> Form =
            allocationFunctionForm(*Function)) {
      Replaced[Form->index()] = true;
      if (Function->doesThisDeclarationHaveABody() &&
          Definitions[Form->index()] == nullptr)
        Definitions[Form->index()] = Function;
    }
  if (!Function->doesThisDeclarationHaveABody() ||
      Function->getBody() == nullptr)
    return;
  if (isAllocation(*Function))
    checkAllocation(*Function, *Result.Context);
  if (!AssumeSingleThreaded)
    checkSharedState(*Function);
}

namespace {

// How a non-throwing allocation function can still throw.
enum class ThrowKind : std::uint8_t { Expression, Call, NewExpression };

struct ThrowSite {
  const Expr *Site;
  ThrowKind Kind;
};

// What one walk over a function body finds, outside lambdas and local
// classes.
struct BodyFacts {
  llvm::SmallVector<const ReturnStmt *, 4> Returns;
  /// Returns in the `then` branch of `if (size == 0)` (or `!size`).
  llvm::DenseSet<const ReturnStmt *> ZeroSizeReturns;
  /// Throws and calls of throwing allocation functions outside a `try` block.
  llvm::SmallVector<ThrowSite, 2> Throws;
  /// Variables read in a condition or a comparison: null tests, alignment
  /// dispatch.
  llvm::DenseSet<const VarDecl *> Tested;
  /// Builtin writes (assignment, increment) to a variable of static storage.
  llvm::SmallVector<std::pair<const Expr *, const VarDecl *>, 2> StaticWrites;
  /// Whether the body takes a lock: a lock_guard-like local, a call to
  /// something named `*lock*`, a critical section, or an atomic
  /// test-and-set or compare-exchange (a spin lock).
  bool Locks = false;
};

bool mentionsLock(llvm::StringRef Name) {
  const std::string Lower = Name.lower();
  return llvm::StringRef(Lower).contains("lock") ||
         llvm::StringRef(Lower).contains("mutex") ||
         llvm::StringRef(Lower).contains("guard") ||
         llvm::StringRef(Lower).contains("criticalsection");
}

bool refersTo(const Expr *E, const ParmVarDecl *Param) {
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(
      E != nullptr ? E->IgnoreParenImpCasts() : nullptr);
  return Param != nullptr && Ref != nullptr && Ref->getDecl() == Param;
}

bool isZeroLiteral(const Expr *E) {
  const auto *Literal = dyn_cast<IntegerLiteral>(E->IgnoreParenImpCasts());
  return Literal != nullptr && Literal->getValue() == 0;
}

// `size == 0`, `0 == size`, `!size`, or either side of an `||` being one.
bool isZeroSizeTest(const Expr *Condition, const ParmVarDecl *Size) {
  const Expr *E = Condition->IgnoreParenImpCasts();
  if (const auto *Unary = dyn_cast<UnaryOperator>(E))
    return Unary->getOpcode() == UO_LNot && refersTo(Unary->getSubExpr(), Size);
  const auto *Binary = dyn_cast<BinaryOperator>(E);
  if (Binary == nullptr)
    return false;
  if (Binary->getOpcode() == BO_LOr)
    return isZeroSizeTest(Binary->getLHS(), Size) ||
           isZeroSizeTest(Binary->getRHS(), Size);
  return Binary->getOpcode() == BO_EQ &&
         ((refersTo(Binary->getLHS(), Size) && isZeroLiteral(Binary->getRHS())) ||
          (refersTo(Binary->getRHS(), Size) && isZeroLiteral(Binary->getLHS())));
}

class BodyWalker {
public:
  BodyWalker(BodyFacts &Facts, const ParmVarDecl *Size)
      : Facts(Facts), Size(Size) {}

  void walk(const Stmt *S, bool InTry) {
    if (S == nullptr || isa<LambdaExpr, BlockExpr>(S))
      return;
    if (const auto *Try = dyn_cast<CXXTryStmt>(S)) {
      walk(Try->getTryBlock(), true);
      for (unsigned I = 0; I < Try->getNumHandlers(); ++I)
        walk(Try->getHandler(I)->getHandlerBlock(), InTry);
      return;
    }
    visit(S, InTry);
    for (const Stmt *Child : S->children())
      walk(Child, InTry);
  }

private:
  void visit(const Stmt *S, bool InTry) {
    if (const auto *Return = dyn_cast<ReturnStmt>(S))
      Facts.Returns.push_back(Return);
    else if (const auto *If = dyn_cast<IfStmt>(S))
      visitIf(*If);
    else if (const auto *While = dyn_cast<WhileStmt>(S))
      collectTested(While->getCond());
    else if (const auto *Do = dyn_cast<DoStmt>(S))
      collectTested(Do->getCond());
    else if (const auto *For = dyn_cast<ForStmt>(S))
      collectTested(For->getCond());
    else if (const auto *Conditional = dyn_cast<AbstractConditionalOperator>(S))
      collectTested(Conditional->getCond());
    else if (const auto *Unary = dyn_cast<UnaryOperator>(S))
      visitUnary(*Unary);
    else if (const auto *Binary = dyn_cast<BinaryOperator>(S))
      visitBinary(*Binary);
    else if (const auto *Decls = dyn_cast<DeclStmt>(S))
      visitDecls(*Decls);
    else if (!InTry)
      visitPossibleThrow(*S);
    if (const auto *Call = dyn_cast<CallExpr>(S))
      if (const FunctionDecl *Callee = Call->getDirectCallee();
          Callee != nullptr && Callee->getIdentifier() != nullptr &&
          (mentionsLock(Callee->getName()) ||
           Callee->getName().contains("test_and_set") ||
           Callee->getName().contains("compare_exchange")))
        Facts.Locks = true;
  }

  void visitIf(const IfStmt &If) {
    collectTested(If.getCond());
    if (If.getCond() == nullptr || !isZeroSizeTest(If.getCond(), Size))
      return;
    if (const auto *Return = dyn_cast<ReturnStmt>(If.getThen()))
      Facts.ZeroSizeReturns.insert(Return);
    else if (const auto *Block = dyn_cast<CompoundStmt>(If.getThen()))
      for (const Stmt *Child : Block->body())
        if (const auto *Return = dyn_cast<ReturnStmt>(Child))
          Facts.ZeroSizeReturns.insert(Return);
  }

  void visitUnary(const UnaryOperator &Unary) {
    if (Unary.getOpcode() == UO_LNot)
      collectTested(Unary.getSubExpr());
    else if (Unary.isIncrementDecrementOp())
      recordWrite(Unary, Unary.getSubExpr());
  }

  void visitBinary(const BinaryOperator &Binary) {
    if (Binary.isLogicalOp() || Binary.isEqualityOp()) {
      collectTested(Binary.getLHS());
      collectTested(Binary.getRHS());
    } else if (Binary.isAssignmentOp()) {
      recordWrite(Binary, Binary.getLHS());
    }
  }

  void visitDecls(const DeclStmt &Decls) {
    for (const Decl *D : Decls.decls())
      if (const auto *Var = dyn_cast<VarDecl>(D))
        if (mentionsLock(Var->getType().getAsString()))
          Facts.Locks = true;
  }

  void visitPossibleThrow(const Stmt &S) {
    if (isa<CXXThrowExpr>(S)) {
      Facts.Throws.push_back({cast<Expr>(&S), ThrowKind::Expression});
    } else if (const auto *New = dyn_cast<CXXNewExpr>(&S)) {
      if (New->getOperatorNew() != nullptr && !isNoThrow(*New->getOperatorNew()))
        Facts.Throws.push_back({New, ThrowKind::NewExpression});
    } else if (const auto *Call = dyn_cast<CallExpr>(&S)) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      if (Callee != nullptr && isAllocation(*Callee) && !isNoThrow(*Callee))
        Facts.Throws.push_back({Call, ThrowKind::Call});
    }
  }

  void recordWrite(const Expr &Write, const Expr *Target) {
    const VarDecl *Var = TrackedVariable::rootOfLValue(Target);
    if (Var != nullptr && Var->hasGlobalStorage() &&
        Var->getTLSKind() == VarDecl::TLS_None &&
        !Var->getType()->isAtomicType())
      Facts.StaticWrites.emplace_back(&Write, Var);
  }

  // Every variable \p E reads, outside lambdas.
  void collectTested(const Stmt *E) {
    if (E == nullptr || isa<LambdaExpr>(E))
      return;
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
        Facts.Tested.insert(Var);
    for (const Stmt *Child : E->children())
      collectTested(Child);
  }

  BodyFacts &Facts;
  const ParmVarDecl *Size;
};

BodyFacts factsOf(const FunctionDecl &Function) {
  BodyFacts Facts;
  const ParmVarDecl *Size =
      Function.getNumParams() > 0 ? Function.getParamDecl(0) : nullptr;
  BodyWalker(Facts, Size).walk(Function.getBody(), false);
  return Facts;
}

// How a message names \p Function: the global declaration it replaces, or
// `Class::operator new`.
std::string describe(const FunctionDecl &Function) {
  if (const auto *Method = dyn_cast<CXXMethodDecl>(&Function))
    return Method->getParent()->getName().str() +
           "::" + Function.getNameAsString();
  if (const std::optional<AllocationFunctionForm> Form =
          allocationFunctionForm(Function))
    return spellAllocationFunction(*Form);
  return Function.getNameAsString();
}

bool isNullConstant(const Expr &E, ASTContext &Ctx) {
  return E.isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull) !=
         Expr::NPCK_NotNull;
}

// The name a list entry such as "::malloc" matches: C library functions
// in namespace std count as global.
std::string comparableName(const FunctionDecl &Callee) {
  const DeclContext *Context = Callee.getDeclContext()->getRedeclContext();
  if (Context->isStdNamespace() && Callee.getIdentifier() != nullptr)
    return "::" + Callee.getName().str();
  return "::" + Callee.getQualifiedNameAsString();
}

bool isUnalignedCAllocator(const FunctionDecl &Callee) {
  const std::string Name = comparableName(Callee);
  return Name == "::malloc" || Name == "::calloc" || Name == "::realloc";
}

bool isAligningAllocator(const FunctionDecl &Callee) {
  const std::string Name = comparableName(Callee);
  return Name == "::aligned_alloc" || Name == "::posix_memalign" ||
         Name == "::memalign" || Name == "::_aligned_malloc" ||
         (isAllocation(Callee) && alignmentParameter(Callee) != nullptr);
}

} // namespace

bool GlobalAllocatorContractCheck::isNullReturningAllocator(
    const FunctionDecl &Callee) const {
  return llvm::is_contained(NullReturningAllocators, comparableName(Callee));
}

// The call of an allocator accepted by \p IsAllocator whose result \p Value
// is: the call itself, or a local variable every write of which is such a
// call (and, when \p UntestedOnly, which no condition tests).
static const CallExpr *
allocatorResult(const Expr &Value, const FunctionDecl &Function,
                const BodyFacts &Facts, bool UntestedOnly,
                llvm::function_ref<bool(const FunctionDecl &)> IsAllocator) {
  const auto IsAllocatorCall = [&](const Expr *E) -> const CallExpr * {
    const auto *Call =
        dyn_cast_or_null<CallExpr>(E != nullptr ? E->IgnoreParenCasts() : nullptr);
    const FunctionDecl *Callee =
        Call != nullptr ? Call->getDirectCallee() : nullptr;
    return Callee != nullptr && IsAllocator(*Callee) ? Call : nullptr;
  };
  const Expr *E = Value.IgnoreParenCasts();
  if (const CallExpr *Call = IsAllocatorCall(E))
    return Call;
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  const auto *Var = Ref != nullptr ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (Var == nullptr || !Var->isLocalVarDecl() || Var->isStaticLocal() ||
      (UntestedOnly && Facts.Tested.contains(Var)))
    return nullptr;
  const VariableWrites Writes(&Function);
  if (Writes.escapes(Var) || Writes.writesOf(Var).empty())
    return nullptr;
  const CallExpr *First = nullptr;
  for (const VariableWrite &Write : Writes.writesOf(Var)) {
    const CallExpr *Call =
        Write.WriteKind == VariableWrite::Initialization ||
                Write.WriteKind == VariableWrite::Assignment
            ? IsAllocatorCall(Write.Value)
            : nullptr;
    if (Call == nullptr)
      return nullptr;
    if (First == nullptr)
      First = Call;
  }
  return First;
}

// The call of one of \p UnderAligned whose result \p New returns, if any.
static const CallExpr *underAlignedResult(const FunctionDecl &New,
                                          const BodyFacts &Facts,
                                          llvm::ArrayRef<std::string> UnderAligned) {
  if (UnderAligned.empty())
    return nullptr;
  const auto IsUnderAligned = [UnderAligned](const FunctionDecl &Callee) {
    return llvm::is_contained(UnderAligned, comparableName(Callee));
  };
  for (const ReturnStmt *Return : Facts.Returns)
    if (const Expr *Value = Return->getRetValue())
      if (const CallExpr *Call =
              allocatorResult(*Value, New, Facts, /*UntestedOnly=*/false,
                              IsUnderAligned))
        return Call;
  return nullptr;
}

void GlobalAllocatorContractCheck::checkAllocation(const FunctionDecl &New,
                                                   ASTContext &Ctx) {
  const BodyFacts Facts = factsOf(New);
  const std::string Name = describe(New);
  const bool NoThrow = isNoThrow(New);
  for (const ReturnStmt *Return : Facts.Returns) {
    const Expr *Value = Return->getRetValue();
    if (Value == nullptr || Value->isValueDependent())
      continue;
    if (isNullConstant(*Value, Ctx)) {
      // At the `return`: the null constant may be a system header's NULL.
      if (Facts.ZeroSizeReturns.contains(Return))
        diag(Return->getBeginLoc(),
             "'%0' returns a null pointer for a request of 0 bytes; it must "
             "return a distinct non-null pointer; allocate 1 byte instead")
            << Name;
      else if (!NoThrow)
        diag(Return->getBeginLoc(),
             "'%0' returns a null pointer, but it is not 'noexcept', so "
             "new-expressions use its result unchecked (undefined behaviour); "
             "throw 'std::bad_alloc' (or call the new-handler) when "
             "allocation fails")
            << Name;
      continue;
    }
    if (NoThrow)
      continue;
    const CallExpr *Unchecked = allocatorResult(
        *Value, New, Facts, /*UntestedOnly=*/true,
        [this](const FunctionDecl &Callee) {
          return isNullReturningAllocator(Callee);
        });
    if (Unchecked == nullptr)
      continue;
    const auto *Callee = Unchecked->getDirectCallee();
    diag(Value->getBeginLoc(),
         "'%0' returns the result of %1 without testing it for null, but it "
         "is not 'noexcept', so new-expressions use its result unchecked "
         "(undefined behaviour); throw 'std::bad_alloc' (or call the "
         "new-handler) when %1 returns null")
        << Name << Callee;
    if (Unchecked->IgnoreParenCasts() != Value->IgnoreParenCasts())
      diag(Unchecked->getBeginLoc(), "the pointer comes from %0 here",
           DiagnosticIDs::Note)
          << Callee;
  }
  if (NoThrow)
    for (const ThrowSite &Throw : Facts.Throws) {
      const FunctionDecl *Callee = nullptr;
      if (const auto *Call = dyn_cast<CallExpr>(Throw.Site))
        Callee = Call->getDirectCallee();
      diag(Throw.Site->getBeginLoc(),
           "'%0' is 'noexcept', but %select{this throw expression|this call "
           "of the throwing '%2'|this new-expression}1 can throw, which "
           "calls 'std::terminate'; catch the exception and return a null "
           "pointer")
          << Name << static_cast<unsigned>(Throw.Kind)
          << (Callee != nullptr ? describe(*Callee) : std::string());
    }

  const ParmVarDecl *Alignment = alignmentParameter(New);
  if (Alignment == nullptr) {
    if (const CallExpr *Call =
            underAlignedResult(New, Facts, UnderAlignedAllocators))
      diag(Call->getBeginLoc(),
           "'%0' returns memory from %1, which is aligned below "
           "'__STDCPP_DEFAULT_NEW_ALIGNMENT__' (%2 bytes); objects that need "
           "that alignment get misaligned memory (undefined behaviour); "
           "allocate with an allocator that aligns to it")
          << Name << Call->getDirectCallee()
          << static_cast<unsigned>(Ctx.getTargetInfo().getNewAlign() /
                                   Ctx.getCharWidth());
    return;
  }
  const bool ReturnsMemory =
      llvm::any_of(Facts.Returns, [&Ctx](const ReturnStmt *Return) {
        return Return->getRetValue() != nullptr &&
               !isNullConstant(*Return->getRetValue(), Ctx);
      });
  if (!ReturnsMemory)
    return;
  if (!isParameterRead(New, *Alignment, Ctx)) {
    // A class-specific form may align to a fixed value it knows suffices
    // for its class.
    if (isa<CXXMethodDecl>(New) &&
        llvm::any_of(Facts.Returns, [&](const ReturnStmt *Return) {
          return Return->getRetValue() != nullptr &&
                 allocatorResult(*Return->getRetValue(), New, Facts,
                                 /*UntestedOnly=*/false,
                                 isAligningAllocator) != nullptr;
        }))
      return;
    diag(New.getLocation(),
         "'%0' ignores the requested alignment; over-aligned types get memory "
         "aligned only for 'std::max_align_t' at best (undefined behaviour); "
         "%select{pass '%2'|name the alignment parameter and pass it}1 to "
         "'aligned_alloc' or 'posix_memalign'")
        << Name << Alignment->getName().empty() << Alignment->getName();
    return;
  }
  if (Facts.Tested.contains(Alignment))
    return;
  for (const ReturnStmt *Return : Facts.Returns)
    if (const Expr *Value = Return->getRetValue())
      if (const CallExpr *Unaligned =
              allocatorResult(*Value, New, Facts, /*UntestedOnly=*/false,
                              isUnalignedCAllocator)) {
        diag(Unaligned->getBeginLoc(),
             "'%0' serves an aligned request with %1, which aligns only for "
             "'std::max_align_t' (undefined behaviour for over-aligned types); "
             "pass '%2' to 'aligned_alloc' or 'posix_memalign'")
            << Name << Unaligned->getDirectCallee() << Alignment->getName();
        return;
      }
}

void GlobalAllocatorContractCheck::checkSharedState(
    const FunctionDecl &Function) {
  const BodyFacts Facts = factsOf(Function);
  if (Facts.Locks)
    return;
  llvm::SmallPtrSet<const VarDecl *, 2> Reported;
  for (const auto &[Write, Var] : Facts.StaticWrites) {
    if (!Reported.insert(Var).second)
      continue;
    diag(Write->getBeginLoc(),
         "'%0' writes %1 without an atomic or a lock; allocations on other "
         "threads race on it (undefined behaviour); make it 'std::atomic' or "
         "guard it with a mutex (or set 'AssumeSingleThreaded' if the program "
         "never runs threads)")
        << describe(Function) << Var;
    diag(Var->getLocation(), "%0 is declared here", DiagnosticIDs::Note) << Var;
  }
}

void GlobalAllocatorContractCheck::onEndOfTranslationUnit() {
  if (Rejected)
    return;
  const auto IsReplaced = [this](AllocationFunctionForm Form) {
    return Replaced[Form.index()];
  };
  for (const IncompleteFamily &Family : incompleteFamilies(IsReplaced)) {
    const FunctionDecl *Definition = Definitions[Family.Replaced.index()];
    if (Definition == nullptr)
      continue;
    diag(Definition->getLocation(),
         "'%0' is replaced but '%1' is not; memory %select{from the "
         "replacement is released by the default '%1'|from the default '%1' "
         "is released by the replacement}2, which mixes two heaps (undefined "
         "behaviour); replace '%1' too, or declare it in this file if another "
         "one replaces it")
        << spellAllocationFunction(Family.Replaced)
        << spellAllocationFunction(Family.Missing) << Family.Replaced.IsDelete;
  }
}

} // namespace clang::tidy::allochunt
