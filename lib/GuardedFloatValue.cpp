//===--- GuardedFloatValue.cpp - an expression's values where it runs -----===//

#include "GuardedFloatValue.h"

#include "FiniteGuard.h"
#include "FloatExprValues.h"

namespace clang::tidy::allochunt {

/// How many definitions deep a value is followed.
static constexpr unsigned MaxDefinitionDepth = 6;

FloatValueSet GuardedFloatValue::valuesOf(const Expr *E) {
  Reads.clear();
  return valuesAt(E, 0);
}

FloatValueSet GuardedFloatValue::valuesAt(const Expr *E, unsigned Depth) {
  llvm::SmallVector<const CallExpr *, 2> NaNPassingCalls;
  const FloatValueSet Values = valuesOfExpr(
      E, Ctx,
      [this, Depth](const TrackedVariable &Var, const Expr *Read) {
        FloatValueSet Result = variableValues(Var, Read, Depth);
        if (Depth == 0)
          Reads.emplace_back(Var, Result);
        return Result;
      },
      &NaNPassingCalls);
  for (const CallExpr *Call : NaNPassingCalls)
    Leaks.push_back({ValueLeak::CallPassesNaN, Call, {}, FloatValueSet::nan()});
  return Values;
}

FloatValueSet GuardedFloatValue::variableValues(const TrackedVariable &Var, const Expr *Read,
                                                unsigned Depth) {
  if (Writes.escapes(Var.Root))
    return FloatValueSet::all();
  FloatValueSet Values = definedValues(Var, Read, Depth);
  const llvm::ArrayRef<VariableWrite> RootWrites = Writes.writesOf(Var.Root);
  // The nearest guard on the variable, for the note when values get through.
  const Expr *NearestGuard = nullptr;
  for (const DominatingGuard &Guard : Flow.guardsOn(Read)) {
    if (!conditionMentions(Guard.Condition, Var))
      continue;
    // Written after the guard (or after the named condition it tests read it)?
    const llvm::SmallVector<const Expr *, 1> Named = namedConditionsIn(Guard.Condition);
    const bool Overwritten = llvm::any_of(RootWrites, [&](const VariableWrite &Write) {
      return Flow.mayPassBetween(Guard, Read, Write.Site) ||
             llvm::any_of(Named, [&](const Expr *Init) {
               return !Flow.dominates(Init, Read) ||
                      Flow.mayPassBetween(Init, Read, Write.Site);
             });
    });
    if (Overwritten)
      continue;
    Values = Values.intersect(valuesAfterCondition(Guard.Condition, Guard.Truth, Var, Ctx));
    if (NearestGuard == nullptr)
      NearestGuard = Flow.wholeCondition(Guard.Condition);
  }
  if (NearestGuard != nullptr)
    Leaks.push_back({ValueLeak::GuardLetsThrough, NearestGuard, Var, Values});
  return Values;
}

FloatValueSet GuardedFloatValue::definedValues(const TrackedVariable &Var, const Expr *Read,
                                               unsigned Depth) {
  if (!Var.Fields.empty() || Depth >= MaxDefinitionDepth)
    return FloatValueSet::all();
  const llvm::ArrayRef<VariableWrite> RootWrites = Writes.writesOf(Var.Root);
  const auto ValueOf = [&](const VariableWrite &Write) {
    if (Write.WriteKind != VariableWrite::Initialization &&
        Write.WriteKind != VariableWrite::Assignment)
      return FloatValueSet::all();
    return valuesAt(Write.Value, Depth + 1);
  };
  // The latest write that runs before the read on every path, if no other
  // write can come between.
  const VariableWrite *Reaching = nullptr;
  for (const VariableWrite &Write : RootWrites)
    if (Flow.dominates(Write.Site, Read) &&
        (Reaching == nullptr || Flow.dominates(Reaching->Site, Write.Site)))
      Reaching = &Write;
  if (Reaching != nullptr &&
      llvm::none_of(RootWrites, [&](const VariableWrite &Other) {
        return &Other != Reaching && Flow.mayPassBetween(Reaching->Site, Read, Other.Site);
      }))
    return ValueOf(*Reaching);
  // Otherwise a local variable holds one of the values it was given.
  if (isa<ParmVarDecl>(Var.Root) || RootWrites.empty() || Expanding.contains(Var.Root))
    return FloatValueSet::all();
  Expanding.insert(Var.Root);
  FloatValueSet Values = FloatValueSet::none();
  for (const VariableWrite &Write : RootWrites) {
    Values = Values.unite(ValueOf(Write));
    if (Values == FloatValueSet::all())
      break;
  }
  Expanding.erase(Var.Root);
  return Values;
}

} // namespace clang::tidy::allochunt
