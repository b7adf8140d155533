//===--- UnboundedStaticCacheCheck.cpp - allochunt-unbounded-static-cache -===//
//
// Evidence about a candidate container (a static or thread_local one the rest
// of the program cannot name) is spread over the translation unit, so it is
// collected in one pass of narrow matchers, each starting from a reference to
// a candidate, and judged in onEndOfTranslationUnit. Anything the check cannot
// follow (the address taken, a reference bound or returned, a non-const
// reference argument) counts as a possible bound: precision first.
//
//===----------------------------------------------------------------------===//

#include "checks/UnboundedStaticCacheCheck.h"

#include "lib/ContainerMutation.h"
#include "lib/QualifiedNameList.h"
#include "lib/RejectedCode.h"
#include "lib/RunsOnce.h"
#include "lib/UserCodeParents.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/DenseSet.h"

using namespace clang::ast_matchers;

namespace clang::tidy::allochunt {

static constexpr llvm::StringLiteral DefaultCacheTypes =
    "::std::map;::std::multimap;::std::set;::std::multiset;"
    "::std::unordered_map;::std::unordered_multimap;::std::unordered_set;"
    "::std::unordered_multiset;::std::vector";

// A variable with static or thread storage duration that only this
// translation unit can name: a function-local static, or one with internal
// linkage. A reference qualifies only when it binds a leaked `*new T`, the
// never-destroyed singleton idiom; otherwise it names someone else's object.
static bool isPrivateStaticStorage(const VarDecl &Node) {
  if (isa<ParmVarDecl>(Node) || !Node.hasGlobalStorage() ||
      Node.getDeclContext()->isDependentContext())
    return false;
  if (!Node.isStaticLocal() && Node.isExternallyVisible())
    return false;
  if (!Node.getType()->isReferenceType())
    return true;
  const Expr *Init = Node.getInit();
  const auto *Deref =
      dyn_cast_or_null<UnaryOperator>(
          Init != nullptr ? Init->IgnoreParenImpCasts() : nullptr);
  return Deref != nullptr && Deref->getOpcode() == UO_Deref &&
         isa<CXXNewExpr>(Deref->getSubExpr()->IgnoreParenImpCasts());
}

UnboundedStaticCacheCheck::UnboundedStaticCacheCheck(StringRef Name,
                                                     ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      RawCacheTypes(Options.get("CacheTypes", DefaultCacheTypes)),
      CacheTypes([this] {
        llvm::SmallVector<std::string, 1> Invalid;
        std::vector<std::string> Names =
            parseQualifiedNameList(RawCacheTypes, Invalid);
        if (!Invalid.empty())
          configurationDiag("invalid entry '%0' in option "
                            "'allochunt-unbounded-static-cache.CacheTypes': "
                            "expected qualified class names such as "
                            "'::std::map', separated by ';'",
                            DiagnosticIDs::Error)
              << Invalid.front();
        return Names;
      }()) {}

void UnboundedStaticCacheCheck::storeOptions(
    ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "CacheTypes", RawCacheTypes);
}

void UnboundedStaticCacheCheck::registerMatchers(MatchFinder *Finder) {
  Finder = &UserCode.attach(*Finder);
  if (CacheTypes.empty())
    return;
  const auto CacheType = qualType(
      hasCanonicalType(hasDeclaration(cxxRecordDecl(hasAnyName(std::vector<StringRef>(CacheTypes.begin(), CacheTypes.end()))))));
  const auto Container =
      varDecl(hasGlobalStorage(),
              hasType(qualType(anyOf(CacheType, references(CacheType)))))
          .bind("container");
  const auto Ref = declRefExpr(to(Container));
  const auto RefArg = ignoringParenImpCasts(Ref);

  // What is done to the container: classified in check().
  Finder->addMatcher(
      cxxMemberCallExpr(on(Ref), callee(cxxMethodDecl().bind("method")))
          .bind("memberCall"),
      this);
  Finder->addMatcher(
      cxxOperatorCallExpr(hasArgument(0, RefArg)).bind("operatorCall"), this);
  Finder->addMatcher(
      expr(anyOf(callExpr(hasAnyArgument(RefArg)),
                 cxxConstructExpr(hasAnyArgument(RefArg))))
          .bind("argumentOf"),
      this);
  // Inside templates, before instantiation.
  Finder->addMatcher(
      unresolvedMemberExpr(hasObjectExpression(RefArg)).bind("dependentMember"),
      this);
  Finder->addMatcher(
      binaryOperator(isAssignmentOperator(), hasLHS(RefArg)).bind("bounded"),
      this);
  // Ways the container escapes the check's view.
  Finder->addMatcher(
      unaryOperator(hasOperatorName("&"), hasUnaryOperand(ignoringParens(Ref)))
          .bind("bounded"),
      this);
  Finder->addMatcher(returnStmt(hasReturnValue(RefArg)).bind("bounded"), this);
  Finder->addMatcher(varDecl(hasType(referenceType()), unless(isImplicit()),
                             hasInitializer(RefArg))
                         .bind("bounded"),
                     this);
  Finder->addMatcher(cxxConstructorDecl(forEachConstructorInitializer(
                         cxxCtorInitializer(forField(hasType(referenceType())),
                                            withInitializer(RefArg))))
                         .bind("bounded"),
                     this);
  Finder->addMatcher(initListExpr(has(RefArg)).bind("bounded"), this);
  Finder->addMatcher(memberExpr(member(Container)).bind("bounded"), this);
}

void UnboundedStaticCacheCheck::check(const MatchFinder::MatchResult &Result) {
  if (isRejectedByCompiler(*Result.Context))
    return;
  const auto *Container = Result.Nodes.getNodeAs<VarDecl>("container");
  if (Container == nullptr || !isPrivateStaticStorage(*Container))
    return;
  Sources = Result.SourceManager;
  ASTContext &Ctx = *Result.Context;
  Uses &Evidence = Containers[Container];

  if (Result.Nodes.getNodeAs<Decl>("bounded") != nullptr ||
      Result.Nodes.getNodeAs<Stmt>("bounded") != nullptr) {
    Evidence.Bounded = true;
    return;
  }
  if (const auto *Call = Result.Nodes.getNodeAs<Expr>("argumentOf")) {
    recordArguments(*Container, *Call);
    return;
  }
  if (const auto *Member =
          Result.Nodes.getNodeAs<UnresolvedMemberExpr>("dependentMember")) {
    // Only removals and size reads matter here: insertions are seen in the
    // instantiations, where the container's type is known.
    const ContainerEffect Effect =
        containerEffectOfMember(Member->getMemberName().getAsString(), false);
    if (Effect != ContainerEffect::None && Effect != ContainerEffect::Inserts)
      Evidence.Bounded = true;
    return;
  }

  ContainerEffect Effect = ContainerEffect::None;
  const Expr *Call = nullptr;
  if (const auto *MemberCall =
          Result.Nodes.getNodeAs<CXXMemberCallExpr>("memberCall")) {
    const auto *Method = Result.Nodes.getNodeAs<CXXMethodDecl>("method");
    Effect = containerEffectOfMember(
        Method->getNameAsString(), subscriptInserts(*Method->getParent()));
    Call = MemberCall;
  } else if (const auto *OperatorCall =
                 Result.Nodes.getNodeAs<CXXOperatorCallExpr>("operatorCall")) {
    const CXXRecordDecl *Class = OperatorCall->getArg(0)
                                     ->getType()
                                     .getNonReferenceType()
                                     ->getAsCXXRecordDecl();
    Effect = containerEffectOfOperator(
        OperatorCall->getOperator(),
        Class != nullptr && subscriptInserts(*Class));
    Call = OperatorCall;
  }
  switch (Effect) {
  case ContainerEffect::None:
    return;
  case ContainerEffect::Removes:
    Evidence.Bounded = true;
    return;
  case ContainerEffect::Inserts:
    recordInsertion(*Container, *Call, Ctx);
    return;
  case ContainerEffect::ReadsSize:
  case ContainerEffect::ReadsEmptiness:
    recordSizeRead(*Container, *Call,
                   Effect == ContainerEffect::ReadsEmptiness, Ctx);
    return;
  }
}

void UnboundedStaticCacheCheck::recordInsertion(const VarDecl &Container,
                                                const Expr &Insertion,
                                                ASTContext &Ctx) {
  const ExecutionSite Site = executionSiteOf(Insertion, Ctx);
  // One-time initialisation fills the container a bounded number of times;
  // a template pattern is judged through its instantiations.
  if (Site.RunsOnce ||
      (Site.Callable != nullptr &&
       cast<DeclContext>(Site.Callable)->isDependentContext()))
    return;
  Containers[&Container].Insertions.emplace_back(&Insertion, Site.Callable);
}

// Whether the value of `size()` is compared with something other than zero
// (a cap) or only tested for zero (an emptiness test).
static bool isComparedWithBound(const Expr &SizeCall, ASTContext &Ctx,
                                bool &IsEmptinessTest) {
  IsEmptinessTest = false;
  DynTypedNode Node = DynTypedNode::create(SizeCall);
  while (true) {
    const auto Parents = userCodeParents(Ctx, Node);
    if (Parents.empty())
      return false;
    if (const auto *Binary = Parents[0].get<BinaryOperator>()) {
      if (!Binary->isComparisonOp())
        return false;
      const Expr *Other = Binary->getLHS()->IgnoreParenImpCasts();
      if (Other == &SizeCall)
        Other = Binary->getRHS()->IgnoreParenImpCasts();
      const auto *Literal = dyn_cast<IntegerLiteral>(Other);
      IsEmptinessTest = Literal != nullptr && Literal->getValue() == 0;
      return !IsEmptinessTest;
    }
    const auto *Cast = Parents[0].get<ImplicitCastExpr>();
    if (Cast != nullptr && Cast->getCastKind() == CK_IntegralToBoolean) {
      IsEmptinessTest = true;
      return false;
    }
    if (Cast == nullptr && Parents[0].get<ParenExpr>() == nullptr)
      return false;
    Node = Parents[0];
  }
}

void UnboundedStaticCacheCheck::recordSizeRead(const VarDecl &Container,
                                               const Expr &Read,
                                               bool ReadsEmptiness,
                                               ASTContext &Ctx) {
  Uses &Evidence = Containers[&Container];
  bool IsEmptinessTest = ReadsEmptiness;
  if (!ReadsEmptiness && isComparedWithBound(Read, Ctx, IsEmptinessTest)) {
    // A cap somewhere in the file: the check does not prove it dominates
    // every insertion.
    Evidence.Bounded = true;
    return;
  }
  // `if (table.empty()) fill(table);` fills once: it guards the insertions of
  // its own function.
  if (IsEmptinessTest)
    Evidence.EmptinessTestedIn.insert(executionSiteOf(Read, Ctx).Callable);
}

void UnboundedStaticCacheCheck::recordArguments(const VarDecl &Container,
                                                const Expr &Call) {
  const auto *AsCall = dyn_cast<CallExpr>(&Call);
  const auto *AsConstruct = dyn_cast<CXXConstructExpr>(&Call);
  const FunctionDecl *Callee = AsCall != nullptr ? AsCall->getDirectCallee()
                                                 : AsConstruct->getConstructor();
  llvm::ArrayRef<const Expr *> Args =
      AsCall != nullptr
          ? llvm::ArrayRef<const Expr *>(AsCall->getArgs(), AsCall->getNumArgs())
          : llvm::ArrayRef<const Expr *>(AsConstruct->getArgs(),
                                         AsConstruct->getNumArgs());
  // The object of a member operator is the operatorCall matcher's business.
  if (isa_and_nonnull<CXXOperatorCallExpr>(AsCall) &&
      isa_and_nonnull<CXXMethodDecl>(Callee))
    Args = Args.drop_front();
  for (unsigned I = 0; I < Args.size(); ++I) {
    const auto *Ref = dyn_cast<DeclRefExpr>(Args[I]->IgnoreParenImpCasts());
    if (Ref == nullptr || Ref->getDecl() != &Container)
      continue;
    // An unresolved callee, a C variadic or a non-const reference parameter
    // may erase, swap or keep the container: assume it is bounded.
    const QualType Param =
        Callee != nullptr && I < Callee->getNumParams()
            ? Callee->getParamDecl(I)->getType()
            : QualType();
    if (Param.isNull() || (Param->isReferenceType() &&
                           !Param.getNonReferenceType().isConstQualified()))
      Containers[&Container].Bounded = true;
  }
}

// A map or set keyed by an enum, bool or one-byte integer holds at most a
// few hundred entries, however often it is inserted into.
static bool hasSmallKeyDomain(const CXXRecordDecl &Container) {
  const ASTContext &Ctx = Container.getASTContext();
  for (const NamedDecl *Member : Container.lookup(&Ctx.Idents.get("key_type")))
    if (const auto *Alias = dyn_cast<TypedefNameDecl>(Member)) {
      const QualType Key = Alias->getUnderlyingType().getCanonicalType();
      return Key->isEnumeralType() || Key->isBooleanType() ||
             (Key->isIntegerType() && Ctx.getTypeSize(Key) <= 8);
    }
  return false;
}

void UnboundedStaticCacheCheck::onEndOfTranslationUnit() {
  llvm::DenseSet<SourceLocation> Reported;
  for (const auto &[Container, Evidence] : Containers) {
    const CXXRecordDecl *Class =
        Container->getType().getNonReferenceType()->getAsCXXRecordDecl();
    if (Evidence.Bounded || Class == nullptr || hasSmallKeyDomain(*Class))
      continue;
    const Expr *FirstUnguarded = nullptr;
    for (const auto &[Insertion, Callable] : Evidence.Insertions) {
      if (Evidence.EmptinessTestedIn.contains(Callable))
        continue;
      if (FirstUnguarded == nullptr ||
          Sources->isBeforeInTranslationUnit(Insertion->getExprLoc(),
                                             FirstUnguarded->getExprLoc()))
        FirstUnguarded = Insertion;
    }
    // Instantiations of one template share a location: report it once.
    if (FirstUnguarded == nullptr ||
        !Reported.insert(Container->getLocation()).second)
      continue;
    std::string TypeName = Class->getQualifiedNameAsString();
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Class))
      TypeName = Spec->getSpecializedTemplate()->getQualifiedNameAsString();
    const bool PerThread = Container->getTLSKind() != VarDecl::TLS_None;
    diag(Container->getLocation(),
         "%select{static|thread_local}0 '%1' '%2' grows without bound: it is "
         "inserted into but never erased from, cleared or size-checked, so "
         "its memory lives until the %select{process|thread}0 exits; cap its "
         "size and evict entries")
        << PerThread << TypeName << Container->getName();
    diag(FirstUnguarded->getExprLoc(), "inserted here", DiagnosticIDs::Note);
  }
  Containers.clear();
}

} // namespace clang::tidy::allochunt
