//===--- LoopTripCount.cpp - loops that run a known, constant number of times =//

#include "lib/LoopTripCount.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::allochunt {

namespace {

// Bounds beyond this are not worth counting exactly (and could overflow).
constexpr std::int64_t Limit = std::int64_t{1} << 40;

std::optional<std::int64_t> constantValue(const Expr *E, const ASTContext &Ctx) {
  if (E == nullptr || E->isValueDependent() || E->isTypeDependent())
    return std::nullopt;
  const std::optional<llvm::APSInt> Value = E->getIntegerConstantExpr(Ctx);
  if (!Value || Value->getSignificantBits() > 63)
    return std::nullopt;
  const std::int64_t V = Value->getExtValue();
  if (V > Limit || V < -Limit)
    return std::nullopt;
  return V;
}

bool refersTo(const Expr *E, const VarDecl *Var) {
  const auto *Ref =
      dyn_cast_or_null<DeclRefExpr>(E != nullptr ? E->IgnoreParenImpCasts() : nullptr);
  return Ref != nullptr && Ref->getDecl() == Var;
}

// The body writes the counter: assigns, increments, or takes its address.
bool writesCounter(const Stmt *Body, const VarDecl *Counter) {
  llvm::SmallVector<const Stmt *, 32> Work{Body};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (S == nullptr)
      continue;
    if (const auto *Unary = dyn_cast<UnaryOperator>(S);
        Unary != nullptr &&
        (Unary->isIncrementDecrementOp() || Unary->getOpcode() == UO_AddrOf) &&
        refersTo(Unary->getSubExpr(), Counter))
      return true;
    if (const auto *Binary = dyn_cast<BinaryOperator>(S);
        Binary != nullptr && Binary->isAssignmentOp() &&
        refersTo(Binary->getLHS(), Counter))
      return true;
    if (const auto *Lambda = dyn_cast<LambdaExpr>(S))
      for (const LambdaCapture &Capture : Lambda->captures())
        if (Capture.capturesVariable() && Capture.getCapturedVar() == Counter &&
            Capture.getCaptureKind() == LCK_ByRef)
          return true;
    for (const Stmt *Child : S->children())
      Work.push_back(Child);
  }
  return false;
}

const Expr *ignoringParens(const Expr *E) {
  return E != nullptr ? E->IgnoreParenImpCasts() : nullptr;
}

// How much `Inc` adds to the counter on each iteration; 0 when unknown.
std::int64_t counterStep(const Expr *Inc, const VarDecl *Counter,
                         const ASTContext &Ctx) {
  if (const auto *Unary = dyn_cast_or_null<UnaryOperator>(Inc);
      Unary != nullptr && refersTo(Unary->getSubExpr(), Counter)) {
    if (Unary->isIncrementOp())
      return 1;
    return Unary->isDecrementOp() ? -1 : 0;
  }
  const auto *Compound = dyn_cast_or_null<CompoundAssignOperator>(Inc);
  if (Compound == nullptr || !refersTo(Compound->getLHS(), Counter))
    return 0;
  const std::optional<std::int64_t> By = constantValue(Compound->getRHS(), Ctx);
  if (!By)
    return 0;
  if (Compound->getOpcode() == BO_AddAssign)
    return *By;
  return Compound->getOpcode() == BO_SubAssign ? -*By : 0;
}

// The iterations of a counter going from \p From by \p Step while
// `counter Op To` holds.
std::optional<std::uint64_t> iterations(BinaryOperatorKind Op, std::int64_t From,
                                        std::int64_t To, std::int64_t Step) {
  auto Ceil = [](std::int64_t Span, std::int64_t By) -> std::uint64_t {
    return Span <= 0 ? 0 : static_cast<std::uint64_t>((Span + By - 1) / By);
  };
  switch (Op) {
  case BO_LT:
    return Step > 0 ? std::optional(Ceil(To - From, Step)) : std::nullopt;
  case BO_LE:
    return Step > 0 ? std::optional(Ceil(To - From + 1, Step)) : std::nullopt;
  case BO_GT:
    return Step < 0 ? std::optional(Ceil(From - To, -Step)) : std::nullopt;
  case BO_GE:
    return Step < 0 ? std::optional(Ceil(From - To + 1, -Step)) : std::nullopt;
  case BO_NE:
    if ((To - From) % Step != 0 || (To - From) / Step < 0)
      return std::nullopt;
    return static_cast<std::uint64_t>((To - From) / Step);
  default:
    return std::nullopt;
  }
}

std::optional<std::uint64_t> countedFor(const ForStmt &For,
                                        const ASTContext &Ctx) {
  const auto *Init = dyn_cast_or_null<DeclStmt>(For.getInit());
  if (Init == nullptr || !Init->isSingleDecl())
    return std::nullopt;
  const auto *Counter = dyn_cast<VarDecl>(Init->getSingleDecl());
  if (Counter == nullptr || !Counter->getType()->isIntegerType())
    return std::nullopt;
  const std::optional<std::int64_t> Start = constantValue(Counter->getInit(), Ctx);
  const auto *Cond = dyn_cast_or_null<BinaryOperator>(ignoringParens(For.getCond()));
  if (!Start || Cond == nullptr || !Cond->isComparisonOp())
    return std::nullopt;
  BinaryOperatorKind Op = Cond->getOpcode();
  const Expr *Bound = Cond->getRHS();
  if (!refersTo(Cond->getLHS(), Counter)) {
    if (!refersTo(Cond->getRHS(), Counter))
      return std::nullopt;
    Bound = Cond->getLHS();
    Op = BinaryOperator::reverseComparisonOp(Op);
  }
  const std::optional<std::int64_t> End = constantValue(Bound, Ctx);
  const std::int64_t Step = counterStep(ignoringParens(For.getInc()), Counter, Ctx);
  if (!End || Step == 0 || writesCounter(For.getBody(), Counter))
    return std::nullopt;
  return iterations(Op, *Start, *End, Step);
}

std::optional<std::uint64_t> elementCount(QualType T, const ASTContext &Ctx) {
  T = T.getNonReferenceType();
  if (const auto *Array = Ctx.getAsConstantArrayType(T))
    return Array->getSize().getLimitedValue();
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T->getAsCXXRecordDecl());
  if (Spec == nullptr || !Spec->isInStdNamespace() ||
      Spec->getName() != "array" || Spec->getTemplateArgs().size() != 2 ||
      Spec->getTemplateArgs()[1].getKind() != TemplateArgument::Integral)
    return std::nullopt;
  return Spec->getTemplateArgs()[1].getAsIntegral().getLimitedValue();
}

std::optional<std::uint64_t> countedRange(const CXXForRangeStmt &For,
                                          const ASTContext &Ctx) {
  const Expr *Range = For.getRangeInit();
  if (Range == nullptr || Range->isTypeDependent())
    return std::nullopt;
  Range = Range->IgnoreImplicit();
  if (const auto *List = dyn_cast<CXXStdInitializerListExpr>(Range))
    return elementCount(List->getSubExpr()->IgnoreImplicit()->getType(), Ctx);
  if (const auto *List = dyn_cast<InitListExpr>(Range))
    return List->getNumInits();
  // std::views::iota(a, b) with constant bounds.
  if (const auto *Call = dyn_cast<CallExpr>(Range)) {
    const auto *View = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
        Call->getType()->getAsCXXRecordDecl());
    const unsigned First = isa<CXXOperatorCallExpr>(Call) ? 1 : 0;
    if (View != nullptr && View->getQualifiedNameAsString() == "std::ranges::iota_view" &&
        Call->getNumArgs() == First + 2) {
      const std::optional<std::int64_t> From =
          constantValue(Call->getArg(First)->IgnoreImplicit(), Ctx);
      const std::optional<std::int64_t> To =
          constantValue(Call->getArg(First + 1)->IgnoreImplicit(), Ctx);
      if (From && To)
        return *To > *From ? static_cast<std::uint64_t>(*To - *From) : 0;
    }
  }
  return elementCount(Range->getType(), Ctx);
}

std::optional<bool> constantCondition(const Expr *Cond, const ASTContext &Ctx) {
  const std::optional<std::int64_t> Value = constantValue(Cond, Ctx);
  if (!Value)
    return std::nullopt;
  return *Value != 0;
}

} // namespace

std::optional<std::uint64_t> constantTripCount(const Stmt &Loop,
                                               const ASTContext &Ctx) {
  if (const auto *For = dyn_cast<ForStmt>(&Loop))
    return countedFor(*For, Ctx);
  if (const auto *RangeFor = dyn_cast<CXXForRangeStmt>(&Loop))
    return countedRange(*RangeFor, Ctx);
  if (const auto *Do = dyn_cast<DoStmt>(&Loop)) {
    if (constantCondition(Do->getCond(), Ctx) == std::optional(false))
      return 1;
    return std::nullopt;
  }
  if (const auto *While = dyn_cast<WhileStmt>(&Loop))
    if (constantCondition(While->getCond(), Ctx) == std::optional(false))
      return 0;
  return std::nullopt;
}

} // namespace clang::tidy::allochunt
