//===--- StringReads.cpp - places that only read a string -----------------===//

#include "lib/StringReads.h"

#include "lib/HeterogeneousLookup.h"
#include "lib/StringTypes.h"
#include "lib/UserCodeParents.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/STLExtras.h"

#include <array>

namespace clang::tidy::allochunt {

const Expr *stripImplicitStringConversions(const Expr *E) {
  while (E != nullptr) {
    const Expr *Next = E->IgnoreImplicit();
    if (const auto *Call = dyn_cast<CXXMemberCallExpr>(Next);
        Call != nullptr && isa_and_nonnull<CXXConversionDecl>(Call->getMethodDecl()))
      Next = Call->getImplicitObjectArgument()->IgnoreImplicit();
    if (Next == E)
      return E;
    E = Next;
  }
  return E;
}

static bool isStdStringOrView(QualType T) {
  return isOwningStringType(T) || isStringViewType(T);
}

// The value type an iterator of type \p Iterator dereferences to.
static QualType iteratorElementType(QualType Iterator) {
  Iterator = Iterator.getNonReferenceType().getCanonicalType();
  if (const auto *Pointer = Iterator->getAs<PointerType>())
    return Pointer->getPointeeType();
  const CXXRecordDecl *Class = Iterator->getAsCXXRecordDecl();
  if (Class != nullptr)
    Class = Class->getDefinition();
  if (Class == nullptr)
    return {};
  const DeclarationName Star =
      Class->getASTContext().DeclarationNames.getCXXOperatorName(OO_Star);
  for (const NamedDecl *Found : Class->lookup(Star))
    if (const auto *Method = dyn_cast<CXXMethodDecl>(Found);
        Method != nullptr && Method->param_empty())
      return Method->getReturnType().getNonReferenceType();
  return {};
}

// The value type of a range (an array or a class with a begin() member).
static QualType rangeElementType(QualType Range) {
  Range = Range.getNonReferenceType().getCanonicalType();
  if (const auto *Array = Range->getAsArrayTypeUnsafe())
    return Array->getElementType();
  const CXXRecordDecl *Class = Range->getAsCXXRecordDecl();
  if (Class != nullptr)
    Class = Class->getDefinition();
  if (Class == nullptr)
    return {};
  const IdentifierInfo &Begin = Class->getASTContext().Idents.get("begin");
  for (const NamedDecl *Found : Class->lookup(&Begin))
    if (const auto *Method = dyn_cast<CXXMethodDecl>(Found);
        Method != nullptr && Method->param_empty())
      return iteratorElementType(Method->getReturnType());
  return {};
}

static bool isComparisonOperator(OverloadedOperatorKind Op) {
  switch (Op) {
  case OO_EqualEqual:
  case OO_ExclaimEqual:
  case OO_Less:
  case OO_LessEqual:
  case OO_Greater:
  case OO_GreaterEqual:
  case OO_Spaceship:
    return true;
  default:
    return false;
  }
}

static void addMemberCallReads(const CXXMemberCallExpr &Call,
                               llvm::SmallVectorImpl<StringRead> &Reads) {
  const CXXMethodDecl *Method = Call.getMethodDecl();
  if (Method == nullptr || !Method->getDeclName().isIdentifier())
    return;
  const CXXRecordDecl *Class = Method->getParent();
  const llvm::StringRef Name = Method->getName();
  if (associativeContainerFamily(Class) && isKeyLookupMember(Name) && Call.getNumArgs() >= 1) {
    StringRead Read{StringReadKind::LookupKey, &Call, Call.getArg(0), Name.str()};
    Read.Container = Class;
    Read.ContainerObject = Call.getImplicitObjectArgument();
    Reads.push_back(Read);
    return;
  }
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Class);
  if (Name != "compare" || Spec == nullptr || !Spec->isInStdNamespace() ||
      (Spec->getName() != "basic_string" && Spec->getName() != "basic_string_view"))
    return;
  // compare(str) and compare(pos, count, str): the slot that holds a string.
  if (Call.getNumArgs() == 1 || Call.getNumArgs() == 3)
    Reads.push_back({StringReadKind::CompareArgument, &Call,
                     Call.getArg(Call.getNumArgs() - 1), Name.str()});
}

// std::ranges::find(r, value, proj) and find(first, last, value, proj), and
// count/contains alike, called through their function objects.
static void addRangesAlgorithmReads(const CXXOperatorCallExpr &Call,
                                    llvm::SmallVectorImpl<StringRead> &Reads) {
  const auto *Object = dyn_cast<DeclRefExpr>(Call.getArg(0)->IgnoreImplicit());
  const auto *Algorithm = Object != nullptr ? dyn_cast<VarDecl>(Object->getDecl()) : nullptr;
  const auto *Operator = dyn_cast_or_null<FunctionDecl>(Call.getCalleeDecl());
  if (Algorithm == nullptr || Operator == nullptr || !Algorithm->getDeclName().isIdentifier())
    return;
  const auto *Namespace = dyn_cast<NamespaceDecl>(Algorithm->getDeclContext());
  static constexpr std::array<llvm::StringLiteral, 3> Names = {"find", "count", "contains"};
  if (Namespace == nullptr || Namespace->getName() != "ranges" ||
      !Namespace->getParent()->isStdNamespace() ||
      !llvm::is_contained(Names, Algorithm->getName()))
    return;
  const unsigned Params = Operator->getNumParams();
  if ((Params != 3 && Params != 4) || Call.getNumArgs() != Params + 1)
    return;
  // Param i is argument i + 1 (argument 0 is the function object).
  if (!isa<CXXDefaultArgExpr>(Call.getArg(Params))) // a projection was given
    return;
  const QualType Element = Params == 3 ? rangeElementType(Call.getArg(1)->getType())
                                       : iteratorElementType(Call.getArg(1)->getType());
  if (Element.isNull() || !isStdStringOrView(Element))
    return;
  Reads.push_back({StringReadKind::SearchedValue, &Call, Call.getArg(Params - 1),
                   "std::ranges::" + Algorithm->getName().str()});
}

static void addComparisonReads(const CXXOperatorCallExpr &Call,
                               llvm::SmallVectorImpl<StringRead> &Reads) {
  const auto *Operator = dyn_cast_or_null<FunctionDecl>(Call.getCalleeDecl());
  if (Operator == nullptr || !Operator->isInStdNamespace() || Call.getNumArgs() != 2)
    return;
  for (unsigned I = 0; I < 2; ++I) {
    const Expr *Other = stripImplicitStringConversions(Call.getArg(1 - I));
    const Expr *OtherDecayed = Other->IgnoreParenImpCasts();
    if (!isStdStringOrView(Other->getType()) &&
        !isCharacterPointerOrArray(OtherDecayed->getType()))
      continue;
    StringRead Read{StringReadKind::ComparisonOperand, &Call, Call.getArg(I),
                    std::string("operator") +
                        getOperatorSpelling(Call.getOperator())};
    Read.OtherOperand = Other;
    Reads.push_back(Read);
  }
}

// std::find(first, last, value) and std::count, with or without an
// execution policy first.
static void addAlgorithmReads(const CallExpr &Call, llvm::SmallVectorImpl<StringRead> &Reads) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (Callee == nullptr || !Callee->isInStdNamespace() || !Callee->getDeclName().isIdentifier() ||
      (Callee->getName() != "find" && Callee->getName() != "count"))
    return;
  const unsigned Args = Call.getNumArgs();
  if (Args != 3 && Args != 4)
    return;
  const QualType Element = iteratorElementType(Call.getArg(Args - 3)->getType());
  if (Element.isNull() || !isStdStringOrView(Element))
    return;
  Reads.push_back({StringReadKind::SearchedValue, &Call, Call.getArg(Args - 1),
                   "std::" + Callee->getName().str()});
}

llvm::SmallVector<StringRead, 2> stringReadsOf(const Expr &Call) {
  llvm::SmallVector<StringRead, 2> Reads;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call)) {
    addMemberCallReads(*Member, Reads);
  } else if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(&Call)) {
    if (Operator->getOperator() == OO_Call)
      addRangesAlgorithmReads(*Operator, Reads);
    else if (isComparisonOperator(Operator->getOperator()))
      addComparisonReads(*Operator, Reads);
  } else if (const auto *Plain = dyn_cast<CallExpr>(&Call)) {
    addAlgorithmReads(*Plain, Reads);
  }
  return Reads;
}

std::optional<StringRead> readOfReference(const DeclRefExpr &Ref, ASTContext &Context) {
  // Climb the implicit nodes around the reference (casts, temporaries,
  // parentheses, an implicit string-to-view conversion) to the call that
  // consumes it; any other parent is a use that is not a read.
  const Expr *Current = &Ref;
  for (unsigned Depth = 0; Depth < 8; ++Depth) {
    const llvm::ArrayRef<DynTypedNode> Parents = userCodeParents(Context, *Current);
    const Expr *Parent = Parents.size() == 1 ? Parents[0].get<Expr>() : nullptr;
    if (Parent == nullptr)
      return std::nullopt;
    const auto *Member = dyn_cast<MemberExpr>(Parent);
    const auto *MemberCall = dyn_cast<CXXMemberCallExpr>(Parent);
    const bool IsConversion =
        (Member != nullptr && isa<CXXConversionDecl>(Member->getMemberDecl())) ||
        (MemberCall != nullptr && MemberCall->getCallee() == Current &&
         isa_and_nonnull<CXXConversionDecl>(MemberCall->getMethodDecl()));
    if (IsConversion || isa<ImplicitCastExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr,
                            ParenExpr>(Parent)) {
      Current = Parent;
      continue;
    }
    if (!isa<CallExpr>(Parent))
      return std::nullopt;
    for (const StringRead &Read : stringReadsOf(*Parent))
      if (Read.Operand == Current)
        return Read;
    return std::nullopt;
  }
  return std::nullopt;
}

namespace {

// Collects the references to one variable; gives up inside lambdas.
class ReferenceCollector : public RecursiveASTVisitor<ReferenceCollector> {
public:
  ReferenceCollector(const VarDecl &Var, unsigned Limit) : Var(Var), Limit(Limit) {}

  bool TraverseLambdaExpr(LambdaExpr *Lambda) {
    ++LambdaDepth;
    const bool Continue = RecursiveASTVisitor::TraverseLambdaExpr(Lambda);
    --LambdaDepth;
    return Continue;
  }

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (Ref->getDecl() != &Var)
      return true;
    if (LambdaDepth > 0 || References.size() >= Limit) {
      Failed = true;
      return false;
    }
    References.push_back(Ref);
    return true;
  }

  llvm::SmallVector<const DeclRefExpr *, 8> References;
  bool Failed = false;

private:
  const VarDecl &Var;
  unsigned Limit;
  unsigned LambdaDepth = 0;
};

} // namespace

std::optional<llvm::SmallVector<const DeclRefExpr *, 8>>
referencesInFunction(const VarDecl &Var, unsigned Limit) {
  const auto *Function = dyn_cast_or_null<FunctionDecl>(Var.getParentFunctionOrMethod());
  if (Function == nullptr || !(Var.isLocalVarDecl() || isa<ParmVarDecl>(Var)) ||
      Function->getBody() == nullptr)
    return std::nullopt;
  ReferenceCollector Collector(Var, Limit);
  Collector.TraverseStmt(Function->getBody());
  if (Collector.Failed)
    return std::nullopt;
  return std::move(Collector.References);
}

} // namespace clang::tidy::allochunt
