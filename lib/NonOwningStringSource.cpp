//===--- NonOwningStringSource.cpp - an owning string copied from a view --===//

#include "lib/NonOwningStringSource.h"

#include "lib/StringTypes.h"

#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"

namespace clang::tidy::allochunt {

int64_t NonOwningStringSource::literalByteLength() const {
  if (Kind != StringSourceKind::Literal)
    return -1;
  const auto *Literal = cast<StringLiteral>(Source->IgnoreParens());
  return static_cast<int64_t>(Literal->getByteLength());
}

// `s.c_str()` or `s.data()` of an owning string: a copy of that string.
static bool isCharactersOfOwningString(const Expr *E) {
  const auto *Call = dyn_cast<CXXMemberCallExpr>(E->IgnoreParenImpCasts());
  if (Call == nullptr || Call->getMethodDecl() == nullptr)
    return false;
  const llvm::StringRef Name = Call->getMethodDecl()->getName();
  return (Name == "c_str" || Name == "data") &&
         isOwningStringType(Call->getImplicitObjectArgument()->getType());
}

static bool isCharacterPointer(const Expr *E) {
  return isCharacterPointerOrArray(E->getType()) && !isCharactersOfOwningString(E);
}

static bool sameCharacterType(const Expr *A, const Expr *B) {
  auto CharacterOf = [](QualType T) {
    T = T.getCanonicalType();
    if (const auto *Array = T->getAsArrayTypeUnsafe())
      return Array->getElementType().getUnqualifiedType().getCanonicalType();
    return T->getPointeeType().getUnqualifiedType().getCanonicalType();
  };
  return CharacterOf(A->getType()) == CharacterOf(B->getType());
}

// The source kind of a construction from the (non-defaulted) arguments.
static std::optional<StringSourceKind> kindOf(llvm::ArrayRef<const Expr *> Args) {
  if (Args.size() == 1) {
    const Expr *Source = Args[0];
    if (isa<StringLiteral>(Source->IgnoreParens()))
      return StringSourceKind::Literal;
    if (isStringViewType(Source->getType()))
      return StringSourceKind::View;
    if (isCharacterPointer(Source))
      return StringSourceKind::CharacterPointer;
    return std::nullopt;
  }
  if (Args.size() == 2 && isCharacterPointer(Args[0])) {
    if (Args[1]->getType()->isIntegerType() && !Args[1]->getType()->isAnyCharacterType())
      return StringSourceKind::PointerAndLength;
    if (isCharacterPointer(Args[1]) && sameCharacterType(Args[0], Args[1]))
      return StringSourceKind::PointerPair;
  }
  return std::nullopt;
}

std::optional<NonOwningStringSource>
findNonOwningStringSource(const Expr &E, llvm::ArrayRef<llvm::StringRef> StringTypes) {
  const Expr *String = E.IgnoreImplicit();
  const CXXConstructExpr *Construct = nullptr;
  TypeLoc WrittenType;
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(String)) {
    if (Cast->getCastKind() != CK_ConstructorConversion)
      return std::nullopt;
    Construct = dyn_cast<CXXConstructExpr>(Cast->getSubExpr()->IgnoreImplicit());
    WrittenType = Cast->getTypeInfoAsWritten()->getTypeLoc();
  } else if (const auto *Temporary = dyn_cast<CXXTemporaryObjectExpr>(String)) {
    Construct = Temporary;
    WrittenType = Temporary->getTypeSourceInfo()->getTypeLoc();
  } else {
    Construct = dyn_cast<CXXConstructExpr>(String);
  }
  if (Construct == nullptr || Construct->getConstructor() == nullptr ||
      Construct->getConstructor()->isCopyOrMoveConstructor() ||
      !isOwningStringType(Construct->getType(), StringTypes))
    return std::nullopt;

  llvm::SmallVector<const Expr *, 2> Args;
  for (const Expr *Arg : Construct->arguments()) {
    if (isa<CXXDefaultArgExpr>(Arg))
      break;
    Args.push_back(Arg->IgnoreImpCasts());
  }
  std::optional<StringSourceKind> Kind = kindOf(Args);
  if (!Kind)
    return std::nullopt;
  NonOwningStringSource Result{*Kind,         String, !WrittenType.isNull(),
                               WrittenType,   Args[0]};
  if (Args.size() == 2)
    Result.Second = Args[1];
  return Result;
}

// Characters that stay alive and unchanged for the rest of \p Function.
static bool isStableCharacters(const Expr *E, const FunctionDecl &Function,
                               ExprMutationAnalyzer &Mutations) {
  E = E->IgnoreParenImpCasts();
  if (isa<StringLiteral>(E))
    return true;
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E)) {
    const CXXMethodDecl *Method = Call->getMethodDecl();
    const Expr *Object = Call->getImplicitObjectArgument();
    return Method != nullptr && (Method->getName() == "substr" || Method->getName() == "data") &&
           isStringViewType(Object->getType()) &&
           isStableCharacters(Object, Function, Mutations);
  }
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  const auto *Param = Ref != nullptr ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
  if (Param == nullptr || Param->getDeclContext() != &Function)
    return false;
  const QualType Type = Param->getType().getNonReferenceType();
  const bool ConstCharacters =
      isStringViewType(Type) ||
      (Type->isPointerType() && Type->getPointeeType().isConstQualified() &&
       Type->getPointeeType()->isAnyCharacterType());
  return ConstCharacters && !Mutations.isMutated(Param);
}

bool isStableViewSource(const NonOwningStringSource &Source, const FunctionDecl &Function) {
  const Stmt *Body = Function.getBody();
  if (Body == nullptr)
    return false;
  ExprMutationAnalyzer Mutations(*Body, Function.getASTContext());
  if (!isStableCharacters(Source.Source, Function, Mutations))
    return false;
  return Source.Kind != StringSourceKind::PointerPair ||
         isStableCharacters(Source.Second, Function, Mutations);
}

} // namespace clang::tidy::allochunt
