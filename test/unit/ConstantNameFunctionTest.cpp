//===--- ConstantNameFunctionTest.cpp - lib/ConstantNameFunction ----------===//

#include "InMemoryAST.h"
#include "lib/ConstantNameFunction.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::tidy::allochunt;

const char *const Code = R"cpp(
#include <string>
enum class Kind { A, B, C };
namespace ns { struct Holder { enum Inner { X, Y }; }; }
namespace { enum class Hidden { H }; }
class Private { enum class E { P }; friend struct Friend; };
void trace();
std::string Plain(Kind k) {
  switch (k) {
  case Kind::A: return "a";
  case Kind::B:
  case Kind::C: return "bc";
  }
  return "";
}
std::string Shared(Kind k) {
  switch (k) { case Kind::A: return "x"; default: return "x"; }
}
std::string Falls(Kind k) {
  switch (k) { case Kind::A: trace(); [[fallthrough]]; case Kind::B: return "b"; default: return ""; }
}
std::string Guarded(Kind k) {
  if (k == Kind::C) return "c";
  switch (k) { case Kind::A: return "a"; default: return ""; }
}
std::string Computed(Kind k) {
  switch (k) { case Kind::A: return "a"; default: return std::to_string(int(k)); }
}
std::string WithLambda(Kind k) {
  auto f = [] { return 1; };
  return f() ? "a" : "b";
}
struct Base { virtual std::string name() const { return "base"; } };
template <class T> std::string Templated(T) { return "t"; }
std::string Declared(Kind k);
)cpp";

const FunctionDecl *function(const InMemoryAST &AST, llvm::StringRef Name) {
  const auto *F = AST.named<FunctionDecl>(Name);
  EXPECT_NE(F, nullptr) << Name.str();
  return F;
}

TEST(ConstantNameFunctionTest, PlainSwitchNamesOneEnumeratorPerLiteral) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  const auto Names = analyzeConstantNameFunction(*function(AST, "Plain"));
  ASSERT_TRUE(Names.has_value());
  EXPECT_TRUE(Names->OnlyLiterals);
  EXPECT_TRUE(Names->PlainSwitch);
  const EnumConstantDecl *A = Names->enumeratorReturning("a");
  ASSERT_NE(A, nullptr);
  EXPECT_EQ(A->getName(), "A");
  EXPECT_EQ(enumeratorSpelling(*A), std::optional<std::string>("Kind::A"));
  EXPECT_EQ(Names->enumeratorReturning("bc"), nullptr); // Two labels.
  EXPECT_EQ(Names->enumeratorReturning(""), nullptr);   // No label.
  EXPECT_EQ(Names->enumeratorReturning("zz"), nullptr); // Never returned.
}

TEST(ConstantNameFunctionTest, NoSingleEnumeratorWhenTheCaseIsNotAlone) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  const auto Shared = analyzeConstantNameFunction(*function(AST, "Shared"));
  ASSERT_TRUE(Shared.has_value());
  EXPECT_EQ(Shared->enumeratorReturning("x"), nullptr);
  const auto Falls = analyzeConstantNameFunction(*function(AST, "Falls"));
  ASSERT_TRUE(Falls.has_value());
  EXPECT_TRUE(Falls->OnlyLiterals);
  EXPECT_FALSE(Falls->PlainSwitch);
  EXPECT_EQ(Falls->enumeratorReturning("b"), nullptr);
  const auto Guarded = analyzeConstantNameFunction(*function(AST, "Guarded"));
  ASSERT_TRUE(Guarded.has_value());
  EXPECT_TRUE(Guarded->OnlyLiterals);
  EXPECT_FALSE(Guarded->PlainSwitch);
  EXPECT_NE(Guarded->enumeratorReturning("a"), nullptr);
}

TEST(ConstantNameFunctionTest, NotConstantNames) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  const auto Computed = analyzeConstantNameFunction(*function(AST, "Computed"));
  ASSERT_TRUE(Computed.has_value());
  EXPECT_FALSE(Computed->OnlyLiterals);
  EXPECT_NE(Computed->enumeratorReturning("a"), nullptr);
  for (const char *Name : {"WithLambda", "name", "Templated", "Declared"})
    EXPECT_FALSE(analyzeConstantNameFunction(*function(AST, Name)).has_value())
        << Name;
}

TEST(ConstantNameFunctionTest, EnumeratorSpelling) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  EXPECT_EQ(enumeratorSpelling(*AST.named<EnumConstantDecl>("X")),
            std::optional<std::string>("ns::Holder::Inner::X"));
  EXPECT_EQ(enumeratorSpelling(*AST.named<EnumConstantDecl>("H")), std::nullopt);
  EXPECT_EQ(enumeratorSpelling(*AST.named<EnumConstantDecl>("P")), std::nullopt);
}

TEST(ConstantNameFunctionTest, ComparedLiteralTextStopsAtNul) {
  const InMemoryAST AST(R"cpp(const char *P = "ab\0c"; const char *Q = "\xe9";)cpp");
  ASSERT_TRUE(AST.ok());
  const auto *P = AST.named<VarDecl>("P");
  const auto *Q = AST.named<VarDecl>("Q");
  ASSERT_TRUE(P != nullptr && Q != nullptr);
  EXPECT_EQ(comparedLiteralText(P->getInit()), std::optional<std::string>("ab"));
  EXPECT_EQ(comparedLiteralText(Q->getInit()), std::nullopt);
}

} // namespace
} // namespace allochunt::test
