//===--- AllocatorClassesTest.cpp - lib/AllocatorClasses ------------------===//

#include "InMemoryAST.h"
#include "lib/AllocatorClasses.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::tidy::allochunt;

const char *const Code = R"cpp(
#include <cstddef>
#include <memory>
#include <type_traits>
struct Stateless {
  using value_type = int;
  int *allocate(std::size_t);
  void deallocate(int *, std::size_t);
};
struct Pool;
struct Stateful {
  using value_type = int;
  Pool *pool;
  int *allocate(std::size_t);
  void deallocate(int *, std::size_t);
};
struct Tag {};
struct EmptyMember {
  using value_type = int;
  [[no_unique_address]] Tag tag;
  static int counter;
  int *allocate(std::size_t);
  void deallocate(int *, std::size_t);
};
struct StateInBase : Stateful {};
struct AlwaysEqual : Stateful { using is_always_equal = std::true_type; };
struct NeverEqual : Stateful { using is_always_equal = std::false_type; };
template <class T> struct Templated {
  using value_type = T;
  T *state;
  template <class U> T *allocate(U);
  void deallocate(T *, std::size_t);
};
struct NotAnAllocator { using value_type = int; int *allocate(std::size_t); };
struct Derived : std::allocator<int> {};
)cpp";

const CXXRecordDecl &classNamed(const InMemoryAST &AST, llvm::StringRef Name) {
  const auto *Class = AST.named<CXXRecordDecl>(Name);
  EXPECT_NE(Class, nullptr) << Name.str();
  return *Class;
}

TEST(AllocatorClassesTest, RecognisesTheAllocatorShape) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  for (const char *Name : {"Stateless", "Stateful", "EmptyMember",
                           "StateInBase", "Templated", "Derived"})
    EXPECT_TRUE(isAllocatorClass(classNamed(AST, Name))) << Name;
  EXPECT_FALSE(isAllocatorClass(classNamed(AST, "NotAnAllocator")));
}

TEST(AllocatorClassesTest, StateIsANonEmptyDataMember) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  EXPECT_EQ(firstStatefulField(classNamed(AST, "Stateless")), nullptr);
  EXPECT_EQ(firstStatefulField(classNamed(AST, "EmptyMember")), nullptr);
  const FieldDecl *Pool = firstStatefulField(classNamed(AST, "Stateful"));
  ASSERT_NE(Pool, nullptr);
  EXPECT_EQ(Pool->getName(), "pool");
  EXPECT_EQ(firstStatefulField(classNamed(AST, "StateInBase")), Pool);
  EXPECT_NE(firstStatefulField(classNamed(AST, "Templated")), nullptr);
}

TEST(AllocatorClassesTest, AlwaysEqualMustBeTrue) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  EXPECT_TRUE(declaresAlwaysEqual(classNamed(AST, "AlwaysEqual")));
  EXPECT_FALSE(declaresAlwaysEqual(classNamed(AST, "NeverEqual")));
  EXPECT_FALSE(declaresAlwaysEqual(classNamed(AST, "Stateful")));
}

} // namespace
} // namespace allochunt::test
