//===--- UntrustedFloatOrigin.cpp - where a floating value may come from --===//

#include "UntrustedFloatOrigin.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::allochunt {

namespace {

/// How many definitions deep a local variable is followed.
constexpr unsigned MaxDepth = 6;

/// The name of a C or standard library function: `std::stod`, `strtod`,
/// `__builtin_sqrt`; empty for anything else.
llvm::StringRef libraryName(const CallExpr *Call, bool &InStd) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (Callee == nullptr || Callee->getIdentifier() == nullptr)
    return {};
  InStd = Callee->isInStdNamespace();
  if (!InStd && !Callee->getDeclContext()->getRedeclContext()->isTranslationUnit())
    return {};
  llvm::StringRef Name = Callee->getName();
  Name.consume_front("__builtin_");
  return Name;
}

bool isMathDomainFunction(llvm::StringRef Name) {
  const auto Known = [](llvm::StringRef Base) {
    return llvm::is_contained({"sqrt", "log", "log10", "log2", "log1p", "pow", "fmod",
                               "remainder", "acos", "asin", "acosh", "atanh", "tgamma",
                               "lgamma"},
                              Base);
  };
  return Known(Name) || ((Name.ends_with("f") || Name.ends_with("l")) && Known(Name.drop_back()));
}

bool isParseFunction(llvm::StringRef Name, bool InStd) {
  if (InStd && (Name == "stod" || Name == "stof" || Name == "stold" || Name == "from_chars"))
    return true;
  return llvm::is_contained({"strtod", "strtof", "strtold", "atof", "wcstod", "wcstof",
                             "wcstold", "sscanf", "fscanf", "scanf", "vsscanf", "vfscanf",
                             "vscanf", "swscanf", "fwscanf", "wscanf"},
                            Name);
}

bool isInputStream(const CXXRecordDecl *Record, unsigned Depth = 0) {
  if (Record == nullptr || !Record->hasDefinition() || Depth > 8)
    return false;
  Record = Record->getDefinition();
  if (Record->isInStdNamespace() && Record->getName() == "basic_istream")
    return true;
  return llvm::any_of(Record->bases(), [Depth](const CXXBaseSpecifier &Base) {
    return isInputStream(Base.getType()->getAsCXXRecordDecl(), Depth + 1);
  });
}

std::string spelledName(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return Ref->getDecl()->getNameAsString();
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return Member->getMemberDecl()->getNameAsString();
  return {};
}

/// The parameter a read of `p` or `p.x` starts from. Fields reached through
/// a pointer (`p->x`) are state the caller keeps, not a value it passes.
const ParmVarDecl *parameterRead(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  while (const auto *Member = dyn_cast<MemberExpr>(E)) {
    if (Member->isArrow())
      return nullptr;
    E = Member->getBase()->IgnoreParenImpCasts();
  }
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  return Ref != nullptr ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
}

class OriginFinder {
public:
  OriginFinder(const Decl *Function, const VariableWrites &Writes, const ASTContext &Ctx,
               DivisionIsSafe IsSafe)
      : Function(Function), Writes(Writes), Ctx(Ctx), IsSafe(IsSafe) {}

  std::optional<UntrustedOrigin> find(const Expr *Root, unsigned Depth) {
    llvm::SmallVector<const Stmt *, 16> Worklist = {Root};
    while (!Worklist.empty()) {
      const auto *E = dyn_cast_or_null<Expr>(Worklist.pop_back_val());
      if (E == nullptr || isa<LambdaExpr>(E))
        continue;
      if (std::optional<UntrustedOrigin> Found = originAt(E, Depth))
        return Found;
      if (!descends(E))
        continue;
      // Only the value of `a, b` and `a = b` is b's.
      if (const auto *Binary = dyn_cast<BinaryOperator>(E);
          Binary != nullptr && (Binary->isCommaOp() || Binary->getOpcode() == BO_Assign)) {
        Worklist.push_back(Binary->getRHS());
        continue;
      }
      // Children in reverse, so the leftmost is looked at first.
      llvm::SmallVector<const Stmt *, 4> Children(E->child_begin(), E->child_end());
      Worklist.append(Children.rbegin(), Children.rend());
    }
    return std::nullopt;
  }

private:
  /// Integer and constant subexpressions are finite; variables are followed
  /// through their definitions instead.
  bool descends(const Expr *E) const {
    if (E->getType()->isIntegralOrEnumerationType() || isa<DeclRefExpr>(E))
      return false;
    Expr::EvalResult Result;
    return E->isValueDependent() || !E->EvaluateAsRValue(Result, Ctx);
  }

  std::optional<UntrustedOrigin> originAt(const Expr *E, unsigned Depth) {
    if (!E->getType()->isRealFloatingType())
      return std::nullopt;
    if (isa<DeclRefExpr, MemberExpr>(E)) {
      if (const ParmVarDecl *Param = parameterRead(E)) {
        if (Param->getDeclContext() != dyn_cast<DeclContext>(Function))
          return std::nullopt;
        return UntrustedOrigin{UntrustedOrigin::Parameter, Param->getLocation(),
                               Param->getNameAsString()};
      }
      if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
        if (const auto *Local = dyn_cast<VarDecl>(Ref->getDecl()))
          return fromDefinitions(Local, Depth);
      return std::nullopt;
    }
    if (const auto *Binary = dyn_cast<BinaryOperator>(E);
        Binary != nullptr && Binary->getOpcode() == BO_Div && isNonConstant(Binary->getRHS()) &&
        !isSafe(*Binary))
      return UntrustedOrigin{UntrustedOrigin::Division, Binary->getOperatorLoc(),
                             spelledName(Binary->getRHS())};
    if (const auto *Call = dyn_cast<CallExpr>(E)) {
      bool InStd = false;
      const llvm::StringRef Name = libraryName(Call, InStd);
      const std::string Spelled = (InStd ? "std::" : "") + Name.str();
      if (isParseFunction(Name, InStd))
        return UntrustedOrigin{UntrustedOrigin::Parse, Call->getBeginLoc(), Spelled};
      if (isMathDomainFunction(Name))
        return UntrustedOrigin{UntrustedOrigin::MathDomain, Call->getBeginLoc(), Spelled};
    }
    return std::nullopt;
  }

  bool isSafe(const BinaryOperator &Division) const { return IsSafe && IsSafe(Division); }

  bool isNonConstant(const Expr *E) const {
    Expr::EvalResult Result;
    return E->isValueDependent() || !E->EvaluateAsRValue(Result, Ctx);
  }

  std::optional<UntrustedOrigin> fromDefinitions(const VarDecl *Local, unsigned Depth) {
    if (Depth >= MaxDepth || !Local->hasLocalStorage() || !Visited.insert(Local).second)
      return std::nullopt;
    for (const VariableWrite &Write : Writes.writesOf(Local)) {
      std::optional<UntrustedOrigin> Found;
      switch (Write.WriteKind) {
      case VariableWrite::Initialization:
      case VariableWrite::Assignment:
        Found = find(Write.Value, Depth + 1);
        break;
      case VariableWrite::CompoundAssignment: {
        const auto *Compound = cast<BinaryOperator>(Write.Value);
        if (Compound->getOpcode() == BO_DivAssign && isNonConstant(Compound->getRHS()) &&
            !isSafe(*Compound))
          Found = UntrustedOrigin{UntrustedOrigin::Division, Compound->getOperatorLoc(),
                                  spelledName(Compound->getRHS())};
        else
          Found = find(Compound->getRHS(), Depth + 1);
        break;
      }
      case VariableWrite::ByReference:
        if (isParseCall(Write.Value)) {
          bool InStd = false;
          const auto *Call = cast<CallExpr>(Write.Value);
          const llvm::StringRef Name = libraryName(Call, InStd);
          // `in >> v` is located at its operator (LLVM versions disagree on its start).
          const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Call);
          Found = UntrustedOrigin{UntrustedOrigin::Parse,
                                  Operator != nullptr ? Operator->getOperatorLoc()
                                                      : Call->getBeginLoc(),
                                  Operator != nullptr
                                      ? std::string("operator>>")
                                      : (InStd ? "std::" : "") + Name.str()};
        }
        break;
      case VariableWrite::Increment:
        break;
      }
      if (Found)
        return Found;
    }
    return std::nullopt;
  }

  const Decl *Function;
  const VariableWrites &Writes;
  const ASTContext &Ctx;
  DivisionIsSafe IsSafe;
  llvm::DenseSet<const VarDecl *> Visited;
};

} // namespace

bool isParseCall(const Expr *E) {
  const auto *Call = dyn_cast_or_null<CallExpr>(E);
  if (Call == nullptr)
    return false;
  if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Call))
    return Operator->getOperator() == OO_GreaterGreater && Operator->getNumArgs() == 2 &&
           isInputStream(Operator->getArg(0)->getType()->getAsCXXRecordDecl());
  bool InStd = false;
  return isParseFunction(libraryName(Call, InStd), InStd);
}

std::optional<UntrustedOrigin> findUntrustedOrigin(const Expr *E, const Decl *Function,
                                                   const VariableWrites &Writes,
                                                   const ASTContext &Ctx,
                                                   DivisionIsSafe IsSafe) {
  return OriginFinder(Function, Writes, Ctx, IsSafe).find(E, 0);
}

} // namespace clang::tidy::allochunt
