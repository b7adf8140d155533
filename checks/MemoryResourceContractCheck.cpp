//===--- MemoryResourceContractCheck.cpp - allochunt-memory-resource-contract
//
// Looks at the three virtual functions of each class derived from a memory
// resource base, and at every user-written operator== between two allocator
// classes. Template patterns are analysed once; their instantiations are
// skipped, so each source location is reported at most once.
//
//===----------------------------------------------------------------------===//

#include "checks/MemoryResourceContractCheck.h"

#include "lib/AllocationFamily.h"
#include "lib/AllocatorClasses.h"
#include "lib/ParameterUse.h"
#include "lib/QualifiedNameList.h"
#include "lib/RejectedCode.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::allochunt {

static constexpr llvm::StringLiteral DefaultMemoryResourceBases =
    "::std::pmr::memory_resource;::std::experimental::pmr::memory_resource;"
    "::boost::container::pmr::memory_resource";

MemoryResourceContractCheck::MemoryResourceContractCheck(
    StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      RawMemoryResourceBases(
          Options.get("MemoryResourceBases", DefaultMemoryResourceBases)),
      MemoryResourceBases([this] {
        llvm::SmallVector<std::string, 1> Invalid;
        std::vector<std::string> Names =
            parseQualifiedNameList(RawMemoryResourceBases, Invalid);
        if (!Invalid.empty())
          configurationDiag(
              "invalid entry '%0' in option "
              "'allochunt-memory-resource-contract.MemoryResourceBases': "
              "expected qualified class names such as "
              "'::std::pmr::memory_resource', separated by ';'",
              DiagnosticIDs::Error)
              << Invalid.front();
        return Names;
      }()) {}

void MemoryResourceContractCheck::storeOptions(
    ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "MemoryResourceBases", RawMemoryResourceBases);
}

void MemoryResourceContractCheck::registerMatchers(MatchFinder *Finder) {
  Finder = &UserCode.attach(*Finder);
  if (!MemoryResourceBases.empty())
    Finder->addMatcher(
        cxxMethodDecl(
            hasAnyName("do_allocate", "do_deallocate", "do_is_equal"),
            isDefinition(), unless(isExpansionInSystemHeader()),
            ofClass(cxxRecordDecl(isDerivedFrom(
                cxxRecordDecl(hasAnyName(std::vector<StringRef>(
                    MemoryResourceBases.begin(), MemoryResourceBases.end())))))))
            .bind("override"),
        this);
  Finder->addMatcher(
      functionDecl(hasOverloadedOperatorName("=="), isDefinition(),
                   unless(isDefaulted()), unless(isExpansionInSystemHeader()))
          .bind("equality"),
      this);
}

// Instantiations repeat their pattern, which is analysed instead.
static bool isInstantiation(const FunctionDecl &Function) {
  return Function.getTemplateInstantiationPattern() != nullptr;
}

void MemoryResourceContractCheck::check(
    const MatchFinder::MatchResult &Result) {
  if (isRejectedByCompiler(*Result.Context))
    return;
  if (const auto *Method = Result.Nodes.getNodeAs<CXXMethodDecl>("override")) {
    if (isInstantiation(*Method) || Method->getBody() == nullptr)
      return;
    if (Method->getName() == "do_allocate")
      checkAllocate(*Method, *Result.Context);
    else if (Method->getName() == "do_deallocate")
      checkDeallocate(*Method, *Result.Context);
    else
      checkIsEqual(*Method, *Result.Context);
    return;
  }
  if (const auto *Equality = Result.Nodes.getNodeAs<FunctionDecl>("equality"))
    if (!isInstantiation(*Equality) && Equality->getBody() != nullptr)
      checkAllocatorEquality(*Equality);
}

// The values \p Function returns; nested lambdas included, which at worst
// makes a function look less constant than it is.
static SmallVector<const Expr *, 4> returnedValues(const FunctionDecl &Function,
                                                   ASTContext &Ctx) {
  SmallVector<const Expr *, 4> Values;
  for (const BoundNodes &Match :
       match(findAll(returnStmt().bind("return")), *Function.getBody(), Ctx))
    if (const Expr *Value =
            Match.getNodeAs<ReturnStmt>("return")->getRetValue())
      Values.push_back(Value);
  return Values;
}

// Whether \p Value is a constant of the given truth (`true`, `1 == 1`...).
static bool isConstantBool(const Expr &Value, bool Truth, ASTContext &Ctx) {
  bool Result = false;
  return !Value.isValueDependent() &&
         Value.EvaluateAsBooleanCondition(Result, Ctx) && Result == Truth;
}

void MemoryResourceContractCheck::checkAllocate(const CXXMethodDecl &Allocate,
                                                ASTContext &Ctx) {
  if (Allocate.getNumParams() != 2)
    return;
  // A resource that never hands out memory (it throws, or returns null) has
  // no alignment to honour.
  const bool ReturnsMemory = llvm::any_of(
      returnedValues(Allocate, Ctx), [&Ctx](const Expr *Value) {
        return Value->isNullPointerConstant(
                   Ctx, Expr::NPC_ValueDependentIsNotNull) == Expr::NPCK_NotNull;
      });
  const ParmVarDecl &Alignment = *Allocate.getParamDecl(1);
  if (!ReturnsMemory || isParameterRead(Allocate, Alignment, Ctx))
    return;
  diag(Allocate.getLocation(),
       "'do_allocate' ignores the requested alignment; over-aligned requests "
       "get misaligned memory (undefined behaviour); %select{pass '%1'|name "
       "the alignment parameter and pass it}0 to the underlying allocation")
      << Alignment.getName().empty() << Alignment.getName();
}

// The definition of the do_allocate that pairs with \p Deallocate.
static const FunctionDecl *allocateOf(const CXXMethodDecl &Deallocate) {
  const CXXRecordDecl &Class = *Deallocate.getParent();
  for (const NamedDecl *Member :
       Class.lookup(&Class.getASTContext().Idents.get("do_allocate"))) {
    const auto *Method = dyn_cast<CXXMethodDecl>(Member);
    const FunctionDecl *Definition =
        Method != nullptr ? Method->getDefinition() : nullptr;
    if (Definition != nullptr && Definition->getBody() != nullptr)
      return Definition;
  }
  return nullptr;
}

using FamilySites = SmallVector<std::pair<AllocationFamily, const Expr *>, 2>;

static bool isOneOf(AllocationFamily Family, const FamilySites &Sites) {
  return llvm::any_of(Sites, [Family](const auto &Site) {
    return Site.first == Family;
  });
}

void MemoryResourceContractCheck::checkDeallocate(
    const CXXMethodDecl &Deallocate, ASTContext &Ctx) {
  const FunctionDecl *Allocate = allocateOf(Deallocate);
  if (Allocate == nullptr)
    return;
  const auto AnyCall =
      expr(anyOf(callExpr(), cxxNewExpr(), cxxDeleteExpr())).bind("e");
  // The families do_allocate draws from, each with its first site.
  FamilySites Allocated;
  for (const BoundNodes &Match :
       match(findAll(AnyCall), *Allocate->getBody(), Ctx)) {
    const auto *Site = Match.getNodeAs<Expr>("e");
    const std::optional<AllocationFamily> Family = allocationFamilyOf(*Site);
    if (Family.has_value() && !isOneOf(*Family, Allocated))
      Allocated.emplace_back(*Family, Site);
  }
  if (Allocated.empty())
    return;
  for (const BoundNodes &Match :
       match(findAll(AnyCall), *Deallocate.getBody(), Ctx)) {
    const auto *Site = Match.getNodeAs<Expr>("e");
    const std::optional<AllocationFamily> Family = deallocationFamilyOf(*Site);
    if (!Family.has_value() || isOneOf(*Family, Allocated))
      continue;
    const auto &[Expected, AllocationSite] = Allocated.front();
    diag(Site->getBeginLoc(),
         "'do_deallocate' releases memory with %0, but 'do_allocate' obtains "
         "it from %1; mixing the two is undefined behaviour; release it with "
         "%2")
        << describeDeallocation(*Family) << describeAllocation(Expected)
        << describeDeallocation(Expected);
    diag(AllocationSite->getBeginLoc(), "memory is obtained from %0 here",
         DiagnosticIDs::Note)
        << describeAllocation(Expected);
  }
}

void MemoryResourceContractCheck::checkIsEqual(const CXXMethodDecl &IsEqual,
                                               ASTContext &Ctx) {
  if (IsEqual.getNumParams() != 1)
    return;
  const ParmVarDecl &Other = *IsEqual.getParamDecl(0);
  const auto MayBeTrue = [&Ctx](const ReturnStmt *Return) {
    const Expr *Value = Return->getRetValue();
    return Value != nullptr && !isConstantBool(*Value, false, Ctx);
  };
  if (!isParameterRead(IsEqual, Other, Ctx)) {
    if (llvm::any_of(returnedValues(IsEqual, Ctx), [&Ctx](const Expr *Value) {
          return !isConstantBool(*Value, false, Ctx);
        }))
      diag(IsEqual.getLocation(),
           "'do_is_equal' returns true without looking at %select{'%1'|the "
           "other resource}0; memory from this resource may then be "
           "deallocated by a different one; compare the other resource's "
           "address with 'this'")
          << Other.getName().empty() << Other.getName();
    return;
  }
  // `other` is looked at, but some path may say true before it is.
  const auto Unread = returnsBeforeParameterRead(IsEqual, Other, Ctx);
  const auto *Early = llvm::find_if(Unread, MayBeTrue);
  if (Early == Unread.end())
    return;
  diag(IsEqual.getLocation(),
       "'do_is_equal' can return true before comparing '%0'; the resource can "
       "then compare equal to a different resource, so memory allocated by "
       "one is deallocated by another; compare '%0' (its address, its dynamic "
       "type or its state) on every path that returns true")
      << Other.getName();
  diag((*Early)->getBeginLoc(), "this return is reached without comparing '%0'",
       DiagnosticIDs::Note)
      << Other.getName();
}

// The class a parameter of type `const A&`, `A`, `const A<U>&`... names; for
// a dependent specialization, the template's pattern.
static const CXXRecordDecl *classOfParameter(const ParmVarDecl &Param) {
  const QualType T = Param.getType().getNonReferenceType();
  if (const CXXRecordDecl *Class = T->getAsCXXRecordDecl())
    return Class;
  if (const auto *Spec = T->getAs<TemplateSpecializationType>())
    if (const auto *Template = dyn_cast_or_null<ClassTemplateDecl>(
            Spec->getTemplateName().getAsTemplateDecl()))
      return Template->getTemplatedDecl();
  return nullptr;
}

void MemoryResourceContractCheck::checkAllocatorEquality(
    const FunctionDecl &Equality) {
  const auto *Member = dyn_cast<CXXMethodDecl>(&Equality);
  const bool IsMember = Member != nullptr && !Member->isStatic();
  if (Equality.getNumParams() != (IsMember ? 1U : 2U))
    return;
  const CXXRecordDecl *Class = IsMember
                                   ? Member->getParent()
                                   : classOfParameter(*Equality.getParamDecl(0));
  const CXXRecordDecl *OtherClass =
      classOfParameter(*Equality.getParamDecl(IsMember ? 0 : 1));
  if (Class == nullptr || OtherClass == nullptr || !Class->hasDefinition() ||
      !isAllocatorClass(*Class) || !isAllocatorClass(*OtherClass) ||
      declaresAlwaysEqual(*Class))
    return;
  const FieldDecl *State = firstStatefulField(*Class);
  if (State == nullptr)
    return;
  ASTContext &Ctx = Equality.getASTContext();
  const auto Values = returnedValues(Equality, Ctx);
  if (Values.empty() || !llvm::all_of(Values, [&Ctx](const Expr *Value) {
        return isConstantBool(*Value, true, Ctx);
      }))
    return;
  diag(Equality.getLocation(),
       "allocator %0 compares equal to every other instance but holds state "
       "(%1); a container may then free memory through an allocator that did "
       "not allocate it; compare %1 in 'operator==', or declare "
       "'is_always_equal' as 'std::true_type' if the state does not decide "
       "where memory comes from")
      << Class << State;
}

} // namespace clang::tidy::allochunt
