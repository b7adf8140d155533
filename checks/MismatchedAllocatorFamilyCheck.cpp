//===--- MismatchedAllocatorFamilyCheck.cpp - allochunt-mismatched-allocator-family
//
// Starts from each release: a delete-expression, a call of a deallocation
// function (lib/AllocationFamily, with the library table of the option), a
// std::unique_ptr or std::shared_ptr with the default deleter taking a
// pointer. The pointer released is traced back, without a CFG, to:
//  - an allocation written in the release itself (`free(new int)`);
//  - a local variable of the same function every write of which is an
//    allocation of one family (or a null pointer), that never escapes
//    (address kept, reference bound, captured by reference) and is never
//    copied, stored, or passed to a function that could take ownership of
//    it (only const pointer parameters and a list of C library functions
//    that only read or fill the memory are trusted);
//  - a private member of a class with no friends, every member function of
//    which is defined in the translation unit, released in its destructor,
//    every write of which (constructor initialisers, default member
//    initialisers, assignments) is an allocation of one family, a null
//    pointer or the same member of another object.
// Anything else is not judged. Template instantiations are judged (without
// fix-its) as well as the patterns; each location is reported once.
//
//===----------------------------------------------------------------------===//

#include "checks/MismatchedAllocatorFamilyCheck.h"

#include "lib/FixItText.h"
#include "lib/RejectedCode.h"
#include "lib/TemplateInstantiation.h"
#include "lib/UserCodeParents.h"
#include "lib/VariableWrites.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/TypeLoc.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"

#include <array>

using namespace clang::ast_matchers;

namespace clang::tidy::allochunt {

MismatchedAllocatorFamilyCheck::MismatchedAllocatorFamilyCheck(
    StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      RawLibraryFamilies(
          Options.get("LibraryFamilies", LibraryAllocatorTable::defaults())),
      Libraries(parseLibraryFamilies(RawLibraryFamilies)) {}

LibraryAllocatorTable
MismatchedAllocatorFamilyCheck::parseLibraryFamilies(StringRef Raw) {
  llvm::SmallVector<std::string, 1> Invalid;
  LibraryAllocatorTable Table = LibraryAllocatorTable::parse(Raw, Invalid);
  if (!Invalid.empty())
    configurationDiag("invalid entry '%0' in option "
                      "'allochunt-mismatched-allocator-family.LibraryFamilies': "
                      "expected allocation functions, '=', and the functions "
                      "that release their memory, such as "
                      "'g_malloc,g_strdup=g_free', separated by ';'",
                      DiagnosticIDs::Error)
        << Invalid.front();
  return Table;
}

void MismatchedAllocatorFamilyCheck::storeOptions(
    ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "LibraryFamilies", RawLibraryFamilies);
}

void MismatchedAllocatorFamilyCheck::registerMatchers(MatchFinder *Finder) {
  Finder = &UserCode.attach(*Finder);
  std::vector<std::string> Names = {"free", "_aligned_free", "munmap"};
  for (size_t I = 0; I < Libraries.size(); ++I)
    for (const std::string &Name : Libraries.family(I).Deallocators)
      Names.push_back(StringRef(Name).ltrim(':').str());
  const std::vector<StringRef> NameRefs(Names.begin(), Names.end());
  const auto SmartPointer = classTemplateSpecializationDecl(
      hasAnyName("::std::unique_ptr", "::std::shared_ptr"));

  Finder->addMatcher(cxxDeleteExpr().bind("release"), this);
  Finder->addMatcher(
      callExpr(callee(namedDecl(anyOf(
                   hasAnyName(NameRefs),
                   functionDecl(hasAnyOverloadedOperatorName("delete",
                                                             "delete[]"))))))
          .bind("release"),
      this);
  Finder->addMatcher(
      cxxConstructExpr(argumentCountIs(1),
                       hasDeclaration(cxxConstructorDecl(ofClass(SmartPointer))))
          .bind("owner"),
      this);
  Finder->addMatcher(
      cxxMemberCallExpr(argumentCountIs(1),
                        callee(cxxMethodDecl(hasName("reset"),
                                             ofClass(SmartPointer))))
          .bind("owner"),
      this);
}

void MismatchedAllocatorFamilyCheck::onStartOfTranslationUnit() {
  Writes.clear();
  Members.clear();
  Reported.clear();
}

void MismatchedAllocatorFamilyCheck::check(
    const MatchFinder::MatchResult &Result) {
  if (isRejectedByCompiler(*Result.Context))
    return;
  if (const auto *Release = Result.Nodes.getNodeAs<Expr>("release"))
    checkRelease(*Release, *Result.Context);
  else if (const auto *Owner = Result.Nodes.getNodeAs<Expr>("owner"))
    checkOwner(*Owner, *Result.Context);
}

bool MismatchedAllocatorFamilyCheck::firstReport(SourceLocation Loc) {
  return Reported.insert(Loc).second;
}

const VariableWrites &
MismatchedAllocatorFamilyCheck::writesIn(const Decl &Function) {
  std::unique_ptr<VariableWrites> &Entry = Writes[&Function];
  if (!Entry)
    Entry = std::make_unique<VariableWrites>(&Function);
  return *Entry;
}

namespace {

bool isNullValue(const Expr &E, ASTContext &Ctx) {
  const Expr *Inner = E.IgnoreParenImpCasts();
  if (isa<ImplicitValueInitExpr, CXXNullPtrLiteralExpr, GNUNullExpr>(Inner))
    return true;
  if (const auto *List = dyn_cast<InitListExpr>(Inner))
    return List->getNumInits() == 0 ||
           (List->getNumInits() == 1 && isNullValue(*List->getInit(0), Ctx));
  return !Inner->isValueDependent() &&
         Inner->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull) !=
             Expr::NPCK_NotNull;
}

// The value an initialiser written as `{x}` holds.
const Expr *initializedValue(const Expr &E) {
  const Expr *Inner = E.IgnoreParenImpCasts();
  if (const auto *List = dyn_cast<InitListExpr>(Inner);
      List != nullptr && List->getNumInits() == 1)
    return List->getInit(0)->IgnoreParenImpCasts();
  return Inner;
}

// C library functions that read or fill the memory a pointer argument points
// to, and never free it or keep it.
bool onlyUsesMemory(const FunctionDecl &Callee) {
  const DeclContext *Context = Callee.getDeclContext()->getRedeclContext();
  if (Callee.getIdentifier() == nullptr ||
      !(Context->isTranslationUnit() || Context->isStdNamespace()))
    return false;
  static constexpr std::array<llvm::StringLiteral, 45> Names = {
      "memcpy",  "memmove",  "memset",   "memcmp",      "memchr",  "strcpy",
      "strncpy", "strcat",   "strncat",  "strlen",      "strnlen", "strcmp",
      "strncmp", "strchr",   "strrchr",  "strstr",      "strtok",  "strtok_r",
      "strspn",  "strcspn",  "sprintf",  "snprintf",    "vsprintf", "vsnprintf",
      "sscanf",  "printf",   "fprintf",  "puts",        "fputs",   "fgets",
      "fread",   "fwrite",   "read",     "write",       "pread",   "pwrite",
      "recv",    "send",     "recvfrom", "sendto",      "getcwd",  "gethostname",
      "strftime", "wcscpy",  "wcslen"};
  return llvm::is_contained(Names, Callee.getName());
}

bool isPointerToConst(QualType T) {
  return T->isPointerType() && T->getPointeeType().isConstQualified();
}

// True when passing the pointer as argument \p Index of \p Callee cannot
// hand the memory over: a const pointer parameter, or a C library function
// that only reads or fills it.
bool isHarmlessArgument(const FunctionDecl *Callee, unsigned Index) {
  if (Callee == nullptr)
    return false;
  if (onlyUsesMemory(*Callee))
    return true;
  return Index < Callee->getNumParams() &&
         isPointerToConst(Callee->getParamDecl(Index)->getType());
}

// The node a use of a pointer feeds, above parentheses and casts, and the
// expression it feeds it through.
std::pair<DynTypedNode, const Expr *> consumerOf(const Expr &Use,
                                                 ASTContext &Ctx) {
  const Expr *Current = &Use;
  for (;;) {
    const auto Parents = userCodeParents(Ctx, *Current);
    if (Parents.empty())
      return {DynTypedNode(), Current};
    const auto *Parent = Parents.front().get<Expr>();
    if (Parent == nullptr || !isa<ParenExpr, CastExpr>(Parent))
      return {Parents.front(), Current};
    Current = Parent;
  }
}

// The parameter \p Argument of \p Call is passed to (an operator that is a
// member takes the object as its first argument).
std::optional<unsigned> parameterIndexOf(const CallExpr &Call,
                                         const Expr *Argument) {
  const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Call.getDirectCallee());
  const unsigned Skipped = isa<CXXOperatorCallExpr>(Call) && Method != nullptr &&
                                   !Method->isStatic()
                               ? 1
                               : 0;
  for (unsigned I = Skipped; I < Call.getNumArgs(); ++I)
    if (Call.getArg(I) == Argument)
      return I - Skipped;
  return std::nullopt;
}

bool refersTo(const Expr *E, const VarDecl &Var) {
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(
      E != nullptr ? E->IgnoreParenCasts() : nullptr);
  return Ref != nullptr && Ref->getDecl() == &Var;
}

} // namespace

// Whether the use \p Ref of a local pointer leaves the memory where it is:
// released, read through, compared, tested, written over, or passed where it
// cannot be taken over.
static bool keepsOwnership(const DeclRefExpr &Ref, const Stmt &Use,
                           const LibraryAllocatorTable &Table, ASTContext &Ctx) {
  const auto [Consumer, Through] = consumerOf(Ref, Ctx);
  if (Consumer.get<Stmt>() == nullptr)
    return false;
  // The release or the smart pointer being judged.
  if (Consumer.get<Stmt>() == &Use)
    return true;
  if (const auto *Delete = Consumer.get<CXXDeleteExpr>())
    return deallocatorCallOf(*Delete, Table).has_value();
  if (const auto *Call = Consumer.get<CallExpr>()) {
    if (deallocatorCallOf(*Call, Table).has_value())
      return true;
    // `p = realloc(p, n)`: the result is judged with the writes of p.
    if (allocatorCallOf(*Call, Table).has_value()) {
      const auto [Assignment, Value] = consumerOf(*Call, Ctx);
      const auto *Binary = Assignment.get<BinaryOperator>();
      if (Binary != nullptr && Binary->getOpcode() == BO_Assign &&
          Binary->getRHS() == Value &&
          refersTo(Binary->getLHS(), *cast<VarDecl>(Ref.getDecl())))
        return true;
    }
    if (Call->getCallee() == Through)
      return false;
    const std::optional<unsigned> Param = parameterIndexOf(*Call, Through);
    return Param.has_value() && isHarmlessArgument(Call->getDirectCallee(), *Param);
  }
  if (const auto *Construct = Consumer.get<CXXConstructExpr>()) {
    for (unsigned I = 0; I < Construct->getNumArgs(); ++I)
      if (Construct->getArg(I) == Through)
        return isHarmlessArgument(Construct->getConstructor(), I);
    return false;
  }
  if (const auto *Binary = Consumer.get<BinaryOperator>()) {
    if (Binary->isAssignmentOp())
      return Binary->getLHS() == Through; // A write, judged with the writes.
    return Binary->isComparisonOp() || Binary->isAdditiveOp() ||
           Binary->isLogicalOp();
  }
  // `&p` is only passed to getline or asprintf: VariableWrites saw the rest.
  if (const auto *Unary = Consumer.get<UnaryOperator>())
    return Unary->getOpcode() == UO_Deref || Unary->getOpcode() == UO_LNot ||
           Unary->getOpcode() == UO_AddrOf;
  if (const auto *Conditional = Consumer.get<AbstractConditionalOperator>())
    return Conditional->getCond() == Through;
  return Consumer.get<ArraySubscriptExpr>() != nullptr ||
         Consumer.get<MemberExpr>() != nullptr ||
         Consumer.get<IfStmt>() != nullptr ||
         Consumer.get<WhileStmt>() != nullptr ||
         Consumer.get<ForStmt>() != nullptr ||
         Consumer.get<DoStmt>() != nullptr ||
         Consumer.get<ReturnStmt>() != nullptr ||
         Consumer.get<UnaryExprOrTypeTraitExpr>() != nullptr;
}

// Merges the allocation \p Write into \p Found; false when the families
// differ.
static bool mergeAllocation(std::optional<MismatchedAllocatorFamilyCheck::Origin> &Found,
                            const AllocatorCall &Allocation, const Expr &Site,
                            bool SameFunction) {
  if (Found.has_value())
    return Found->Allocation.Key == Allocation.Key;
  Found = MismatchedAllocatorFamilyCheck::Origin{Allocation, &Site,
                                                 SameFunction, false};
  return true;
}

std::optional<MismatchedAllocatorFamilyCheck::Origin>
MismatchedAllocatorFamilyCheck::localOrigin(const VarDecl &Var, const Stmt &Use,
                                            ASTContext &Ctx) {
  if (!Var.hasLocalStorage() || isa<ParmVarDecl>(Var) ||
      !Var.getType()->isPointerType())
    return std::nullopt;
  const Decl *Function = enclosingCallable(Ctx, Use);
  const auto *FunctionContext = dyn_cast_or_null<DeclContext>(Function);
  if (FunctionContext == nullptr || Var.getDeclContext() != FunctionContext ||
      Function->getBody() == nullptr)
    return std::nullopt;
  const VariableWrites &Written = writesIn(*Function);
  if (Written.escapes(&Var))
    return std::nullopt;
  std::optional<Origin> Found;
  for (const VariableWrite &Write : Written.writesOf(&Var)) {
    switch (Write.WriteKind) {
    case VariableWrite::Initialization:
    case VariableWrite::Assignment: {
      if (isNullValue(*Write.Value, Ctx))
        continue;
      const Expr *Value = initializedValue(*Write.Value);
      const std::optional<AllocatorCall> Allocation =
          allocatorCallOf(*Value->IgnoreParenCasts(), Libraries);
      if (!Allocation ||
          !mergeAllocation(Found, *Allocation, *Value->IgnoreParenCasts(), true))
        return std::nullopt;
      continue;
    }
    case VariableWrite::ByReference: {
      const auto *Call = dyn_cast_or_null<CallExpr>(Write.Value);
      const Expr *OutParameter = Call != nullptr ? cHeapOutParameter(*Call) : nullptr;
      const auto *Address = dyn_cast_or_null<UnaryOperator>(
          OutParameter != nullptr ? OutParameter->IgnoreParenImpCasts() : nullptr);
      if (Address == nullptr || Address->getOpcode() != UO_AddrOf ||
          !refersTo(Address->getSubExpr(), Var))
        return std::nullopt;
      const AllocatorCall Allocation{{AllocationFamily::CHeap, 0},
                                     Call->getDirectCallee()->getName().str()};
      if (!mergeAllocation(Found, Allocation, *Call, true))
        return std::nullopt;
      continue;
    }
    default:
      return std::nullopt;
    }
  }
  if (!Found)
    return std::nullopt;
  // Every use must leave the memory with this variable.
  for (const BoundNodes &Match :
       match(findAll(declRefExpr(to(varDecl(equalsNode(&Var)))).bind("ref")),
             *Function->getBody(), Ctx))
    if (!keepsOwnership(*Match.getNodeAs<DeclRefExpr>("ref"), Use, Libraries,
                        Ctx))
      return std::nullopt;
  return Found;
}

// The class members a check on \p Class can see all the writes of: every
// member function has its definition here, and nothing outside the class
// (a friend, a derived class, a nested class) can name its private members.
static bool seesEveryMemberFunction(const CXXRecordDecl &Class,
                                    llvm::SmallVectorImpl<const FunctionDecl *> &Definitions) {
  if (Class.isUnion() || Class.friend_begin() != Class.friend_end())
    return false;
  for (const Decl *Member : Class.decls()) {
    if (isa<FunctionTemplateDecl, ClassTemplateDecl>(Member))
      return false;
    if (const auto *Nested = dyn_cast<CXXRecordDecl>(Member);
        Nested != nullptr && !Nested->isInjectedClassName())
      return false;
  }
  for (const CXXMethodDecl *Method : Class.methods()) {
    if (Method->isImplicit() || Method->isDeleted() || Method->isDefaulted())
      continue;
    const FunctionDecl *Definition = nullptr;
    if (!Method->hasBody(Definition)) {
      if (Method->isPureVirtual())
        continue;
      return false;
    }
    Definitions.push_back(Definition);
  }
  return true;
}

// Whether the member access \p Access, in a member function, only reads the
// member or assigns it as a whole.
static bool isReadOrAssignment(const MemberExpr &Access, ASTContext &Ctx) {
  const auto [Consumer, Through] = consumerOf(Access, Ctx);
  if (const auto *Binary = Consumer.get<BinaryOperator>())
    return Binary->getOpcode() == BO_Assign || !Binary->isAssignmentOp() ||
           Binary->getLHS() != Through;
  if (const auto *Unary = Consumer.get<UnaryOperator>())
    return Unary->getOpcode() != UO_AddrOf && !Unary->isIncrementDecrementOp();
  if (const auto *Var = Consumer.get<VarDecl>())
    return !Var->getType()->isReferenceType() ||
           Var->getType()->getPointeeType().isConstQualified();
  const auto TakesNonConstReference = [](const FunctionDecl *Callee,
                                         unsigned Index) {
    if (Callee == nullptr || Index >= Callee->getNumParams())
      return Callee == nullptr;
    const QualType Param = Callee->getParamDecl(Index)->getType();
    return Param->isReferenceType() && !Param->getPointeeType().isConstQualified();
  };
  if (const auto *Call = Consumer.get<CallExpr>()) {
    const std::optional<unsigned> Param = parameterIndexOf(*Call, Through);
    return !Param.has_value() || !Through->isLValue() ||
           !TakesNonConstReference(Call->getDirectCallee(), *Param);
  }
  if (const auto *Construct = Consumer.get<CXXConstructExpr>())
    for (unsigned I = 0; I < Construct->getNumArgs(); ++I)
      if (Construct->getArg(I) == Through && Through->isLValue())
        return !TakesNonConstReference(Construct->getConstructor(), I);
  return true;
}

std::optional<MismatchedAllocatorFamilyCheck::Origin>
MismatchedAllocatorFamilyCheck::memberOrigin(const FieldDecl &Field,
                                             const Stmt &Use, ASTContext &Ctx) {
  const auto *Destructor =
      dyn_cast_or_null<CXXDestructorDecl>(enclosingCallable(Ctx, Use));
  if (Destructor == nullptr || Destructor->getParent() != Field.getParent() ||
      isInTemplateInstantiation(*Destructor) ||
      Field.getAccess() != AS_private || !Field.getType()->isPointerType())
    return std::nullopt;
  if (const auto It = Members.find(&Field); It != Members.end())
    return It->second;
  std::optional<Origin> &Result = Members[&Field];
  llvm::SmallVector<const FunctionDecl *, 8> Definitions;
  if (!seesEveryMemberFunction(*Destructor->getParent(), Definitions))
    return std::nullopt;

  std::optional<Origin> Found;
  // Judges one value written to the member; false when it is not an
  // allocation of the family found so far, a null pointer, or the member
  // of another object.
  const auto Judge = [&](const Expr &Written) {
    if (isNullValue(Written, Ctx))
      return true;
    const Expr *Value = initializedValue(Written)->IgnoreParenCasts();
    if (const auto *Other = dyn_cast<MemberExpr>(Value);
        Other != nullptr && Other->getMemberDecl() == &Field)
      return true;
    const std::optional<AllocatorCall> Allocation =
        allocatorCallOf(*Value, Libraries);
    return Allocation.has_value() &&
           mergeAllocation(Found, *Allocation, *Value, false);
  };
  bool AllocatedInConstructor = false;
  for (const FunctionDecl *Definition : Definitions) {
    const auto *Constructor = dyn_cast<CXXConstructorDecl>(Definition);
    if (Constructor != nullptr)
      for (const CXXCtorInitializer *Init : Constructor->inits()) {
        if (Init->getMember() != &Field)
          continue;
        const Expr *Value = Init->getInit();
        if (const auto *Default = dyn_cast<CXXDefaultInitExpr>(Value))
          Value = Default->getExpr();
        if (Value == nullptr || !Judge(*Value))
          return std::nullopt;
        AllocatedInConstructor |= !isNullValue(*Value, Ctx);
      }
    if (Definition->getBody() == nullptr)
      return std::nullopt;
    for (const BoundNodes &Match :
         match(findAll(memberExpr(member(equalsNode(&Field))).bind("m")),
               *Definition->getBody(), Ctx)) {
      const auto *Access = Match.getNodeAs<MemberExpr>("m");
      if (!isReadOrAssignment(*Access, Ctx))
        return std::nullopt;
      const auto [Consumer, Through] = consumerOf(*Access, Ctx);
      const auto *Assignment = Consumer.get<BinaryOperator>();
      if (Assignment == nullptr || !Assignment->isAssignmentOp() ||
          Assignment->getLHS() != Through)
        continue;
      if (!Judge(*Assignment->getRHS()))
        return std::nullopt;
      AllocatedInConstructor |=
          Constructor != nullptr && !isNullValue(*Assignment->getRHS(), Ctx);
    }
  }
  // A member defaulted in its declaration and never allocated in a
  // constructor is assigned elsewhere: judged all the same, but only the
  // constructor's allocations are this check's scope.
  if (!Found || !AllocatedInConstructor)
    return std::nullopt;
  Result = Found;
  return Result;
}

std::optional<MismatchedAllocatorFamilyCheck::Origin>
MismatchedAllocatorFamilyCheck::originOf(const Expr &Operand, const Stmt &Use,
                                         ASTContext &Ctx) {
  const Expr *Value = Operand.IgnoreParenCasts();
  if (const std::optional<AllocatorCall> Allocation =
          allocatorCallOf(*Value, Libraries))
    return Origin{*Allocation, Value, true, true};
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Value))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      return localOrigin(*Var, Use, Ctx);
  if (const auto *Member = dyn_cast<MemberExpr>(Value))
    if (const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl());
        Field != nullptr &&
        isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
      return memberOrigin(*Field, Use, Ctx);
  return std::nullopt;
}

// The pointer \p Release releases.
static const Expr *releasedPointer(const Expr &Release) {
  if (const auto *Delete = dyn_cast<CXXDeleteExpr>(&Release))
    return Delete->getArgument();
  const auto *Call = cast<CallExpr>(&Release);
  return Call->getNumArgs() > 0 ? Call->getArg(0) : nullptr;
}

void MismatchedAllocatorFamilyCheck::checkRelease(const Expr &Release,
                                                  ASTContext &Ctx) {
  const std::optional<AllocatorCall> Released =
      deallocatorCallOf(Release, Libraries);
  const Expr *Pointer = releasedPointer(Release);
  if (!Released || Pointer == nullptr ||
      (Pointer->isTypeDependent() && !Released->Dependent))
    return;
  const std::optional<Origin> Found = originOf(*Pointer, Release, Ctx);
  if (!Found || !isMismatchedRelease(Found->Allocation, *Released) ||
      !firstReport(Release.getBeginLoc()))
    return;
  const std::string Expected = releaseFunctionOf(Found->Allocation.Key, Libraries);
  {
    auto Diag = diag(Release.getBeginLoc(),
                     "memory allocated by '%0' is released with '%1'; use '%2'")
                << Found->Allocation.Function << Released->Function << Expected;
    // delete -> delete[] when the new[] is in the same function.
    const auto *Delete = dyn_cast<CXXDeleteExpr>(&Release);
    if (Delete != nullptr && Found->SameFunction &&
        Found->Allocation.Key.Family == AllocationFamily::NewArrayExpression &&
        Released->Key.Family == AllocationFamily::NewExpression &&
        isEditableRange(Delete->getSourceRange()) &&
        !isInTemplateInstantiation(Release, Ctx)) {
      const SourceManager &Sources = Ctx.getSourceManager();
      SourceLocation Keyword = Delete->getBeginLoc();
      if (Delete->isGlobalDelete())
        if (const std::optional<Token> Next =
                Lexer::findNextToken(Keyword, Sources, Ctx.getLangOpts()))
          Keyword = Next->getLocation();
      const SourceLocation After =
          Lexer::getLocForEndOfToken(Keyword, 0, Sources, Ctx.getLangOpts());
      if (After.isValid())
        Diag << FixItHint::CreateInsertion(After, "[]");
    }
  }
  noteAllocation(*Found);
}

void MismatchedAllocatorFamilyCheck::noteAllocation(const Origin &Found) {
  if (!Found.Direct)
    diag(Found.Site->getBeginLoc(), "the memory is allocated by '%0' here",
         DiagnosticIDs::Note)
        << Found.Allocation.Function;
}

namespace {

// What a smart pointer's default deleter does, and how to spell the type.
struct DefaultDeleter {
  FamilyKey Releases;
  QualType Element; ///< T of unique_ptr<T> / shared_ptr<T>, T[] included.
  bool Unique;
};

bool hasClassSpecificDelete(QualType T) {
  const auto *Record = T->getBaseElementTypeUnsafe()->getAsCXXRecordDecl();
  if (Record == nullptr || !Record->hasDefinition())
    return false;
  const auto Declares = [](const CXXRecordDecl *Class) {
    return llvm::any_of(Class->methods(), [](const CXXMethodDecl *Method) {
      return Method->getOverloadedOperator() == OO_Delete ||
             Method->getOverloadedOperator() == OO_Array_Delete;
    });
  };
  return Declares(Record) ||
         !Record->forallBases([&](const CXXRecordDecl *Base) {
           return !Declares(Base);
         });
}

std::optional<DefaultDeleter> defaultDeleterOf(const CXXRecordDecl *Class) {
  const auto *Specialization =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(Class);
  if (Specialization == nullptr)
    return std::nullopt;
  const TemplateArgumentList &Args = Specialization->getTemplateArgs();
  if (Args.size() == 0 || Args[0].getKind() != TemplateArgument::Type)
    return std::nullopt;
  const QualType Element = Args[0].getAsType();
  const bool Unique = Specialization->getName() == "unique_ptr";
  if (Unique) {
    if (Args.size() != 2 || Args[1].getKind() != TemplateArgument::Type)
      return std::nullopt;
    const auto *Deleter = Args[1].getAsType()->getAsCXXRecordDecl();
    if (Deleter == nullptr || !Deleter->isInStdNamespace() ||
        Deleter->getName() != "default_delete")
      return std::nullopt;
  }
  if (Element->isDependentType() || hasClassSpecificDelete(Element))
    return std::nullopt;
  return DefaultDeleter{{Element->isArrayType()
                             ? AllocationFamily::NewArrayExpression
                             : AllocationFamily::NewExpression,
                         0},
                        Element,
                        Unique};
}

// `std::free` is declared before \p Loc (by <cstdlib>).
bool isStdFreeDeclared(ASTContext &Ctx, SourceLocation Loc) {
  const IdentifierInfo &Std = Ctx.Idents.get("std");
  const IdentifierInfo &Free = Ctx.Idents.get("free");
  for (const NamedDecl *Found : Ctx.getTranslationUnitDecl()->lookup(&Std)) {
    const auto *Namespace = dyn_cast<NamespaceDecl>(Found);
    if (Namespace == nullptr)
      continue;
    for (const NamedDecl *Function : Namespace->lookup(&Free))
      if (isa<FunctionDecl, UsingShadowDecl>(Function) &&
          Ctx.getSourceManager().isBeforeInTranslationUnit(
              Function->getLocation(), Loc))
        return true;
  }
  return false;
}

// Every use of the smart pointer \p Var is a const member call, or `*`,
// `->`, `[]`, `==`, `!=` applied to it: it keeps compiling and meaning the
// same with another deleter type.
bool usesSurviveDeleterChange(const VarDecl &Var, const Decl &Function,
                              ASTContext &Ctx) {
  for (const BoundNodes &Match :
       match(findAll(declRefExpr(to(varDecl(equalsNode(&Var)))).bind("ref")),
             *Function.getBody(), Ctx)) {
    // Above the no-op casts that a const member call adds.
    const Expr *Through = Match.getNodeAs<DeclRefExpr>("ref");
    llvm::ArrayRef<DynTypedNode> Parents = userCodeParents(Ctx, *Through);
    while (!Parents.empty() && Parents.front().get<ImplicitCastExpr>() != nullptr) {
      Through = Parents.front().get<ImplicitCastExpr>();
      Parents = userCodeParents(Ctx, *Through);
    }
    if (Parents.empty())
      return false;
    if (const auto *Member = Parents.front().get<MemberExpr>()) {
      const auto *Method = dyn_cast<CXXMethodDecl>(Member->getMemberDecl());
      if (Method == nullptr || !Method->isConst())
        return false;
      continue;
    }
    const auto *Operator = Parents.front().get<CXXOperatorCallExpr>();
    if (Operator == nullptr || Operator->getArg(0) != Through)
      return false;
    switch (Operator->getOperator()) {
    case OO_Star:
    case OO_Arrow:
    case OO_Subscript:
    case OO_EqualEqual:
    case OO_ExclaimEqual:
      continue;
    default:
      return false;
    }
  }
  return true;
}

} // namespace

void MismatchedAllocatorFamilyCheck::checkOwner(const Expr &Owner,
                                                ASTContext &Ctx) {
  const CXXRecordDecl *Class = nullptr;
  const Expr *Pointer = nullptr;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(&Owner)) {
    Class = Construct->getConstructor()->getParent();
    Pointer = Construct->getArg(0);
  } else {
    const auto *Reset = cast<CXXMemberCallExpr>(&Owner);
    Class = Reset->getRecordDecl();
    Pointer = Reset->getArg(0);
  }
  if (Pointer->isTypeDependent() || !Pointer->getType()->isPointerType())
    return;
  const std::optional<DefaultDeleter> Deleter = defaultDeleterOf(Class);
  if (!Deleter)
    return;
  const std::optional<Origin> Found = originOf(*Pointer, Owner, Ctx);
  if (!Found || Found->Allocation.Dependent ||
      !isMismatchedRelease(Found->Allocation.Key, Deleter->Releases) ||
      !firstReport(Pointer->getBeginLoc()))
    return;
  PrintingPolicy Policy(Ctx.getLangOpts());
  Policy.SuppressTagKeyword = true;
  const std::string Template = Deleter->Unique ? "std::unique_ptr" : "std::shared_ptr";
  const std::string Spelled =
      Template + "<" + Deleter->Element.getAsString(Policy) + ">";
  const bool SameHeap = Found->Allocation.Key.Family ==
                            AllocationFamily::NewExpression ||
                        Found->Allocation.Key.Family ==
                            AllocationFamily::NewArrayExpression;
  std::string Instead;
  if (SameHeap) {
    QualType Other = Deleter->Element;
    if (const auto *Array = Ctx.getAsArrayType(Other))
      Other = Array->getElementType();
    Instead = "use '" + Template + "<" + Other.getAsString(Policy) +
              (Deleter->Element->isArrayType() ? "" : "[]") + ">'";
  } else {
    Instead = "pass a deleter that calls '" +
              releaseFunctionOf(Found->Allocation.Key, Libraries) + "'";
  }
  {
    auto Diag = diag(Pointer->getBeginLoc(),
                     "memory allocated by '%0' is released with '%1' by the "
                     "default deleter of '%2'; %3")
                << Found->Allocation.Function
                << (Deleter->Releases.Family ==
                            AllocationFamily::NewArrayExpression
                        ? "delete[]"
                        : "delete")
                << Spelled << Instead;
    if (Deleter->Unique && Found->Direct &&
        Found->Allocation.Key.Family == AllocationFamily::CHeap &&
        Deleter->Element->isBuiltinType() && !Deleter->Element->isVoidType())
      if (const auto *Construct = dyn_cast<CXXConstructExpr>(&Owner))
        for (const FixItHint &Fix : freeDeleterFix(*Construct, Ctx))
          Diag << Fix;
  }
  noteAllocation(*Found);
}

// std::unique_ptr<char> p(strdup(s)) ->
// std::unique_ptr<char, decltype(&std::free)> p(strdup(s), &std::free), when
// the declaration holds only p, spells the type itself, and nothing else
// writes p or needs its type.
std::vector<FixItHint>
MismatchedAllocatorFamilyCheck::freeDeleterFix(const CXXConstructExpr &Construct,
                                               ASTContext &Ctx) {
  const auto OwnerParents = userCodeParents(Ctx, Construct);
  const auto *Var =
      OwnerParents.empty() ? nullptr : OwnerParents.front().get<VarDecl>();
  const auto DeclParents = Var != nullptr ? userCodeParents(Ctx, *Var)
                                          : llvm::ArrayRef<DynTypedNode>();
  const auto *Statement =
      DeclParents.empty() ? nullptr : DeclParents.front().get<DeclStmt>();
  const Decl *Function = enclosingCallable(Ctx, Construct);
  if (Var == nullptr || Statement == nullptr || !Statement->isSingleDecl() ||
      Var->getInitStyle() == VarDecl::CInit || Function == nullptr ||
      Function->getBody() == nullptr || Var->getTypeSourceInfo() == nullptr ||
      isInTemplateInstantiation(Construct, Ctx) || !isEditableStmt(Statement))
    return {};
  const auto Spelling =
      compat::stripElaborated(
          Var->getTypeSourceInfo()->getTypeLoc().getUnqualifiedLoc())
          .getAs<TemplateSpecializationTypeLoc>();
  const VariableWrites &VarWrites = writesIn(*Function);
  if (Spelling.isNull() || Spelling.getNumArgs() != 1 ||
      VarWrites.escapes(Var) || VarWrites.writesOf(Var).size() != 1 ||
      !usesSurviveDeleterChange(*Var, *Function, Ctx) ||
      !isStdFreeDeclared(Ctx, Var->getLocation()))
    return {};
  const SourceLocation Closing = Construct.getParenOrBraceRange().getEnd();
  if (Closing.isInvalid() || Spelling.getRAngleLoc().isInvalid())
    return {};
  return {FixItHint::CreateInsertion(Spelling.getRAngleLoc(),
                                     ", decltype(&std::free)"),
          FixItHint::CreateInsertion(Closing, ", &std::free")};
}

} // namespace clang::tidy::allochunt
