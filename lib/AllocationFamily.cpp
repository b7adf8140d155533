//===--- AllocationFamily.cpp - which allocator a call allocates or frees with

#include "lib/AllocationFamily.h"

#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSwitch.h"

namespace clang::tidy::allochunt {

// A C library function: declared at global scope (possibly in an extern "C"
// block) or in namespace std, as <cstdlib> does.
static bool isCLibraryFunction(const FunctionDecl &Function) {
  const DeclContext *Context = Function.getDeclContext()->getRedeclContext();
  return Function.getIdentifier() != nullptr &&
         (Context->isTranslationUnit() || Context->isStdNamespace());
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
  return cAllocatorFamily(*Callee);
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
