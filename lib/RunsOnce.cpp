//===--- RunsOnce.cpp - does a statement run once per process? ------------===//

#include "lib/RunsOnce.h"

#include "lib/UserCodeParents.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

namespace clang::tidy::allochunt {

static bool hasStaticOrThreadStorage(const VarDecl &Var) {
  return Var.getStorageDuration() == SD_Static ||
         Var.getStorageDuration() == SD_Thread;
}

// The expression \p E is part of, above parentheses and the implicit nodes
// that wrap a lambda object (temporaries, casts, copies).
static DynTypedNode parentAboveWrappers(const Expr &E, ASTContext &Ctx) {
  DynTypedNode Node = DynTypedNode::create(E);
  while (true) {
    const auto Parents = userCodeParents(Ctx, Node);
    if (Parents.empty())
      return {};
    const auto *Wrapper = Parents[0].get<Expr>();
    const auto *Copy = dyn_cast_or_null<CXXConstructExpr>(Wrapper);
    const bool IsWrapper =
        isa_and_nonnull<ParenExpr, ImplicitCastExpr, MaterializeTemporaryExpr,
                        CXXBindTemporaryExpr, ExprWithCleanups>(Wrapper) ||
        (Copy != nullptr && Copy->getNumArgs() == 1);
    if (!IsWrapper)
      return Parents[0];
    Node = Parents[0];
  }
}

// `[] { ... }()`: the lambda is the object of a call operator invocation.
static bool isInvokedOnTheSpot(const LambdaExpr &Lambda, const DynTypedNode &Parent) {
  const auto *Call = Parent.get<CXXOperatorCallExpr>();
  return Call != nullptr && Call->getOperator() == OO_Call &&
         Call->getNumArgs() > 0 &&
         Call->getArg(0)->IgnoreImplicit()->IgnoreParens() ==
             static_cast<const Expr *>(&Lambda);
}

// `std::call_once(Flag, lambda)` where Flag has static storage duration.
static bool isCallOnceBody(const DynTypedNode &Parent) {
  const auto *Call = Parent.get<CallExpr>();
  if (Call == nullptr || Call->getNumArgs() < 2)
    return false;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (Callee == nullptr || !Callee->isInStdNamespace() ||
      Callee->getName() != "call_once")
    return false;
  const auto *Flag =
      dyn_cast<DeclRefExpr>(Call->getArg(0)->IgnoreParenImpCasts());
  const auto *FlagVar = Flag != nullptr ? dyn_cast<VarDecl>(Flag->getDecl())
                                        : nullptr;
  return FlagVar != nullptr && hasStaticOrThreadStorage(*FlagVar);
}

// `if (!done) { ...; done = true; }` with a static bool `done`: the branch
// \p Branch of \p If runs once.
static bool isGuardedByStaticFlag(const IfStmt &If, const Stmt *Branch,
                                  ASTContext &Ctx) {
  if (Branch != If.getThen() || If.getCond() == nullptr)
    return false;
  const auto *Not =
      dyn_cast<UnaryOperator>(If.getCond()->IgnoreParenImpCasts());
  const auto *Flag =
      Not != nullptr && Not->getOpcode() == UO_LNot
          ? dyn_cast<DeclRefExpr>(Not->getSubExpr()->IgnoreParenImpCasts())
          : nullptr;
  const auto *FlagVar =
      Flag != nullptr ? dyn_cast<VarDecl>(Flag->getDecl()) : nullptr;
  if (FlagVar == nullptr || !hasStaticOrThreadStorage(*FlagVar) ||
      !FlagVar->getType()->isBooleanType())
    return false;
  using namespace ast_matchers;
  const auto SetsFlag = binaryOperator(
      isAssignmentOperator(),
      hasLHS(ignoringParenImpCasts(declRefExpr(to(equalsNode(FlagVar))))),
      hasRHS(ignoringParenImpCasts(cxxBoolLiteral(equals(true)))));
  return !match(findAll(SetsFlag), *Branch, Ctx).empty();
}

ExecutionSite executionSiteOf(const Stmt &S, ASTContext &Ctx) {
  DynTypedNode Node = DynTypedNode::create(S);
  while (true) {
    const auto Parents = userCodeParents(Ctx, Node);
    if (Parents.empty())
      return {};
    const DynTypedNode &Parent = Parents[0];
    if (const auto *Lambda = Parent.get<LambdaExpr>()) {
      const DynTypedNode Above = parentAboveWrappers(*Lambda, Ctx);
      if (isCallOnceBody(Above))
        return {nullptr, true};
      if (!isInvokedOnTheSpot(*Lambda, Above))
        return {Lambda->getCallOperator(), false};
      Node = Above;
      continue;
    }
    if (const auto *If = Parent.get<IfStmt>())
      if (isGuardedByStaticFlag(*If, Node.get<Stmt>(), Ctx))
        return {nullptr, true};
    if (const auto *Var = Parent.get<VarDecl>()) {
      if (hasStaticOrThreadStorage(*Var) && Var->getInit() != nullptr)
        return {nullptr, true};
      // A local variable's initialiser runs with the enclosing function.
      Node = Parent;
      continue;
    }
    // A lambda's body hangs off its call operator, which hangs off the
    // closure class, which hangs off the LambdaExpr: walk on to it.
    if (const auto *Function = Parent.get<FunctionDecl>()) {
      const auto *Method = dyn_cast<CXXMethodDecl>(Function);
      if (Method == nullptr || !Method->getParent()->isLambda())
        return {Function, false};
    }
    if (const auto *Block = Parent.get<BlockDecl>())
      return {Block, false};
    if (Parent.get<TranslationUnitDecl>() != nullptr)
      return {};
    Node = Parent;
  }
}

static bool isGoogleTestFixture(const CXXRecordDecl &Class) {
  const auto *Namespace = dyn_cast<NamespaceDecl>(Class.getDeclContext());
  return Class.getIdentifier() != nullptr && Class.getName() == "Test" &&
         Namespace != nullptr && Namespace->getIdentifier() != nullptr &&
         Namespace->getName() == "testing" &&
         Namespace->getDeclContext()->isTranslationUnit();
}

static bool derivesFromGoogleTestFixture(const CXXRecordDecl &Class, unsigned Depth) {
  // Test fixtures derive from testing::Test in a level or two.
  if (Depth > 16)
    return false;
  for (const CXXBaseSpecifier &Base : Class.bases()) {
    const CXXRecordDecl *BaseClass = Base.getType()->getAsCXXRecordDecl();
    if (BaseClass == nullptr || !BaseClass->hasDefinition())
      continue;
    BaseClass = BaseClass->getDefinition();
    if (isGoogleTestFixture(*BaseClass) ||
        derivesFromGoogleTestFixture(*BaseClass, Depth + 1))
      return true;
  }
  return false;
}

bool isCalledOncePerRun(const FunctionDecl &Function) {
  if (Function.isMain())
    return true;
  const auto *Method = dyn_cast<CXXMethodDecl>(&Function);
  if (Method == nullptr || Method->getIdentifier() == nullptr ||
      Method->getName() != "TestBody")
    return false;
  const CXXRecordDecl *Class = Method->getParent()->getDefinition();
  return Class != nullptr && derivesFromGoogleTestFixture(*Class, 0);
}

} // namespace clang::tidy::allochunt
