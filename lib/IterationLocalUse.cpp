//===--- IterationLocalUse.cpp - does a loop-local container stay local? --===//
//
// Each reference to the variable is followed upwards while the expression
// still designates the object itself (through parentheses, implicit casts,
// and calls that return it by reference, such as `s.append(x)` or
// `os << x`); the first parent that does something else decides the use.
//
//===----------------------------------------------------------------------===//

#include "lib/IterationLocalUse.h"

#include "lib/ContainerMutation.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

#include <algorithm>

namespace clang::tidy::allochunt {

namespace {

/// What one use does.
enum class UseKind : std::uint8_t { Read, Fill, Escape };

struct Use {
  UseKind Kind = UseKind::Read;
  IterationEscape Escape = IterationEscape::None;
  /// The same object, to follow further up (a call returning it).
  const Expr *Continue = nullptr;

  static Use read() { return {}; }
  static Use fill() { return {UseKind::Fill, IterationEscape::None, nullptr}; }
  static Use escape(IterationEscape E) { return {UseKind::Escape, E, nullptr}; }
  static Use follow(const Expr &E, UseKind Kind) {
    return {Kind, IterationEscape::None, &E};
  }
};

bool isTransparent(const Stmt *S) {
  return isa<ParenExpr, ImplicitCastExpr, MaterializeTemporaryExpr,
             CXXBindTemporaryExpr, FullExpr>(S);
}

bool isStdFunction(const FunctionDecl *F) {
  return F != nullptr && F->isInStdNamespace() && F->getIdentifier() != nullptr;
}

bool isNonConstLValueReference(QualType T) {
  return T->isLValueReferenceType() &&
         !T.getNonReferenceType().isConstQualified();
}

// Members that add elements or characters.
bool isFillingMember(llvm::StringRef Name) {
  static constexpr auto Names = {
      "push_back",     "emplace_back",  "push_front",  "emplace_front",
      "emplace",       "emplace_hint",  "insert",      "insert_or_assign",
      "try_emplace",   "append",        "append_range", "insert_range",
      "prepend_range", "assign",        "assign_range", "resize",
      "resize_and_overwrite", "write",  "put"};
  return llvm::is_contained(Names, Name);
}

// Stream members that change what later output looks like.
bool isStreamStateMember(llvm::StringRef Name) {
  static constexpr auto Names = {"precision", "width", "fill", "flags",
                                 "setf",      "unsetf", "imbue", "copyfmt",
                                 "exceptions", "tie",  "rdbuf", "iword",
                                 "pword"};
  return llvm::is_contained(Names, Name);
}

// A value `os << v` formats without touching the stream's state: a builtin
// value, a C string, a standard string or view.
bool isPlainStreamOperand(QualType T) {
  T = T.getNonReferenceType().getCanonicalType().getUnqualifiedType();
  if (T->isFunctionPointerType() || T->isFunctionType())
    return false; // a manipulator such as std::hex
  if (T->isArithmeticType() || T->isPointerType() || T->isArrayType())
    return true;
  const auto *Class = T->getAsCXXRecordDecl();
  if (Class == nullptr || !Class->isInStdNamespace() ||
      Class->getIdentifier() == nullptr)
    return false;
  return llvm::is_contained({"basic_string", "basic_string_view"},
                            Class->getName());
}

const CXXRecordDecl *classOf(QualType T) {
  return T.getNonReferenceType()->getAsCXXRecordDecl();
}

// A call result that is the tracked object again: an lvalue reference to its
// class or to a base of it (`std::string &append(...)`, `std::ostream &`).
bool returnsSameObject(const Expr &Call, const CXXRecordDecl &Class) {
  const QualType Type = Call.getType();
  if (!Call.isLValue() || Type.isConstQualified())
    return false;
  const CXXRecordDecl *Result = Type->getAsCXXRecordDecl();
  if (Result == nullptr || !Class.hasDefinition())
    return false;
  return Result->getCanonicalDecl() == Class.getCanonicalDecl() ||
         Class.isDerivedFrom(Result);
}

// True when parameter \p Param of the template specialization \p Callee is
// a forwarding reference (`T &&` or `Args &&...` in the template): an
// lvalue passed there is forwarded, normally to be copied
// (`out.emplace_back(key, value)`), not filled.
bool isForwardingReference(const FunctionDecl &Callee, unsigned Param) {
  const FunctionDecl *Pattern = Callee.getTemplateInstantiationPattern();
  if (Pattern == nullptr || Pattern->getNumParams() == 0)
    return false;
  const ParmVarDecl *Declared =
      Param < Pattern->getNumParams() ? Pattern->getParamDecl(Param) : nullptr;
  const ParmVarDecl *Last = Pattern->parameters().back();
  if (Last->isParameterPack() &&
      (Declared == nullptr || Param + 1 >= Pattern->getNumParams()))
    Declared = Last;
  if (Declared == nullptr)
    return false;
  QualType Type = Declared->getType();
  if (const auto *Expansion = Type->getAs<PackExpansionType>())
    Type = Expansion->getPattern();
  const auto *Reference = Type->getAs<RValueReferenceType>();
  return Reference != nullptr &&
         !Reference->getPointeeType().hasQualifiers() &&
         Reference->getPointeeType()->getAs<TemplateTypeParmType>() != nullptr;
}

Use argument(const CallExpr &Call, unsigned Index) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (Callee == nullptr)
    return Use::escape(IterationEscape::Unknown);
  if (Callee->getIdentifier() != nullptr && Callee->getName() == "swap")
    return Use::escape(IterationEscape::Swapped);
  if (isStdFunction(Callee)) {
    const llvm::StringRef Name = Callee->getName();
    if (llvm::is_contained({"move", "forward", "move_if_noexcept", "exchange"},
                           Name))
      return Use::escape(IterationEscape::Moved);
    if (llvm::is_contained({"iter_swap", "swap_ranges"}, Name))
      return Use::escape(IterationEscape::Swapped);
    if (Name == "addressof")
      return Use::escape(IterationEscape::AddressTaken);
    if (llvm::is_contained({"tie", "ref", "cref", "forward_as_tuple"}, Name))
      return Use::escape(IterationEscape::BoundToReference);
    if (llvm::is_contained({"back_inserter", "front_inserter", "inserter"},
                           Name))
      return Use::fill();
    if (llvm::is_contained({"begin", "end", "cbegin", "cend", "rbegin", "rend",
                            "size", "ssize", "empty", "data", "as_const"},
                           Name))
      return Use::read();
  }
  unsigned Param = Index;
  if (isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Callee) &&
      !cast<CXXMethodDecl>(Callee)->isStatic()) {
    if (Index == 0)
      return Use::escape(IterationEscape::Unknown);
    Param = Index - 1;
  }
  if (Param >= Callee->getNumParams())
    return Use::escape(IterationEscape::Unknown); // through `...`
  const QualType Type = Callee->getParamDecl(Param)->getType();
  if (Type->isRValueReferenceType())
    return Use::escape(IterationEscape::Moved);
  if (isForwardingReference(*Callee, Param))
    return Use::read();
  // A callee that takes it by non-const reference fills it (std::getline,
  // `in >> s`, an out parameter).
  if (isNonConstLValueReference(Type))
    return Use::fill();
  if (Type->isPointerType())
    return Use::escape(IterationEscape::Unknown);
  return Use::read();
}

class Classifier {
public:
  Classifier(const VarDecl &Var, const LocalParentMap &Parents,
             const ASTContext &Ctx)
      : Var(Var), Class(classOf(Var.getType())), Parents(Parents), Ctx(Ctx) {}

  IterationLocalUses run();

private:
  Use step(const Expr &E, const Stmt &P);
  Use stepIntoMember(const MemberExpr &Member, const Expr &E);
  Use stepIntoStatement(const Expr &E, const Stmt &P);
  Use memberCall(const CXXMemberCallExpr &Call, const Expr &Object);
  Use operatorOnObject(const CXXOperatorCallExpr &Call);
  Use capture(const LambdaExpr &Lambda, const Expr &Init);
  Use binding(const DeclStmt &Decls, const Expr &Init);
  void noteReserve(const CXXMemberCallExpr &Call);
  /// Whether \p E is a whole statement of the loop body itself (run on every
  /// iteration that gets that far), not one inside a branch or nested block.
  bool isStatementOfRoot(const Expr &E) const {
    const Stmt *S = &E;
    const Stmt *P = Parents.parent(S);
    while (isa_and_nonnull<ExprWithCleanups>(P)) {
      S = P;
      P = Parents.parent(S);
    }
    return P == &Parents.root() && isa<CompoundStmt>(P);
  }
  void noteWrite(const FunctionDecl *Callee) {
    const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Callee);
    if (Result.FirstWrite == nullptr && Method != nullptr && !Method->isConst())
      Result.FirstWrite = CurrentRef;
  }

  const VarDecl &Var;
  const CXXRecordDecl *Class;
  const LocalParentMap &Parents;
  const ASTContext &Ctx;
  IterationLocalUses Result;
  const DeclRefExpr *CurrentRef = nullptr;
};

IterationLocalUses Classifier::run() {
  llvm::SmallVector<const DeclRefExpr *, 8> Refs;
  llvm::SmallVector<const Stmt *, 64> Work{&Parents.root()};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S);
        Ref != nullptr && Ref->getDecl() == &Var)
      Refs.push_back(Ref);
    for (const Stmt *Child : S->children())
      if (Child != nullptr)
        Work.push_back(Child);
  }
  // The walk is last-in first-out; report in source order.
  llvm::sort(Refs, [](const DeclRefExpr *A, const DeclRefExpr *B) {
    return A->getBeginLoc() < B->getBeginLoc();
  });
  if (Class == nullptr) {
    Result.Escape = IterationEscape::Unknown;
    return Result;
  }
  for (const DeclRefExpr *Ref : Refs) {
    CurrentRef = Ref;
    const Expr *E = Ref;
    while (true) {
      const Stmt *P = Parents.parent(E);
      while (P != nullptr && isTransparent(P)) {
        E = cast<Expr>(P);
        P = Parents.parent(P);
      }
      if (P == nullptr)
        break;
      const Use U = step(*E, *P);
      if (U.Kind == UseKind::Fill)
        ++Result.Fills;
      if (U.Kind == UseKind::Fill && Result.FirstFill == nullptr)
        Result.FirstFill = Ref;
      if (U.Kind == UseKind::Fill && Result.FirstWrite == nullptr)
        Result.FirstWrite = Ref;
      if (U.Kind == UseKind::Escape) {
        Result.Escape = U.Escape;
        Result.EscapingUse = Ref;
        return Result;
      }
      if (U.Continue == nullptr)
        break;
      E = U.Continue;
    }
  }
  return Result;
}

void Classifier::noteReserve(const CXXMemberCallExpr &Call) {
  if (Call.getNumArgs() != 1)
    return;
  const Expr *Arg = Call.getArg(0);
  if (Arg->isValueDependent())
    return;
  if (const std::optional<llvm::APSInt> Value =
          Arg->getIntegerConstantExpr(Ctx)) {
    const std::uint64_t K = Value->getLimitedValue();
    if (!Result.SmallestConstantReserve || K < *Result.SmallestConstantReserve)
      Result.SmallestConstantReserve = K;
  }
}

Use Classifier::memberCall(const CXXMemberCallExpr &Call, const Expr &Object) {
  const CXXMethodDecl *Method = Call.getMethodDecl();
  if (Method == nullptr || Call.getImplicitObjectArgument() == nullptr ||
      Call.getImplicitObjectArgument()->IgnoreParenImpCasts() !=
          Object.IgnoreParenImpCasts())
    return Use::escape(IterationEscape::Unknown);
  const llvm::StringRef Name =
      Method->getIdentifier() != nullptr ? Method->getName() : "";
  if (Name == "swap")
    return Use::escape(IterationEscape::Swapped);
  noteWrite(Method);
  if (Name == "reserve")
    noteReserve(Call);
  if (isStreamStateMember(Name))
    Result.ChangesStreamState = true;
  if (Name == "rdbuf")
    return Use::escape(IterationEscape::Unknown);
  const UseKind Kind = isFillingMember(Name) ? UseKind::Fill : UseKind::Read;
  if (returnsSameObject(Call, *Class))
    return Use::follow(Call, Kind);
  return {Kind, IterationEscape::None, nullptr};
}

Use Classifier::operatorOnObject(const CXXOperatorCallExpr &Call) {
  const OverloadedOperatorKind Op = Call.getOperator();
  UseKind Kind = UseKind::Read;
  noteWrite(Call.getDirectCallee());
  switch (Op) {
  case OO_PlusEqual:
    Kind = UseKind::Fill;
    break;
  case OO_LessLess:
    Kind = UseKind::Fill;
    if (Call.getNumArgs() < 2 || !isPlainStreamOperand(Call.getArg(1)->getType()))
      Result.ChangesStreamState = true;
    break;
  case OO_Equal: {
    // Copy assignment reuses the buffer; move assignment replaces it.
    const FunctionDecl *Callee = Call.getDirectCallee();
    const unsigned Param = isa_and_nonnull<CXXMethodDecl>(Callee) ? 0 : 1;
    if (Callee != nullptr && Param < Callee->getNumParams() &&
        Callee->getParamDecl(Param)->getType()->isRValueReferenceType()) {
      if (isStatementOfRoot(Call))
        ++Result.MoveAssignments;
      break;
    }
    Kind = UseKind::Fill;
    if (const auto *Literal = dyn_cast<StringLiteral>(
            Call.getArg(Call.getNumArgs() - 1)->IgnoreParenImpCasts())) {
      ++Result.LiteralAssignments;
      Result.LongestAssignedLiteral = std::max<std::uint64_t>(
          Result.LongestAssignedLiteral, Literal->getLength());
    }
    break;
  }
  case OO_Subscript:
    if (subscriptInserts(*Class))
      Kind = UseKind::Fill;
    break;
  default:
    break;
  }
  if (returnsSameObject(Call, *Class))
    return Use::follow(Call, Kind);
  return {Kind, IterationEscape::None, nullptr};
}

Use Classifier::capture(const LambdaExpr &Lambda, const Expr &Init) {
  const auto *Capture = Lambda.capture_begin();
  for (const Expr *CaptureInit : Lambda.capture_inits()) {
    if (CaptureInit == &Init) {
      if (Capture->capturesVariable() &&
          Capture->getCapturedVar()->isInitCapture())
        return Use::escape(IterationEscape::Unknown);
      if (Capture->getCaptureKind() != LCK_ByRef)
        return Use::read(); // a copy
      // By reference: only a lambda called at once or handed straight to a
      // function (std::sort, for_each) cannot outlive the iteration.
      const Stmt *User = Parents.parentIgnoringImplicit(&Lambda);
      if (const auto *Call = dyn_cast_or_null<CallExpr>(User)) {
        const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Call);
        if (Operator == nullptr || Operator->getOperator() == OO_Call)
          return Use::read();
      }
      return Use::escape(IterationEscape::CapturedByReference);
    }
    ++Capture;
  }
  return Use::escape(IterationEscape::Unknown);
}

Use Classifier::binding(const DeclStmt &Decls, const Expr &Init) {
  // The hidden `auto &&__range = v;` of a range-based for iterates over it.
  if (const auto *RangeFor =
          dyn_cast_or_null<CXXForRangeStmt>(Parents.parent(&Decls));
      RangeFor != nullptr && RangeFor->getRangeStmt() == &Decls)
    return Use::read();
  for (const Decl *D : Decls.decls()) {
    const auto *Bound = dyn_cast<VarDecl>(D);
    if (Bound == nullptr || Bound->getInit() == nullptr ||
        Bound->getInit()->IgnoreImplicit() != Init.IgnoreImplicit())
      continue;
    if (isa<DecompositionDecl>(Bound))
      return Use::escape(IterationEscape::Unknown);
    const QualType Type = Bound->getType();
    if (!Type->isReferenceType())
      return Use::read(); // a copy
    return Type.getNonReferenceType().isConstQualified() &&
                   Type->isLValueReferenceType()
               ? Use::read()
               : Use::escape(IterationEscape::BoundToReference);
  }
  return Use::escape(IterationEscape::Unknown);
}

Use construction(const CXXConstructExpr &Construct, const Expr &E) {
  const CXXConstructorDecl *Ctor = Construct.getConstructor();
  for (unsigned I = 0; I < Construct.getNumArgs(); ++I) {
    if (Construct.getArg(I) != &E)
      continue;
    if (I >= Ctor->getNumParams())
      return Use::escape(IterationEscape::Unknown);
    const QualType Type = Ctor->getParamDecl(I)->getType();
    if (Type->isRValueReferenceType())
      return Use::escape(IterationEscape::Moved);
    if (Type->isReferenceType() &&
        !Type.getNonReferenceType().isConstQualified())
      return Use::escape(IterationEscape::BoundToReference);
    return Use::read(); // a copy
  }
  return Use::escape(IterationEscape::Unknown);
}

Use binaryOperator(const BinaryOperator &Binary, const Expr &E) {
  if (Binary.getOpcode() == BO_Comma)
    return Binary.getRHS() == &E ? Use::follow(Binary, UseKind::Read)
                                 : Use::read();
  // In a template, `s += dependent` and `os << dependent` stay binary
  // operators until instantiation.
  if (Binary.isTypeDependent() && Binary.getLHS() == &E &&
      (Binary.getOpcode() == BO_AddAssign || Binary.getOpcode() == BO_Shl))
    return Use::fill();
  if (Binary.isComparisonOp())
    return Use::read();
  return Use::escape(IterationEscape::Unknown);
}

Use Classifier::stepIntoMember(const MemberExpr &Member, const Expr &E) {
  if (Member.getBase() != &E || !isa<CXXMethodDecl>(Member.getMemberDecl()))
    return Use::escape(IterationEscape::Unknown);
  const Stmt *Call = Parents.parent(&Member);
  while (isa_and_nonnull<ParenExpr>(Call))
    Call = Parents.parent(Call);
  if (const auto *MemberCall = dyn_cast_or_null<CXXMemberCallExpr>(Call))
    return memberCall(*MemberCall, E);
  return Use::escape(IterationEscape::Unknown);
}

Use Classifier::step(const Expr &E, const Stmt &P) {
  if (const auto *Member = dyn_cast<MemberExpr>(&P))
    return stepIntoMember(*Member, E);
  if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(&P)) {
    const auto *Method =
        dyn_cast_or_null<CXXMethodDecl>(Operator->getDirectCallee());
    if (Operator->getNumArgs() > 0 && Operator->getArg(0) == &E &&
        (Method != nullptr ||
         llvm::is_contained({OO_LessLess, OO_PlusEqual}, Operator->getOperator())))
      return operatorOnObject(*Operator);
  }
  if (const auto *Call = dyn_cast<CallExpr>(&P)) {
    for (unsigned I = 0; I < Call->getNumArgs(); ++I)
      if (Call->getArg(I) == &E)
        return argument(*Call, I);
    return Use::escape(IterationEscape::Unknown); // the callee itself
  }
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(&P))
    return construction(*Construct, E);
  if (const auto *Binary = dyn_cast<BinaryOperator>(&P))
    return binaryOperator(*Binary, E);
  return stepIntoStatement(E, P);
}

Use Classifier::stepIntoStatement(const Expr &E, const Stmt &P) {
  if (const auto *Unary = dyn_cast<UnaryOperator>(&P))
    return Use::escape(Unary->getOpcode() == UO_AddrOf
                           ? IterationEscape::AddressTaken
                           : IterationEscape::Unknown);
  if (isa<ReturnStmt, CoreturnStmt>(&P))
    return Use::escape(IterationEscape::Returned);
  if (isa<CXXThrowExpr>(&P))
    return Use::escape(IterationEscape::Moved);
  if (const auto *Decls = dyn_cast<DeclStmt>(&P))
    return binding(*Decls, E);
  if (const auto *Lambda = dyn_cast<LambdaExpr>(&P))
    return capture(*Lambda, E);
  if (isa<UnaryExprOrTypeTraitExpr, CXXTypeidExpr, CXXNoexceptExpr>(&P))
    return Use::read();
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(&P))
    return Cast->getCastKind() == CK_ToVoid
               ? Use::read()
               : Use::escape(IterationEscape::Unknown);
  // A statement that discards the value reads it; any other expression
  // (a conditional, a braced list binding a reference) is not followed.
  return isa<Expr>(P) ? Use::escape(IterationEscape::Unknown) : Use::read();
}

} // namespace

IterationLocalUses summarizeIterationLocalUses(const VarDecl &Var,
                                               const LocalParentMap &Parents,
                                               const ASTContext &Ctx) {
  return Classifier(Var, Parents, Ctx).run();
}

llvm::StringRef describeIterationEscape(IterationEscape Escape) {
  switch (Escape) {
  case IterationEscape::None:
    return "stays in the iteration";
  case IterationEscape::Moved:
    return "moved out";
  case IterationEscape::Swapped:
    return "swapped";
  case IterationEscape::Returned:
    return "returned";
  case IterationEscape::AddressTaken:
    return "has its address taken";
  case IterationEscape::BoundToReference:
    return "bound to a non-const reference";
  case IterationEscape::CapturedByReference:
    return "captured by reference in a lambda that is kept";
  case IterationEscape::Unknown:
    return "used in a way the analysis does not follow";
  }
  return "";
}

} // namespace clang::tidy::allochunt
