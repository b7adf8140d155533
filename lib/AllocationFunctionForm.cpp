//===--- AllocationFunctionForm.cpp - the forms of operator new and delete ===//

#include "lib/AllocationFunctionForm.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::allochunt {

static bool isStdTag(QualType T, llvm::StringRef Name) {
  const TagDecl *Tag = T->getAsTagDecl();
  return Tag != nullptr && Tag->isInStdNamespace() &&
         Tag->getIdentifier() != nullptr && Tag->getName() == Name;
}

// ASTContext::hasSameType, which is static from LLVM 22 on.
static bool isSameType(QualType A, QualType B) {
  return A.getCanonicalType() == B.getCanonicalType();
}

static bool isNoThrowTag(QualType T) {
  const auto *Ref = T->getAs<LValueReferenceType>();
  return Ref != nullptr && Ref->getPointeeType().isConstQualified() &&
         isStdTag(Ref->getPointeeType(), "nothrow_t");
}

std::optional<AllocationFunctionForm>
allocationFunctionForm(const FunctionDecl &Function) {
  AllocationFunctionForm Form;
  switch (Function.getOverloadedOperator()) {
  case OO_New:
    break;
  case OO_Array_New:
    Form.IsArray = true;
    break;
  case OO_Delete:
    Form.IsDelete = true;
    break;
  case OO_Array_Delete:
    Form.IsDelete = Form.IsArray = true;
    break;
  default:
    return std::nullopt;
  }
  const ASTContext &Ctx = Function.getASTContext();
  const unsigned Count = Function.getNumParams();
  if (Count == 0)
    return std::nullopt;
  const QualType First = Function.getParamDecl(0)->getType();
  if (Form.IsDelete ? !isSameType(First, Ctx.VoidPtrTy)
                    : !isSameType(First, Ctx.getSizeType()))
    return std::nullopt;
  unsigned Next = 1;
  if (Form.IsDelete && Next < Count &&
      isSameType(Function.getParamDecl(Next)->getType(),
                              Ctx.getSizeType())) {
    Form.IsSized = true;
    ++Next;
  }
  if (Next < Count &&
      isStdTag(Function.getParamDecl(Next)->getType(), "align_val_t")) {
    Form.IsAligned = true;
    ++Next;
  }
  if (Next < Count && isNoThrowTag(Function.getParamDecl(Next)->getType())) {
    Form.IsNoThrow = true;
    ++Next;
  }
  // Sized nothrow delete is no usual form.
  if (Next != Count || (Form.IsSized && Form.IsNoThrow))
    return std::nullopt;
  return Form;
}

const ParmVarDecl *alignmentParameter(const FunctionDecl &Function) {
  for (const ParmVarDecl *Param : Function.parameters())
    if (isStdTag(Param->getType(), "align_val_t"))
      return Param;
  return nullptr;
}

std::optional<AllocationFunctionForm>
defaultDefinitionCalls(AllocationFunctionForm Form) {
  if (Form.IsNoThrow)
    Form.IsNoThrow = false;
  else if (Form.IsSized)
    Form.IsSized = false;
  else if (Form.IsArray)
    Form.IsArray = false;
  else
    return std::nullopt;
  return Form;
}

std::string spellAllocationFunction(AllocationFunctionForm Form) {
  std::string Text = Form.IsDelete ? "operator delete" : "operator new";
  if (Form.IsArray)
    Text += "[]";
  Text += Form.IsDelete ? "(void *" : "(std::size_t";
  if (Form.IsSized)
    Text += ", std::size_t";
  if (Form.IsAligned)
    Text += ", std::align_val_t";
  if (Form.IsNoThrow)
    Text += ", const std::nothrow_t &";
  return Text + ")";
}

namespace {

// The forms of one family (scalar or array, aligned or not), allocations
// first; each is a usual form.
llvm::SmallVector<AllocationFunctionForm, 5> familyForms(bool IsArray,
                                                         bool IsAligned) {
  llvm::SmallVector<AllocationFunctionForm, 5> Forms;
  for (const bool IsDelete : {false, true})
    for (const int Variant : {0, 1, 2}) {
      AllocationFunctionForm Form;
      Form.IsDelete = IsDelete;
      Form.IsArray = IsArray;
      Form.IsAligned = IsAligned;
      Form.IsNoThrow = Variant == 1;
      Form.IsSized = Variant == 2;
      if (Form.IsSized && !IsDelete)
        continue;
      Forms.push_back(Form);
    }
  return Forms;
}

// The form whose definition runs when \p Form is called: the first replaced
// form down the chain of default definitions, or the library's last one.
struct Implementation {
  AllocationFunctionForm Form;
  bool IsReplaced;
};

Implementation
implementationOf(AllocationFunctionForm Form,
                 llvm::function_ref<bool(AllocationFunctionForm)> IsReplaced) {
  while (!IsReplaced(Form)) {
    const std::optional<AllocationFunctionForm> Callee =
        defaultDefinitionCalls(Form);
    if (!Callee.has_value())
      return {Form, false};
    Form = *Callee;
  }
  return {Form, true};
}

// What a replacement of \p Form pairs with: the plain deallocation of its
// family for an allocation, and the reverse. Replacing it mends the family
// without unbalancing another (the array forms' defaults call the scalar ones).
AllocationFunctionForm counterpartOf(AllocationFunctionForm Form) {
  AllocationFunctionForm Counterpart;
  Counterpart.IsDelete = !Form.IsDelete;
  Counterpart.IsArray = Form.IsArray;
  Counterpart.IsAligned = Form.IsAligned;
  return Counterpart;
}

} // namespace

llvm::SmallVector<IncompleteFamily, 2> incompleteFamilies(
    llvm::function_ref<bool(AllocationFunctionForm)> IsReplaced) {
  llvm::SmallVector<IncompleteFamily, 2> Result;
  const auto Add = [&Result](AllocationFunctionForm Replaced,
                             AllocationFunctionForm Missing) {
    const IncompleteFamily Entry{Replaced, Missing};
    if (llvm::none_of(Result, [&Entry](const IncompleteFamily &Known) {
          return Known.Replaced == Entry.Replaced &&
                 Known.Missing == Entry.Missing;
        }))
      Result.push_back(Entry);
  };
  for (const bool IsAligned : {false, true})
    for (const bool IsArray : {false, true}) {
      // The first replaced implementation on each side, and whether some
      // form of that side runs the library's definition.
      std::optional<AllocationFunctionForm> ReplacedNew;
      std::optional<AllocationFunctionForm> ReplacedDelete;
      bool DefaultNew = false;
      bool DefaultDelete = false;
      for (const AllocationFunctionForm Form : familyForms(IsArray, IsAligned)) {
        const Implementation Impl = implementationOf(Form, IsReplaced);
        if (!Impl.IsReplaced)
          (Form.IsDelete ? DefaultDelete : DefaultNew) = true;
        else if (std::optional<AllocationFunctionForm> &Slot =
                     Form.IsDelete ? ReplacedDelete : ReplacedNew;
                 !Slot.has_value())
          Slot = Impl.Form;
      }
      if (ReplacedNew.has_value() && DefaultDelete)
        Add(*ReplacedNew, counterpartOf(*ReplacedNew));
      if (ReplacedDelete.has_value() && DefaultNew)
        Add(*ReplacedDelete, counterpartOf(*ReplacedDelete));
    }
  // Allocations first.
  llvm::SmallVector<IncompleteFamily, 2> Sorted;
  for (const bool IsDelete : {false, true})
    for (const IncompleteFamily &Family : Result)
      if (Family.Replaced.IsDelete == IsDelete)
        Sorted.push_back(Family);
  return Sorted;
}

} // namespace clang::tidy::allochunt
