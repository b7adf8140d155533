//===--- TextReads.cpp - a string only compared, searched or measured -----===//

#include "lib/TextReads.h"

#include "lib/StringTypes.h"
#include "lib/UserCodeParents.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"

#include <array>

namespace clang::tidy::allochunt {

static const Expr *parentExpr(const Expr *E, ASTContext &Context) {
  const llvm::ArrayRef<DynTypedNode> Parents = userCodeParents(Context, *E);
  return Parents.size() == 1 ? Parents[0].get<Expr>() : nullptr;
}

// The outermost node that only wraps \p E (temporaries, casts to const,
// parentheses), so that its parent is what consumes the string.
static const Expr *outermostWrapper(const Expr *E, ASTContext &Context) {
  while (const Expr *Parent = parentExpr(E, Context)) {
    if (isa<ImplicitCastExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr,
            ParenExpr>(Parent))
      E = Parent;
    else
      break;
  }
  return E;
}

static std::optional<TextReadKind> memberReadKind(llvm::StringRef Name) {
  static constexpr std::array<llvm::StringLiteral, 3> Measuring = {
      "size", "length", "empty"};
  static constexpr std::array<llvm::StringLiteral, 9> Searching = {
      "find",         "rfind",           "find_first_of",    "find_last_of",
      "find_first_not_of", "find_last_not_of", "starts_with", "ends_with",
      "contains"};
  if (llvm::is_contained(Measuring, Name))
    return TextReadKind::Measured;
  if (llvm::is_contained(Searching, Name))
    return TextReadKind::Searched;
  if (Name == "compare")
    return TextReadKind::Compared;
  return std::nullopt;
}

// std::basic_string or std::basic_string_view (any specialization).
static bool isStringClass(const CXXRecordDecl *Class) {
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Class))
    Class = Spec->getSpecializedTemplate()->getTemplatedDecl();
  return Class->isInStdNamespace() && Class->getIdentifier() != nullptr &&
         (Class->getName() == "basic_string" ||
          Class->getName() == "basic_string_view");
}

static bool isComparison(OverloadedOperatorKind Op) {
  switch (Op) {
  case OO_EqualEqual:
  case OO_ExclaimEqual:
  case OO_Less:
  case OO_Greater:
  case OO_LessEqual:
  case OO_GreaterEqual:
  case OO_Spaceship:
    return true;
  default:
    return false;
  }
}

// `a != b` and `a < b` may be rewritten in C++20 to `!(a == b)`, `b == a` or
// `(a <=> b) < 0`: the written expression around the operator call, if any.
static const CXXRewrittenBinaryOperator *
rewrittenAround(const CXXOperatorCallExpr *Call, ASTContext &Context) {
  const Expr *Node = Call;
  for (int Depth = 0; Depth < 4 && Node != nullptr; ++Depth) {
    Node = parentExpr(Node, Context);
    if (const auto *Rewritten =
            dyn_cast_or_null<CXXRewrittenBinaryOperator>(Node))
      return Rewritten->getDecomposedForm().InnerBinOp == Call ? Rewritten
                                                               : nullptr;
  }
  return nullptr;
}

static std::optional<TextRead> comparisonRead(const CXXOperatorCallExpr *Call,
                                                const Expr *Child,
                                                ASTContext &Context) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!isComparison(Call->getOperator()) || Call->getNumArgs() != 2 ||
      Callee == nullptr || !Callee->isInStdNamespace())
    return std::nullopt;
  unsigned Index = Call->getArg(0) == Child ? 0 : 1;
  if (Call->getArg(Index) != Child)
    return std::nullopt;
  const Expr *Other = Call->getArg(1 - Index);
  if (const CXXRewrittenBinaryOperator *Rewritten =
          rewrittenAround(Call, Context)) {
    if (Rewritten->isReversed())
      Index = 1 - Index;
    return TextRead{TextReadKind::Compared, Rewritten, Other,
                      Rewritten->getOperator(), "", Index == 1};
  }
  return TextRead{TextReadKind::Compared, Call, Other,
                    BinaryOperator::getOverloadedOpcode(Call->getOperator()),
                    "", Index == 1};
}

// \p Member is `E.name`; the read when it is a reading member call.
static std::optional<TextRead> memberRead(const MemberExpr *Member,
                                            ASTContext &Context) {
  const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(parentExpr(Member, Context));
  const auto *Method = dyn_cast<CXXMethodDecl>(Member->getMemberDecl());
  if (Call == nullptr || Method == nullptr || Call->getCallee() != Member ||
      !isStringClass(Method->getParent()))
    return std::nullopt;
  // An implicit conversion to std::string_view: read what reads the view.
  if (const auto *Conversion = dyn_cast<CXXConversionDecl>(Method)) {
    if (!isStringViewType(Conversion->getConversionType()))
      return std::nullopt;
    return findTextRead(Call, Context);
  }
  if (Method->getIdentifier() == nullptr)
    return std::nullopt;
  const std::optional<TextReadKind> Kind = memberReadKind(Method->getName());
  if (!Kind)
    return std::nullopt;
  const Expr *Other = Call->getNumArgs() > 0 ? Call->getArg(0) : nullptr;
  return TextRead{*Kind, Call, Other, BO_EQ, Method->getName(), false};
}

// \p Call reads its first argument \p Child: `t.find(s)`, `t.compare(s)`.
static std::optional<TextRead> argumentRead(const CXXMemberCallExpr *Call,
                                              const Expr *Child) {
  const CXXMethodDecl *Method = Call->getMethodDecl();
  if (Method == nullptr || Method->getIdentifier() == nullptr ||
      Call->getNumArgs() == 0 || Call->getArg(0) != Child ||
      !isStringClass(Method->getParent()))
    return std::nullopt;
  const std::optional<TextReadKind> Kind = memberReadKind(Method->getName());
  if (!Kind || *Kind == TextReadKind::Measured)
    return std::nullopt;
  return TextRead{*Kind, Call, Call->getImplicitObjectArgument(), BO_EQ,
                    Method->getName(), true};
}

std::optional<TextRead> findTextRead(const Expr *E, ASTContext &Context) {
  const Expr *Child = outermostWrapper(E, Context);
  const Expr *Parent = parentExpr(Child, Context);
  if (Parent == nullptr)
    return std::nullopt;
  if (const auto *Member = dyn_cast<MemberExpr>(Parent))
    return Member->getBase() == Child ? memberRead(Member, Context) : std::nullopt;
  if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Parent))
    return comparisonRead(Operator, Child, Context);
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(Parent))
    return argumentRead(Call, Child);
  return std::nullopt;
}

bool isStreamedOut(const Expr *E, ASTContext &Context) {
  const Expr *Child = outermostWrapper(E, Context);
  const auto *Operator =
      dyn_cast_or_null<CXXOperatorCallExpr>(parentExpr(Child, Context));
  if (Operator == nullptr || Operator->getOperator() != OO_LessLess ||
      Operator->getNumArgs() != 2 || Operator->getArg(1) != Child)
    return false;
  const FunctionDecl *Callee = Operator->getDirectCallee();
  return Callee != nullptr && Callee->isInStdNamespace();
}

bool isOnlyReadText(const VarDecl &Var, const Stmt &Scope, ASTContext &Context,
                llvm::SmallVectorImpl<TextRead> &Reads, const Stmt *Except) {
  using namespace ast_matchers;
  const auto ReferenceTo =
      declRefExpr(to(varDecl(equalsNode(&Var)))).bind("reference");
  llvm::SmallPtrSet<const DeclRefExpr *, 4> Skipped;
  if (Except != nullptr)
    for (const BoundNodes &Inside : match(findAll(ReferenceTo), *Except, Context))
      Skipped.insert(Inside.getNodeAs<DeclRefExpr>("reference"));
  unsigned Counted = 0;
  for (const BoundNodes &Reference : match(findAll(ReferenceTo), Scope, Context)) {
    const auto *Ref = Reference.getNodeAs<DeclRefExpr>("reference");
    if (Skipped.contains(Ref))
      continue;
    const std::optional<TextRead> Read = findTextRead(Ref, Context);
    if (!Read)
      return false;
    Reads.push_back(*Read);
    ++Counted;
  }
  return Counted > 0;
}

} // namespace clang::tidy::allochunt
