//===--- InitializerContents.cpp - what an initialiser puts in its object -===//

#include "lib/InitializerContents.h"

#include "lib/StringTypes.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::allochunt {

namespace {

const Expr *stripWrappers(const Expr *E) {
  while (true) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(E))
      E = Temporary->getSubExpr();
    else if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E))
      E = Bind->getSubExpr();
    else if (const auto *Full = dyn_cast<FullExpr>(E))
      E = Full->getSubExpr();
    else if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E))
      E = Cast->getSubExpr();
    else if (const auto *Copy = dyn_cast<CXXConstructExpr>(E);
             Copy != nullptr && Copy->isElidable() && Copy->getNumArgs() == 1)
      E = Copy->getArg(0); // C++11/14 copy-initialisation from a temporary
    else
      return E;
  }
}

// The character type of a std::basic_string specialization.
QualType charTypeOf(QualType StringType) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      StringType.getCanonicalType()->getAsCXXRecordDecl());
  if (Spec == nullptr || Spec->getTemplateArgs().size() == 0 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return {};
  return Spec->getTemplateArgs()[0].getAsType();
}

// The length of the C string \p E points to, when it is a constant.
std::optional<uint64_t> constantStringLength(const Expr *E, ASTContext &Ctx) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Literal = dyn_cast<StringLiteral>(E))
    return Literal->getLength();
  uint64_t Length = 0;
  if (E->getType()->isPointerType() && !E->isValueDependent() &&
      E->tryEvaluateStrLen(Length, Ctx))
    return Length;
  return std::nullopt;
}

std::optional<uint64_t> constantInteger(const Expr *E, const ASTContext &Ctx) {
  Expr::EvalResult Result;
  if (E->isValueDependent() || !E->EvaluateAsInt(Result, Ctx) ||
      Result.Val.getInt().isNegative())
    return std::nullopt;
  return Result.Val.getInt().getZExtValue();
}

llvm::SmallVector<const Expr *, 4>
explicitArguments(const CXXConstructExpr &C) {
  llvm::SmallVector<const Expr *, 4> Args;
  for (const Expr *Arg : C.arguments())
    if (!isa<CXXDefaultArgExpr>(Arg))
      Args.push_back(Arg);
  return Args;
}

// The length of the string an owning-string constructor or literal builds.
std::optional<uint64_t> builtStringLength(const Expr *E, ASTContext &Ctx) {
  if (const auto *Literal = dyn_cast<UserDefinedLiteral>(E)) {
    const Expr *Cooked = Literal->getCookedLiteral();
    if (const auto *String = dyn_cast_or_null<StringLiteral>(
            Cooked != nullptr ? Cooked->IgnoreImpCasts() : nullptr))
      return String->getLength();
    return std::nullopt;
  }
  const auto *Construct = dyn_cast<CXXConstructExpr>(E);
  if (Construct == nullptr)
    return std::nullopt;
  const auto Args = explicitArguments(*Construct);
  if (Args.empty())
    return std::nullopt;
  const QualType First = Args[0]->IgnoreParenImpCasts()->getType();
  if (isCharacterPointerOrArray(First)) {
    // (const char *, count) builds a prefix of the given length.
    if (Args.size() == 2 && Args[1]->getType()->isIntegerType())
      return constantInteger(Args[1], Ctx);
    return constantStringLength(Args[0], Ctx);
  }
  // (count, character).
  if (Args.size() == 2 && First->isIntegerType() &&
      Args[1]->getType()->isAnyCharacterType())
    return constantInteger(Args[0], Ctx);
  return std::nullopt;
}

class StringCounter {
public:
  StringCounter(ASTContext &Ctx, unsigned Capacity)
      : Ctx(Ctx), Capacity(Capacity) {}

  unsigned count(const Expr *Root) {
    visit(Root);
    return Count;
  }

private:
  void countIfLong(std::optional<uint64_t> Length, QualType StringType) {
    if (Length && exceedsSmallStringBuffer(*Length, charTypeOf(StringType), Ctx,
                                           Capacity))
      ++Count;
  }

  // pair<std::string, T>{"literal", ...} builds its strings inside the pair's
  // constructor template: the AST shows only the literal.
  void countPairMembers(const CXXConstructExpr &Construct) {
    const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
        Construct.getType().getCanonicalType()->getAsCXXRecordDecl());
    if (Spec == nullptr || !Spec->isInStdNamespace() ||
        Spec->getName() != "pair" || Construct.getNumArgs() != 2)
      return;
    for (unsigned I = 0; I < 2; ++I) {
      const QualType Member = Spec->getTemplateArgs()[I].getAsType();
      const Expr *Arg = Construct.getArg(I)->IgnoreParenImpCasts();
      if (isOwningStringType(Member) &&
          isCharacterPointerOrArray(Arg->getType()))
        countIfLong(constantStringLength(Arg, Ctx), Member);
    }
  }

  void visit(const Stmt *S) {
    if (S == nullptr || Budget-- == 0)
      return;
    if (const auto *E = dyn_cast<Expr>(S);
        E != nullptr && isa<CXXConstructExpr, UserDefinedLiteral>(E) &&
        isOwningStringType(E->getType())) {
      countIfLong(builtStringLength(stripWrappers(E), Ctx), E->getType());
      return;
    }
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(S))
      countPairMembers(*Construct);
    for (const Stmt *Child : S->children())
      visit(Child);
  }

  ASTContext &Ctx;
  unsigned Capacity;
  unsigned Count = 0;
  unsigned Budget = 10000;
};

} // namespace

bool exceedsSmallStringBuffer(uint64_t Length, QualType CharType,
                              const ASTContext &Ctx,
                              unsigned SmallStringCapacity) {
  uint64_t CharBytes = 1;
  if (!CharType.isNull() && !CharType->isDependentType())
    CharBytes =
        std::max<uint64_t>(1, Ctx.getTypeSizeInChars(CharType).getQuantity());
  return Length > SmallStringCapacity / CharBytes;
}

InitializerContents describeInitializer(const Expr &Init, ASTContext &Ctx,
                                        unsigned SmallStringCapacity) {
  InitializerContents Contents;
  const Expr *E = stripWrappers(&Init);
  if (isOwningStringType(E->getType()))
    Contents.StringLength = builtStringLength(E, Ctx);

  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    const auto Args = explicitArguments(*Construct);
    if (Args.empty())
      Contents.Empty = true;
    for (const Expr *Arg : Args) {
      if (const auto *List =
              dyn_cast<CXXStdInitializerListExpr>(stripWrappers(Arg))) {
        if (const auto *Elements =
                dyn_cast<InitListExpr>(stripWrappers(List->getSubExpr()))) {
          Contents.ListedElements = Elements->getNumInits();
          Contents.Empty = Elements->getNumInits() == 0;
        }
      }
    }
    if (Args.size() == 1) {
      if (const auto *Literal =
              dyn_cast<StringLiteral>(Args[0]->IgnoreParenImpCasts()))
        Contents.Empty = Literal->getLength() == 0;
    }
  } else if (const auto *List = dyn_cast<InitListExpr>(E)) {
    // An aggregate such as std::array: its elements are the inner array's.
    if (List->getNumInits() == 1)
      if (const auto *Inner =
              dyn_cast<InitListExpr>(stripWrappers(List->getInit(0))))
        if (Inner->getType()->isArrayType())
          List = Inner;
    Contents.ListedElements = List->getNumInits();
    Contents.Empty = List->getNumInits() == 0;
  }

  Contents.AllocatingStrings = StringCounter(Ctx, SmallStringCapacity).count(E);
  return Contents;
}

} // namespace clang::tidy::allochunt
