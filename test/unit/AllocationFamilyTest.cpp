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
#include <cstring>
#include <stdlib.h>
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
char *C1(const char *S) { return strdup(S); }
char *C2(const char *S) { return realpath(S, nullptr); }
char *C3(const char *S, char *Buffer) { return realpath(S, Buffer); }
extern "C" void *g_malloc(std::size_t);
extern "C" void g_free(void *);
typedef void (*FreeFunc)(void *);
extern "C" FreeFunc xmlFree;
namespace lib { void *g_malloc(std::size_t); }
void *L1() { return g_malloc(8); }
void L2(void *P) { g_free(P); }
void L3(void *P) { xmlFree(P); }
void *L4() { return lib::g_malloc(8); }
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

TEST(AllocationFamilyTest, CHeapStringsAndRealpathWithoutBuffer) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  EXPECT_EQ(allocated(AST, "C1"), AllocationFamily::CHeap);
  EXPECT_EQ(allocated(AST, "C2"), AllocationFamily::CHeap);
  // With a buffer, realpath returns the buffer.
  EXPECT_EQ(allocated(AST, "C3"), std::nullopt);
}

TEST(AllocationFamilyTest, OutParameters) {
  const InMemoryAST AST(R"cpp(
#include <cstdio>
void f(FILE *In) { char *Line = nullptr; size_t N = 0; getline(&Line, &N, In); }
)cpp");
  ASSERT_TRUE(AST.ok());
  const auto *Call = AST.first<CallExpr>(
      findAll(callExpr(callee(functionDecl(hasName("getline")))).bind("c")), "c");
  ASSERT_NE(Call, nullptr);
  EXPECT_EQ(cHeapOutParameter(*Call), Call->getArg(0));
}

TEST(AllocationFamilyTest, LibraryTable) {
  llvm::SmallVector<std::string, 1> Invalid;
  const LibraryAllocatorTable Table = LibraryAllocatorTable::parse(
      "g_malloc, ::g_strdup = g_free; xmlStrdup=xmlFree", Invalid);
  EXPECT_TRUE(Invalid.empty());
  ASSERT_EQ(Table.size(), 2U);
  EXPECT_EQ(Table.family(0).Allocators.size(), 2U);

  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  const std::optional<AllocatorCall> Allocation =
      allocatorCallOf(*siteIn(AST, "L1"), Table);
  ASSERT_TRUE(Allocation.has_value());
  EXPECT_EQ(Allocation->Key.Family, AllocationFamily::Library);
  EXPECT_EQ(Allocation->Key.Library, 0U);
  EXPECT_EQ(Allocation->Function, "g_malloc");
  const std::optional<AllocatorCall> Release =
      deallocatorCallOf(*siteIn(AST, "L2"), Table);
  ASSERT_TRUE(Release.has_value());
  EXPECT_EQ(Release->Key, Allocation->Key);
  // A function pointer variable is a deallocator too (libxml2's xmlFree).
  const std::optional<AllocatorCall> Pointer =
      deallocatorCallOf(*siteIn(AST, "L3"), Table);
  ASSERT_TRUE(Pointer.has_value());
  EXPECT_EQ(Pointer->Key.Library, 1U);
  EXPECT_EQ(releaseFunctionOf(Pointer->Key, Table), "xmlFree");
  // The same name in another namespace is another function.
  EXPECT_FALSE(allocatorCallOf(*siteIn(AST, "L4"), Table).has_value());
  // The C heap and C++'s are not in the table, but still known.
  const std::optional<AllocatorCall> Malloc =
      allocatorCallOf(*siteIn(AST, "A1"), Table);
  ASSERT_TRUE(Malloc.has_value());
  EXPECT_EQ(Malloc->Function, "malloc");
  EXPECT_EQ(releaseFunctionOf(Malloc->Key, Table), "free");
}

TEST(AllocationFamilyTest, LibraryTableRejectsEntriesThatAreNotPairs) {
  llvm::SmallVector<std::string, 2> Invalid;
  const LibraryAllocatorTable Table =
      LibraryAllocatorTable::parse("a=b; c; d e=f; =g", Invalid);
  EXPECT_EQ(Table.size(), 1U);
  ASSERT_EQ(Invalid.size(), 3U);
  EXPECT_EQ(Invalid[0], "c");
  EXPECT_EQ(Invalid[1], "d e=f");
  EXPECT_EQ(Invalid[2], "=g");
  llvm::SmallVector<std::string, 1> None;
  EXPECT_GT(LibraryAllocatorTable::parse(LibraryAllocatorTable::defaults(), None).size(), 7U);
  EXPECT_TRUE(None.empty());
}

TEST(AllocationFamilyTest, Mismatches) {
  const FamilyKey C{AllocationFamily::CHeap, 0};
  const FamilyKey New{AllocationFamily::NewExpression, 0};
  const FamilyKey NewArray{AllocationFamily::NewArrayExpression, 0};
  const FamilyKey OperatorNew{AllocationFamily::OperatorNew, 0};
  const FamilyKey Glib{AllocationFamily::Library, 0};
  const FamilyKey Xml{AllocationFamily::Library, 1};
  EXPECT_TRUE(isMismatchedRelease(C, New));
  EXPECT_TRUE(isMismatchedRelease(New, C));
  EXPECT_TRUE(isMismatchedRelease(NewArray, New));
  EXPECT_TRUE(isMismatchedRelease(Glib, C));
  EXPECT_TRUE(isMismatchedRelease(Glib, Xml));
  EXPECT_FALSE(isMismatchedRelease(C, C));
  EXPECT_FALSE(isMismatchedRelease(Glib, Glib));
  // Same heap, not both expressions: not judged.
  EXPECT_FALSE(isMismatchedRelease(OperatorNew, New));
  EXPECT_FALSE(isMismatchedRelease(NewArray, OperatorNew));
}

} // namespace
} // namespace allochunt::test
