//===--- ConstantInitializer.cpp - initialisers built only from constants -===//

#include "lib/ConstantInitializer.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::allochunt {

namespace {

// Standard classes whose constructors only build a value (and allocate):
// no I/O, no global state, no handles.
bool isSideEffectFreeStdClass(llvm::StringRef Name) {
  static constexpr auto Names = {"basic_string",  "basic_string_view",
                                 "vector",        "deque",
                                 "list",          "forward_list",
                                 "set",           "multiset",
                                 "map",           "multimap",
                                 "unordered_set", "unordered_multiset",
                                 "unordered_map", "unordered_multimap",
                                 "array",         "pair",
                                 "tuple",         "initializer_list",
                                 "bitset",        "optional",
                                 "variant",       "complex",
                                 "allocator",     "less",
                                 "greater",       "equal_to",
                                 "hash",          "char_traits",
                                 "basic_regex",   "regex_traits",
                                 "locale"};
  return llvm::is_contained(Names, Name);
}

const CXXRecordDecl *templatePatternOrSelf(const CXXRecordDecl *Class) {
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Class))
    return Spec->getSpecializedTemplate()->getTemplatedDecl();
  return Class;
}

bool hasQualifiedName(const NamedDecl &D, llvm::StringRef Name) {
  Name.consume_front("::");
  return D.getQualifiedNameAsString() == Name;
}

class ConstantChecker {
public:
  ConstantChecker(const ASTContext &Ctx, llvm::ArrayRef<llvm::StringRef> Extra)
      : Ctx(Ctx), Extra(Extra) {}

  bool isConstant(const Expr *E) {
    // A bound on the work for pathological initialisers; giving up is safe.
    if (E == nullptr || Budget-- == 0)
      return false;
    if (E->isTypeDependent() || E->isValueDependent() || E->containsErrors())
      return false;
    if (isa<StringLiteral, PredefinedExpr, ImplicitValueInitExpr,
            CXXScalarValueInitExpr>(E))
      return true;
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      return isConstantDecl(Ref->getDecl());
    if (!E->isGLValue() && !E->getType()->isRecordType() &&
        !E->getType()->isArrayType())
      // A scalar value: a permitted result of a constant expression (this
      // rejects reads of parameters and variables, addresses of locals, and
      // calls to non-constexpr functions).
      return E->isCXX11ConstantExpr(Ctx);
    return isConstantAggregate(E);
  }

private:
  bool isConstantDecl(const ValueDecl *D) {
    if (isa<EnumConstantDecl>(D))
      return true;
    const auto *Var = dyn_cast<VarDecl>(D);
    return Var != nullptr &&
           (Var->isConstexpr() || Var->isUsableInConstantExpressions(Ctx));
  }

  bool isAllowedClass(const CXXRecordDecl *Class) {
    if (Class == nullptr || Class->isLambda())
      return false;
    const CXXRecordDecl *Pattern = templatePatternOrSelf(Class);
    if (Pattern->isInStdNamespace() && Pattern->getIdentifier() != nullptr &&
        isSideEffectFreeStdClass(Pattern->getName()))
      return true;
    return llvm::any_of(Extra, [&](llvm::StringRef Name) {
      return hasQualifiedName(*Pattern, Name);
    });
  }

  bool allArgumentsConstant(const CXXConstructExpr *Construct) {
    for (const Expr *Arg : Construct->arguments()) {
      if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(Arg))
        Arg = Default->getExpr();
      if (!isConstant(Arg))
        return false;
    }
    return true;
  }

  bool isConstantCall(const CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (Callee == nullptr)
      return false;
    if (Callee->isInStdNamespace()) {
      // Several standard functions became constexpr in C++20 (string
      // concatenation among them); going by constexpr would make the answer
      // depend on the language version, so from std only the literal
      // operators ("..."s, "..."sv) and the pair/tuple factories count.
      const bool Allowed =
          isa<UserDefinedLiteral>(Call) ||
          (Callee->getIdentifier() != nullptr &&
           llvm::is_contained({"make_pair", "make_tuple"}, Callee->getName()));
      if (!Allowed)
        return false;
    } else if (!Callee->isConstexpr()) {
      return false;
    }
    return llvm::all_of(Call->arguments(),
                        [&](const Expr *Arg) { return isConstant(Arg); });
  }

  bool isConstantAggregate(const Expr *E) {
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
      const CXXConstructorDecl *Ctor = Construct->getConstructor();
      return (Ctor->isConstexpr() || isAllowedClass(Ctor->getParent())) &&
             allArgumentsConstant(Construct);
    }
    if (const auto *List = dyn_cast<InitListExpr>(E)) {
      if (List->getArrayFiller() != nullptr &&
          !isConstant(List->getArrayFiller()))
        return false;
      return llvm::all_of(List->inits(),
                          [&](const Expr *Init) { return isConstant(Init); });
    }
    if (const auto *Call = dyn_cast<CallExpr>(E))
      return isConstantCall(Call);
    if (const auto *Conditional = dyn_cast<ConditionalOperator>(E))
      return isConstant(Conditional->getCond()) &&
             isConstant(Conditional->getTrueExpr()) &&
             isConstant(Conditional->getFalseExpr());
    if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(E))
      return isConstant(Default->getExpr());
    if (const auto *Default = dyn_cast<CXXDefaultInitExpr>(E))
      return isConstant(Default->getExpr());
    if (const auto *List = dyn_cast<CXXStdInitializerListExpr>(E))
      return isConstant(List->getSubExpr());
    if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(E))
      return isConstant(Temporary->getSubExpr());
    if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E))
      return isConstant(Bind->getSubExpr());
    if (const auto *Full = dyn_cast<FullExpr>(E))
      return isConstant(Full->getSubExpr());
    if (const auto *Paren = dyn_cast<ParenExpr>(E))
      return isConstant(Paren->getSubExpr());
    if (const auto *Cast = dyn_cast<CastExpr>(E)) {
      switch (Cast->getCastKind()) {
      case CK_NoOp:
      case CK_ConstructorConversion:
      case CK_DerivedToBase:
      case CK_UncheckedDerivedToBase:
      case CK_ArrayToPointerDecay:
      case CK_LValueToRValue:
        return isConstant(Cast->getSubExpr());
      default:
        return false;
      }
    }
    return false;
  }

  const ASTContext &Ctx;
  llvm::ArrayRef<llvm::StringRef> Extra;
  unsigned Budget = 10000;
};

} // namespace

bool isBuiltFromConstants(const Expr &Init, const ASTContext &Ctx,
                          llvm::ArrayRef<llvm::StringRef> ExtraClasses) {
  return ConstantChecker(Ctx, ExtraClasses).isConstant(&Init);
}

} // namespace clang::tidy::allochunt
