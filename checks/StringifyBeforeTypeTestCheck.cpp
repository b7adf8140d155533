//===--- StringifyBeforeTypeTestCheck.cpp - stringify-before-type-test ---===//

#include "StringifyBeforeTypeTestCheck.h"

#include "lib/FixItText.h"
#include "lib/QualifiedNameList.h"
#include "lib/RejectedCode.h"
#include "lib/StringProducers.h"
#include "lib/StringTypes.h"
#include "lib/TemplateInstantiation.h"
#include "lib/TextReads.h"
#include "lib/TypeTests.h"
#include "lib/UserCodeParents.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallPtrSet.h"

#include <array>
#include <optional>

using namespace clang::ast_matchers;

namespace clang::tidy::allochunt {

static constexpr llvm::StringLiteral DefaultKindAccessors = "kind;type;code;index";
static constexpr llvm::StringLiteral DefaultStringifyFunctions =
    "toString;to_string;str";

static constexpr std::array<StringProducerKind, 8> AllProducers = {
    StringProducerKind::NumberToString, StringProducerKind::StreamContents,
    StringProducerKind::Format,         StringProducerKind::LexicalCast,
    StringProducerKind::CaseConversion, StringProducerKind::Concatenation,
    StringProducerKind::Substring,      StringProducerKind::Serialization};

/// How many statements after a string's declaration the type test may be.
static constexpr unsigned MaxStatementsToTest = 8;
/// How many nodes one walk over an expression visits before it gives up.
static constexpr unsigned MaxVisitedNodes = 256;
/// How many producers feeding producers are followed to the value.
static constexpr unsigned MaxProducerChain = 4;

static std::vector<std::string> namesIn(llvm::StringRef Option) {
  llvm::SmallVector<std::string, 1> Invalid;
  return parseQualifiedNameList(Option, Invalid);
}

StringifyBeforeTypeTestCheck::StringifyBeforeTypeTestCheck(
    StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      KindAccessorsOption(Options.get("KindAccessors", DefaultKindAccessors)),
      StringifyFunctionsOption(
          Options.get("StringifyFunctions", DefaultStringifyFunctions)),
      KindAccessors(namesIn(KindAccessorsOption)),
      StringifyFunctions(namesIn(StringifyFunctionsOption)) {
  for (const auto &[Option, Value] :
       {std::pair(llvm::StringRef("KindAccessors"),
                  llvm::StringRef(KindAccessorsOption)),
        std::pair(llvm::StringRef("StringifyFunctions"),
                  llvm::StringRef(StringifyFunctionsOption))}) {
    llvm::SmallVector<std::string, 1> Invalid;
    parseQualifiedNameList(Value, Invalid);
    if (!Invalid.empty())
      configurationDiag("invalid name '%0' in option '%1.%2': expected an "
                        "identifier, optionally qualified with '::'",
                        DiagnosticIDs::Error)
          << Invalid.front() << Name << Option;
  }
}

void StringifyBeforeTypeTestCheck::storeOptions(
    ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "KindAccessors", KindAccessorsOption);
  Options.store(Opts, "StringifyFunctions", StringifyFunctionsOption);
}

void StringifyBeforeTypeTestCheck::registerMatchers(MatchFinder *Finder) {
  Finder = &UserCode.attach(*Finder);
  // `stringify(x) ... && test(x)`: a string made before the other operand.
  // The descendant search runs only for user code.
  Finder->addMatcher(
      binaryOperator(hasAnyOperatorName("&&", "||"), unless(isExpansionInSystemHeader()),
                     hasLHS(hasDescendant(mayBeStringProducer(
                         AllProducers, {StringifyFunctions}))),
                     unless(isInInstantiatedCode()))
          .bind("logical"),
      this);
  // `std::string s = stringify(x); ... if (test(x)) ...`: a local string;
  // check() finds its declaration statement and block.
  const auto StringClass = recordType(hasDeclaration(
      cxxRecordDecl(hasName("::std::basic_string"))));
  Finder->addMatcher(varDecl(hasLocalStorage(), unless(parmVarDecl()), hasInitializer(expr()),
                             hasType(hasUnqualifiedDesugaredType(StringClass)),
                             unless(isExpansionInSystemHeader()))
                         .bind("local"),
                     this);
}

/// Visits \p S and what it contains, outside lambdas, while \p Visit returns
/// true and at most MaxVisitedNodes nodes; false when it stopped early.
template <typename Visitor>
static bool visitBounded(const Stmt *S, unsigned &Budget, const Visitor &Visit) {
  if (S == nullptr)
    return true;
  if (Budget == 0)
    return false;
  --Budget;
  if (!Visit(S))
    return false;
  if (isa<LambdaExpr>(S))
    return true;
  return llvm::all_of(S->children(), [&](const Stmt *Child) {
    return visitBounded(Child, Budget, Visit);
  });
}

namespace {
/// A new owning string and the value it is made from.
struct MadeString {
  const Expr *Made;
  const FunctionDecl *Producer; ///< null for a string built from characters
  const ValueDecl *Subject;
};
} // namespace

// `std::string(e.what())`, `std::string s = e.what()`: the characters.
static const Expr *charactersCopied(const Expr *E) {
  const auto *Construct = dyn_cast<CXXConstructExpr>(E->IgnoreImplicit());
  if (Construct == nullptr || !isOwningStringType(Construct->getType()) ||
      Construct->getNumArgs() == 0 ||
      !isCharacterPointerOrArray(Construct->getArg(0)->getType()))
    return nullptr;
  return Construct->getArg(0);
}

// The value the text of \p Source comes from, through producers that convert
// another producer's string (`to_lower_copy(to_string(err))`).
static const ValueDecl *valueBehind(const Expr *Source,
                                    const ConfiguredProducers &Configured) {
  for (unsigned Step = 0; Source != nullptr && Step < MaxProducerChain; ++Step) {
    if (const ValueDecl *Subject = subjectOf(Source))
      return Subject;
    if (const Expr *Characters = charactersCopied(Source))
      Source = Characters;
    else if (const std::optional<StringProducer> Inner =
                 classifyStringProducer(Source, AllProducers, Configured))
      Source = Inner->Source;
    else
      return nullptr;
  }
  return nullptr;
}

// The first (outermost) new string in \p E that is made from a variable.
static std::optional<MadeString>
findMadeString(const Expr *E, const ConfiguredProducers &Configured) {
  std::optional<MadeString> Found;
  unsigned Budget = MaxVisitedNodes;
  visitBounded(E, Budget, [&](const Stmt *Node) {
    const auto *Candidate = dyn_cast<Expr>(Node);
    if (Candidate == nullptr)
      return true;
    if (const std::optional<StringProducer> Producer =
            classifyStringProducer(Candidate, AllProducers, Configured)) {
      if (const ValueDecl *Subject = valueBehind(Producer->Source, Configured))
        Found = MadeString{Producer->Call, Producer->Callee, Subject};
    } else if (const Expr *Characters = charactersCopied(Candidate)) {
      if (const ValueDecl *Subject = subjectOf(Characters))
        Found = MadeString{Candidate, nullptr, Subject};
    }
    return !Found;
  });
  return Found;
}

// Conservatively free of side effects, so that it may run earlier or later:
// no assignments, increments, new or throw, no dynamic_cast to a reference
// (it throws on failure); calls only to std functions, const or static
// members, and string producers.
static bool isPure(const Stmt *S, const ConfiguredProducers &Configured) {
  unsigned Budget = MaxVisitedNodes;
  return visitBounded(S, Budget, [&](const Stmt *Node) {
    if (const auto *Cast = dyn_cast<CXXDynamicCastExpr>(Node))
      return !Cast->getTypeAsWritten()->isReferenceType();
    if (const auto *Unary = dyn_cast<UnaryOperator>(Node))
      return !Unary->isIncrementDecrementOp();
    if (const auto *Binary = dyn_cast<BinaryOperator>(Node))
      return !Binary->isAssignmentOp();
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(Node))
      return Construct->getConstructor()->getParent()->isInStdNamespace() ||
             Construct->getConstructor()->isTrivial();
    if (const auto *Call = dyn_cast<CallExpr>(Node)) {
      if (classifyStringProducer(Call, AllProducers, Configured))
        return true;
      const FunctionDecl *Callee = Call->getDirectCallee();
      if (Callee == nullptr)
        return false;
      if (const auto *Method = dyn_cast<CXXMethodDecl>(Callee))
        return Method->isConst() || Method->isStatic();
      return Callee->isInStdNamespace();
    }
    return isa<Expr>(Node) && !isa<LambdaExpr, CXXNewExpr, CXXDeleteExpr,
                                    CXXThrowExpr, StmtExpr>(Node);
  });
}

// `stringify(x).find("u") != npos && test(x)`: swap the operands.
static void checkCondition(ClangTidyCheck &Check, const BinaryOperator &Logical,
                           ASTContext &Context,
                           llvm::ArrayRef<std::string> KindAccessors,
                           const ConfiguredProducers &Configured) {
  const Expr *LHS = Logical.getLHS();
  const Expr *RHS = Logical.getRHS();
  const std::optional<MadeString> Made = findMadeString(LHS, Configured);
  if (!Made || Made->Producer == nullptr || findTypeTest(LHS, KindAccessors))
    return;
  const std::optional<TypeTest> Test = findTypeTest(RHS, KindAccessors);
  if (!Test || Test->Subject != Made->Subject ||
      !findTextRead(Made->Made, Context))
    return;
  const bool Fixable = isPure(LHS, Configured) && isPure(RHS, Configured) &&
                       isEditableStmt(LHS) &&
                       isEditableStmt(RHS);
  {
    auto Diag = Check.diag(Made->Made->getBeginLoc(),
                           "'%0' allocates a string from '%1' before '%1' is "
                           "tested for its type; test it first")
                << qualifiedNameWithoutInlineNamespaces(Made->Producer)
                << Made->Subject->getName();
    if (Fixable) {
      const BinaryOperatorKind Op = Logical.getOpcode();
      Diag << FixItHint::CreateReplacement(
                  LHS->getSourceRange(),
                  parenthesizedIf(needsParensAsOperand(RHS, Op),
                                  sourceText(RHS, Context)))
           << FixItHint::CreateReplacement(
                  RHS->getSourceRange(),
                  parenthesizedIf(needsParensAsOperand(LHS, Op),
                                  sourceText(LHS, Context)));
    }
  }
  Check.diag(Test->Test->getBeginLoc(), "'%0' is tested here",
             DiagnosticIDs::Note)
      << Made->Subject->getName();
}

// A statement that always leaves the enclosing block.
static bool exits(const Stmt *S) {
  if (const auto *Block = dyn_cast_or_null<CompoundStmt>(S))
    return !Block->body_empty() && exits(Block->body_back());
  if (const auto *E = dyn_cast_or_null<Expr>(S))
    return isa<CXXThrowExpr>(E->IgnoreImplicit());
  return isa_and_nonnull<ReturnStmt, BreakStmt, ContinueStmt>(S);
}

// The declarations \p S names.
static void collectReferenced(const Stmt *S,
                              llvm::SmallPtrSetImpl<const NamedDecl *> &Decls) {
  unsigned Budget = MaxVisitedNodes;
  visitBounded(S, Budget, [&](const Stmt *Node) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Node))
      Decls.insert(Ref->getDecl());
    return true;
  });
}

static bool declaresNameOf(const DeclStmt &Declaration,
                           const llvm::SmallPtrSetImpl<const NamedDecl *> &Used) {
  return llvm::any_of(Declaration.decls(), [&](const Decl *D) {
    const auto *Named = dyn_cast<NamedDecl>(D);
    return Named != nullptr &&
           llvm::any_of(Used, [Named](const NamedDecl *U) {
             return U->getDeclName() == Named->getDeclName();
           });
  });
}

// Whether the declaration can move past \p Between and the condition of
// \p If (into its scope) and still compute the same string.
static bool canMovePast(const DeclStmt &Declaration, const VarDecl &Var,
                        llvm::ArrayRef<const Stmt *> Between, const IfStmt &If,
                        ASTContext &Context, const ConfiguredProducers &Configured) {
  if (!isPure(Var.getInit(), Configured) || If.getInit() != nullptr ||
      !isPure(If.getCond(), Configured) ||
      !isEditableRange(Declaration.getSourceRange()) ||
      !isEditableRange(If.getSourceRange()))
    return false;
  llvm::SmallPtrSet<const NamedDecl *, 8> Used;
  collectReferenced(Var.getInit(), Used);
  if (const DeclStmt *Condition = If.getConditionVariableDeclStmt())
    if (declaresNameOf(*Condition, Used) ||
        !isPure(If.getConditionVariable()->getInit(), Configured))
      return false;
  return llvm::all_of(Between, [&](const Stmt *Statement) {
    if (const auto *E = dyn_cast<Expr>(Statement))
      return !E->HasSideEffects(Context);
    const auto *Declares = dyn_cast<DeclStmt>(Statement);
    return Declares != nullptr && !declaresNameOf(*Declares, Used) &&
           llvm::all_of(Declares->decls(), [&](const Decl *D) {
             const auto *Local = dyn_cast<VarDecl>(D);
             return Local != nullptr && (Local->getInit() == nullptr ||
                                         !Local->getInit()->HasSideEffects(Context));
           });
  });
}

namespace {
/// Where a local string is used relative to the `if` that tests its value.
struct UsesAroundTest {
  unsigned InThen = 0;
  unsigned After = 0;
  bool Elsewhere = false;
};
} // namespace

static UsesAroundTest usesAround(const VarDecl &Var, const CompoundStmt &Block,
                                 const IfStmt &If, ASTContext &Context) {
  const SourceManager &Sources = Context.getSourceManager();
  const auto Inside = [&Sources](const Stmt *Outer, SourceLocation Location) {
    return Outer != nullptr &&
           !Sources.isBeforeInTranslationUnit(Location, Outer->getBeginLoc()) &&
           !Sources.isBeforeInTranslationUnit(Outer->getEndLoc(), Location);
  };
  UsesAroundTest Uses;
  for (const BoundNodes &Reference :
       match(findAll(declRefExpr(to(varDecl(equalsNode(&Var)))).bind("use")),
             Block, Context)) {
    const SourceLocation Use =
        Reference.getNodeAs<DeclRefExpr>("use")->getBeginLoc();
    if (Inside(If.getThen(), Use))
      ++Uses.InThen;
    else if (Sources.isBeforeInTranslationUnit(If.getEndLoc(), Use))
      ++Uses.After;
    else
      Uses.Elsewhere = true;
  }
  return Uses;
}

// The fix-it text and place that re-declare the string just after the test.
static void moveAfterTest(DiagnosticBuilder &Diag, const DeclStmt &Declaration,
                          const IfStmt &If, bool IntoBranch,
                          const ASTContext &Context) {
  const SourceManager &Sources = Context.getSourceManager();
  const LangOptions &LangOpts = Context.getLangOpts();
  const llvm::StringRef Text = Lexer::getSourceText(
      CharSourceRange::getTokenRange(Declaration.getSourceRange()), Sources,
      LangOpts);
  llvm::StringRef Indent = indentationOf(Declaration.getBeginLoc(), Sources);
  SourceLocation Insert;
  if (IntoBranch) {
    const auto *Then = cast<CompoundStmt>(If.getThen());
    Insert = Lexer::getLocForEndOfToken(Then->getLBracLoc(), 0, Sources, LangOpts);
    Indent = indentationOf(Then->body_front()->getBeginLoc(), Sources);
  } else if (isa<CompoundStmt>(If.getThen())) {
    Insert = Lexer::getLocForEndOfToken(If.getEndLoc(), 0, Sources, LangOpts);
  } else {
    Insert = Lexer::findLocationAfterToken(If.getEndLoc(), tok::semi, Sources,
                                           LangOpts, false);
  }
  if (Text.empty() || Insert.isInvalid())
    return;
  Diag << FixItHint::CreateRemoval(
              wholeLineRange(Declaration.getSourceRange(), Sources, LangOpts))
       << FixItHint::CreateInsertion(Insert, ("\n" + Indent + Text).str());
}

// The test of \p Subject's type in the head of \p If: its initializer, its
// condition variable or its condition.
static std::optional<TypeTest> typeTestOf(const IfStmt &If, const ValueDecl *Subject,
                                          llvm::ArrayRef<std::string> KindAccessors) {
  for (const Stmt *Part : {If.getInit(),
                           static_cast<const Stmt *>(If.getConditionVariableDeclStmt()),
                           static_cast<const Stmt *>(If.getCond())}) {
    std::optional<TypeTest> Test = findTypeTest(Part, KindAccessors);
    if (Test && Test->Subject == Subject)
      return Test;
  }
  return std::nullopt;
}

// `std::string msg = stringify(x); if (test(x)) ...` where the string is
// used only after a test that leaves, or only inside the `if`.
static void checkLocal(ClangTidyCheck &Check, const VarDecl &Var,
                       const DeclStmt &Declaration, const CompoundStmt &Block,
                       ASTContext &Context,
                       llvm::ArrayRef<std::string> KindAccessors,
                       const ConfiguredProducers &Configured) {
  const std::optional<MadeString> Made = findMadeString(Var.getInit(), Configured);
  if (!Made || Made->Subject == &Var)
    return;
  const auto *Position = llvm::find(Block.body(), &Declaration);
  llvm::SmallVector<const Stmt *, MaxStatementsToTest> Between;
  const IfStmt *If = nullptr;
  std::optional<TypeTest> Test;
  for (const auto *It = std::next(Position);
       It != Block.body_end() && Between.size() < MaxStatementsToTest; ++It) {
    if (const auto *Candidate = dyn_cast<IfStmt>(*It);
        Candidate != nullptr && !Candidate->isConstexpr()) {
      Test = typeTestOf(*Candidate, Made->Subject, KindAccessors);
      if (Test) {
        If = Candidate;
        break;
      }
    }
    Between.push_back(*It);
  }
  if (If == nullptr || !Test)
    return;
  const UsesAroundTest Uses = usesAround(Var, Block, *If, Context);
  const auto *Then = dyn_cast<CompoundStmt>(If->getThen());
  const bool UsedAfterExit = If->getElse() == nullptr && exits(If->getThen()) &&
                             Uses.InThen == 0 && Uses.After > 0;
  const bool UsedInBranch = Then != nullptr && !Then->body_empty() &&
                            Uses.InThen > 0 && Uses.After == 0;
  if (Uses.Elsewhere || (!UsedAfterExit && !UsedInBranch))
    return;
  {
    auto Diag = Check.diag(Var.getLocation(),
                           "string '%0' is made from '%1' before '%1' is "
                           "tested for its type, but used only %select{after|"
                           "inside}2 that test; every case pays for the "
                           "allocation")
                << Var.getName() << Made->Subject->getName() << UsedInBranch;
    if (canMovePast(Declaration, Var, Between, *If, Context, Configured))
      moveAfterTest(Diag, Declaration, *If, UsedInBranch, Context);
  }
  Check.diag(Test->Test->getBeginLoc(), "'%0' is tested here",
             DiagnosticIDs::Note)
      << Made->Subject->getName();
}

void StringifyBeforeTypeTestCheck::check(const MatchFinder::MatchResult &Result) {
  if (isRejectedByCompiler(*Result.Context))
    return;
  const ConfiguredProducers Configured{StringifyFunctions};
  if (const auto *Logical = Result.Nodes.getNodeAs<BinaryOperator>("logical")) {
    checkCondition(*this, *Logical, *Result.Context, KindAccessors, Configured);
    return;
  }
  const auto *Var = Result.Nodes.getNodeAs<VarDecl>("local");
  if (Var == nullptr || isInTemplateInstantiation(*Var) ||
      !isOwningStringType(Var->getType()) || Var->getType()->isReferenceType())
    return;
  // A declaration of its own, directly in a block.
  const llvm::ArrayRef<DynTypedNode> VarParents = userCodeParents(*Result.Context, *Var);
  const auto *Declaration = VarParents.empty() ? nullptr : VarParents.front().get<DeclStmt>();
  if (Declaration == nullptr || !Declaration->isSingleDecl())
    return;
  const llvm::ArrayRef<DynTypedNode> StmtParents =
      userCodeParents(*Result.Context, *Declaration);
  const auto *Block = StmtParents.empty() ? nullptr : StmtParents.front().get<CompoundStmt>();
  if (Block != nullptr)
    checkLocal(*this, *Var, *Declaration, *Block, *Result.Context, KindAccessors, Configured);
}

} // namespace clang::tidy::allochunt
