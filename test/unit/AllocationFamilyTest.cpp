//===--- AllocationFamilyTest.cpp - lib/AllocationFamily ------------------===//

#include "InMemoryAST.h"
#include "lib/AllocationFamily.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

const char *const Code = R"cpp(
#include <cstdlib>
#include <new>
#include <sys/mman.h>
struct Pool { void *get(std::size_t); void put(void *); };
struct WithOwnNew { static void *operator new(std::size_t); static void operator delete(void *); };
void *A1() { return std::malloc(8); }
void *A2() { return calloc(1, 8); }
void *A3() { return std::aligned_alloc(64, 64); }
void *A4() { return ::operator new(8); }
void *A5() { return ::operator new(8, std::align_val_t(64)); }
void *A6() { return ::operator new[](8); }
void *A7() { return ::operator new(8, std::nothrow); }
void *A8() { return new char[8]; }
void *A9() { return new int; }
void *A10() { return mmap(nullptr, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0); }
void *N1(Pool &P) { return P.get(8); }
void *N2(void *Buffer) { return new (Buffer) int; }
void *N3() { return new WithOwnNew; }
void D1(void *P) { std::free(P); }
void D2(void *P) { ::operator delete(P); }
void D3(void *P) { ::operator delete(P, 8); }
void D4(void *P) { ::operator delete(P, std::align_val_t(64)); }
void D5(void *P) { ::operator delete(P, 8, std::align_val_t(64)); }
void D6(void *P) { ::operator delete[](P); }
void D7(char *P) { delete[] P; }
void D8(int *P) { delete P; }
void D9(void *P) { munmap(P, 4096); }
void ND1(Pool &Q, void *P) { Q.put(P); }
void ND2(WithOwnNew *P) { delete P; }
)cpp";

// The first call, new- or delete-expression in the function \p Name.
const Expr *siteIn(const InMemoryAST &AST, llvm::StringRef Name) {
  return AST.first<Expr>(
      findAll(functionDecl(
          hasName(Name),
          hasBody(hasDescendant(
              expr(anyOf(callExpr(), cxxNewExpr(), cxxDeleteExpr())).bind("e"))))),
      "e");
}

std::optional<AllocationFamily> allocated(const InMemoryAST &AST,
                                          llvm::StringRef Name) {
  const Expr *Site = siteIn(AST, Name);
  EXPECT_NE(Site, nullptr) << Name.str();
  return Site != nullptr ? allocationFamilyOf(*Site) : std::nullopt;
}

std::optional<AllocationFamily> released(const InMemoryAST &AST,
                                         llvm::StringRef Name) {
  const Expr *Site = siteIn(AST, Name);
  EXPECT_NE(Site, nullptr) << Name.str();
  return Site != nullptr ? deallocationFamilyOf(*Site) : std::nullopt;
}

TEST(AllocationFamilyTest, Allocations) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  EXPECT_EQ(allocated(AST, "A1"), AllocationFamily::CHeap);
  EXPECT_EQ(allocated(AST, "A2"), AllocationFamily::CHeap);
  EXPECT_EQ(allocated(AST, "A3"), AllocationFamily::CHeap);
  EXPECT_EQ(allocated(AST, "A4"), AllocationFamily::OperatorNew);
  EXPECT_EQ(allocated(AST, "A5"), AllocationFamily::AlignedOperatorNew);
  EXPECT_EQ(allocated(AST, "A6"), AllocationFamily::OperatorNewArray);
  EXPECT_EQ(allocated(AST, "A7"), AllocationFamily::OperatorNew);
  EXPECT_EQ(allocated(AST, "A8"), AllocationFamily::NewArrayExpression);
  EXPECT_EQ(allocated(AST, "A9"), AllocationFamily::NewExpression);
  EXPECT_EQ(allocated(AST, "A10"), AllocationFamily::Mmap);
}

TEST(AllocationFamilyTest, PoolsPlacementNewAndClassOperatorsHaveNoFamily) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  EXPECT_EQ(allocated(AST, "N1"), std::nullopt);
  EXPECT_EQ(allocated(AST, "N2"), std::nullopt);
  EXPECT_EQ(allocated(AST, "N3"), std::nullopt);
  EXPECT_EQ(released(AST, "ND1"), std::nullopt);
  EXPECT_EQ(released(AST, "ND2"), std::nullopt);
  // An allocation is not a deallocation, and the other way round.
  EXPECT_EQ(released(AST, "A1"), std::nullopt);
  EXPECT_EQ(allocated(AST, "D1"), std::nullopt);
}

TEST(AllocationFamilyTest, Deallocations) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  EXPECT_EQ(released(AST, "D1"), AllocationFamily::CHeap);
  EXPECT_EQ(released(AST, "D2"), AllocationFamily::OperatorNew);
  EXPECT_EQ(released(AST, "D3"), AllocationFamily::OperatorNew);
  EXPECT_EQ(released(AST, "D4"), AllocationFamily::AlignedOperatorNew);
  EXPECT_EQ(released(AST, "D5"), AllocationFamily::AlignedOperatorNew);
  EXPECT_EQ(released(AST, "D6"), AllocationFamily::OperatorNewArray);
  EXPECT_EQ(released(AST, "D7"), AllocationFamily::NewArrayExpression);
  EXPECT_EQ(released(AST, "D8"), AllocationFamily::NewExpression);
  EXPECT_EQ(released(AST, "D9"), AllocationFamily::Mmap);
}

TEST(AllocationFamilyTest, DescriptionsNameTheMatchingRelease) {
  EXPECT_EQ(describeAllocation(AllocationFamily::CHeap), "'malloc'");
  EXPECT_EQ(describeDeallocation(AllocationFamily::CHeap), "'free'");
  EXPECT_EQ(describeDeallocation(AllocationFamily::AlignedOperatorNew),
            "'::operator delete(ptr[, size], std::align_val_t)'");
  EXPECT_EQ(describeDeallocation(AllocationFamily::NewArrayExpression),
            "a 'delete[]' expression");
}

} // namespace
} // namespace allochunt::test
