//===--- VariableWritesTest.cpp - lib/VariableWrites ----------------------===//

#include "InMemoryAST.h"
#include "lib/VariableWrites.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::tidy::allochunt;

const char *const Code = R"cpp(
#include <charconv>
#include <cstdio>
#include <istream>
struct Vec { double x, y; void normalize(); double length() const; };
void keep(double *);
void f(const char *text, std::istream &in, double param) {
  double init = 1.0;
  double assigned;
  assigned = init * 2;
  double compound = 1;
  compound /= param;
  double counter = 0;
  ++counter;
  double parsed = 0;
  std::from_chars(text, text + 3, parsed);
  double scanned = 0;
  std::sscanf(text, "%lf", &scanned);
  double streamed = 0;
  in >> streamed;
  Vec v{1, 2};
  v.normalize();
  (void)v.length();
  Vec w{};
  w.x = 3;
  double kept = 0;
  keep(&kept);
  double *alias = &init;
  double referenced = 0;
  double &ref = referenced;
  double captured = 0;
  auto lambda = [&captured] { captured = 1; };
  param = 2;
  (void)alias; (void)ref; (void)lambda;
}
)cpp";

TEST(VariableWritesTest, EveryKindOfWrite) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  const VariableWrites Writes(AST.named<FunctionDecl>("f"));
  const auto KindsOf = [&](llvm::StringRef Name) {
    std::vector<VariableWrite::Kind> Kinds;
    for (const VariableWrite &Write : Writes.writesOf(AST.named<VarDecl>(Name)))
      Kinds.push_back(Write.WriteKind);
    return Kinds;
  };
  using K = VariableWrite::Kind;
  EXPECT_EQ(KindsOf("init"), std::vector<K>{K::Initialization});
  EXPECT_EQ(KindsOf("assigned"), std::vector<K>{K::Assignment});
  EXPECT_EQ(KindsOf("compound"), (std::vector<K>{K::Initialization, K::CompoundAssignment}));
  EXPECT_EQ(KindsOf("counter"), (std::vector<K>{K::Initialization, K::Increment}));
  EXPECT_EQ(KindsOf("parsed"), (std::vector<K>{K::Initialization, K::ByReference}));
  EXPECT_EQ(KindsOf("scanned"), (std::vector<K>{K::Initialization, K::ByReference}));
  EXPECT_EQ(KindsOf("streamed"), (std::vector<K>{K::Initialization, K::ByReference}));
  // A non-const member call may change the object; a const one does not.
  EXPECT_EQ(KindsOf("v"), (std::vector<K>{K::Initialization, K::ByReference}));
  EXPECT_EQ(KindsOf("w"), (std::vector<K>{K::Initialization, K::Assignment}));
  EXPECT_EQ(KindsOf("param"), std::vector<K>{K::Assignment});

  // The value written, for definitions.
  const VariableWrite &Assigned = Writes.writesOf(AST.named<VarDecl>("assigned"))[0];
  EXPECT_TRUE(isa<BinaryOperator>(Assigned.Value));

  // Passing the address to a call is a write there, not an escape.
  EXPECT_FALSE(Writes.escapes(AST.named<VarDecl>("kept")));
  EXPECT_FALSE(Writes.escapes(AST.named<VarDecl>("scanned")));
  EXPECT_TRUE(Writes.escapes(AST.named<VarDecl>("init")));
  EXPECT_TRUE(Writes.escapes(AST.named<VarDecl>("referenced")));
  EXPECT_TRUE(Writes.escapes(AST.named<VarDecl>("captured")));
  EXPECT_FALSE(Writes.escapes(AST.named<VarDecl>("assigned")));
}

} // namespace
} // namespace allochunt::test
