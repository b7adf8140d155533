//===--- ReadOnlyLocal.cpp - is a local variable only ever read? ----------===//
//
// Each use is followed upwards through its parents. What is followed is
// either the object itself or a part of it ("object": an lvalue such as
// `v`, `v[0]`, `it->second`) or something that leads into it ("handle": an
// iterator or pointer obtained from it, such as `v.begin()` or `m.find(k)`).
// Objects must only be read; handles may be moved, compared and copied, and
// what they lead to must only be read.
//
//===----------------------------------------------------------------------===//

#include "lib/ReadOnlyLocal.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"

#include <cstdint>

namespace clang::tidy::allochunt {

namespace {

enum class Tracked : std::uint8_t { Object, Handle };

// How deep the analysis follows `auto &` variables and iterators bound to the
// variable (a reference to a reference to ...): deeper chains are Unknown.
constexpr unsigned MaxDepth = 4;

bool isPointeeConst(QualType T) {
  T = T.getNonReferenceType();
  if (const auto *Pointer = T->getAs<PointerType>())
    return Pointer->getPointeeType().isConstQualified();
  return false;
}

bool isDeducedFromAuto(const VarDecl &Var) {
  return Var.getType()->getContainedAutoType() != nullptr;
}

// A class whose dereference yields a const reference (or a value): a
// const_iterator, whatever it is called.
bool derefsToConst(QualType T) {
  const auto *Class = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (Class == nullptr || !Class->hasDefinition())
    return isPointeeConst(T);
  for (const CXXMethodDecl *Method : Class->methods())
    if (Method->getOverloadedOperator() == OO_Star) {
      const QualType Result = Method->getReturnType();
      return !Result->isReferenceType() ||
             Result.getNonReferenceType().isConstQualified();
    }
  return false;
}

llvm::StringRef stdFunctionName(const FunctionDecl *F) {
  if (F == nullptr || !F->isInStdNamespace() || F->getIdentifier() == nullptr)
    return "";
  return F->getName();
}

// Standard algorithms that only read through the iterators they are given
// and return an iterator into the same range.
bool returnsIteratorAndOnlyReads(llvm::StringRef Name) {
  static constexpr auto Names = {"find",
                                 "find_if",
                                 "find_if_not",
                                 "find_first_of",
                                 "find_end",
                                 "adjacent_find",
                                 "search",
                                 "search_n",
                                 "lower_bound",
                                 "upper_bound",
                                 "min_element",
                                 "max_element",
                                 "is_sorted_until",
                                 "partition_point",
                                 "next",
                                 "prev"};
  return llvm::is_contained(Names, Name);
}

// Standard algorithms that only read through their iterators and return
// something else.
bool onlyReads(llvm::StringRef Name) {
  static constexpr auto Names = {"count",          "count_if",
                                 "all_of",         "any_of",
                                 "none_of",        "equal",
                                 "is_permutation", "binary_search",
                                 "includes",       "lexicographical_compare",
                                 "is_sorted",      "is_partitioned",
                                 "accumulate",     "inner_product",
                                 "distance",       "advance"};
  return llvm::is_contained(Names, Name);
}

bool isStdContainerMember(const FunctionDecl *F) {
  const auto *Method = dyn_cast_or_null<CXXMethodDecl>(F);
  return Method != nullptr && Method->getParent()->isInStdNamespace();
}

// The declaration to compare overloads by: the pattern of a member template.
const FunctionDecl *overloadPattern(const FunctionDecl *F) {
  if (const FunctionTemplateDecl *Primary = F->getPrimaryTemplate())
    return Primary->getTemplatedDecl();
  return F;
}

// True when the class of the non-const \p Method also declares a const
// member of the same name with the same parameters: on a const object, the
// call would resolve to it.
bool hasConstOverload(const CXXMethodDecl &Method) {
  const FunctionDecl *Pattern = overloadPattern(&Method);
  for (const NamedDecl *Candidate :
       Method.getParent()->lookup(Method.getDeclName())) {
    const auto *Function = Candidate->getAsFunction();
    const auto *Other = dyn_cast_or_null<CXXMethodDecl>(Function);
    if (Other == nullptr || Other == Pattern || !Other->isConst() ||
        Other->getNumParams() != Pattern->getNumParams())
      continue;
    bool Same = true;
    for (unsigned I = 0; I < Other->getNumParams() && Same; ++I)
      Same = Other->getParamDecl(I)->getType().getCanonicalType() ==
             Pattern->getParamDecl(I)->getType().getCanonicalType();
    if (Same)
      return true;
  }
  return false;
}

/// One step up the tree: a verdict, or the parent to follow next.
struct Step {
  LocalUse Use = LocalUse::ReadOnly;
  const Expr *Next = nullptr;
  Tracked Kind = Tracked::Object;

  static Step verdict(LocalUse Use) { return {Use, nullptr, Tracked::Object}; }
  static Step follow(const Expr &Next, Tracked Kind) {
    return {LocalUse::ReadOnly, &Next, Kind};
  }
};

Step stepIntoCast(const CastExpr &Cast, Tracked Kind) {
  switch (Cast.getCastKind()) {
  case CK_NoOp:
    // Reached a const view of the object: everything from here reads.
    if (Kind == Tracked::Object && Cast.getType().isConstQualified())
      return Step::verdict(LocalUse::ReadOnly);
    if (Kind == Tracked::Handle && isPointeeConst(Cast.getType()))
      return Step::verdict(LocalUse::ReadOnly);
    break;
  case CK_DerivedToBase:
  case CK_UncheckedDerivedToBase:
    break;
  case CK_LValueToRValue:
    if (Kind == Tracked::Object)
      return Step::verdict(LocalUse::ReadOnly);
    break;
  case CK_ArrayToPointerDecay:
    Kind = Tracked::Handle;
    break;
  case CK_IntegralCast:
  case CK_IntegralToBoolean:
  case CK_IntegralToFloating:
  case CK_FloatingCast:
  case CK_FloatingToIntegral:
  case CK_FloatingToBoolean:
  case CK_PointerToBoolean:
    return Step::verdict(LocalUse::ReadOnly);
  default:
    return Step::verdict(LocalUse::Unknown);
  }
  // An explicit cast to a non-const reference is a new, unchecked view.
  if (isa<ExplicitCastExpr>(Cast) && Cast.getType()->isReferenceType() &&
      !Cast.getType().getNonReferenceType().isConstQualified())
    return Step::verdict(LocalUse::Unknown);
  return Step::follow(Cast, Kind);
}

Step stepIntoUnary(const UnaryOperator &Unary, Tracked Kind) {
  switch (Unary.getOpcode()) {
  case UO_AddrOf:
    return Step::verdict(Kind == Tracked::Object ? LocalUse::AddressTaken
                                                 : LocalUse::Unknown);
  case UO_Deref:
    return Step::follow(Unary, Tracked::Object);
  case UO_PreInc:
  case UO_PreDec:
  case UO_PostInc:
  case UO_PostDec:
    // On a handle, this moves the iterator, not what it points to.
    return Kind == Tracked::Object ? Step::verdict(LocalUse::Modified)
                                   : Step::follow(Unary, Kind);
  case UO_Extension:
    return Step::follow(Unary, Kind);
  default:
    return Step::verdict(LocalUse::ReadOnly);
  }
}

Step stepIntoBinary(const BinaryOperator &Binary, const Expr &E, Tracked Kind) {
  if (Binary.isAssignmentOp()) {
    if (Binary.getLHS() == &E)
      return Step::verdict(Kind == Tracked::Object ? LocalUse::Modified
                                                   : LocalUse::ReadOnly);
    // A handle copied into another variable is not followed.
    return Step::verdict(Kind == Tracked::Object ? LocalUse::ReadOnly
                                                 : LocalUse::Unknown);
  }
  if (Binary.getOpcode() == BO_Comma)
    return Binary.getRHS() == &E ? Step::follow(Binary, Kind)
                                 : Step::verdict(LocalUse::ReadOnly);
  if (Binary.isPtrMemOp())
    return Step::verdict(LocalUse::Unknown);
  if (Kind == Tracked::Handle && Binary.getType()->isPointerType())
    return Step::follow(Binary, Kind); // pointer arithmetic
  return Step::verdict(LocalUse::ReadOnly);
}

class UseClassifier {
public:
  explicit UseClassifier(const LocalParentMap &Parents) : Parents(Parents) {
    collect();
  }

  LocalUseSummary summarize(const VarDecl &Var);

private:
  void collect();
  LocalUse classifyVar(const VarDecl &Var, Tracked Kind, unsigned Depth);
  LocalUse classify(const Expr *E, Tracked Kind, unsigned Depth);
  Step step(const Expr &E, Tracked Kind, unsigned Depth);
  Step stepIntoMember(const MemberExpr &Member, Tracked Kind, unsigned Depth);
  Step stepIntoCall(const Stmt &P, const Expr &E, Tracked Kind, unsigned Depth);
  LocalUse classifyMemberCall(const CallExpr &Call, const CXXMethodDecl &Method,
                              Tracked Kind, unsigned Depth);
  LocalUse classifyArgument(const CallExpr &Call, unsigned Index, Tracked Kind,
                            unsigned Depth);
  LocalUse classifyHandleArgument(const CallExpr &Call, unsigned Param,
                                  unsigned Depth);
  LocalUse classifyConstructArgument(const CXXConstructExpr &Construct,
                                     unsigned Index, Tracked Kind,
                                     unsigned Depth);
  LocalUse classifyBinding(const DeclStmt &Decls, const Expr *Init,
                           Tracked Kind, unsigned Depth);
  LocalUse classifyCapture(const LambdaExpr &Lambda, const Expr *Init);
  LocalUse classifyResult(const Expr &Call, QualType Result, unsigned Depth);
  bool castsAwayConst(const Expr &Result) const;
  bool isReturned(const DeclRefExpr &Ref) const;

  const LocalParentMap &Parents;
  llvm::DenseMap<const VarDecl *, llvm::SmallVector<const DeclRefExpr *, 4>>
      Refs;
  llvm::SmallVector<const LambdaExpr *, 4> Lambdas;
  llvm::SmallVector<const VarDecl *, 8> LocalVars;
};

void UseClassifier::collect() {
  llvm::SmallVector<const Stmt *, 64> Work{&Parents.root()};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S)) {
      if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
        Refs[Var].push_back(Ref);
    } else if (const auto *Lambda = dyn_cast<LambdaExpr>(S)) {
      Lambdas.push_back(Lambda);
    } else if (const auto *Decls = dyn_cast<DeclStmt>(S)) {
      for (const Decl *D : Decls->decls())
        if (const auto *Var = dyn_cast<VarDecl>(D))
          LocalVars.push_back(Var);
    }
    for (const Stmt *Child : S->children())
      if (Child != nullptr)
        Work.push_back(Child);
  }
}

bool UseClassifier::isReturned(const DeclRefExpr &Ref) const {
  const Stmt *P = Parents.parentIgnoringImplicit(&Ref);
  // `return v;` copies or moves v (or elides the copy) through a constructor.
  if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(P);
      Construct != nullptr && Construct->getNumArgs() == 1)
    P = Parents.parentIgnoringImplicit(Construct);
  return isa_and_nonnull<ReturnStmt, CoreturnStmt>(P);
}

LocalUseSummary UseClassifier::summarize(const VarDecl &Var) {
  LocalUseSummary Summary;
  const auto &VarRefs = Refs[&Var];
  Summary.Uses = VarRefs.size();
  for (const LambdaExpr *Lambda : Lambdas)
    for (const LambdaCapture &Capture : Lambda->explicit_captures())
      if (Capture.capturesVariable() && Capture.getCapturedVar() == &Var)
        Summary.NamedInCaptureList = true;
  // `decltype(v) w = v;` would change type with v; only the simplest form
  // (a variable declared with it) is looked for.
  for (const VarDecl *Local : LocalVars)
    if (const auto *Decltype =
            Local->getType().getNonReferenceType()->getAs<DecltypeType>())
      if (const auto *Ref = dyn_cast<DeclRefExpr>(
              Decltype->getUnderlyingExpr()->IgnoreParens());
          Ref != nullptr && Ref->getDecl() == &Var) {
        Summary.Verdict = LocalUse::Unknown;
        return Summary;
      }
  for (const DeclRefExpr *Ref : VarRefs) {
    const LocalUse Use = isReturned(*Ref) ? LocalUse::Returned
                                          : classify(Ref, Tracked::Object, 0);
    if (Use != LocalUse::ReadOnly) {
      Summary.Verdict = Use;
      Summary.FirstOffendingUse = Ref;
      return Summary;
    }
  }
  return Summary;
}

LocalUse UseClassifier::classifyVar(const VarDecl &Var, Tracked Kind,
                                    unsigned Depth) {
  if (Depth > MaxDepth)
    return LocalUse::Unknown;
  for (const DeclRefExpr *Ref : Refs[&Var]) {
    const LocalUse Use = classify(Ref, Kind, Depth);
    if (Use != LocalUse::ReadOnly)
      return Use;
  }
  return LocalUse::ReadOnly;
}

LocalUse UseClassifier::classify(const Expr *E, Tracked Kind, unsigned Depth) {
  while (true) {
    const Step Next = step(*E, Kind, Depth);
    if (Next.Next == nullptr)
      return Next.Use;
    E = Next.Next;
    Kind = Next.Kind;
  }
}

Step UseClassifier::stepIntoMember(const MemberExpr &Member, Tracked Kind,
                                   unsigned Depth) {
  const ValueDecl *D = Member.getMemberDecl();
  if (const auto *Method = dyn_cast<CXXMethodDecl>(D)) {
    const auto *Call =
        dyn_cast_or_null<CXXMemberCallExpr>(Parents.parent(&Member));
    if (Call == nullptr || Call->getCallee()->IgnoreParens() != &Member)
      return Step::verdict(LocalUse::Unknown);
    return Step::verdict(classifyMemberCall(*Call, *Method, Kind, Depth));
  }
  if (const auto *Field = dyn_cast<FieldDecl>(D)) {
    if (Field->getType()->isReferenceType())
      return Step::verdict(LocalUse::Unknown);
    return Step::follow(Member, Kind == Tracked::Handle && Member.isArrow()
                                    ? Tracked::Object
                                    : Kind);
  }
  return Step::verdict(LocalUse::ReadOnly); // a static member or an enumerator
}

Step UseClassifier::stepIntoCall(const Stmt &P, const Expr &E, Tracked Kind,
                                 unsigned Depth) {
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(&P)) {
    for (unsigned I = 0; I < Construct->getNumArgs(); ++I)
      if (Construct->getArg(I) == &E)
        return Step::verdict(
            classifyConstructArgument(*Construct, I, Kind, Depth));
    return Step::verdict(LocalUse::Unknown);
  }
  const auto &Call = cast<CallExpr>(P);
  for (unsigned I = 0; I < Call.getNumArgs(); ++I) {
    if (Call.getArg(I) != &E)
      continue;
    const auto *Method =
        dyn_cast_or_null<CXXMethodDecl>(Call.getDirectCallee());
    if (I == 0 && isa<CXXOperatorCallExpr>(Call) && Method != nullptr &&
        !Method->isStatic())
      return Step::verdict(classifyMemberCall(Call, *Method, Kind, Depth));
    return Step::verdict(classifyArgument(Call, I, Kind, Depth));
  }
  return Step::verdict(LocalUse::Unknown); // E is the callee
}

// One step up from E: a verdict, or the parent to follow.
Step UseClassifier::step(const Expr &E, Tracked Kind, unsigned Depth) {
  const Stmt *P = Parents.parent(&E);
  if (P == nullptr)
    return Step::verdict(LocalUse::Unknown);
  if (isa<ParenExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr, FullExpr>(
          P))
    return Step::follow(*cast<Expr>(P), Kind);
  if (const auto *Cast = dyn_cast<CastExpr>(P)) {
    // `s.c_str()` through the const view, then cast to a mutable pointer.
    const auto *Member = dyn_cast_or_null<MemberExpr>(Parents.parent(Cast));
    const auto *Call = Member != nullptr ? dyn_cast_or_null<CXXMemberCallExpr>(
                                               Parents.parent(Member))
                                         : nullptr;
    if (Call != nullptr && castsAwayConst(*Call))
      return Step::verdict(LocalUse::Modified);
    return stepIntoCast(*Cast, Kind);
  }
  if (const auto *Member = dyn_cast<MemberExpr>(P))
    return stepIntoMember(*Member, Kind, Depth);
  if (isa<CallExpr, CXXConstructExpr>(P))
    return stepIntoCall(*P, E, Kind, Depth);
  if (const auto *Unary = dyn_cast<UnaryOperator>(P))
    return stepIntoUnary(*Unary, Kind);
  if (const auto *Binary = dyn_cast<BinaryOperator>(P))
    return stepIntoBinary(*Binary, E, Kind);
  if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(P))
    return Subscript->getBase() == &E
               ? Step::follow(*Subscript, Tracked::Object)
               : Step::verdict(LocalUse::ReadOnly);
  if (const auto *Conditional = dyn_cast<ConditionalOperator>(P))
    return Conditional->getCond() == &E ? Step::verdict(LocalUse::ReadOnly)
                                        : Step::follow(*Conditional, Kind);
  if (isa<UnaryExprOrTypeTraitExpr, CXXTypeidExpr, CXXNoexceptExpr>(P))
    return Step::verdict(LocalUse::ReadOnly);
  if (isa<ReturnStmt, CoreturnStmt>(P))
    return Step::verdict(LocalUse::Returned);
  if (isa<CXXThrowExpr>(P))
    return Step::verdict(LocalUse::Moved);
  if (const auto *Decls = dyn_cast<DeclStmt>(P))
    return Step::verdict(classifyBinding(*Decls, &E, Kind, Depth));
  if (const auto *Lambda = dyn_cast<LambdaExpr>(P))
    return Step::verdict(classifyCapture(*Lambda, &E));
  // A discarded value or a condition reads; other expressions are unknown.
  return Step::verdict(isa<Expr>(P) ? LocalUse::Unknown : LocalUse::ReadOnly);
}

// The result of a call on (or with) the tracked object: followed when it is a
// reference, a pointer or an iterator that leads back into the object.
// True when a const view the object handed out (`s.data()` of a const
// overload, `s.c_str()`) is explicitly cast to a mutable one, as in
// `fgets(const_cast<char *>(s.data()), ...)`: the object is written through it.
bool UseClassifier::castsAwayConst(const Expr &Result) const {
  const Stmt *Current = &Result;
  while (const Stmt *P = Parents.parent(Current)) {
    if (isa<ParenExpr>(P) || isa<ImplicitCastExpr>(P)) {
      Current = P;
      continue;
    }
    const auto *Cast = dyn_cast<ExplicitCastExpr>(P);
    if (Cast == nullptr)
      return false;
    const QualType To = Cast->getType();
    return (To->isPointerType() && !isPointeeConst(To)) ||
           (To->isReferenceType() && !To.getNonReferenceType().isConstQualified());
  }
  return false;
}

LocalUse UseClassifier::classifyResult(const Expr &Call, QualType Result,
                                       unsigned Depth) {
  if (castsAwayConst(Call))
    return LocalUse::Modified;
  if (Result->isReferenceType())
    return Result.getNonReferenceType().isConstQualified()
               ? LocalUse::ReadOnly
               : classify(&Call, Tracked::Object, Depth);
  if (Result->isPointerType())
    return isPointeeConst(Result) ? LocalUse::ReadOnly
                                  : classify(&Call, Tracked::Handle, Depth);
  if (Result->isRecordType() && !derefsToConst(Result))
    return classify(&Call, Tracked::Handle, Depth);
  return LocalUse::ReadOnly;
}

LocalUse UseClassifier::classifyMemberCall(const CallExpr &Call,
                                           const CXXMethodDecl &Method,
                                           Tracked Kind, unsigned Depth) {
  const QualType Result = Method.getReturnType();
  if (Kind == Tracked::Handle) {
    switch (Method.getOverloadedOperator()) {
    case OO_Star:
    case OO_Subscript:
      return classify(&Call, Tracked::Object, Depth);
    case OO_Arrow:
    case OO_PlusPlus:
    case OO_MinusMinus:
    case OO_PlusEqual:
    case OO_MinusEqual:
    case OO_Equal:
    case OO_Plus:
    case OO_Minus:
      if (Result->isReferenceType() || Result->isRecordType() ||
          Result->isPointerType())
        return classify(&Call, Tracked::Handle, Depth);
      return LocalUse::ReadOnly;
    default:
      return CXXOperatorCallExpr::isComparisonOp(Method.getOverloadedOperator())
                 ? LocalUse::ReadOnly
                 : LocalUse::Unknown;
    }
  }
  if (isa<CXXConversionDecl>(Method))
    return Method.isConst() ? LocalUse::ReadOnly : LocalUse::Unknown;
  if (Method.isConst()) {
    if (castsAwayConst(Call))
      return LocalUse::Modified;
    // A const member that hands out a way to modify the object anyway.
    if ((Result->isReferenceType() &&
         !Result.getNonReferenceType().isConstQualified()) ||
        (Result->isPointerType() && !isPointeeConst(Result)))
      return classifyResult(Call, Result, Depth);
    return LocalUse::ReadOnly;
  }
  if (!hasConstOverload(Method))
    return LocalUse::Modified;
  return classifyResult(Call, Result, Depth);
}

LocalUse UseClassifier::classifyArgument(const CallExpr &Call, unsigned Index,
                                         Tracked Kind, unsigned Depth) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (Callee == nullptr)
    return LocalUse::Unknown;
  unsigned Param = Index;
  if (isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Callee) &&
      !cast<CXXMethodDecl>(Callee)->isStatic()) {
    if (Index == 0)
      return LocalUse::Unknown;
    Param = Index - 1;
  }
  if (Kind == Tracked::Handle)
    return classifyHandleArgument(Call, Param, Depth);

  // Standard functions whose effect on their argument is known.
  const llvm::StringRef StdName = stdFunctionName(Callee);
  if (llvm::is_contained({"move", "forward", "move_if_noexcept"}, StdName))
    return LocalUse::Moved;
  if (StdName == "addressof")
    return LocalUse::AddressTaken;
  if (llvm::is_contained(
          {"as_const", "cbegin", "cend", "size", "ssize", "empty"}, StdName))
    return LocalUse::ReadOnly;
  if (llvm::is_contained({"begin", "end", "rbegin", "rend", "data"}, StdName))
    return classifyResult(Call, Callee->getReturnType(), Depth);

  if (Param >= Callee->getNumParams())
    return LocalUse::Unknown; // through `...`
  const QualType Type = Callee->getParamDecl(Param)->getType();
  if (!Type->isReferenceType() || Type.getNonReferenceType().isConstQualified())
    return LocalUse::ReadOnly;
  return Type->isRValueReferenceType() ? LocalUse::Moved : LocalUse::Modified;
}

// A handle passed on: only to functions known to read through it.
LocalUse UseClassifier::classifyHandleArgument(const CallExpr &Call,
                                               unsigned Param, unsigned Depth) {
  if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(&Call)) {
    if (CXXOperatorCallExpr::isComparisonOp(Operator->getOperator()))
      return LocalUse::ReadOnly;
    if (Operator->getOperator() == OO_Minus && Call.getType()->isIntegerType())
      return LocalUse::ReadOnly; // a distance
    if (Operator->getOperator() == OO_Minus ||
        Operator->getOperator() == OO_Plus)
      return classify(&Call, Tracked::Handle, Depth);
    return LocalUse::Unknown;
  }
  const FunctionDecl *Callee = Call.getDirectCallee();
  const llvm::StringRef StdName = stdFunctionName(Callee);
  if (returnsIteratorAndOnlyReads(StdName))
    return classify(&Call, Tracked::Handle, Depth);
  if (onlyReads(StdName))
    return LocalUse::ReadOnly;
  // std::copy(first, last, out) and copy_if read the first two only.
  if ((StdName == "copy" || StdName == "copy_if") && Param < 2)
    return LocalUse::ReadOnly;
  if (StdName == "copy_n" && Param == 0)
    return LocalUse::ReadOnly;
  // other.assign(first, last), other.insert(pos, first, last): a standard
  // container reads an input range.
  if (isStdContainerMember(Callee) && Param < Callee->getNumParams() &&
      !Callee->getParamDecl(Param)->getType()->isLValueReferenceType())
    return LocalUse::ReadOnly;
  return LocalUse::Unknown;
}

LocalUse
UseClassifier::classifyConstructArgument(const CXXConstructExpr &Construct,
                                         unsigned Index, Tracked Kind,
                                         unsigned Depth) {
  const CXXConstructorDecl *Ctor = Construct.getConstructor();
  if (Index >= Ctor->getNumParams())
    return LocalUse::Unknown;
  const QualType Type = Ctor->getParamDecl(Index)->getType();
  if (Kind == Tracked::Object) {
    if (Type->isRValueReferenceType())
      return LocalUse::Moved;
    if (Type->isLValueReferenceType() &&
        !Type.getNonReferenceType().isConstQualified())
      return LocalUse::Modified;
    return LocalUse::ReadOnly; // a copy
  }
  const CXXRecordDecl *Class = Ctor->getParent();
  // Copying the handle: follow the copy.
  if (Ctor->isCopyOrMoveConstructor())
    return classify(&Construct, Tracked::Handle, Depth);
  // Converting an iterator to a const_iterator.
  if (derefsToConst(Construct.getType()))
    return LocalUse::ReadOnly;
  // A standard container or string built from an input range.
  if (Class->isInStdNamespace() && !Type->isLValueReferenceType())
    return LocalUse::ReadOnly;
  if (Class->isInStdNamespace() &&
      Type.getNonReferenceType().isConstQualified())
    return LocalUse::ReadOnly;
  return LocalUse::Unknown;
}

LocalUse UseClassifier::classifyBinding(const DeclStmt &Decls, const Expr *Init,
                                        Tracked Kind, unsigned Depth) {
  const VarDecl *Bound = nullptr;
  for (const Decl *D : Decls.decls())
    if (const auto *Var = dyn_cast<VarDecl>(D);
        Var != nullptr && Var->getInit() == Init)
      Bound = Var;
  if (Bound == nullptr || isa<DecompositionDecl>(Bound))
    return LocalUse::Unknown;

  // The hidden `auto &&__range = v;` of a range-based for: what matters is
  // how the loop variable binds the elements.
  if (const auto *RangeFor =
          dyn_cast_or_null<CXXForRangeStmt>(Parents.parent(&Decls));
      RangeFor != nullptr && RangeFor->getRangeStmt() == &Decls) {
    if (Kind != Tracked::Object)
      return LocalUse::Unknown;
    const VarDecl *Element = RangeFor->getLoopVariable();
    const QualType Type = Element->getType();
    if (!Type->isReferenceType() ||
        Type.getNonReferenceType().isConstQualified())
      return LocalUse::ReadOnly;
    return isDeducedFromAuto(*Element)
               ? classifyVar(*Element, Tracked::Object, Depth + 1)
               : LocalUse::Modified;
  }

  const QualType Type = Bound->getType();
  if (Type->isReferenceType()) {
    if (Kind == Tracked::Object &&
        Type.getNonReferenceType().isConstQualified())
      return LocalUse::ReadOnly;
    // `auto &r = v;` would deduce a const reference once v is const, and r
    // must then only be read; a spelled-out non-const reference would not
    // compile.
    if (!isDeducedFromAuto(*Bound))
      return Kind == Tracked::Object ? LocalUse::Modified : LocalUse::Unknown;
    return classifyVar(*Bound, Kind, Depth + 1);
  }
  if (Kind == Tracked::Object)
    return LocalUse::ReadOnly; // a copy
  // An iterator kept in a variable: `auto it = m.find(k);` follows it, a
  // spelled-out const_iterator only reads.
  if (derefsToConst(Type))
    return LocalUse::ReadOnly;
  if (isDeducedFromAuto(*Bound))
    return classifyVar(*Bound, Tracked::Handle, Depth + 1);
  return LocalUse::Unknown;
}

LocalUse UseClassifier::classifyCapture(const LambdaExpr &Lambda,
                                        const Expr *Init) {
  const auto *Capture = Lambda.capture_begin();
  for (const Expr *CaptureInit : Lambda.capture_inits()) {
    if (CaptureInit == Init) {
      if (Capture->capturesVariable() &&
          Capture->getCapturedVar()->isInitCapture())
        return LocalUse::Unknown; // `[&r = v]`: r is not followed
      if (Capture->getCaptureKind() != LCK_ByRef)
        return LocalUse::ReadOnly;
      // By reference: the lambda's own uses of the variable are classified
      // separately; the lambda itself must not outlive the statement: it is
      // called at once or passed straight to a function.
      const Stmt *User = Parents.parentIgnoringImplicit(&Lambda);
      if (const auto *Call = dyn_cast_or_null<CallExpr>(User)) {
        if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Call);
            Operator != nullptr && Operator->getOperator() == OO_Call)
          return LocalUse::ReadOnly;
        if (!isa<CXXOperatorCallExpr>(Call))
          return LocalUse::ReadOnly;
      }
      return LocalUse::EscapesByReference;
    }
    ++Capture;
  }
  return LocalUse::Unknown;
}

} // namespace

LocalUseSummary summarizeLocalUses(const VarDecl &Var,
                                   const LocalParentMap &Parents) {
  return UseClassifier(Parents).summarize(Var);
}

llvm::StringRef describeLocalUse(LocalUse Use) {
  switch (Use) {
  case LocalUse::ReadOnly:
    return "only read";
  case LocalUse::Modified:
    return "modified";
  case LocalUse::Moved:
    return "moved from";
  case LocalUse::Returned:
    return "returned";
  case LocalUse::AddressTaken:
    return "has its address taken";
  case LocalUse::EscapesByReference:
    return "captured by reference in a lambda that is kept";
  case LocalUse::Unknown:
    return "used in a way the analysis does not follow";
  }
  return "";
}

} // namespace clang::tidy::allochunt
