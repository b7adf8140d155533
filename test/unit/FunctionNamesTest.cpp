//===--- FunctionNamesTest.cpp - lib/FunctionNames ------------------------===//

#include "lib/FunctionNames.h"
#include "InMemoryAST.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::tidy::allochunt;

const char *const Code = R"cpp(
int global_count;
int unused_global;
struct Widget { int size; int area() const; };
using Length = unsigned;
int helper(int);
int f(const Widget &w, int re) {
  Length total = 0;
  auto add = [&](int part) { total += part; };
  add(w.size + w.area() + helper(re) + global_count);
  { int re2 = 0; (void)re2; }
  return total;
}
)cpp";

TEST(FunctionNamesTest, DeclaredAndReferencedNames) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  const FunctionNames Names(*AST.named<FunctionDecl>("f"));
  for (const char *Name :
       {"w", "re", "total", "add", "part", "re2", "size", "area", "helper",
        "global_count", "Length", "Widget"})
    EXPECT_TRUE(Names.contains(Name)) << Name;
  EXPECT_FALSE(Names.contains("unused_global"));
  EXPECT_FALSE(Names.contains("pattern"));
}

TEST(FunctionNamesTest, FreshNamesSkipEverythingTaken) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  const FunctionNames Names(*AST.named<FunctionDecl>("f"));
  auto Nothing = [](llvm::StringRef) { return false; };
  EXPECT_EQ(Names.freshName("re", Nothing), "re3");
  EXPECT_EQ(Names.freshName("pattern", Nothing), "pattern");
  EXPECT_EQ(Names.freshName("pattern",
                            [](llvm::StringRef N) { return N == "pattern"; }),
            "pattern2");
  EXPECT_EQ(Names.freshName("x", [](llvm::StringRef) { return true; }), "");
}

} // namespace
} // namespace allochunt::test
