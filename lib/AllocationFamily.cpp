//===--- AllocationFamily.cpp - which allocator a call allocates or frees with

#include "lib/AllocationFamily.h"

#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::allochunt {

namespace {
struct NamedFunction {
  llvm::StringLiteral Name;
  AllocationFamily Family;
};
} // namespace

static constexpr NamedFunction CAllocators[] = {
    {"malloc", AllocationFamily::CHeap},
    {"calloc", AllocationFamily::CHeap},
    {"realloc", AllocationFamily::CHeap},
    {"aligned_alloc", AllocationFamily::CHeap},
    {"posix_memalign", AllocationFamily::CHeap},
    {"memalign", AllocationFamily::CHeap},
    {"valloc", AllocationFamily::CHeap},
    {"_aligned_malloc", AllocationFamily::MSVCAligned},
    {"_aligned_realloc", AllocationFamily::MSVCAligned},
    {"mmap", AllocationFamily::Mmap},
    {"mmap64", AllocationFamily::Mmap},
};

static constexpr NamedFunction CDeallocators[] = {
    {"free", AllocationFamily::CHeap},
    {"_aligned_free", AllocationFamily::MSVCAligned},
    {"munmap", AllocationFamily::Mmap},
};

// A C library function: declared at global scope (possibly in an extern "C"
// block) or in namespace std, as <cstdlib> does.
static std::optional<AllocationFamily>
libraryFamily(const FunctionDecl &Function,
              llvm::ArrayRef<NamedFunction> Known) {
  const IdentifierInfo *Id = Function.getIdentifier();
  if (Id == nullptr)
    return std::nullopt;
  const DeclContext *Context = Function.getDeclContext()->getRedeclContext();
  if (!Context->isTranslationUnit() && !Context->isStdNamespace())
    return std::nullopt;
  for (const NamedFunction &Candidate : Known)
    if (Candidate.Name == Id->getName())
      return Candidate.Family;
  return std::nullopt;
}

static bool takesAlignment(const FunctionDecl &Function) {
  for (const ParmVarDecl *Param : Function.parameters()) {
    const auto *Enum = Param->getType()->getAsTagDecl();
    if (Enum != nullptr && Enum->isInStdNamespace() &&
        Enum->getName() == "align_val_t")
      return true;
  }
  return false;
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
  return libraryFamily(*Callee, CAllocators);
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
  return libraryFamily(*Callee, CDeallocators);
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
  }
  llvm_unreachable("unknown allocation family");
}

} // namespace clang::tidy::allochunt
