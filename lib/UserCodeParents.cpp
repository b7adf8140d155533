//===--- UserCodeParents.cpp - parents of nodes outside system headers ----===//

#include "lib/UserCodeParents.h"

#include "lib/PerASTContext.h"
#include "lib/UserCodeScope.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclObjC.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprObjC.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::allochunt {

namespace {

using ParentList = llvm::SmallVector<DynTypedNode, 1>;
using ParentIndex = llvm::DenseMap<const void *, ParentList>;

/// Records, for every node it enters, the node it entered it from.
class ParentCollector : public RecursiveASTVisitor<ParentCollector> {
  using Base = RecursiveASTVisitor<ParentCollector>;

public:
  ParentCollector(ParentIndex &Index, const TranslationUnitDecl &Unit)
      : Index(Index), Stack{DynTypedNode::create(Unit)} {}

  static bool shouldVisitTemplateInstantiations() { return true; }
  static bool shouldVisitImplicitCode() { return true; }

  bool TraverseDecl(Decl *D) {
    if (D == nullptr)
      return true;
    return enter(DynTypedNode::create(*D), [&] { return Base::TraverseDecl(D); });
  }

  // Statements go through the visitor's own work list (no native recursion
  // on deeply nested expressions); these two bracket each one.
  bool dataTraverseStmtPre(Stmt *S) {
    const DynTypedNode Node = DynTypedNode::create(*S);
    record(Node);
    Stack.push_back(Node);
    return true;
  }
  bool dataTraverseStmtPost(Stmt * /*S*/) {
    Stack.pop_back();
    return true;
  }

private:
  void record(const DynTypedNode &Node) {
    const void *Key = Node.getMemoizationData();
    if (Key == nullptr)
      return;
    ParentList &Parents = Index[Key];
    // A shared node (a default argument, an instantiated copy's shared
    // subexpression) is entered once per place that uses it.
    if (!llvm::is_contained(Parents, Stack.back()))
      Parents.push_back(Stack.back());
  }

  template <typename TraverseChildren>
  bool enter(const DynTypedNode &Node, TraverseChildren Traverse) {
    record(Node);
    Stack.push_back(Node);
    const bool Result = Traverse();
    Stack.pop_back();
    return Result;
  }

  ParentIndex &Index;
  llvm::SmallVector<DynTypedNode, 32> Stack;
};

ParentIndex buildIndex(ASTContext &Context) {
  ParentIndex Index;
  ParentCollector Collector(Index, *Context.getTranslationUnitDecl());
  for (Decl *D : userCodeScope(Context))
    Collector.TraverseDecl(D);
  return Index;
}

} // namespace

llvm::ArrayRef<DynTypedNode> userCodeParents(ASTContext &Context,
                                             const DynTypedNode &Node) {
  const void *Key = Node.getMemoizationData();
  if (Key == nullptr)
    return {};
  static PerASTContext<ParentIndex> Indexes;
  const ParentIndex &Index = Indexes.get(Context, [&] { return buildIndex(Context); });
  const auto Found = Index.find(Key);
  if (Found == Index.end())
    return {};
  return Found->second;
}

const Decl *enclosingCallable(ASTContext &Context, const Stmt &S) {
  DynTypedNode Node = DynTypedNode::create(S);
  // Code nests far less deeply than this.
  for (unsigned Depth = 0; Depth < 4096; ++Depth) {
    const llvm::ArrayRef<DynTypedNode> Parents = userCodeParents(Context, Node);
    if (Parents.empty())
      return nullptr;
    Node = Parents.front();
    if (const auto *Lambda = Node.get<LambdaExpr>())
      return Lambda->getCallOperator();
    if (const auto *Block = Node.get<BlockExpr>())
      return Block->getBlockDecl();
    if (const auto *D = Node.get<Decl>();
        D != nullptr && isa<FunctionDecl, ObjCMethodDecl, BlockDecl>(D))
      return D;
  }
  return nullptr;
}

} // namespace clang::tidy::allochunt
