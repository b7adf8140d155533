//===--- LoopScratchAllocationCheck.cpp - allochunt-loop-scratch-allocation ===//

#include "checks/LoopScratchAllocationCheck.h"

#include "lib/HoistPoint.h"
#include "lib/IterationLocalUse.h"
#include "lib/LocalParentMap.h"
#include "lib/LoopTripCount.h"
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
#include "llvm/ADT/STLExtras.h"

#include <cstdint>
#include <string>

using namespace clang::ast_matchers;

namespace clang::tidy::allochunt {

namespace {

// std::map, std::set and std::list are left out: their clear() frees every
// node, so a reused one allocates exactly as much as a new one.
constexpr std::initializer_list<llvm::StringRef> ScratchClasses = {
    "::std::basic_string",        "::std::vector",
    "::std::deque",               "::std::unordered_map",
    "::std::unordered_multimap",  "::std::unordered_set",
    "::std::unordered_multiset",  "::std::basic_ostringstream",
    "::std::basic_stringstream"};

enum class ScratchKind : std::uint8_t { Buffer, Blocks, Buckets, Stream };

ScratchKind scratchKindOf(const CXXRecordDecl &Class) {
  const llvm::StringRef Name = Class.getName();
  if (Name == "deque")
    return ScratchKind::Blocks;
  if (Name.starts_with("unordered_"))
    return ScratchKind::Buckets;
  if (Name.ends_with("stringstream"))
    return ScratchKind::Stream;
  return ScratchKind::Buffer;
}

/// How the declaration initialises the variable.
enum class InitKind : std::uint8_t {
  Empty,     ///< default-constructed, `{}`, `= ""`
  Built,     ///< constructed from values an assignment could take instead
  Transfer,  ///< moved or elided from a temporary: nothing to reuse
};

bool isDefaultArgument(const Expr *E) { return isa<CXXDefaultArgExpr>(E); }

InitKind initKindOf(const VarDecl &Var) {
  const Expr *Init = Var.getInit();
  if (Init == nullptr)
    return InitKind::Empty;
  Init = Init->IgnoreImplicit();
  if (const auto *List = dyn_cast<InitListExpr>(Init))
    return List->getNumInits() == 0 ? InitKind::Empty : InitKind::Built;
  const auto *Construct = dyn_cast<CXXConstructExpr>(Init);
  if (Construct == nullptr)
    return InitKind::Transfer; // a call or operator returning a new object
  if (llvm::all_of(Construct->arguments(), isDefaultArgument))
    return InitKind::Empty;
  if (Construct->getNumArgs() >= 1) {
    const Expr *First = Construct->getArg(0)->IgnoreParenImpCasts();
    if (const auto *Literal = dyn_cast<StringLiteral>(First);
        Literal != nullptr && Literal->getLength() == 0 &&
        llvm::all_of(llvm::drop_begin(Construct->arguments()),
                     isDefaultArgument))
      return InitKind::Empty;
  }
  const CXXConstructorDecl *Ctor = Construct->getConstructor();
  if (Ctor->isMoveConstructor() ||
      (Ctor->isCopyConstructor() && !Construct->getArg(0)->isGLValue()))
    return InitKind::Transfer;
  // Built with an allocator or a memory resource: an assignment would not
  // say the same.
  for (unsigned I = 0; I < Construct->getNumArgs() && I < Ctor->getNumParams();
       ++I) {
    if (isDefaultArgument(Construct->getArg(I)))
      continue;
    const QualType Type = Ctor->getParamDecl(I)->getType().getNonReferenceType();
    const CXXRecordDecl *ParamClass =
        Type->isPointerType() ? Type->getPointeeCXXRecordDecl()
                              : Type->getAsCXXRecordDecl();
    if (ParamClass != nullptr && ParamClass->getIdentifier() != nullptr &&
        (ParamClass->getName().contains("allocator") ||
         ParamClass->getName() == "memory_resource"))
      return InitKind::Transfer;
  }
  return InitKind::Built;
}

// Destroying an element has no effect anyone can observe: it only releases
// memory. Hoisting the container moves that release from the end of an
// iteration to the next clear().
bool hasUnobservableDestruction(QualType T, unsigned Depth = 0) {
  T = T.getCanonicalType().getUnqualifiedType();
  if (T->isScalarType())
    return true;
  if (const auto *Array = dyn_cast<ArrayType>(T.getTypePtr()))
    return hasUnobservableDestruction(Array->getElementType(), Depth);
  const CXXRecordDecl *Class = T->getAsCXXRecordDecl();
  if (Class == nullptr || !Class->hasDefinition())
    return false;
  if (Class->hasTrivialDestructor())
    return true;
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Class);
  if (Spec == nullptr || !Spec->isInStdNamespace() || Depth > 3)
    return false;
  static constexpr auto Containers = {
      "basic_string", "vector", "deque", "list", "forward_list",
      "map", "multimap", "set", "multiset", "unordered_map",
      "unordered_multimap", "unordered_set", "unordered_multiset",
      "pair", "tuple", "optional", "array", "allocator", "less",
      "hash", "equal_to", "char_traits"};
  if (!llvm::is_contained(Containers, Spec->getName()))
    return false;
  for (const TemplateArgument &Arg : Spec->getTemplateArgs().asArray()) {
    if (Arg.getKind() == TemplateArgument::Pack) {
      for (const TemplateArgument &Element : Arg.pack_elements())
        if (Element.getKind() == TemplateArgument::Type &&
            !hasUnobservableDestruction(Element.getAsType(), Depth + 1))
          return false;
    } else if (Arg.getKind() == TemplateArgument::Type &&
               !hasUnobservableDestruction(Arg.getAsType(), Depth + 1)) {
      return false;
    }
  }
  return true;
}

// The first element type whose destruction could be observed, or null.
QualType observablyDestroyedElement(const CXXRecordDecl &Class) {
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(&Class);
  if (Spec == nullptr)
    return {};
  for (const TemplateArgument &Arg : Spec->getTemplateArgs().asArray())
    if (Arg.getKind() == TemplateArgument::Type &&
        !hasUnobservableDestruction(Arg.getAsType()))
      return Arg.getAsType();
  return {};
}

// True when \p S itself (not its children) declares or names an entity other
// than \p Var called \p Name.
bool namesOtherEntity(const Stmt &S, const VarDecl &Var, llvm::StringRef Name) {
  auto Same = [&](DeclarationName D) {
    const IdentifierInfo *Id = D.getAsIdentifierInfo();
    return Id != nullptr && Id->getName() == Name;
  };
  if (const auto *Ref = dyn_cast<DeclRefExpr>(&S))
    return Ref->getDecl() != &Var && Same(Ref->getDecl()->getDeclName());
  if (const auto *Member = dyn_cast<MemberExpr>(&S))
    return Same(Member->getMemberDecl()->getDeclName());
  if (const auto *Overload = dyn_cast<OverloadExpr>(&S))
    return Same(Overload->getName());
  if (const auto *Dependent = dyn_cast<DependentScopeDeclRefExpr>(&S))
    return Same(Dependent->getDeclName());
  if (const auto *DependentMember = dyn_cast<CXXDependentScopeMemberExpr>(&S))
    return Same(DependentMember->getMember());
  if (const auto *Decls = dyn_cast<DeclStmt>(&S))
    return llvm::any_of(Decls->decls(), [&](const Decl *D) {
      const auto *Named = dyn_cast<NamedDecl>(D);
      return Named != nullptr && Named != &Var && Same(Named->getDeclName());
    });
  if (const auto *Lambda = dyn_cast<LambdaExpr>(&S))
    return llvm::any_of(Lambda->getCallOperator()->parameters(),
                        [&](const ParmVarDecl *Param) {
                          return Same(Param->getDeclName());
                        });
  return false;
}

// True when something in \p Body other than \p Var declares or names an
// entity called \p Name: a variable of the same name declared before the
// loop would clash with it or hide it.
bool nameIsUsedElsewhere(const Stmt &Body, const VarDecl &Var,
                         llvm::StringRef Name) {
  llvm::SmallVector<const Stmt *, 64> Work{&Body};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (namesOtherEntity(*S, Var, Name))
      return true;
    for (const Stmt *Child : S->children())
      if (Child != nullptr)
        Work.push_back(Child);
  }
  return false;
}

bool containsLabel(const Stmt &Body) {
  llvm::SmallVector<const Stmt *, 64> Work{&Body};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (isa<LabelStmt>(S))
      return true;
    for (const Stmt *Child : S->children())
      if (Child != nullptr && !isa<LambdaExpr>(Child))
        Work.push_back(Child);
  }
  return false;
}

// A statement before \p Decls in \p Body declares a type, alias or using
// declaration the moved declaration might need.
bool followsLocalTypeDeclaration(const CompoundStmt &Body,
                                 const DeclStmt &Decls) {
  for (const Stmt *S : Body.body()) {
    if (S == &Decls)
      return false;
    if (const auto *Other = dyn_cast<DeclStmt>(S))
      for (const Decl *D : Other->decls())
        if (!isa<VarDecl>(D))
          return true;
  }
  return false;
}

// Building a string from a short literal or a small count of characters
// stays in its small-string buffer.
bool buildsShortString(const VarDecl &Var, const ASTContext &Ctx,
                       unsigned SmallStringCapacity) {
  const auto *Construct =
      dyn_cast_or_null<CXXConstructExpr>(Var.getInit()->IgnoreImplicit());
  if (Construct == nullptr || Construct->getNumArgs() == 0)
    return false;
  const Expr *First = Construct->getArg(0)->IgnoreParenImpCasts();
  if (const auto *Literal = dyn_cast<StringLiteral>(First))
    return Literal->getLength() <= SmallStringCapacity;
  if (First->getType()->isIntegerType() && !First->isValueDependent())
    if (const std::optional<llvm::APSInt> Count =
            First->getIntegerConstantExpr(Ctx))
      return Count->getLimitedValue() <= SmallStringCapacity;
  return false;
}

const Stmt *loopWithBody(const Stmt *Loop, const Stmt &Body) {
  if (const auto *For = dyn_cast_or_null<ForStmt>(Loop))
    return For->getBody() == &Body ? Loop : nullptr;
  if (const auto *RangeFor = dyn_cast_or_null<CXXForRangeStmt>(Loop))
    return RangeFor->getBody() == &Body ? Loop : nullptr;
  if (const auto *While = dyn_cast_or_null<WhileStmt>(Loop))
    return While->getBody() == &Body ? Loop : nullptr;
  if (const auto *Do = dyn_cast_or_null<DoStmt>(Loop))
    return Do->getBody() == &Body ? Loop : nullptr;
  return nullptr;
}

const Stmt *firstStmtParent(ASTContext &Ctx, const DynTypedNode &Node) {
  const auto Parents = userCodeParents(Ctx, Node);
  return Parents.empty() ? nullptr : Parents[0].get<Stmt>();
}

/// A variable declared directly in the block that is a loop's body.
struct ScratchCandidate {
  const VarDecl &Var;
  const CXXRecordDecl &Class;
  const DeclStmt &Decls;
  const CompoundStmt &Body;
  const Stmt &Loop;
};

std::optional<ScratchCandidate> findCandidate(const VarDecl &Var,
                                              ASTContext &Ctx) {
  const CXXRecordDecl *Class = Var.getType()->getAsCXXRecordDecl();
  const auto *Decls =
      dyn_cast_or_null<DeclStmt>(firstStmtParent(Ctx, DynTypedNode::create(Var)));
  if (Class == nullptr || Decls == nullptr)
    return std::nullopt;
  const auto *Body = dyn_cast_or_null<CompoundStmt>(
      firstStmtParent(Ctx, DynTypedNode::create(*Decls)));
  if (Body == nullptr)
    return std::nullopt;
  const Stmt *Loop =
      loopWithBody(firstStmtParent(Ctx, DynTypedNode::create(*Body)), *Body);
  if (Loop == nullptr)
    return std::nullopt;
  return ScratchCandidate{Var, *Class, *Decls, *Body, *Loop};
}

// A loop that runs a few times, or a bounded loop in code that runs once.
bool runsFewTimes(const Stmt &Loop, ASTContext &Ctx, unsigned MinIterations) {
  const std::optional<std::uint64_t> Trips = constantTripCount(Loop, Ctx);
  if (!Trips)
    return false;
  if (*Trips <= MinIterations)
    return true;
  const auto *Function =
      dyn_cast_or_null<FunctionDecl>(enclosingCallable(Ctx, Loop));
  return (Function != nullptr && isCalledOncePerRun(*Function)) ||
         executionSiteOf(Loop, Ctx).RunsOnce;
}

// The declaration moves before the outermost of the loops nested in each
// other's bodies: moved only before the inner one, it would sit in the outer
// loop's body and be flagged again.
const Stmt &outermostLoop(const Stmt &Loop, ASTContext &Ctx) {
  const Stmt *Target = &Loop;
  while (const auto *Block = dyn_cast_or_null<CompoundStmt>(
             firstStmtParent(Ctx, DynTypedNode::create(*Target)))) {
    const Stmt *Outer =
        loopWithBody(firstStmtParent(Ctx, DynTypedNode::create(*Block)), *Block);
    if (Outer == nullptr)
      break;
    Target = Outer;
  }
  return *Target;
}

bool hasParameterNamed(const Decl *Callable, llvm::StringRef Name) {
  const auto *Function = dyn_cast_or_null<FunctionDecl>(Callable);
  return Function != nullptr &&
         llvm::any_of(Function->parameters(), [&](const ParmVarDecl *Param) {
           return Param->getName() == Name;
         });
}

// Why the declaration cannot simply move before \p Target (the first reason
// only), or null. Sets \p Element to the element type whose destruction
// would move.
const char *fixObstacle(const ScratchCandidate &C, const Stmt &Target,
                        ScratchKind Kind, const IterationLocalUses &Uses,
                        ASTContext &Ctx, QualType &Element) {
  const SourceManager &SM = Ctx.getSourceManager();
  const Decl *Callable = enclosingCallable(Ctx, C.Loop);
  const Stmt *CallableBody = Callable != nullptr ? Callable->getBody() : nullptr;
  Element = observablyDestroyedElement(C.Class);
  if (!C.Decls.isSingleDecl())
    return "declare '%0' on its own to move it before the loop";
  if (!isa_and_nonnull<CompoundStmt>(
          firstStmtParent(Ctx, DynTypedNode::create(Target))) ||
      !indentationBefore(Target.getBeginLoc(), SM))
    return "the loop is not a statement of its own in a block: add braces "
           "around it, then declare '%0' before it";
  if (!Element.isNull())
    return "its elements of type %1 would then be destroyed by the next "
           "clear() rather than at the end of each iteration; move the "
           "declaration by hand if that is fine";
  if (Kind == ScratchKind::Stream && Uses.ChangesStreamState)
    return "the stream's formatting state (manipulators, precision, a "
           "user-defined 'operator<<') would carry over to the next "
           "iteration: reset it as well when you move the declaration";
  if (containsLabel(Target))
    return "a label in the loop body could jump back past the reset: move "
           "the declaration by hand";
  if (CallableBody == nullptr || hasParameterNamed(Callable, C.Var.getName()) ||
      nameIsUsedElsewhere(*CallableBody, C.Var, C.Var.getName()))
    return "another declaration or use of the name '%0' in this function "
           "would clash with '%0' declared before the loop";
  if (followsLocalTypeDeclaration(C.Body, C.Decls) ||
      Lexer::getSourceText(
          CharSourceRange::getTokenRange(C.Decls.getSourceRange()), SM,
          Ctx.getLangOpts())
          .contains("decltype"))
    return "its type depends on declarations in the loop body";
  return nullptr;
}

StringRef describeEffect(ScratchKind Kind) {
  switch (Kind) {
  case ScratchKind::Blocks:
    return "its block map and blocks are";
  case ScratchKind::Buckets:
    return "its bucket array is";
  case ScratchKind::Stream:
    return "the stream and its buffer are";
  case ScratchKind::Buffer:
    break;
  }
  return "its buffer is";
}

StringRef describeAdvice(InitKind Init, ScratchKind Kind) {
  if (Init == InitKind::Built)
    return "assign its value where it was declared";
  if (Kind == ScratchKind::Stream)
    return "reset it with 'str({})' and 'clear()' where it was declared";
  return "call 'clear()' where it was declared, which keeps the capacity";
}

// Nothing worth reusing: never filled, built from a value and never
// written, a stream or a short string built from a value, or a string
// reserved within its small-string buffer.
bool allocatesNothingToReuse(const ScratchCandidate &C, InitKind Init,
                             ScratchKind Kind, const IterationLocalUses &Uses,
                             const ASTContext &Ctx,
                             unsigned SmallStringCapacity) {
  const bool IsString = C.Class.getName() == "basic_string";
  if (Init == InitKind::Empty && Uses.FirstFill == nullptr)
    return true;
  // Given a new buffer by a move assignment (`s = cmStrCat(...);`) on every
  // iteration: whatever a hoisted variable kept is thrown away there.
  if (Uses.MoveAssignments != 0)
    return true;
  // Only ever assigned short literals (`status = "ok";`): it never leaves
  // its small-string buffer.
  if (IsString && Init == InitKind::Empty && Uses.Fills != 0 &&
      Uses.Fills == Uses.LiteralAssignments &&
      Uses.LongestAssignedLiteral <= SmallStringCapacity)
    return true;
  // A copy that is only read is an unneeded copy rather than a scratch
  // buffer (performance-unnecessary-copy-initialization's business).
  if (Init == InitKind::Built &&
      (Kind == ScratchKind::Stream || Uses.FirstWrite == nullptr ||
       (Uses.FirstFill == nullptr && IsString &&
        buildsShortString(C.Var, Ctx, SmallStringCapacity))))
    return true;
  return IsString && Uses.SmallestConstantReserve &&
         *Uses.SmallestConstantReserve <= SmallStringCapacity;
}

} // namespace

LoopScratchAllocationCheck::LoopScratchAllocationCheck(StringRef Name,
                                                       ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      MinIterations(Options.get("MinIterations", 4U)),
      SmallStringCapacity(
          Options.getLocalOrGlobal("SmallStringCapacity", 15U)) {}

void LoopScratchAllocationCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "MinIterations", MinIterations);
  Options.store(Opts, "SmallStringCapacity", SmallStringCapacity);
}

void LoopScratchAllocationCheck::registerMatchers(MatchFinder *Finder) {
  Finder = &UserCode.attach(*Finder);
  const auto ScratchClass = recordType(
      hasDeclaration(cxxRecordDecl(hasAnyName(std::vector<llvm::StringRef>(
          ScratchClasses.begin(), ScratchClasses.end())))));
  Finder->addMatcher(varDecl(hasLocalStorage(), unless(parmVarDecl()),
                             unless(isExpansionInSystemHeader()),
                             hasType(hasUnqualifiedDesugaredType(ScratchClass)))
                         .bind("var"),
                     this);
}

void LoopScratchAllocationCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const auto *Var = Result.Nodes.getNodeAs<VarDecl>("var");
  if (isRejectedByCompiler(Ctx) || Var == nullptr || !Var->isLocalVarDecl() ||
      Var->isStaticLocal() || Var->isImplicit() || isa<DecompositionDecl>(Var) ||
      Var->isExceptionVariable() || Var->getType()->isDependentType() ||
      Var->getType().isConstQualified() ||
      Var->getType().isVolatileQualified() || isInTemplateInstantiation(*Var))
    return;
  const std::optional<ScratchCandidate> C = findCandidate(*Var, Ctx);
  if (!C)
    return;
  const InitKind Init = initKindOf(*Var);
  if (Init == InitKind::Transfer || runsFewTimes(C->Loop, Ctx, MinIterations))
    return;
  const LocalParentMap Parents(C->Body);
  const IterationLocalUses Uses =
      summarizeIterationLocalUses(*Var, Parents, Ctx);
  const ScratchKind Kind = scratchKindOf(C->Class);
  if (!Uses.staysInIteration() ||
      allocatesNothingToReuse(*C, Init, Kind, Uses, Ctx, SmallStringCapacity))
    return;

  const Stmt &Target = outermostLoop(C->Loop, Ctx);
  const SourceManager &SM = Ctx.getSourceManager();
  const bool InFile =
      C->Decls.getBeginLoc().isFileID() && C->Decls.getEndLoc().isFileID() &&
      Var->getLocation().isFileID() && Target.getBeginLoc().isFileID() &&
      SM.isWrittenInSameFile(C->Decls.getBeginLoc(), Target.getBeginLoc());
  QualType Element;
  const char *Obstacle =
      InFile && Init == InitKind::Empty
          ? fixObstacle(*C, Target, Kind, Uses, Ctx, Element)
          : nullptr;
  {
    auto Diag = diag(Var->getLocation(),
                     "'%0' is created anew on every iteration of the loop, so "
                     "%1 allocated and freed each time; declare it before the "
                     "loop and %2")
                << Var->getName() << describeEffect(Kind)
                << describeAdvice(Init, Kind);
    if (InFile && Init == InitKind::Empty && Obstacle == nullptr) {
      const CharSourceRange DeclRange =
          CharSourceRange::getTokenRange(C->Decls.getSourceRange());
      const StringRef DeclText =
          Lexer::getSourceText(DeclRange, SM, Ctx.getLangOpts());
      const std::string Name = Var->getName().str();
      std::string Reset = Name + ".clear();";
      if (Kind == ScratchKind::Stream)
        Reset = Name + ".str({}); " + Reset;
      const std::string Indent =
          indentationBefore(Target.getBeginLoc(), SM).value_or("");
      Diag << FixItHint::CreateInsertion(Target.getBeginLoc(),
                                         (DeclText + "\n" + Indent).str())
           << FixItHint::CreateReplacement(DeclRange, Reset);
    }
  }
  if (Obstacle != nullptr) {
    auto Note = diag(Var->getLocation(), Obstacle, DiagnosticIDs::Note)
                << Var->getName();
    if (!Element.isNull())
      Note << Element;
  }
}

} // namespace clang::tidy::allochunt
