//===--- PerCallConstantCheck.cpp - allochunt-per-call-constant -----------===//

#include "checks/PerCallConstantCheck.h"

#include "lib/ConstantInitializer.h"
#include "lib/ConstructionCost.h"
#include "lib/FunctionNames.h"
#include "lib/HoistPoint.h"
#include "lib/InitializerContents.h"
#include "lib/LocalParentMap.h"
#include "lib/QualifiedNameList.h"
#include "lib/ReadOnlyLocal.h"
#include "lib/RejectedCode.h"
#include "lib/RunsOnce.h"
#include "lib/TemplateInstantiation.h"
#include "lib/UserCodeParents.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Regex.h"

#include <cstdint>

using namespace clang::ast_matchers;

namespace clang::tidy::allochunt {

namespace {

constexpr llvm::StringLiteral DefaultTypes =
    "::std::basic_regex;::std::vector;::std::deque;::std::list;"
    "::std::forward_list;::std::set;::std::multiset;::std::map;"
    "::std::multimap;::std::unordered_set;::std::unordered_multiset;"
    "::std::unordered_map;::std::unordered_multimap;::std::array;"
    "::std::basic_string;::std::locale;::boost::basic_regex";

// std::locale("C") and ("POSIX") share the classic locale: nothing is built.
bool namesClassicLocale(const Expr &Init) {
  const auto *Construct =
      dyn_cast<CXXConstructExpr>(Init.IgnoreImplicit()->IgnoreParenImpCasts());
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(Init.IgnoreImplicit()))
    Construct =
        dyn_cast<CXXConstructExpr>(Cast->getSubExpr()->IgnoreImplicit());
  if (Construct == nullptr || Construct->getNumArgs() == 0)
    return false;
  const auto *Name =
      dyn_cast<StringLiteral>(Construct->getArg(0)->IgnoreParenImpCasts());
  return Name != nullptr && Name->getCharByteWidth() == 1 &&
         (Name->getString() == "C" || Name->getString() == "POSIX");
}

// constexpr and consteval functions cannot have static variables (before
// C++23, and not in constant evaluation after). A lambda's call operator is
// implicitly constexpr whenever it can be: only the keyword counts there.
bool isConstexprFunction(const FunctionDecl &Function, const ASTContext &Ctx) {
  if (!Function.isConstexpr())
    return false;
  const auto *Method = dyn_cast<CXXMethodDecl>(&Function);
  if (Method == nullptr || !Method->getParent()->isLambda() ||
      Function.getBody() == nullptr)
    return true;
  const SourceLocation Begin = Function.getBeginLoc();
  const SourceLocation End = Function.getBody()->getBeginLoc();
  if (!Begin.isFileID() || !End.isFileID())
    return true;
  const StringRef Declarator =
      Lexer::getSourceText(CharSourceRange::getCharRange(Begin, End),
                           Ctx.getSourceManager(), Ctx.getLangOpts());
  static const llvm::Regex Keyword(
      "(^|[^A-Za-z0-9_])(constexpr|consteval)($|[^A-Za-z0-9_])");
  return Keyword.match(Declarator);
}

// \p S, in \p Function, runs more than once: \p InLoop, or the function may
// be called again. main and a GoogleTest test body run once, and so does a
// lambda invoked in a static variable's initialiser (or passed to
// std::call_once): only their loops rebuild anything.
bool runsPerCall(const Stmt &S, const FunctionDecl &Function, bool InLoop,
                 ASTContext &Ctx) {
  if (isConstexprFunction(Function, Ctx) || isInTemplateInstantiation(Function))
    return false;
  return InLoop || (!isCalledOncePerRun(Function) && !executionSiteOf(S, Ctx).RunsOnce);
}

} // namespace

PerCallConstantCheck::PerCallConstantCheck(StringRef Name,
                                           ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      RawTypes(Options.get("Types", DefaultTypes)), TypeNames([this] {
        llvm::SmallVector<std::string, 1> Invalid;
        std::vector<std::string> Names = parseQualifiedNameList(RawTypes, Invalid);
        if (!Invalid.empty())
          configurationDiag("invalid entry '%0' in option "
                            "'allochunt-per-call-constant.Types': expected a "
                            "qualified class or class template name such as "
                            "'::std::vector'")
              << Invalid.front();
        return Names;
      }()),
      Types(TypeNames.begin(), TypeNames.end()),
      SmallStringCapacity(
          Options.getLocalOrGlobal("SmallStringCapacity", 15U)) {}

void PerCallConstantCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "Types", RawTypes);
  Options.store(Opts, "SmallStringCapacity", SmallStringCapacity);
}

void PerCallConstantCheck::registerPPCallbacks(
    const SourceManager & /*SM*/, Preprocessor *PP,
    Preprocessor * /*ModuleExpanderPP*/) {
  this->PP = PP;
}

void PerCallConstantCheck::registerMatchers(MatchFinder *Finder) {
  Finder = &UserCode.attach(*Finder);
  std::vector<StringRef> RegexTypes;
  for (const StringRef Type : Types)
    if (Type.ends_with("::basic_regex"))
      RegexTypes.push_back(Type);
  if (Types.empty())
    return;
  const auto ConfiguredClass =
      recordType(hasDeclaration(cxxRecordDecl(hasAnyName(Types))));
  Finder->addMatcher(
      varDecl(hasLocalStorage(), unless(parmVarDecl()),
              unless(isExpansionInSystemHeader()), hasInitializer(expr()),
              hasType(hasUnqualifiedDesugaredType(ConfiguredClass)))
          .bind("var"),
      this);
  if (RegexTypes.empty())
    return;
  const auto RegexType = hasType(hasUnqualifiedDesugaredType(
      recordType(hasDeclaration(cxxRecordDecl(hasAnyName(RegexTypes))))));
  Finder->addMatcher(
      cxxTemporaryObjectExpr(RegexType, unless(isExpansionInSystemHeader())).bind("temporary"),
      this);
  Finder->addMatcher(
      cxxFunctionalCastExpr(RegexType, unless(isExpansionInSystemHeader())).bind("temporary"),
      this);
}

void PerCallConstantCheck::check(const MatchFinder::MatchResult &Result) {
  if (isRejectedByCompiler(*Result.Context))
    return;
  if (const auto *Var = Result.Nodes.getNodeAs<VarDecl>("var"))
    checkVariable(*Var, *Result.Context);
  else if (const auto *Temporary = Result.Nodes.getNodeAs<Expr>("temporary"))
    checkTemporaryRegex(*Temporary, *Result.Context);
}

void PerCallConstantCheck::onEndOfTranslationUnit() { NamesGiven.clear(); }

void PerCallConstantCheck::checkVariable(const VarDecl &Var, ASTContext &Ctx) {
  if (!Var.isLocalVarDecl() || Var.isStaticLocal() || Var.isImplicit() ||
      Var.isConstexpr() || Var.getTSCSpec() != TSCS_unspecified ||
      Var.isExceptionVariable() || isa<DecompositionDecl>(Var) ||
      Var.getType()->isDependentType() || Var.getType().isVolatileQualified())
    return;
  const auto *Function = dyn_cast<FunctionDecl>(Var.getDeclContext());
  const Expr *Init = Var.getInit();
  if (Function == nullptr || Function->getBody() == nullptr ||
      Init == nullptr || Init->isValueDependent() || Init->isTypeDependent())
    return;
  const CXXRecordDecl *Class = Var.getType()->getAsCXXRecordDecl();
  if (Class == nullptr || !isBuiltFromConstants(*Init, Ctx, Types))
    return;

  const AllocationShape Kind = allocationShapeOf(*Class);
  const InitializerContents Contents =
      describeInitializer(*Init, Ctx, SmallStringCapacity);
  if (Contents.Empty)
    return;
  if (Kind == AllocationShape::String &&
      !(Contents.StringLength &&
        exceedsSmallStringBuffer(*Contents.StringLength,
                                 firstTypeArgument(*Class), Ctx,
                                 SmallStringCapacity)))
    return;
  if (Kind == AllocationShape::Array && Contents.AllocatingStrings == 0)
    return;
  if (Kind == AllocationShape::Locale && namesClassicLocale(*Init))
    return;

  // Only a declaration directly in a block: not a condition, a for-init or
  // a range-for's hidden variables.
  const LocalParentMap Parents(*Function->getBody());
  const auto *Decls = dyn_cast_or_null<DeclStmt>(Parents.parent(Init));
  if (Decls == nullptr || !isa_and_nonnull<CompoundStmt>(Parents.parent(Decls)))
    return;
  const bool InLoop = Parents.isRepeatedByLoop(Decls);
  if (!runsPerCall(*Decls, *Function, InLoop, Ctx))
    return;
  const LocalUseSummary Uses = summarizeLocalUses(Var, Parents);
  if (!Uses.isReadOnly())
    return;

  const SourceLocation Begin = Decls->getBeginLoc();
  // Never edit inside a macro.
  const bool InFile = Begin.isFileID() && Var.getLocation().isFileID() &&
                      Decls->getEndLoc().isFileID();
  const char *Obstacle = nullptr;
  if (Uses.NamedInCaptureList)
    Obstacle = "remove '%0' from the capture lists that name it, then make it "
               "'static const'";
  else if (Var.hasAttrs())
    Obstacle = "add 'static const' after the attributes";
  else if (!Decls->isSingleDecl())
    Obstacle = "declare '%0' on its own to make it 'static const'";
  if (!InFile)
    Obstacle = nullptr; // no note for macro expansions
  {
    auto Diag =
        diag(
            Var.getLocation(),
            "'%0' is rebuilt on every %select{call|iteration}1 (%2 each time); "
            "make it 'static const'")
        << Var.getName() << InLoop
        << describeConstructionCost(*Class, Contents);
    if (InFile && Obstacle == nullptr)
      Diag << FixItHint::CreateInsertion(Begin, Var.getType().isConstQualified()
                                                    ? "static "
                                                    : "static const ");
  }
  if (Obstacle != nullptr)
    diag(Var.getLocation(), Obstacle, DiagnosticIDs::Note) << Var.getName();
}

void PerCallConstantCheck::checkTemporaryRegex(const Expr &Temporary,
                                               ASTContext &Ctx) {
  const Expr *Construct = &Temporary;
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(&Temporary))
    Construct = Cast->getSubExpr();
  if (Temporary.isValueDependent() ||
      !isBuiltFromConstants(*Construct, Ctx, Types) ||
      describeInitializer(*Construct, Ctx, SmallStringCapacity).Empty)
    return;
  // Passed straight to a call.
  DynTypedNode Outer = DynTypedNode::create(Temporary);
  const CallExpr *Call = nullptr;
  while (true) {
    const auto Parents = userCodeParents(Ctx, Outer);
    if (Parents.empty())
      break;
    const auto *Parent = Parents[0].get<Expr>();
    if (!isa_and_nonnull<MaterializeTemporaryExpr, CXXBindTemporaryExpr,
                         ImplicitCastExpr>(Parent)) {
      Call = Parents[0].get<CallExpr>();
      break;
    }
    Outer = Parents[0];
  }
  if (Call == nullptr ||
      !llvm::is_contained(Call->arguments(), Outer.get<Expr>()))
    return;
  const HoistPoint Place = findHoistPoint(Temporary, Ctx);
  if (Place.Function == nullptr ||
      !runsPerCall(Temporary, *Place.Function, Place.InLoop, Ctx))
    return;

  const SourceManager &SM = Ctx.getSourceManager();
  const TypeLoc Written = isa<CXXTemporaryObjectExpr>(Temporary)
                              ? cast<CXXTemporaryObjectExpr>(Temporary)
                                    .getTypeSourceInfo()
                                    ->getTypeLoc()
                              : cast<CXXFunctionalCastExpr>(Temporary)
                                    .getTypeInfoAsWritten()
                                    ->getTypeLoc();
  const CharSourceRange TypeRange =
      CharSourceRange::getTokenRange(Written.getSourceRange());
  const StringRef TypeText =
      Lexer::getSourceText(TypeRange, SM, Ctx.getLangOpts());
  const SourceRange Range = Temporary.getSourceRange();
  const LangOptions &LangOpts = Ctx.getLangOpts();
  // Never edit inside a macro; hoist only before a statement of a block
  // (not before a label, which a jump could bypass) that starts its line.
  std::optional<std::string> Indent;
  if (Range.getBegin().isFileID() && Range.getEnd().isFileID() &&
      Place.Statement != nullptr && Place.Statement->getBeginLoc().isFileID() &&
      !isa<SwitchCase, LabelStmt>(Place.Statement) && !TypeText.empty())
    Indent = indentationBefore(Place.Statement->getBeginLoc(), SM);
  std::string Name;
  llvm::StringSet<> &Given = NamesGiven[Place.Function];
  if (Indent) {
    const FunctionNames Names(*Place.Function);
    Name = Names.freshName("re", [&](StringRef Candidate) {
      return Given.contains(Candidate) ||
             (PP != nullptr && PP->isMacroDefined(Candidate));
    });
  }
  {
    auto Diag =
        diag(Temporary.getBeginLoc(),
             "temporary '%0' is compiled on every %select{call|iteration}1; "
             "make it a 'static const' variable")
        << (TypeText.empty() ? StringRef("regex") : TypeText) << Place.InLoop;
    if (!Name.empty()) {
      Given.insert(Name);
      const StringRef Arguments = Lexer::getSourceText(
          CharSourceRange::getCharRange(
              Lexer::getLocForEndOfToken(Written.getEndLoc(), 0, SM, LangOpts),
              Lexer::getLocForEndOfToken(Range.getEnd(), 0, SM, LangOpts)),
          SM, LangOpts);
      Diag << FixItHint::CreateInsertion(Place.Statement->getBeginLoc(),
                                         ("static const " + TypeText + " " +
                                          Name + Arguments + ";\n" + *Indent)
                                             .str())
           << FixItHint::CreateReplacement(
                  CharSourceRange::getTokenRange(Range), Name);
    }
  }
  if (Name.empty() && Range.getBegin().isFileID())
    diag(Temporary.getBeginLoc(),
         "declare it as a 'static const' variable before the statement that "
         "uses it",
         DiagnosticIDs::Note);
}

} // namespace clang::tidy::allochunt
