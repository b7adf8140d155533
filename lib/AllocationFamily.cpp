//===--- AllocationFamily.cpp - which allocator a call allocates or frees with

#include "lib/AllocationFamily.h"

#include "lib/QualifiedNameList.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSwitch.h"

#include <array>

namespace clang::tidy::allochunt {

// A project's own function of that name, defined outside system headers: a
// `strdup` written for a platform without one may allocate with `new[]`.
static bool isDefinedInUserCode(const FunctionDecl &Function) {
  const FunctionDecl *Definition = nullptr;
  return Function.hasBody(Definition) &&
         !Function.getASTContext().getSourceManager().isInSystemHeader(
             Definition->getLocation());
}

// A C library function: declared at global scope (possibly in an extern "C"
// block) or in namespace std, as <cstdlib> does, and not defined by the
// project.
static bool isCLibraryFunction(const FunctionDecl &Function) {
  const DeclContext *Context = Function.getDeclContext()->getRedeclContext();
  return Function.getIdentifier() != nullptr &&
         (Context->isTranslationUnit() || Context->isStdNamespace()) &&
         !isDefinedInUserCode(Function);
}

static std::optional<AllocationFamily>
cAllocatorFamily(const FunctionDecl &Function) {
  if (!isCLibraryFunction(Function))
    return std::nullopt;
  return llvm::StringSwitch<std::optional<AllocationFamily>>(
             Function.getName())
      .Case("malloc", AllocationFamily::CHeap)
      .Case("calloc", AllocationFamily::CHeap)
      .Case("realloc", AllocationFamily::CHeap)
      .Case("aligned_alloc", AllocationFamily::CHeap)
      .Case("posix_memalign", AllocationFamily::CHeap)
      .Case("memalign", AllocationFamily::CHeap)
      .Case("valloc", AllocationFamily::CHeap)
      .Case("reallocarray", AllocationFamily::CHeap)
      // Functions that return memory the caller frees.
      .Case("strdup", AllocationFamily::CHeap)
      .Case("strndup", AllocationFamily::CHeap)
      .Case("wcsdup", AllocationFamily::CHeap)
      .Case("_strdup", AllocationFamily::CHeap)
      .Case("_wcsdup", AllocationFamily::CHeap)
      .Case("realpath", AllocationFamily::CHeap)
      .Case("_aligned_malloc", AllocationFamily::MSVCAligned)
      .Case("_aligned_realloc", AllocationFamily::MSVCAligned)
      .Case("mmap", AllocationFamily::Mmap)
      .Case("mmap64", AllocationFamily::Mmap)
      .Default(std::nullopt);
}

static std::optional<AllocationFamily>
cDeallocatorFamily(const FunctionDecl &Function) {
  if (!isCLibraryFunction(Function))
    return std::nullopt;
  return llvm::StringSwitch<std::optional<AllocationFamily>>(
             Function.getName())
      .Case("free", AllocationFamily::CHeap)
      .Case("_aligned_free", AllocationFamily::MSVCAligned)
      .Case("munmap", AllocationFamily::Mmap)
      .Default(std::nullopt);
}

static bool takesAlignment(const FunctionDecl &Function) {
  return llvm::any_of(Function.parameters(), [](const ParmVarDecl *Param) {
    const auto *Enum = Param->getType()->getAsTagDecl();
    return Enum != nullptr && Enum->isInStdNamespace() &&
           Enum->getName() == "align_val_t";
  });
}

// The replaceable global operator new / delete family of \p Function.
static std::optional<AllocationFamily>
operatorFamily(const FunctionDecl &Function) {
  const OverloadedOperatorKind Op = Function.getOverloadedOperator();
  const bool IsArray = Op == OO_Array_New || Op == OO_Array_Delete;
  if ((!IsArray && Op != OO_New && Op != OO_Delete) ||
      !Function.isReplaceableGlobalAllocationFunction())
    return std::nullopt;
  if (takesAlignment(Function))
    return IsArray ? AllocationFamily::AlignedOperatorNewArray
                   : AllocationFamily::AlignedOperatorNew;
  return IsArray ? AllocationFamily::OperatorNewArray
                 : AllocationFamily::OperatorNew;
}

std::optional<AllocationFamily> allocationFamilyOf(const Expr &E) {
  const Expr *Inner = E.IgnoreParenImpCasts();
  if (const auto *New = dyn_cast<CXXNewExpr>(Inner)) {
    const FunctionDecl *Operator = New->getOperatorNew();
    if (Operator == nullptr || !Operator->isReplaceableGlobalAllocationFunction())
      return std::nullopt;
    return New->isArray() ? AllocationFamily::NewArrayExpression
                          : AllocationFamily::NewExpression;
  }
  const auto *Call = dyn_cast<CallExpr>(Inner);
  const FunctionDecl *Callee = Call != nullptr ? Call->getDirectCallee() : nullptr;
  if (Callee == nullptr)
    return std::nullopt;
  if (Callee->getOverloadedOperator() == OO_New ||
      Callee->getOverloadedOperator() == OO_Array_New)
    return operatorFamily(*Callee);
  // realpath allocates only when it is given no buffer.
  if (Callee->getIdentifier() != nullptr && Callee->getName() == "realpath" &&
      (Call->getNumArgs() != 2 ||
       Call->getArg(1)->isNullPointerConstant(
           Callee->getASTContext(), Expr::NPC_ValueDependentIsNotNull) ==
           Expr::NPCK_NotNull))
    return std::nullopt;
  return cAllocatorFamily(*Callee);
}

const Expr *cHeapOutParameter(const CallExpr &Call) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (Callee == nullptr || !isCLibraryFunction(*Callee) || Call.getNumArgs() == 0)
    return nullptr;
  static constexpr std::array<llvm::StringLiteral, 6> StoresThroughFirst = {
      "getline", "getdelim", "__getdelim", "asprintf", "vasprintf", "__asprintf"};
  return llvm::is_contained(StoresThroughFirst, Callee->getName())
             ? Call.getArg(0)
             : nullptr;
}

std::optional<AllocationFamily> deallocationFamilyOf(const Expr &E) {
  const Expr *Inner = E.IgnoreParenImpCasts();
  if (const auto *Delete = dyn_cast<CXXDeleteExpr>(Inner)) {
    const FunctionDecl *Operator = Delete->getOperatorDelete();
    if (Operator == nullptr ||
        !Operator->isReplaceableGlobalAllocationFunction())
      return std::nullopt;
    return Delete->isArrayForm() ? AllocationFamily::NewArrayExpression
                                 : AllocationFamily::NewExpression;
  }
  const auto *Call = dyn_cast<CallExpr>(Inner);
  const FunctionDecl *Callee = Call != nullptr ? Call->getDirectCallee() : nullptr;
  if (Callee == nullptr)
    return std::nullopt;
  if (Callee->getOverloadedOperator() == OO_Delete ||
      Callee->getOverloadedOperator() == OO_Array_Delete)
    return operatorFamily(*Callee);
  return cDeallocatorFamily(*Callee);
}

llvm::StringRef describeAllocation(AllocationFamily Family) {
  switch (Family) {
  case AllocationFamily::CHeap:
    return "'malloc'";
  case AllocationFamily::MSVCAligned:
    return "'_aligned_malloc'";
  case AllocationFamily::Mmap:
    return "'mmap'";
  case AllocationFamily::OperatorNew:
    return "'::operator new(size)'";
  case AllocationFamily::AlignedOperatorNew:
    return "'::operator new(size, std::align_val_t)'";
  case AllocationFamily::OperatorNewArray:
    return "'::operator new[](size)'";
  case AllocationFamily::AlignedOperatorNewArray:
    return "'::operator new[](size, std::align_val_t)'";
  case AllocationFamily::NewExpression:
    return "a 'new' expression";
  case AllocationFamily::NewArrayExpression:
    return "a 'new[]' expression";
  case AllocationFamily::Library:
    return "a library allocator";
  }
  llvm_unreachable("unknown allocation family");
}

llvm::StringRef describeDeallocation(AllocationFamily Family) {
  switch (Family) {
  case AllocationFamily::CHeap:
    return "'free'";
  case AllocationFamily::MSVCAligned:
    return "'_aligned_free'";
  case AllocationFamily::Mmap:
    return "'munmap'";
  case AllocationFamily::OperatorNew:
    return "'::operator delete(ptr[, size])'";
  case AllocationFamily::AlignedOperatorNew:
    return "'::operator delete(ptr[, size], std::align_val_t)'";
  case AllocationFamily::OperatorNewArray:
    return "'::operator delete[](ptr[, size])'";
  case AllocationFamily::AlignedOperatorNewArray:
    return "'::operator delete[](ptr[, size], std::align_val_t)'";
  case AllocationFamily::NewExpression:
    return "a 'delete' expression";
  case AllocationFamily::NewArrayExpression:
    return "a 'delete[]' expression";
  case AllocationFamily::Library:
    return "the library's deallocator";
  }
  llvm_unreachable("unknown allocation family");
}

llvm::StringRef LibraryAllocatorTable::defaults() {
  return "g_malloc,g_malloc0,g_realloc,g_try_malloc,g_try_malloc0,"
         "g_try_realloc,g_malloc_n,g_malloc0_n,g_realloc_n,g_try_malloc_n,"
         "g_try_malloc0_n,g_try_realloc_n,g_strdup,g_strndup,g_strdup_printf,"
         "g_strdup_vprintf,g_strconcat,g_strjoin,g_memdup,g_memdup2"
         "=g_free,g_free_sized;"
         "xmlMalloc,xmlMallocAtomic,xmlRealloc,xmlStrdup,xmlStrndup,"
         "xmlCharStrdup,xmlCharStrndup,xmlGetProp,xmlGetNsProp,"
         "xmlNodeGetContent,xmlNodeListGetString=xmlFree;"
         "sqlite3_malloc,sqlite3_malloc64,sqlite3_realloc,sqlite3_realloc64,"
         "sqlite3_mprintf,sqlite3_vmprintf,sqlite3_expanded_sql=sqlite3_free;"
         "curl_easy_escape,curl_easy_unescape,curl_escape,curl_unescape,"
         "curl_getenv,curl_maprintf,curl_mvaprintf=curl_free;"
         "CRYPTO_malloc,CRYPTO_zalloc,CRYPTO_realloc,CRYPTO_clear_realloc,"
         "CRYPTO_strdup,CRYPTO_strndup,CRYPTO_memdup,OPENSSL_malloc,"
         "OPENSSL_zalloc,OPENSSL_realloc,OPENSSL_strdup,OPENSSL_strndup,"
         "OPENSSL_memdup,OPENSSL_buf2hexstr,BN_bn2hex,BN_bn2dec"
         "=CRYPTO_free,CRYPTO_clear_free,OPENSSL_free,OPENSSL_clear_free;"
         "SDL_malloc,SDL_calloc,SDL_realloc,SDL_strdup,SDL_strndup,"
         "SDL_GetClipboardText,SDL_iconv_string=SDL_free;"
         "mi_malloc,mi_calloc,mi_realloc,mi_reallocf,mi_zalloc,mi_mallocn,"
         "mi_reallocn,mi_strdup,mi_strndup,mi_realpath,mi_malloc_aligned,"
         "mi_zalloc_aligned,mi_calloc_aligned,mi_realloc_aligned,"
         "mi_malloc_small,mi_zalloc_small,mi_new,mi_new_n,mi_new_aligned"
         "=mi_free,mi_free_size,mi_free_aligned,mi_free_size_aligned;"
         "je_malloc,je_calloc,je_realloc,je_aligned_alloc,je_mallocx,"
         "je_rallocx,mallocx,rallocx=je_free,je_dallocx,je_sdallocx,dallocx,"
         "sdallocx";
}

// "::name" for "name" and "::name".
static std::string globalName(llvm::StringRef Name) {
  Name.consume_front("::");
  return "::" + Name.str();
}

LibraryAllocatorTable
LibraryAllocatorTable::parse(llvm::StringRef Spec,
                             llvm::SmallVectorImpl<std::string> &Invalid) {
  LibraryAllocatorTable Table;
  llvm::SmallVector<llvm::StringRef, 8> Entries;
  Spec.split(Entries, ';', -1, /*KeepEmpty=*/false);
  for (const llvm::StringRef Entry : Entries) {
    if (Entry.trim().empty())
      continue;
    const auto [Left, Right] = Entry.split('=');
    llvm::SmallVector<std::string, 1> Bad;
    Family Parsed{parseQualifiedNameList(Left, Bad),
                  parseQualifiedNameList(Right, Bad)};
    if (!Entry.contains('=') || !Bad.empty() || Parsed.Allocators.empty() ||
        Parsed.Deallocators.empty()) {
      Invalid.push_back(Entry.trim().str());
      continue;
    }
    const auto Index = static_cast<unsigned>(Table.Families.size());
    for (const std::string &Name : Parsed.Allocators)
      Table.AllocatorIndex.try_emplace(globalName(Name), Index);
    for (const std::string &Name : Parsed.Deallocators)
      Table.DeallocatorIndex.try_emplace(globalName(Name), Index);
    Table.Families.push_back(std::move(Parsed));
  }
  return Table;
}

// The name a table entry matches: a function, or a variable holding a
// function pointer, outside any class.
static std::optional<std::string> tableName(const NamedDecl &Callee) {
  if (Callee.getIdentifier() == nullptr ||
      Callee.getDeclContext()->getRedeclContext()->isRecord())
    return std::nullopt;
  if (const auto *Var = dyn_cast<VarDecl>(&Callee);
      Var != nullptr && !Var->getType()->isFunctionPointerType())
    return std::nullopt;
  if (!isa<FunctionDecl, VarDecl>(Callee))
    return std::nullopt;
  if (const auto *Function = dyn_cast<FunctionDecl>(&Callee);
      Function != nullptr && isDefinedInUserCode(*Function))
    return std::nullopt;
  return "::" + Callee.getQualifiedNameAsString();
}

// The family \p Callee is listed under in \p Index.
static std::optional<unsigned> familyIn(const llvm::StringMap<unsigned> &Index,
                                        const NamedDecl &Callee) {
  const std::optional<std::string> Name = tableName(Callee);
  const auto It = Name ? Index.find(*Name) : Index.end();
  return It == Index.end() ? std::nullopt : std::optional<unsigned>(It->second);
}

std::optional<unsigned>
LibraryAllocatorTable::allocatorFamily(const NamedDecl &Callee) const {
  return familyIn(AllocatorIndex, Callee);
}

std::optional<unsigned>
LibraryAllocatorTable::deallocatorFamily(const NamedDecl &Callee) const {
  return familyIn(DeallocatorIndex, Callee);
}

// How messages name the function of a call, a new- or a delete-expression.
static std::string functionName(const Expr &E) {
  if (const auto *New = dyn_cast<CXXNewExpr>(&E))
    return New->isArray() ? "new[]" : "new";
  if (const auto *Delete = dyn_cast<CXXDeleteExpr>(&E))
    return Delete->isArrayForm() ? "delete[]" : "delete";
  const Decl *Callee = cast<CallExpr>(E).getCalleeDecl();
  if (const auto *Function = dyn_cast_or_null<FunctionDecl>(Callee);
      Function != nullptr && Function->getIdentifier() == nullptr)
    return Function->getNameAsString(); // "operator new[]"
  const auto *Named = dyn_cast_or_null<NamedDecl>(Callee);
  return Named != nullptr ? Named->getName().str() : std::string();
}

// The declaration a call names: a function, or a function pointer variable.
static const NamedDecl *calleeOf(const Expr &E) {
  const auto *Call = dyn_cast<CallExpr>(&E);
  return Call != nullptr ? dyn_cast_or_null<NamedDecl>(Call->getCalleeDecl())
                         : nullptr;
}

// The form of a new- or delete-expression whose operator is not chosen yet
// because it depends on a template argument (not placement new).
static std::optional<AllocationFamily> dependentExpressionForm(const Expr &E) {
  if (const auto *New = dyn_cast<CXXNewExpr>(&E);
      New != nullptr && New->getOperatorNew() == nullptr &&
      New->getNumPlacementArgs() == 0 && New->isTypeDependent())
    return New->isArray() ? AllocationFamily::NewArrayExpression
                          : AllocationFamily::NewExpression;
  if (const auto *Delete = dyn_cast<CXXDeleteExpr>(&E);
      Delete != nullptr && Delete->getOperatorDelete() == nullptr &&
      Delete->getArgument()->isTypeDependent())
    return Delete->isArrayForm() ? AllocationFamily::NewArrayExpression
                                 : AllocationFamily::NewExpression;
  return std::nullopt;
}

std::optional<AllocatorCall>
allocatorCallOf(const Expr &E, const LibraryAllocatorTable &Table) {
  const Expr *Inner = E.IgnoreParenImpCasts();
  if (const std::optional<AllocationFamily> Family = allocationFamilyOf(*Inner))
    return AllocatorCall{{*Family, 0}, functionName(*Inner)};
  if (const std::optional<AllocationFamily> Form = dependentExpressionForm(*Inner))
    return AllocatorCall{{*Form, 0}, functionName(*Inner), true};
  if (const NamedDecl *Callee = calleeOf(*Inner))
    if (const std::optional<unsigned> Index = Table.allocatorFamily(*Callee))
      return AllocatorCall{{AllocationFamily::Library, *Index},
                           functionName(*Inner)};
  return std::nullopt;
}

std::optional<AllocatorCall>
deallocatorCallOf(const Expr &E, const LibraryAllocatorTable &Table) {
  const Expr *Inner = E.IgnoreParenImpCasts();
  if (const std::optional<AllocationFamily> Family =
          deallocationFamilyOf(*Inner))
    return AllocatorCall{{*Family, 0}, functionName(*Inner)};
  if (const std::optional<AllocationFamily> Form = dependentExpressionForm(*Inner))
    return AllocatorCall{{*Form, 0}, functionName(*Inner), true};
  if (const NamedDecl *Callee = calleeOf(*Inner))
    if (const std::optional<unsigned> Index = Table.deallocatorFamily(*Callee))
      return AllocatorCall{{AllocationFamily::Library, *Index},
                           functionName(*Inner)};
  return std::nullopt;
}

std::string releaseFunctionOf(FamilyKey Key, const LibraryAllocatorTable &Table) {
  switch (Key.Family) {
  case AllocationFamily::CHeap:
    return "free";
  case AllocationFamily::MSVCAligned:
    return "_aligned_free";
  case AllocationFamily::Mmap:
    return "munmap";
  case AllocationFamily::OperatorNew:
  case AllocationFamily::AlignedOperatorNew:
    return "operator delete";
  case AllocationFamily::OperatorNewArray:
  case AllocationFamily::AlignedOperatorNewArray:
    return "operator delete[]";
  case AllocationFamily::NewExpression:
    return "delete";
  case AllocationFamily::NewArrayExpression:
    return "delete[]";
  case AllocationFamily::Library:
    return globalName(Table.family(Key.Library).Deallocators.front()).substr(2);
  }
  llvm_unreachable("unknown allocation family");
}

// Which heap memory of \p Key lives in: C++'s global operators serve every
// new-expression and every direct call of operator new.
static unsigned heapOf(FamilyKey Key) {
  switch (Key.Family) {
  case AllocationFamily::CHeap:
    return 0;
  case AllocationFamily::MSVCAligned:
    return 1;
  case AllocationFamily::Mmap:
    return 2;
  case AllocationFamily::Library:
    return 4 + Key.Library;
  default:
    return 3;
  }
}

bool isMismatchedRelease(FamilyKey Allocated, FamilyKey Released) {
  if (heapOf(Allocated) != heapOf(Released))
    return true;
  const auto IsExpression = [](FamilyKey Key) {
    return Key.Family == AllocationFamily::NewExpression ||
           Key.Family == AllocationFamily::NewArrayExpression;
  };
  return IsExpression(Allocated) && IsExpression(Released) &&
         Allocated.Family != Released.Family;
}

bool isMismatchedRelease(const AllocatorCall &Allocated,
                         const AllocatorCall &Released) {
  const auto IsExpression = [](FamilyKey Key) {
    return Key.Family == AllocationFamily::NewExpression ||
           Key.Family == AllocationFamily::NewArrayExpression;
  };
  if ((Allocated.Dependent || Released.Dependent) &&
      (!IsExpression(Allocated.Key) || !IsExpression(Released.Key)))
    return false;
  return isMismatchedRelease(Allocated.Key, Released.Key);
}

} // namespace clang::tidy::allochunt
