//===--- PerASTContext.h - a value kept for the life of one ASTContext ----===//
//
// Work that several checks need once per translation unit (the user code's
// top-level declarations, its parent map) is done by the first that asks and
// kept until the ASTContext is destroyed: the context runs a callback then, so
// no value outlives its AST, and a later context allocated at the same
// address starts afresh. clangd runs checks on several ASTs at once, so the
// table is locked; one context is only ever used by one thread.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_LIB_PERASTCONTEXT_H
#define ALLOCHUNT_LIB_PERASTCONTEXT_H

#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"

#include <memory>
#include <mutex>

namespace clang::tidy::allochunt {

/// A table of one T per live ASTContext. Declare it as a function-local
/// static: entries are removed from it when their context is destroyed.
template <typename T> class PerASTContext {
public:
  /// The value for \p Context, made by \p Build() on first use.
  template <typename BuildT> const T &get(ASTContext &Context, BuildT Build) {
    {
      const std::scoped_lock Guard(Lock);
      const auto Found = Values.find(&Context);
      if (Found != Values.end())
        return *Found->second;
    }
    // Only the thread that owns the context builds for it, so no other
    // thread can have inserted it meanwhile.
    auto Built = std::make_unique<T>(Build());
    const T &Result = *Built;
    {
      const std::scoped_lock Guard(Lock);
      Values[&Context] = std::move(Built);
    }
    Context.AddDeallocation(&PerASTContext::forget, new Entry{this, &Context});
    return Result;
  }

private:
  struct Entry {
    PerASTContext *Table;
    const ASTContext *Context;
  };

  static void forget(void *Data) {
    const std::unique_ptr<Entry> Owned(static_cast<Entry *>(Data));
    const std::scoped_lock Guard(Owned->Table->Lock);
    Owned->Table->Values.erase(Owned->Context);
  }

  std::mutex Lock;
  llvm::DenseMap<const ASTContext *, std::unique_ptr<T>> Values;
};

} // namespace clang::tidy::allochunt

#endif // ALLOCHUNT_LIB_PERASTCONTEXT_H
