//===--- TypeTests.cpp - a test of which alternative or type a value holds ===//

#include "lib/TypeTests.h"

#include "lib/StringProducers.h"

#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::allochunt {

/// How many nodes findTypeTest visits before it gives up.
static constexpr unsigned MaxVisitedNodes = 256;
/// How many member accesses, calls and dereferences subjectOf looks through.
static constexpr unsigned MaxSubjectDepth = 16;

static const Expr *ignoreImplicitAndParens(const Expr *E) {
  return E->IgnoreImplicit()->IgnoreParenImpCasts();
}

const ValueDecl *subjectOf(const Expr *E) {
  for (unsigned Depth = 0; E != nullptr && Depth < MaxSubjectDepth; ++Depth) {
    E = ignoreImplicitAndParens(E);
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      return isa<VarDecl>(Ref->getDecl()) ? Ref->getDecl() : nullptr;
    if (const auto *Member = dyn_cast<MemberExpr>(E)) {
      if (isa<CXXThisExpr>(ignoreImplicitAndParens(Member->getBase())))
        return isa<FieldDecl>(Member->getMemberDecl()) ? Member->getMemberDecl()
                                                       : nullptr;
      E = Member->getBase();
    } else if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E)) {
      E = Call->getImplicitObjectArgument();
    } else if (const auto *Unary = dyn_cast<UnaryOperator>(E)) {
      if (Unary->getOpcode() != UO_AddrOf && Unary->getOpcode() != UO_Deref)
        return nullptr;
      E = Unary->getSubExpr();
    } else if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(E)) {
      if (Operator->getOperator() != OO_Arrow &&
          Operator->getOperator() != OO_Star)
        return nullptr;
      E = Operator->getArg(0);
    } else {
      return nullptr;
    }
  }
  return nullptr;
}

namespace {
/// The operands of `a == b` or `a != b`, however the comparison is spelled.
struct Equality {
  const Expr *LHS;
  const Expr *RHS;
};
} // namespace

static std::optional<Equality> asEquality(const Expr *E) {
  if (const auto *Rewritten = dyn_cast<CXXRewrittenBinaryOperator>(E)) {
    const CXXRewrittenBinaryOperator::DecomposedForm Form =
        Rewritten->getDecomposedForm();
    if (Form.Opcode == BO_EQ || Form.Opcode == BO_NE)
      return Equality{Form.LHS, Form.RHS};
    return std::nullopt;
  }
  if (const auto *Binary = dyn_cast<BinaryOperator>(E)) {
    if (Binary->isEqualityOp())
      return Equality{Binary->getLHS(), Binary->getRHS()};
    return std::nullopt;
  }
  if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(E))
    if ((Operator->getOperator() == OO_EqualEqual ||
         Operator->getOperator() == OO_ExclaimEqual) &&
        Operator->getNumArgs() == 2)
      return Equality{Operator->getArg(0), Operator->getArg(1)};
  return std::nullopt;
}

static bool isEnumeratorOrInteger(const Expr *E) {
  E = ignoreImplicitAndParens(E);
  if (isa<IntegerLiteral>(E))
    return true;
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  return Ref != nullptr && isa<EnumConstantDecl>(Ref->getDecl());
}

static bool isKindAccessor(const CXXMethodDecl *Method,
                           llvm::ArrayRef<std::string> KindAccessors) {
  if (Method == nullptr || Method->getIdentifier() == nullptr)
    return false;
  return llvm::any_of(KindAccessors, [Method](llvm::StringRef Name) {
    if (!Name.contains("::"))
      return Method->getName() == Name;
    Name.consume_front("::");
    return qualifiedNameWithoutInlineNamespaces(Method) == Name;
  });
}

// `x.kind() == Kind::Db` or `typeid(x) != typeid(T)`, either way round.
static const ValueDecl *comparedSubject(const Equality &Comparison,
                                        llvm::ArrayRef<std::string> KindAccessors) {
  for (const auto &[Tested, Other] : {std::pair(Comparison.LHS, Comparison.RHS),
                                      std::pair(Comparison.RHS, Comparison.LHS)}) {
    const Expr *Operand = ignoreImplicitAndParens(Tested);
    if (const auto *TypeId = dyn_cast<CXXTypeidExpr>(Operand)) {
      if (!TypeId->isTypeOperand() &&
          isa<CXXTypeidExpr>(ignoreImplicitAndParens(Other)))
        return subjectOf(TypeId->getExprOperand());
      continue;
    }
    const auto *Call = dyn_cast<CXXMemberCallExpr>(Operand);
    if (Call != nullptr && Call->getNumArgs() == 0 &&
        isKindAccessor(Call->getMethodDecl(), KindAccessors) &&
        isEnumeratorOrInteger(Other))
      return subjectOf(Call->getImplicitObjectArgument());
  }
  return nullptr;
}

static bool isStdFunctionNamed(const FunctionDecl *F, llvm::StringRef Name) {
  return F != nullptr && F->isInStdNamespace() && F->getIdentifier() != nullptr &&
         F->getName() == Name;
}

std::optional<TypeTest> asTypeTest(const Expr *E,
                                   llvm::ArrayRef<std::string> KindAccessors) {
  E = ignoreImplicitAndParens(E);
  const ValueDecl *Subject = nullptr;
  if (const auto *Cast = dyn_cast<CXXDynamicCastExpr>(E)) {
    Subject = subjectOf(Cast->getSubExpr());
  } else if (const std::optional<Equality> Comparison = asEquality(E)) {
    Subject = comparedSubject(*Comparison, KindAccessors);
  } else if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (Call->getNumArgs() == 1 && !isa<CXXMemberCallExpr>(Call) &&
        (isStdFunctionNamed(Callee, "holds_alternative") ||
         isStdFunctionNamed(Callee, "get_if")))
      Subject = subjectOf(Call->getArg(0));
  }
  if (Subject == nullptr)
    return std::nullopt;
  return TypeTest{Subject, E};
}

static std::optional<TypeTest> findTypeTestIn(const Stmt *S,
                                              llvm::ArrayRef<std::string> KindAccessors,
                                              unsigned &Budget) {
  if (S == nullptr || Budget == 0)
    return std::nullopt;
  --Budget;
  if (const auto *E = dyn_cast<Expr>(S))
    if (std::optional<TypeTest> Test = asTypeTest(E, KindAccessors))
      return Test;
  if (isa<LambdaExpr>(S))
    return std::nullopt;
  for (const Stmt *Child : S->children())
    if (std::optional<TypeTest> Test = findTypeTestIn(Child, KindAccessors, Budget))
      return Test;
  return std::nullopt;
}

std::optional<TypeTest> findTypeTest(const Stmt *S,
                                     llvm::ArrayRef<std::string> KindAccessors) {
  unsigned Budget = MaxVisitedNodes;
  return findTypeTestIn(S, KindAccessors, Budget);
}

} // namespace clang::tidy::allochunt
