//===--- HeterogeneousLookupTest.cpp - lib/HeterogeneousLookup ------------===//

#include "InMemoryAST.h"
#include "lib/HeterogeneousLookup.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::tidy::allochunt;

const char *const Containers = R"cpp(
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
struct ViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view S) const { return std::hash<std::string_view>{}(S); }
};
struct TemplateLess {
  using is_transparent = int;
  template <typename A, typename B> bool operator()(const A &X, const B &Y) const { return X < Y; }
};
struct Base { using is_transparent = void; };
struct InheritedLess : Base {
  bool operator()(std::string_view A, std::string_view B) const { return A < B; }
};
struct OwningLess {
  using is_transparent = void;
  bool operator()(const std::string &A, const std::string &B) const { return A < B; }
};
std::map<std::string, int> Plain;
std::map<std::string, int, std::less<>> Transparent;
std::multiset<std::string, std::greater<>> Greater;
std::set<std::string, TemplateLess> Templated;
std::set<std::string, InheritedLess> Inherited;
std::set<std::string, OwningLess> Owning;
std::unordered_map<std::string, int> Hashed;
std::unordered_set<std::string, ViewHash, std::equal_to<>> ViewHashed;
std::unordered_multimap<std::string, int, ViewHash> HalfTransparent;
std::string NotAContainer;
InheritedLess InheritedFunctor;
ViewHash HashFunctor;
)cpp";

const CXXRecordDecl *classOf(const InMemoryAST &AST, llvm::StringRef Name) {
  const auto *Var = AST.named<VarDecl>(Name);
  return Var != nullptr ? Var->getType()->getAsCXXRecordDecl() : nullptr;
}

TEST(HeterogeneousLookupTest, RecognisesTheEightContainers) {
  const InMemoryAST AST(Containers, {"-std=c++17"});
  ASSERT_TRUE(AST.ok());
  EXPECT_EQ(associativeContainerFamily(classOf(AST, "Plain")), ContainerFamily::Ordered);
  EXPECT_EQ(associativeContainerFamily(classOf(AST, "Greater")), ContainerFamily::Ordered);
  EXPECT_EQ(associativeContainerFamily(classOf(AST, "Hashed")), ContainerFamily::Unordered);
  EXPECT_EQ(associativeContainerFamily(classOf(AST, "HalfTransparent")),
            ContainerFamily::Unordered);
  EXPECT_FALSE(associativeContainerFamily(classOf(AST, "NotAContainer")));
  EXPECT_FALSE(associativeContainerFamily(nullptr));
  EXPECT_EQ(comparatorArgumentIndex(*classOf(AST, "Plain")), 2U);
  EXPECT_EQ(comparatorArgumentIndex(*classOf(AST, "Greater")), 1U);
  EXPECT_FALSE(comparatorArgumentIndex(*classOf(AST, "Hashed")));
  EXPECT_TRUE(containerKeyType(*classOf(AST, "Plain"))->isRecordType());
}

TEST(HeterogeneousLookupTest, KeyLookupMembers) {
  for (const char *Name : {"find", "count", "contains", "equal_range", "lower_bound", "upper_bound"})
    EXPECT_TRUE(isKeyLookupMember(Name)) << Name;
  for (const char *Name : {"at", "insert", "erase", "emplace", "operator[]"})
    EXPECT_FALSE(isKeyLookupMember(Name)) << Name;
}

TEST(HeterogeneousLookupTest, OrderedContainersNeedATransparentComparator) {
  const InMemoryAST AST(Containers, {"-std=c++17"});
  ASSERT_TRUE(AST.ok());
  const HeterogeneousLookup Plain = analyzeHeterogeneousLookup(*classOf(AST, "Plain"), "find");
  EXPECT_TRUE(Plain.LibrarySupportsIt);
  EXPECT_FALSE(Plain.Transparent);
  EXPECT_FALSE(Plain.acceptsView());

  const HeterogeneousLookup Less =
      analyzeHeterogeneousLookup(*classOf(AST, "Transparent"), "equal_range");
  EXPECT_TRUE(Less.acceptsView());
  EXPECT_TRUE(Less.StandardFunctors);
  EXPECT_TRUE(analyzeHeterogeneousLookup(*classOf(AST, "Greater"), "count").StandardFunctors);
}

TEST(HeterogeneousLookupTest, CustomFunctorsMustAcceptAView) {
  const InMemoryAST AST(Containers, {"-std=c++17"});
  ASSERT_TRUE(AST.ok());
  const HeterogeneousLookup Templated =
      analyzeHeterogeneousLookup(*classOf(AST, "Templated"), "find");
  EXPECT_TRUE(Templated.acceptsView());
  EXPECT_FALSE(Templated.StandardFunctors);
  EXPECT_TRUE(analyzeHeterogeneousLookup(*classOf(AST, "Inherited"), "find").acceptsView());
  const HeterogeneousLookup Owning = analyzeHeterogeneousLookup(*classOf(AST, "Owning"), "find");
  EXPECT_TRUE(Owning.Transparent);
  EXPECT_FALSE(Owning.AcceptsStringView);
  EXPECT_FALSE(Owning.acceptsView());
}

TEST(HeterogeneousLookupTest, UnorderedContainersNeedCxx20AndBothFunctors) {
  const InMemoryAST Cxx17(Containers, {"-std=c++17"});
  ASSERT_TRUE(Cxx17.ok());
  const HeterogeneousLookup Before =
      analyzeHeterogeneousLookup(*classOf(Cxx17, "ViewHashed"), "find");
  EXPECT_TRUE(Before.Transparent);
  EXPECT_FALSE(Before.LibrarySupportsIt); // libstdc++ declares it from C++20
  EXPECT_FALSE(Before.acceptsView());

  const InMemoryAST Cxx20(Containers, {"-std=c++20"});
  ASSERT_TRUE(Cxx20.ok());
  const HeterogeneousLookup After =
      analyzeHeterogeneousLookup(*classOf(Cxx20, "ViewHashed"), "contains");
  EXPECT_TRUE(After.acceptsView());
  EXPECT_FALSE(After.StandardFunctors); // the hash is user-written
  EXPECT_FALSE(analyzeHeterogeneousLookup(*classOf(Cxx20, "HalfTransparent"), "find").Transparent);
  EXPECT_FALSE(analyzeHeterogeneousLookup(*classOf(Cxx20, "Hashed"), "find").Transparent);
  EXPECT_TRUE(analyzeHeterogeneousLookup(*classOf(Cxx20, "Hashed"), "find").LibrarySupportsIt);
}

TEST(HeterogeneousLookupTest, TransparentFunctorsThroughBases) {
  const InMemoryAST AST(Containers, {"-std=c++17"});
  ASSERT_TRUE(AST.ok());
  EXPECT_TRUE(isTransparentFunctor(AST.named<VarDecl>("InheritedFunctor")->getType()));
  EXPECT_TRUE(isTransparentFunctor(AST.named<VarDecl>("HashFunctor")->getType()));
  EXPECT_FALSE(isTransparentFunctor(AST.named<VarDecl>("NotAContainer")->getType()));
  EXPECT_FALSE(isTransparentFunctor(QualType()));
}

} // namespace
} // namespace allochunt::test
